/**
 * The entry point: the only code that reads process.argv and decides how the process ends.
 */
import { join } from "node:path";
import { processIo } from "./io.js";
import { runCli } from "./run.js";
import { fileStore } from "./store.js";

declare const __RADIC_VERSION__: string;

// `radic s1 | head -1` closes the pipe early: that is a normal end, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const store = fileStore(join(__dirname, "content"));
runCli(process.argv.slice(2), { io: processIo(), store, version: __RADIC_VERSION__ }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`radic: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
