import type { Command, Option } from "commander";
import type { ArgumentSpec, CommandSpec, OptionSpec, ProgramSpec } from "../core/spec.js";
import { OUTPUT_FLAGS } from "./output.js";

const optionSpec = (o: Option): OptionSpec => ({
  flags: o.flags,
  long: o.long,
  short: o.short,
  description: o.description,
  takesValue: o.required || o.optional,
  choices: o.argChoices,
});

function argumentsOf(cmd: Command): ArgumentSpec[] {
  return cmd.registeredArguments.map((a) => ({
    name: a.name(),
    required: a.required,
    variadic: a.variadic,
    description: a.description,
    choices: a.argChoices,
  }));
}

/** The program as data, read from commander's own definition (its visible options and commands). */
export function programSpec(program: Command): ProgramSpec {
  const help = program.createHelp();
  const commands: CommandSpec[] = help
    .visibleCommands(program)
    .filter((c) => c.name() !== "help")
    .map((c) => ({
      name: c.name(),
      description: c.description(),
      args: argumentsOf(c),
      options: help.visibleOptions(c).map(optionSpec),
      ...(c.name() === "compare" ? { takesRoots: true } : {}),
    }));
  const options = help.visibleOptions(program).map(optionSpec);
  return {
    name: program.name(),
    description: program.description(),
    usage: program.usage(),
    args: argumentsOf(program),
    options,
    shared: options.filter((o) => OUTPUT_FLAGS.includes(o.long ?? "")),
    commands,
  };
}
