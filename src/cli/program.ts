/**
 * The program factory: a fresh commander program around the given dependencies. Nothing here
 * reads process state or exits; `run.ts` turns results and errors into exit codes.
 */
import { Argument, Command, Option } from "commander";
import { SHELLS, type Shell } from "../core/completion.js";
import { RadicError } from "../core/errors.js";
import { displayInput } from "../core/text.js";
import type { CheckOptions } from "./check-flags.js";
import { compare } from "./commands/compare.js";
import { completion } from "./commands/completion.js";
import { list } from "./commands/list.js";
import { lookup, type MapOptions } from "./commands/lookup.js";
import { sourceCommand } from "./commands/source.js";
import type { Deps } from "./deps.js";
import { outputOptions } from "./output.js";

export interface Outcome {
  exitCode: number;
  /** Set by check: the exit code is the triage, which a failed write never changes. */
  triage?: boolean;
}

/** Examples shown by `radic --help` and in the man page. */
export const EXAMPLES: readonly [string, string][] = [
  ["radic s1", "the S1 root: where it is felt, what goes weak"],
  ["radic s1 treatment", "one section of a page"],
  ["radic s1 --map", "where S1 is felt, drawn on a body chart"],
  ["radic l5-s1", "which roots a disc level usually presses on"],
  ["radic red-flags", "the warning signs, and what to do"],
  ['radic search "numb foot"', "find the sections that answer a question"],
  ["radic check", "which root do my symptoms point to?"],
  ["radic check --answers a.json --json", "the same from a file of answers, for scripts"],
  ["radic compare l5 s1", "two roots side by side"],
  ["radic dermatomes --region leg", "every root of the leg on one chart"],
  ["radic completion bash", "tab completion for bash (or zsh, fish)"],
  ["radic list", "every page, grouped"],
  ["radic s1 --json", "the page as JSON, for scripts"],
];

/** Exit codes of every command (../shared/contracts/topics.md and check.md). */
export const EXIT_CODES: readonly [number, string][] = [
  [0, "found, done (check: routine)"],
  [1, "nothing found: an unknown topic or section, or no search results"],
  [2, "usage error: a bad option or argument, a bad answers file, check without a terminal"],
  [3, "check: urgent, see a doctor the same day or within days"],
  [4, "check: emergency, go to an emergency department now"],
  [70, "internal error (a bug); RADIC_DEBUG=1 shows the stack"],
  [74, "standard output could not be written (check keeps its triage code)"],
  [130, "interrupted (Ctrl-C)"],
];

export const DISCLAIMER_LINE = "radic is a reference and a teaching aid, not a diagnosis.";

const COLUMN = 31;
const EXAMPLES_HELP = `
Examples:
${EXAMPLES.map(([cmd, what]) =>
  `  ${cmd}`.length < COLUMN - 1
    ? `  ${cmd}`.padEnd(COLUMN) + what
    : `  ${cmd}\n${" ".repeat(COLUMN)}${what}`,
).join("\n")}

Exit codes: 0 found, 1 nothing found, 2 usage error, 70 internal error,
74 output error; check adds 3 urgent, 4 emergency, 130 interrupted.
${DISCLAIMER_LINE}
`;

export function createProgram(deps: Deps, outcome: Outcome): Command {
  const content = deps.store.catalog().contentVersion;
  const program = new Command("radic")
    .description("An offline reference for radiculopathy: nerve roots C1–S5, sciatica, red flags.")
    .usage("[options] <topic> [section]")
    .version(
      `radic ${deps.version}\ncontent ${content}`,
      "-V, --version",
      "print the program and content versions",
    )
    .helpOption("-h, --help", "show this help")
    .addOption(
      new Option(
        "--color <when>",
        "when to colour output; auto colours a terminal unless NO_COLOR is set",
      )
        .choices(["auto", "always", "never"])
        .default("auto"),
    )
    .option("--no-color", "the same as --color never")
    .option("--no-pager", "never page long output through $PAGER")
    .option("--json", "print JSON instead of text (never coloured)")
    .option("--map", "draw a root's skin area on a body chart (radic s1 --map)")
    .addOption(
      new Option("--region <region>", "with dermatomes: draw one region").choices([
        "arm",
        "trunk",
        "leg",
      ]),
    )
    .argument(
      "[topic...]",
      "a root (s1, C6, sacral 1), a topic (sciatica), or a disc level (l5-s1), then a section",
    )
    .addHelpText("after", EXAMPLES_HELP)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput(output(deps))
    .action((words: string[], opts: MapOptions, cmd: Command) => {
      if (words.length === 0) {
        program.outputHelp();
        outcome.exitCode = 0;
        return;
      }
      outcome.exitCode = lookup(words, deps, outputOptions(cmd), {
        map: opts.map,
        region: opts.region,
      });
    });

  program
    .command("search")
    .description("find the sections that answer a question, in everyday or clinical words")
    .argument("<query...>", 'what to look for, e.g. "numbness foot" or "can\'t stand on tiptoes"')
    .option("--limit <n>", "show at most n results (1–100)", undefined)
    .action(async (words: string[], opts: { limit?: string }, cmd: Command) => {
      // Loaded on demand: MiniSearch and the index code are not needed for a lookup.
      const { searchCommand } = await import("./commands/search.js");
      outcome.exitCode = searchCommand(words, opts.limit, deps, outputOptions(cmd));
    });

  program
    .command("check")
    .description(
      "a walkthrough: red flags first, then your symptoms; which root they point to, and what to do",
    )
    .option("--answers <file>", "take the answers from a JSON file (- for stdin) instead of asking")
    .option("--clinician", "ask about examination findings (reflexes, tests) directly")
    .option("--save <file>", "also write the result as Markdown for a clinician (- for stdout)")
    .option("--force", "let --save replace an existing file (or a symbolic link itself)")
    .option("--no-map", "leave the body chart out of the result")
    .option("--template", "print an answers file with every field empty, to fill in")
    .action(async (opts: CheckOptions, cmd: Command) => {
      const { checkCommand } = await import("./commands/check.js");
      outcome.exitCode = await checkCommand(deps, opts, outputOptions(cmd));
      outcome.triage = true;
    });

  program
    .command("compare")
    .description("two or three roots side by side: where felt, what weakens, reflex, level")
    .argument("<roots...>", "the roots to compare, e.g. l5 s1 or c6 c7")
    .action((roots: string[], _opts, cmd: Command) => {
      outcome.exitCode = compare(roots, deps, outputOptions(cmd));
    });

  program
    .command("source")
    .description("the full citation behind a source key (harrisons-19); every source without one")
    .argument("[key]", "a source key, as in a page's Sources: lines")
    .action((key: string | undefined, _opts, cmd: Command) => {
      outcome.exitCode = sourceCommand(key, deps, outputOptions(cmd));
    });

  program
    .command("completion")
    .description("print a shell completion script (bash, zsh or fish)")
    .addArgument(new Argument("<shell>", "the shell to complete for").choices(SHELLS))
    .action((shell: Shell) => {
      outcome.exitCode = completion(shell, program, deps);
    });

  program
    .command("list")
    .description("list every page, grouped (one id and title per line when piped)")
    .action((_opts, cmd: Command) => {
      outcome.exitCode = list(deps, outputOptions(cmd));
    });

  program
    .command("help")
    .description("show the help of radic, or of one command (radic help check)")
    .argument("[command]", "the command to explain")
    .action((name: string | undefined) => {
      const names = program.commands.map((c) => c.name()).filter((n) => n !== "help");
      if (name === undefined) program.outputHelp();
      else if (names.includes(name)) program.commands.find((c) => c.name() === name)?.outputHelp();
      else {
        throw new RadicError(
          "usage",
          `no command '${displayInput(name)}'`,
          `Commands: ${names.join(", ")}; \`radic --help\` shows them all.`,
        );
      }
      outcome.exitCode = 0;
    });

  for (const cmd of program.commands) cmd.exitOverride().configureOutput(output(deps));
  return program;
}

/** Where commander writes, at a fixed help width so `--help` reads the same everywhere. */
function output(deps: Deps) {
  return {
    writeOut: (s: string) => deps.io.out(s),
    writeErr: (s: string) => deps.io.err(s),
    outputError: () => {}, // run.ts words every error itself
    getOutHelpWidth: () => 80,
    getErrHelpWidth: () => 80,
  };
}
