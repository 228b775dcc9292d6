// The help, from the table: every command by its group, the kinds of long-running operations
// with their verbs, and a command's own help (its words, arguments and flags).
import { type Flag, flagsOf, GLOBAL_FLAGS } from "./flags.js";
import type { Command } from "./generated/commands.js";
import { KINDS, table, VERBS } from "./parse.js";

/** What each step of a long-running operation does, for the verbs' usage lines. */
const STEPS = {
  start: "start it (add --wait to wait for it to end)",
  status: "print its status",
  wait: "wait until it ends, showing its progress",
} as const;

const synopsis = (words: string, command: Command) =>
  [
    `face-training ${words}`,
    ...command.arguments.map((a) => `<${a.name}>`),
    ...(command.body === "json"
      ? ["--body <json>"]
      : command.body === "binary"
        ? ["--image <file>…"]
        : command.body === "multipart"
          ? ["--image <file>"]
          : []),
    ...(command.bytes ? ["[--out <file>]"] : []),
  ].join(" ");

const flagLines = (flags: Record<string, Flag>) => {
  const names = Object.entries(flags).map(([name, flag]) => [
    `--${name}${flag.value ? ` ${flag.value}` : ""}`,
    flag.help,
  ]);
  const width = Math.max(...names.map(([name]) => (name as string).length));
  return names.map(([name, help]) => `  ${(name as string).padEnd(width)}  ${help}`).join("\n");
};

const stepOf = (kind: string, step: keyof typeof STEPS) =>
  table.find((c) => c.lifecycle?.kind === kind && c.lifecycle.step === step) as Command;

/** The help of every command. */
export function helpText(): string {
  const verbs = VERBS.map((verb) => {
    const { step } = table.find((c) => c.lifecycle?.verb === verb)?.lifecycle ?? { step: "start" as const };
    return [`face-training ${verb} <kind> <id>`, STEPS[step]] as const;
  });
  const width = Math.max(...table.map((c) => c.name.length), ...verbs.map(([usage]) => usage.length - 2));
  const groups = [...new Set(table.map((c) => c.group))];
  const first = stepOf(KINDS.at(-1) as string, "start");
  return `face-training: the Azure AI Face API from a shell. Every operation of its spec is a command;
a long-running one (training) also goes by its kind: started, read and waited for.

Usage:
  ${"face-training <command> [<id>…] [flags]".padEnd(width + 2)}  call it; prints the result as JSON
  ${"face-training <command> --help".padEnd(width + 2)}  its arguments and flags
${verbs.map(([usage, what]) => `  ${usage.padEnd(width + 2)}  ${what}`).join("\n")}

Kinds (from the spec's long-running operations):
${KINDS.map((kind) => {
  const start = stepOf(kind, "start");
  return `  ${kind.padEnd(20)} ${start.lifecycle?.verb} ${start.arguments.map((a) => `<${a.name}>`).join(" ")}: ${start.summary}`;
}).join("\n")}

Commands (from the spec's operations):
${groups
  .map(
    (group) =>
      `${group}:\n${table
        .filter((c) => c.group === group)
        .map(
          (c) =>
            `  ${c.name.padEnd(width)}  ${c.summary}${c.lifecycle ? ` (also ${c.lifecycle.verb} ${c.lifecycle.kind})` : ""}${c.versions ? ` (${c.versions.join(", ")} only)` : ""}`,
        )
        .join("\n")}`,
  )
  .join("\n")}

Flags of every command:
${flagLines(GLOBAL_FLAGS)}

Exit codes:
  0  done: the result was printed, the operation was started, or it succeeded
  1  the operation failed
  2  usage error: unknown command, kind or flag, missing endpoint or key, invalid argument
  3  the service answered with an error, or could not be reached
  4  the wait timed out

Example:
  export FACE_ENDPOINT=https://my-resource.cognitiveservices.azure.com FACE_KEY=…
  face-training ${first.lifecycle?.verb} ${first.lifecycle?.kind} my-group --wait`;
}

/** What a command whose answer is bytes does with them. */
const bytesHelp = (command: Command) => {
  const example = ["face-training", command.name, ...command.arguments.map((a) => `<${a.name}>`)].join(" ");
  return `The answer is bytes (${command.bytes}), not JSON: written to --out <file>, then a JSON
line says where and how many bytes; else to stdout, which must then be redirected or piped (a
terminal, or --json without --out, is a usage error):
  ${example} > answer.bin`;
};

/** The help of one command. */
export function commandHelp(command: Command): string {
  const words = command.lifecycle
    ? [command.name, `${command.lifecycle.verb} ${command.lifecycle.kind}`]
    : [command.name];
  const flags = flagsOf(command);
  const width = Math.max(...command.arguments.map((a) => a.name.length + 2));
  return `face-training ${command.name}: ${command.summary}
${command.versions ? `\nOnly in API version ${command.versions.join(", ")}: pass --api-version ${command.versions[0]}.\n` : ""}${command.description ? `\n${command.description}\n` : ""}
Usage:
${words.map((w) => `  ${synopsis(w, command)} [flags]`).join("\n")}
${command.bytes ? `\n${bytesHelp(command)}\n` : ""}${
  command.arguments.length
    ? `\nArguments:\n${command.arguments.map((a) => `  ${`<${a.name}>`.padEnd(width)}  ${a.description}`).join("\n")}\n`
    : ""
}${Object.keys(flags).length ? `\nFlags:\n${flagLines(flags)}\n` : ""}
Flags of every command:
${flagLines(GLOBAL_FLAGS)}`;
}
