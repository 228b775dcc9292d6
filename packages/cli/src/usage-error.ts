/**
 * A command line the CLI cannot take: the message names the command, the argument or flag, and
 * the rule it breaks (`wait person-group: --interval must be …; got "0"`).
 */
export class UsageError extends Error {
  override name = "UsageError";
  /** The command as it was typed (`status person-group`), once it is known. */
  readonly command: string | undefined;
  /** What is wrong: the command word, an argument (`<personGroupId>`) or a flag (`--interval`). */
  readonly parameter: string;

  constructor(command: string | undefined, parameter: string, rule: string) {
    super(`${command ? `${command}: ` : ""}${rule}`);
    this.command = command;
    this.parameter = parameter;
  }
}
