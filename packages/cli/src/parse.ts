// The one parser: a command line → the command of the table it names (by its name, or by the
// words of a long-running operation's step, `train person-group`), then its arguments, body and
// flags, checked against that command's entry. Every usage error is raised here, naming the
// command, the argument or flag, and the rule.
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { WAIT_DEFAULTS } from "@face-training/client";
import { type Connection, connectionFrom } from "./connection.js";
import { flagsOf, GLOBAL_FLAGS, RANGES } from "./flags.js";
import { type Command, commands } from "./generated/commands.js";
import { nearest } from "./nearest.js";
import { UsageError } from "./usage-error.js";

export const table = commands as readonly Command[];
const byName = new Map(table.map((c) => [c.name, c]));
/** The commands of the long-running operations' steps by their words, `train person-group`. */
const byWords = new Map(
  table.flatMap((c) => (c.lifecycle ? [[`${c.lifecycle.verb} ${c.lifecycle.kind}`, c] as const] : [])),
);
const STEP_ORDER = ["start", "status", "wait"];
/** The verbs of the long-running operations' steps (`train`, `status`, `wait`), in the order of the steps. */
export const VERBS = [
  ...new Set(
    table
      .flatMap((c) => (c.lifecycle ? [c.lifecycle] : []))
      .sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step))
      .map((l) => l.verb),
  ),
];
/** The kinds of long-running operations (`person-group`), sorted. */
export const KINDS = [...new Set(table.flatMap((c) => (c.lifecycle ? [c.lifecycle.kind] : [])))].sort();

/** Every flag of any command, so that a command line is split into tokens before its command is known. */
const ANY_FLAG = Object.fromEntries(
  [GLOBAL_FLAGS, ...table.map(flagsOf)].flatMap((flags) =>
    Object.entries(flags).map(([name, { type, multiple }]) => [name, { type, ...(multiple && { multiple }) }]),
  ),
);
const HELP_SHORT = { help: { type: "boolean" as const, short: "h" } };

type Token = ReturnType<typeof parseArgs>["tokens"] extends (infer T)[] | undefined ? T : never;

/** A command line whose command is known, or a request for help. */
export interface Resolved {
  /** The command, or undefined for the help of every command. */
  command: Command | undefined;
  /** The command as typed: its name, or `<verb> <kind>`. */
  typed: string;
  help: boolean;
  /** The positional arguments after the command's words. */
  rest: string[];
  tokens: Token[];
}

/** Which command a command line names; a usage error for a command the table does not have. */
export function resolve(argv: string[]): Resolved {
  const { tokens = [] } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { ...ANY_FLAG, ...HELP_SHORT },
  });
  const positionals = tokens.flatMap((t) => (t.kind === "positional" ? [t.value] : []));
  const help = tokens.some((t) => t.kind === "option" && t.name === "help");
  const [first, second] = positionals;
  const done = (command: Command | undefined, typed: string, count: number): Resolved => ({
    command,
    typed,
    help: help || command === undefined,
    rest: positionals.slice(count),
    tokens,
  });
  if (first === undefined) return done(undefined, "", 0);
  const named = byName.get(first);
  if (named) return done(named, first, 1);
  if (VERBS.includes(first)) {
    const command = byWords.get(`${first} ${second}`);
    if (command) return done(command, `${first} ${second}`, 2);
    if (help && second === undefined) return done(undefined, first, 1);
    const kinds = KINDS.filter((kind) => byWords.has(`${first} ${kind}`));
    const near = second === undefined ? undefined : nearest(second, kinds);
    throw new UsageError(
      first,
      "<kind>",
      `needs a kind: ${list(kinds)}; got ${JSON.stringify(second ?? "")}${near ? `; did you mean ${near}?` : ""}`,
    );
  }
  const near = nearest(first, [...byName.keys(), ...VERBS]);
  const verbsOfKind = VERBS.filter((verb) => byWords.has(`${verb} ${second}`));
  throw new UsageError(
    undefined,
    first,
    `unknown command ${JSON.stringify(first)}: ${
      near
        ? `did you mean ${near}?`
        : verbsOfKind.length
          ? `use ${list(verbsOfKind)} (the commands of ${second})`
          : "not one of the spec's operations nor a kind's verb"
    }`,
  );
}

/** What a command line asks: the command, and everything it needs to call its client method. */
export interface Invocation {
  command: Command;
  /** The command as typed: its name, or `<verb> <kind>`. */
  typed: string;
  /** The path parameters, in order. */
  ids: string[];
  /** The JSON body (--body), when the command takes one. */
  body: unknown;
  /** The image files (--image), each checked: it exists and has the size the spec asks. */
  images: string[];
  /** The query parameters and a form's fields (flags): the options, as the client takes them. */
  query: Record<string, unknown>;
  /** Where an answer of bytes goes (--out); undefined: stdout. */
  out: string | undefined;
  all: boolean;
  wait: boolean;
  intervalMs: number;
  timeoutMs: number;
  json: boolean;
  connection: Connection;
}

/** The invocation of a resolved command line, every argument and flag checked against the command's entry. */
export async function parse(
  { command, typed, rest, tokens }: Resolved & { command: Command },
  env: Record<string, string | undefined>,
): Promise<Invocation> {
  const usage = (parameter: string, rule: string) => new UsageError(typed, parameter, rule);
  const flags = { ...GLOBAL_FLAGS, ...flagsOf(command) };
  const values: Record<string, string | boolean | string[]> = {};
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const flag = flags[token.name];
    if (!flag) {
      const near = nearest(
        `--${token.name}`,
        Object.keys(flags).map((name) => `--${name}`),
      );
      throw usage(token.rawName, `unknown flag ${token.rawName}${near ? `; did you mean ${near}?` : ""}`);
    }
    if (flag.type === "boolean") {
      if (token.value !== undefined)
        throw usage(token.rawName, `${token.rawName} takes no value; got "${token.value}"`);
      values[token.name] = true;
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      // `--top --json`: the next flag is no value; a negative number (`-1`) may be one.
      throw usage(token.rawName, `${token.rawName} needs a value: ${flag.value}`);
    } else if (flag.multiple)
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    else values[token.name] = token.value;
  }

  const expected = command.arguments.map((a) => `<${a.name}>`);
  if (rest.length !== expected.length) {
    const synopsis = `usage: face-training ${[typed, ...expected].join(" ")}`;
    throw rest.length < expected.length
      ? usage(expected[rest.length] as string, `${expected[rest.length]} is missing; ${synopsis}`)
      : usage(
          rest[expected.length] as string,
          `${JSON.stringify(rest[expected.length])} is one argument too many; ${synopsis}`,
        );
  }

  let body: unknown;
  if (command.body === "json") {
    if (typeof values.body !== "string") throw usage("--body", "--body <json> is required: the request body");
    try {
      body = JSON.parse(values.body);
    } catch (error) {
      throw usage("--body", `--body is not JSON: ${(error as Error).message}`);
    }
  }
  const images =
    command.body === "binary" || command.body === "multipart"
      ? await imageFiles(command, (values.image as string[] | undefined) ?? [], usage)
      : [];
  if (command.body === "multipart" && images.length > 1) {
    throw usage("--image", `--image takes one file, the form's ${command.image?.part} part; got ${images.length}`);
  }

  const query: Record<string, unknown> = {};
  for (const { name, flag, type, items } of command.flags) {
    const text = values[flag];
    // The client checks each value against the spec's rules; here only its JSON type is made (an
    // object, a form's JSON part such as v1.2-preview.1's `Parameters`, is given as JSON).
    if (typeof text !== "string") continue;
    if (type === "object") {
      try {
        query[name] = JSON.parse(text);
      } catch (error) {
        throw usage(`--${flag}`, `--${flag} is not JSON: ${(error as Error).message}`);
      }
    } else query[name] = type === "array" ? text.split(",").map((v) => asJsonType(v, items)) : asJsonType(text, type);
  }

  /** A whole number of milliseconds within the flag's range. */
  const ms = (name: keyof typeof RANGES, fallback: number) => {
    const text = values[name];
    if (typeof text !== "string") return fallback;
    const [min, max] = RANGES[name];
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
      throw usage(
        `--${name}`,
        `--${name} must be a whole number of milliseconds from ${min} to ${max}; got ${JSON.stringify(text)}`,
      );
    }
    return value;
  };
  return {
    command,
    typed,
    ids: rest,
    body,
    images,
    query,
    all: values.all === true,
    wait: values.wait === true,
    intervalMs: ms("interval", WAIT_DEFAULTS.intervalMs),
    timeoutMs: ms("timeout", WAIT_DEFAULTS.timeoutMs),
    json: values.json === true,
    out: typeof values.out === "string" ? values.out : undefined,
    connection: connectionFrom(typed, values, env),
  };
}

/** A flag's text as the JSON type its parameter has; text that is not of the type is left for the client to refuse. */
function asJsonType(text: string, type: string | null): unknown {
  if (type === "integer" || type === "number")
    return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : text;
  return text;
}

/** Image files that exist and have the size the spec asks, checked before anything is sent. */
async function imageFiles(command: Command, files: string[], usage: (parameter: string, rule: string) => UsageError) {
  if (!files.length) throw usage("--image", "--image <file> is required (one or more)");
  const { minBytes = 0, maxBytes = Number.POSITIVE_INFINITY } = command.image ?? {};
  for (const file of files) {
    const found = await stat(file).catch((error: Error) =>
      Promise.reject(usage("--image", `--image ${file}: ${error.message}`)),
    );
    if (!found.isFile()) throw usage("--image", `--image ${file}: not a file`);
    if (found.size < minBytes || found.size > maxBytes) {
      throw usage(
        "--image",
        `--image ${file}: an image must be ${minBytes} to ${maxBytes} bytes; it has ${found.size}`,
      );
    }
  }
  return files;
}

/**
 * A value the client refused (a FaceValidationError, "<parameter> <rule>"), in the command
 * line's words: the flag (`--top must be 1-1000; got 5000`) or the argument (`<personGroupId> …`).
 */
export function inCommandLineWords(command: Command, { parameter, message }: { parameter: string; message: string }) {
  const flag = command.flags.find((f) => f.name === parameter);
  const argument = command.arguments.find((a) => a.name === parameter);
  const image = command.image?.part === parameter;
  const words = flag ? `--${flag.flag}` : argument ? `<${argument.name}>` : image ? "--image" : parameter;
  return message.startsWith(`${parameter} `) ? `${words}${message.slice(parameter.length)}` : message;
}

/** `a, b or c`. */
export const list = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");
