/**
 * The entry point: the only code that reads process.argv and decides how the process ends.
 */
import { join } from "node:path";
import { processIo } from "./io.js";
import { runCli } from "./run.js";
import { fileStore } from "./store.js";

declare const __RADIC_VERSION__: string;

const io = processIo();
const store = fileStore(join(__dirname, "content"));
runCli(process.argv.slice(2), { io, store, version: __RADIC_VERSION__ }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`radic: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
