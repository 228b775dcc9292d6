import { parseArgs } from "node:util";
import {
  DEFAULT_API_VERSION,
  FaceApiError,
  type FaceClient,
  FaceValidationError,
  OperationFailedError,
  WAIT_DEFAULTS,
} from "@face-training/client";
import { CONNECTION_FLAGS, clientOf, connectionFrom, EXIT, UsageError } from "./connection.js";
import { type Kind, kinds } from "./generated/commands.js";
import { operationCommand, operationsHelp, runOperation } from "./operations.js";

export { EXIT };

type KindName = keyof typeof kinds;
const kindNames = Object.keys(kinds) as KindName[];
/** The commands that start something (`train`), from the spec's operations. */
const verbs = [...new Set(Object.values<Kind>(kinds).map((k) => k.verb))];
const usageOf = (name: string) => (kinds[name as KindName] as Kind).parameters.map((p) => `<${p}>`).join(" ");

export const HELP = `face-training: start the Azure AI Face API's long-running operations (training) and watch them.

Usage:
${verbs.map((verb) => `  face-training ${verb} <kind> <id>    start it (add --wait to wait for it to end)`).join("\n")}
  face-training status <kind> <id>   print its status
  face-training wait <kind> <id>     wait until it ends, showing its progress

Kinds (from the spec's operations):
${kindNames.map((name) => `  ${name.padEnd(20)} ${kinds[name].verb} ${usageOf(name)}: ${kinds[name].what}`).join("\n")}

Every operation of the spec is a command too, with its ids as arguments, its body from --body
<json> or --image <file>, its query parameters as flags (--return-recognition-model true,
--top 10), --all for every page of a list; it prints the result as JSON:
${operationsHelp()}

Options:
  --endpoint <url>     the Face resource endpoint, e.g. https://my-resource.cognitiveservices.azure.com
                       (default: $FACE_ENDPOINT)
  --key <key>          the subscription key (default: $FACE_KEY; prefer the variable: a flag is
                       visible to other users of the machine)
  --api-version <v>    the API version (default ${DEFAULT_API_VERSION})
  --wait               with ${verbs.join(", ")}: wait for it to end
  --interval <ms>      pause between status polls while waiting, 100 to 3600000 (default ${WAIT_DEFAULTS.intervalMs})
  --timeout <ms>       give up waiting after this long, 1 to 2147483647 (default ${WAIT_DEFAULTS.timeoutMs}, ${WAIT_DEFAULTS.timeoutMs / 60_000} minutes)
  --json               print one JSON object on stdout instead of text
  --allow-insecure     allow plain http to a host other than localhost
  -h, --help           show this help

Exit codes:
  0  done: the status was read, the operation was started, or it succeeded
  1  the operation failed
  2  usage error: unknown command, kind or option, missing endpoint or key, invalid id
  3  the service answered with an error, or could not be reached
  4  the wait timed out

Example:
  export FACE_ENDPOINT=https://my-resource.cognitiveservices.azure.com FACE_KEY=…
  face-training ${verbs[0]} ${kindNames.at(-1)} my-group --wait`;

/** Where the CLI writes, and what it knows of its terminal: injectable for tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: a live progress line, or plain lines. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** A status as the CLI shows it: the fields every long-running status has, all optional. */
interface Status {
  status?: string;
  message?: string | null;
  lastSuccessfulTrainingDateTime?: string;
}

// The client's methods by name, called with the path parameters and the options.
type Method = (...args: unknown[]) => Promise<unknown>;

/** Runs the CLI with the arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  // Any operation of the spec, by its name: `face-training create-person-group my-group --body …`.
  const operation = operationCommand(argv.find((a) => !a.startsWith("-")) ?? "");
  if (operation && !argv.includes("--help") && !argv.includes("-h")) return runOperation(operation, argv, io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, io.env);
  } catch (error) {
    // --json makes every outcome one JSON object, a command line it cannot parse included.
    if (argv.includes("--json")) {
      io.stdout(`${JSON.stringify({ error: { name: "UsageError", message: (error as Error).message } })}\n`);
    } else io.stderr(`face-training: ${(error as Error).message}\nRun face-training --help for usage.\n`);
    return EXIT.usage;
  }
  if (parsed === "help") {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const { command, kind, ids, options } = parsed;
  const spec: Kind = kinds[kind];
  const label = `${kind} ${ids.join(" ")}`;
  const named = Object.fromEntries(spec.parameters.map((p, i) => [p, ids[i]]));
  const started = performance.now();
  const report = (fields: Record<string, unknown>, text: string) =>
    options.json ? io.stdout(`${JSON.stringify({ command, kind, ...named, ...fields })}\n`) : io.stdout(`${text}\n`);
  const signal = io.signal ? { signal: io.signal } : {};

  try {
    const client: FaceClient = clientOf(options.connection);
    const method = (name: keyof FaceClient) => (client[name] as Method).bind(client);
    if (command === "status") {
      const result = (await method(spec.status)(...ids, signal)) as Status;
      report({ result }, `${label}: ${describe(result)}`);
      return EXIT.ok;
    }
    if (command === spec.verb) {
      const accepted = await method(spec.start)(...ids, signal);
      if (!options.wait) {
        report({ ...(accepted as object) }, `${label}: ${command} started`);
        return EXIT.ok;
      }
      if (!options.json) io.stderr(`${label}: ${command} started\n`);
    }
    const progress = progressLine(io, label, started, options.json);
    try {
      const result = await method(spec.wait)(...ids, {
        intervalMs: options.interval,
        timeoutMs: options.timeout,
        onProgress: progress.update,
        ...signal,
      });
      progress.done();
      const elapsedMs = Math.round(performance.now() - started);
      report({ result, elapsedMs }, `${label}: succeeded in ${(elapsedMs / 1000).toFixed(1)} s`);
      return EXIT.ok;
    } finally {
      progress.done();
    }
  } catch (error) {
    const elapsedMs = Math.round(performance.now() - started);
    if (error instanceof OperationFailedError) {
      const result = error.result as Status;
      report({ result, elapsedMs }, `${label}: failed: ${result.message ?? "no reason given"}`);
      return EXIT.operationFailed;
    }
    const code =
      error instanceof FaceValidationError
        ? EXIT.usage
        : error instanceof FaceApiError
          ? EXIT.serviceError
          : (error as Error)?.name === "TimeoutError"
            ? EXIT.timedOut
            : undefined;
    if (code === undefined) throw error;
    const detail =
      error instanceof FaceApiError ? { status: error.status, code: error.code, requestId: error.requestId } : {};
    if (options.json)
      report({ error: { name: (error as Error).name, message: (error as Error).message, ...detail } }, "");
    else io.stderr(`face-training: ${(error as Error).message}\n`);
    return code;
  }
}

function describe(result: Status): string {
  const when = result.lastSuccessfulTrainingDateTime ? `, last trained ${result.lastSuccessfulTrainingDateTime}` : "";
  return `${result.status}${result.message ? ` (${result.message})` : ""}${when}`;
}

/** On a terminal, one line rewritten in place; otherwise a line per status change. */
function progressLine(io: Io, what: string, started: number, quiet: boolean) {
  let last: string | undefined;
  let open = false;
  return {
    update(result: unknown) {
      const { status } = result as Status;
      if (quiet) return;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (io.isTTY) {
        io.stderr(`\r\x1b[2K${what}: ${status} (${seconds} s)`);
        open = true;
      } else if (status !== last) {
        io.stderr(`${what}: ${status}\n`);
      }
      last = status;
    },
    done() {
      if (open) io.stderr("\n");
      open = false;
    },
  };
}

function parse(argv: string[], env: Record<string, string | undefined>) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...CONNECTION_FLAGS,
      wait: { type: "boolean", default: false },
      interval: { type: "string", default: String(WAIT_DEFAULTS.intervalMs) },
      timeout: { type: "string", default: String(WAIT_DEFAULTS.timeoutMs) },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) return "help" as const;
  const [command = "", kind, ...ids] = positionals;
  const commands = [...verbs, "status", "wait"];
  if (!commands.includes(command)) {
    throw new UsageError(`unknown command ${JSON.stringify(command)}: use ${list(commands)}`);
  }
  if (!kind || !(kind in kinds)) {
    throw new UsageError(`${command} needs a kind: ${list(kindNames)}; got ${JSON.stringify(kind ?? "")}`);
  }
  const spec: Kind = kinds[kind as KindName];
  if (verbs.includes(command) && command !== spec.verb) {
    throw new UsageError(`${kind} has no ${command}: use ${spec.verb}, status or wait`);
  }
  if (ids.length !== spec.parameters.length) {
    throw new UsageError(`${command} ${kind} takes ${usageOf(kind)}, e.g. ${command} ${kind} my-group`);
  }
  const connection = connectionFrom(values, env);
  /** A whole number of milliseconds within the flag's range, or a usage error naming both. */
  const number = (name: keyof typeof RANGES, text: string) => {
    const [min, max] = RANGES[name];
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
      throw new UsageError(
        `--${name} must be a whole number of milliseconds from ${min} to ${max}; got ${JSON.stringify(text)}`,
      );
    }
    return value;
  };
  return {
    command,
    kind: kind as KindName,
    ids,
    options: {
      connection,
      wait: values.wait,
      interval: number("interval", values.interval),
      timeout: number("timeout", values.timeout),
      json: values.json,
    },
  };
}

/**
 * The ranges of the numeric flags, in ms. Polls no closer than 100 ms apart (faster floods the
 * service for nothing: trainings take seconds); waits up to setTimeout's limit (24.8 days).
 */
const RANGES = { interval: [100, 3_600_000], timeout: [1, 2 ** 31 - 1] } as const;

/** `a, b or c`. */
const list = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : (items[0] ?? "");
