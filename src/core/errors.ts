/**
 * Errors are typed here and worded at the edge: the core says what went wrong and what to try
 * next; `src/cli/errors.ts` prints it and picks nothing else.
 */
export type ErrorKind = "not-found" | "usage";

/** Exit codes shared by every command (see ../shared/contracts/topics.md). */
export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  urgent: 3,
  emergency: 4,
  internal: 70,
  /** sysexits EX_IOERR: standard output could not be written (a full disk, a closed descriptor). */
  ioError: 74,
  interrupted: 130,
} as const;

const CODE_FOR: Record<ErrorKind, number> = { "not-found": EXIT.notFound, usage: EXIT.usage };

export class RadicError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(kind: ErrorKind, message: string, hint?: string) {
    super(message);
    this.name = "RadicError";
    this.kind = kind;
    this.hint = hint;
    this.exitCode = CODE_FOR[kind];
  }
}
