/**
 * The README's generated blocks: after a marker `<!-- output: radic ARGS [| head -N] -->` or
 * `<!-- usage: radic ARGS -->`, the next ```text block is what that command prints in a pipe (no
 * colour, 80 columns). `refresh` returns the README with every block brought up to date;
 * tests/readme.test.ts checks it changes nothing, `npm run readme` writes it. A block never spans
 * another fence, so an empty block cannot swallow the text after it.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..");

const MARKER =
  /<!-- (?:output|usage): radic ([^|>]*?)(?: \| head -(\d+))? -->\n((?:(?!```)[^\n]*\n)*?)```text\n(?:(?!```)[^\n]*\n)*```/g;

/** What `radic ...args` prints to stdout, as a pipe sees it, whatever its exit code. */
export function radicOutput(args) {
  const env = { ...process.env, NO_COLOR: "1", PAGER: "cat" };
  delete env.FORCE_COLOR;
  try {
    return execFileSync(process.execPath, [join(root, "bin/radic.js"), ...args], {
      env,
      encoding: "utf8",
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (e) {
    return e.stdout; // documented non-zero exits (3, 4) still print their result
  }
}

export function refresh(readme) {
  return readme.replace(MARKER, (whole, args, head, between) => {
    const argv = args.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ""));
    let lines = radicOutput(argv).trimEnd().split("\n");
    // `| head -N` keeps N lines, and says with a last "…" line when there was more.
    if (head && lines.length > Number(head)) lines = [...lines.slice(0, Number(head)), "…"];
    const marker = whole.slice(0, whole.indexOf("-->") + 4);
    return `${marker}${between}\`\`\`text\n${lines.join("\n").trimEnd()}\n\`\`\``;
  });
}
