/**
 * Bytes in and out of file descriptors, synchronously and bounded: standard output written with
 * writeSync (errors come back at once, not as a late stream event), and input read at most
 * `limit + 1` bytes from any source — a file, a device, a FIFO, stdin — so `/dev/zero` cannot
 * fill the memory.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, writeSync } from "node:fs";

/** `ENOSPC: no space left on device, write` -> `no space left on device`. */
export function errnoText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const message = e instanceof Error ? e.message : String(error);
  if (!e?.code) return message;
  return message.replace(/^[A-Z0-9_]+: /, "").replace(/, [a-z_]+(?: '.*')?$/s, "");
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Write all of `text`; waits out EAGAIN (a descriptor left non-blocking by someone else). */
export function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let done = 0;
  while (done < buf.length) {
    try {
      done += writeSync(fd, buf, done, buf.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

/**
 * Standard output that never throws. A reader that went away (EPIPE, `radic s1 | head -1`) is a
 * normal end: the rest is dropped and nothing else changes. Any other failure (a full disk, a
 * closed descriptor) is kept for `failure()`, and the rest is dropped too.
 */
export interface Writer {
  write(text: string): void;
  /** What went wrong, in words, or undefined if every write went through (or the pipe closed). */
  failure(): string | undefined;
}

export function fdWriter(fd: number): Writer {
  let state: "new" | "open" | "closed" | "failed" = "new";
  let problem: string | undefined;
  return {
    write(text) {
      if (state === "closed" || state === "failed") return;
      if (state === "new") {
        state = "open";
        if (closedAtStart(fd)) {
          state = "failed";
          problem = "it is closed (to throw the output away, redirect it to /dev/null)";
          return;
        }
      }
      try {
        writeAll(fd, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EPIPE") {
          state = "closed";
          return;
        }
        state = "failed";
        problem = errnoText(error);
      }
    },
    failure: () => problem,
  };
}

/**
 * Node reopens a descriptor that was closed at start (`radic s1 >&-`) as /dev/null, for reading
 * and writing, so the output would vanish without a word. A shell's `> /dev/null` opens it for
 * writing only, which this tells apart by trying to read one byte. (A parent that hands over
 * /dev/null opened both ways — Node's `stdio: "ignore"`, Python's DEVNULL — looks the same; the
 * README says to use a write-only /dev/null or a pipe there.)
 */
function closedAtStart(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice() || st.rdev !== statSync("/dev/null").rdev) return false;
    readSync(fd, Buffer.alloc(1), 0, 1, null);
    return true;
  } catch {
    return false; // not readable: opened for writing, as a shell does
  }
}

/**
 * Read at most `limit + 1` bytes from a descriptor (one more than allowed, so the caller can
 * tell "exactly the limit" from "too much"). EAGAIN is rethrown: the caller decides.
 */
export function readFdCapped(fd: number, limit: number): Buffer {
  const buf = Buffer.alloc(Math.min(limit + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let size = 0;
  while (size <= limit) {
    const want = Math.min(buf.length, limit + 1 - size);
    const n = readSync(fd, buf, 0, want, null);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    size += n;
  }
  return Buffer.concat(chunks, size);
}

/** Open a path and read at most `limit + 1` bytes of it (see `readFdCapped`). */
export function readPathCapped(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    return readFdCapped(fd, limit);
  } finally {
    closeSync(fd);
  }
}
