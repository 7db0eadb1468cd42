/** Names of radic's subcommands: never usable as topic ids or aliases, offered as suggestions. */
export const COMMAND_NAMES = [
  "search",
  "check",
  "list",
  "compare",
  "source",
  "completion",
  "help",
] as const;
