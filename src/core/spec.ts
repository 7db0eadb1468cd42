/**
 * The command line as data: what completion scripts and the man page are generated from. The CLI
 * builds it from the commander program itself (cli/spec.ts), so neither keeps a list by hand.
 */
export interface OptionSpec {
  /** `--color <when>` */
  flags: string;
  long?: string | undefined;
  short?: string | undefined;
  description: string;
  /** The option takes a value. */
  takesValue: boolean;
  choices?: string[] | undefined;
}

export interface ArgumentSpec {
  name: string;
  required: boolean;
  variadic: boolean;
  description: string;
  choices?: string[] | undefined;
}

export interface CommandSpec {
  name: string;
  description: string;
  args: ArgumentSpec[];
  options: OptionSpec[];
  /** Its arguments complete to root ids (`compare`). */
  takesRoots?: boolean;
}

export interface ProgramSpec {
  name: string;
  description: string;
  usage: string;
  args: ArgumentSpec[];
  options: OptionSpec[];
  /** The program's options that every subcommand takes too (colour, pager, JSON). */
  shared: OptionSpec[];
  commands: CommandSpec[];
}

/** Every page with its sections, for completing `radic <topic> <section>`. */
export interface TopicSpec {
  id: string;
  title: string;
  kind: "root" | "topic";
  sections: string[];
}
