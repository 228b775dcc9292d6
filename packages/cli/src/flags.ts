// The flags of a command: the global ones, the ones its entry in the table gives it (its query
// parameters, its body, --all for a paged list, --wait/--interval/--timeout for a long-running
// operation), each with the help text --help prints.
import { DEFAULT_API_VERSION, WAIT_DEFAULTS } from "@face-training/client";
import type { Command } from "./generated/commands.js";

/** A flag as parseArgs takes it, with its value's name and its help. */
export interface Flag {
  type: "string" | "boolean";
  multiple?: boolean;
  /** The value's name in help (`<ms>`), for a string flag. */
  value?: string;
  help: string;
}

/**
 * The ranges of the wait's flags, in ms. Polls no closer than 100 ms apart (faster floods the
 * service for nothing: trainings take seconds); waits up to setTimeout's limit (24.8 days).
 */
export const RANGES = { interval: [100, 3_600_000], timeout: [1, 2 ** 31 - 1] } as const;

/** The flags every command takes. */
export const GLOBAL_FLAGS: Record<string, Flag> = {
  endpoint: {
    type: "string",
    value: "<url>",
    help: "the Face resource endpoint, e.g. https://my-resource.cognitiveservices.azure.com (default: $FACE_ENDPOINT)",
  },
  key: {
    type: "string",
    value: "<key>",
    help: "the subscription key (default: $FACE_KEY; prefer the variable: a flag is visible to other users of the machine)",
  },
  "api-version": { type: "string", value: "<v>", help: `the API version (default ${DEFAULT_API_VERSION})` },
  "allow-insecure": { type: "boolean", help: "allow plain http to a host other than localhost" },
  json: { type: "boolean", help: "print one JSON object (or array) on stdout, errors included" },
  help: { type: "boolean", help: "show the help, of a command after its name (also -h)" },
};

/** The flags of a command beyond the global ones. */
export function flagsOf(command: Command): Record<string, Flag> {
  const flags: Record<string, Flag> = {};
  for (const { flag, type, items, description } of command.flags) {
    flags[flag] = {
      type: "string",
      value: `<${type === "array" ? `${items ?? "value"},…` : type}>`,
      help: description,
    };
  }
  const own = ownFlags(command);
  // A query parameter named like a flag of the CLI's own would be shadowed: the spec must rename it.
  const clash = Object.keys(flags).find((name) => name in own || name in GLOBAL_FLAGS);
  if (clash) throw new Error(`${command.name}: the query parameter's flag --${clash} is also a flag of the CLI`);
  return { ...flags, ...own };
}

/** The CLI's own flags of a command: its body, --all, and the wait's. */
function ownFlags(command: Command): Record<string, Flag> {
  const flags: Record<string, Flag> = {};
  if (command.body === "json") flags.body = { type: "string", value: "<json>", help: "the request body, JSON" };
  if (command.body === "binary" && command.image) {
    const { minBytes, maxBytes } = command.image;
    flags.image = {
      type: "string",
      multiple: true,
      value: "<file>",
      help: `an image file, ${minBytes} to ${maxBytes} bytes; repeat it to send several, one request each`,
    };
  }
  if (command.body === "multipart" && command.image) {
    const { minBytes, maxBytes, part } = command.image;
    flags.image = {
      type: "string",
      multiple: true,
      value: "<file>",
      help: `the image file of the form's ${part} part, ${minBytes} to ${maxBytes} bytes (one file); the form's other parts are the flags of its fields`,
    };
  }
  if (command.bytes) {
    flags.out = {
      type: "string",
      value: "<file>",
      help: `write the answer (${command.bytes}) to this file; without it, to stdout, which must then not be a terminal`,
    };
  }
  if (command.iterator) flags.all = { type: "boolean", help: "every page of the list, not only the first" };
  // A long-running operation's own command (not its waiter's) can wait for it to end.
  if (command.waiter && command.waiter !== command.method) {
    flags.wait = { type: "boolean", help: "wait for it to end, showing its progress" };
  }
  if (command.waiter) {
    const [min, max] = RANGES.interval;
    flags.interval = {
      type: "string",
      value: "<ms>",
      help: `pause between status polls while waiting, ${min} to ${max} (default ${WAIT_DEFAULTS.intervalMs})`,
    };
    flags.timeout = {
      type: "string",
      value: "<ms>",
      help: `give up waiting after this long, ${RANGES.timeout.join(" to ")} (default ${WAIT_DEFAULTS.timeoutMs}, ${WAIT_DEFAULTS.timeoutMs / 60_000} minutes)`,
    };
  }
  return flags;
}
