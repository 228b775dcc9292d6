import { parseArgs } from "node:util";
import {
  createFaceClient,
  DEFAULT_API_VERSION,
  FaceApiError,
  type FaceClient,
  FaceValidationError,
  TrainingFailedError,
  type TrainingResult,
} from "@face-training/client";

/** The exit codes, documented in --help. */
export const EXIT = { ok: 0, trainingFailed: 1, usage: 2, serviceError: 3, timedOut: 4 } as const;

/** The container kinds, as typed on the command line, with the client's name for each. */
const KINDS = {
  "person-group": "PersonGroup",
  "large-person-group": "LargePersonGroup",
  "large-face-list": "LargeFaceList",
} as const;
type KindArg = keyof typeof KINDS;

export const HELP = `face-training: train Azure AI Face containers and watch their training.

Usage:
  face-training status <kind> <id>   print the training status
  face-training train  <kind> <id>   start a training (add --wait to wait for it to end)
  face-training wait   <kind> <id>   wait until the training ends, showing its progress

Kinds: person-group, large-person-group, large-face-list

Options:
  --endpoint <url>     the Face resource endpoint, e.g. https://my-resource.cognitiveservices.azure.com
                       (default: $FACE_ENDPOINT)
  --key <key>          the subscription key (default: $FACE_KEY; prefer the variable: a flag is
                       visible to other users of the machine)
  --api-version <v>    the API version (default ${DEFAULT_API_VERSION})
  --wait               with train: wait for the training to end
  --interval <ms>      pause between status polls while waiting (default 2000)
  --timeout <ms>       give up waiting after this long (default 1800000, 30 minutes)
  --json               print one JSON object on stdout instead of text
  --allow-insecure     allow plain http to a host other than localhost
  -h, --help           show this help

Exit codes:
  0  done: the status was read, the training was started, or it succeeded
  1  the training failed
  2  usage error: unknown command, kind or option, missing endpoint or key, invalid id
  3  the service answered with an error, or could not be reached
  4  the wait timed out

Example:
  export FACE_ENDPOINT=https://my-resource.cognitiveservices.azure.com FACE_KEY=…
  face-training train person-group my-group --wait`;

/** Where the CLI writes, and what it knows of its terminal: injectable for tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: a live progress line, or plain lines. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

class UsageError extends Error {}

/** Runs the CLI with the arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv, io.env);
  } catch (error) {
    io.stderr(`face-training: ${(error as Error).message}\nRun face-training --help for usage.\n`);
    return EXIT.usage;
  }
  if (parsed === "help") {
    io.stdout(`${HELP}\n`);
    return EXIT.ok;
  }
  const { command, kind, id, options } = parsed;
  const name = KINDS[kind];
  const started = performance.now();
  const report = (fields: Record<string, unknown>, text: string) =>
    options.json ? io.stdout(`${JSON.stringify({ command, kind, id, ...fields })}\n`) : io.stdout(`${text}\n`);

  try {
    const client: FaceClient = createFaceClient({
      endpoint: options.endpoint,
      credential: { key: options.key },
      allowInsecureConnection: options.allowInsecure,
      ...(options.apiVersion && { apiVersion: options.apiVersion }),
    });
    if (command === "status") {
      const result = await client[`get${name}TrainingStatus`](id, io.signal ? { signal: io.signal } : {});
      report({ result }, `${kind} ${id}: ${describe(result)}`);
      return EXIT.ok;
    }
    if (command === "train") {
      const { operationLocation } = await client[`train${name}`](id, io.signal ? { signal: io.signal } : {});
      if (!options.wait) {
        report({ operationLocation }, `${kind} ${id}: training started`);
        return EXIT.ok;
      }
      if (!options.json) io.stderr(`${kind} ${id}: training started\n`);
    }
    const progress = progressLine(io, `${kind} ${id}`, started, options.json);
    try {
      const result = await client[`waitFor${name}Training`](id, {
        intervalMs: options.interval,
        timeoutMs: options.timeout,
        onProgress: progress.update,
        ...(io.signal && { signal: io.signal }),
      });
      progress.done();
      const elapsedMs = Math.round(performance.now() - started);
      report({ result, elapsedMs }, `${kind} ${id}: succeeded in ${(elapsedMs / 1000).toFixed(1)} s`);
      return EXIT.ok;
    } finally {
      progress.done();
    }
  } catch (error) {
    const elapsedMs = Math.round(performance.now() - started);
    if (error instanceof TrainingFailedError) {
      report(
        { result: error.result, elapsedMs },
        `${kind} ${id}: training failed: ${error.result.message ?? "no reason given"}`,
      );
      return EXIT.trainingFailed;
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

function describe(result: TrainingResult): string {
  const when = result.lastSuccessfulTrainingDateTime ? `, last trained ${result.lastSuccessfulTrainingDateTime}` : "";
  return `${result.status}${result.message ? ` (${result.message})` : ""}${when}`;
}

/** On a terminal, one line rewritten in place; otherwise a line per status change. */
function progressLine(io: Io, what: string, started: number, quiet: boolean) {
  let last = "";
  let open = false;
  return {
    update(result: TrainingResult) {
      if (quiet) return;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (io.isTTY) {
        io.stderr(`\r\x1b[2K${what}: ${result.status} (${seconds} s)`);
        open = true;
      } else if (result.status !== last) {
        io.stderr(`${what}: ${result.status}\n`);
      }
      last = result.status;
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
      endpoint: { type: "string" },
      key: { type: "string" },
      "api-version": { type: "string" },
      wait: { type: "boolean", default: false },
      interval: { type: "string", default: "2000" },
      timeout: { type: "string", default: "1800000" },
      json: { type: "boolean", default: false },
      "allow-insecure": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) return "help" as const;
  const [command, kind, id, ...extra] = positionals;
  if (command !== "status" && command !== "train" && command !== "wait") {
    throw new UsageError(`unknown command ${JSON.stringify(command)}: use status, train or wait`);
  }
  if (!kind || !(kind in KINDS)) {
    throw new UsageError(
      `${command} needs a kind: person-group, large-person-group or large-face-list; got ${JSON.stringify(kind ?? "")}`,
    );
  }
  if (id === undefined || extra.length)
    throw new UsageError(`${command} takes a kind and one id, e.g. ${command} ${kind} my-group`);
  const endpoint = values.endpoint ?? env.FACE_ENDPOINT;
  const key = values.key ?? env.FACE_KEY;
  if (!endpoint) throw new UsageError("no endpoint: pass --endpoint or set FACE_ENDPOINT");
  if (!key) throw new UsageError("no key: set FACE_KEY (or pass --key)");
  const number = (name: string, text: string) => {
    const value = Number(text);
    if (!(value >= 0)) throw new UsageError(`--${name} must be a number of milliseconds; got ${JSON.stringify(text)}`);
    return value;
  };
  return {
    command,
    kind: kind as KindArg,
    id,
    options: {
      endpoint,
      key,
      apiVersion: values["api-version"],
      wait: values.wait,
      interval: number("interval", values.interval),
      timeout: number("timeout", values.timeout),
      json: values.json,
      allowInsecure: values["allow-insecure"],
    },
  };
}
