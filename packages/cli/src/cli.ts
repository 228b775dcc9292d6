// Runs a command of the table: parses the command line (parse.ts), calls the command's client
// method, and prints what it gives. A step of a long-running operation (`train person-group`,
// `status …`, `wait …`) prints a line about its kind, or with --json one object; any other
// command prints its result as JSON, but an answer of bytes (an image), which goes to --out or
// to stdout as it is.
import { writeFile } from "node:fs/promises";
import { FaceApiError, type FaceClientMethods, FaceValidationError, OperationFailedError } from "@face-training/client";
import { clientOf } from "./connection.js";
import { EXIT } from "./exit-codes.js";
import type { Command } from "./generated/commands.js";
import { commandHelp, helpText } from "./help.js";
import { addImages, readImage } from "./images.js";
import { type Invocation, inCommandLineWords, parse, type Resolved, resolve } from "./parse.js";
import { UsageError } from "./usage-error.js";

export { EXIT };

/** Where the CLI writes, and what it knows of its terminal: injectable for tests. */
export interface Io {
  /** Text, or the bytes of an answer that is bytes (an image) when there is no --out. */
  stdout: (output: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: a live progress line or bar, or plain lines. */
  isTTY: boolean;
  /** Whether stdout is a terminal, where an answer of bytes is not written. */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** A status, read by the properties its long-running operation names (`statusProperty`, …). */
type Status = Record<string, unknown>;
type Lifecycle = NonNullable<Command["lifecycle"]>;
/** The value of a status's property the lifecycle names, or undefined when it names none. */
const field = (result: unknown, name: string | undefined) => (name ? (result as Status)?.[name] : undefined);

type Method = (...args: unknown[]) => Promise<unknown>;

/** Runs the CLI with the arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let resolved: Resolved | undefined;
  let call: Invocation;
  try {
    resolved = resolve(argv);
    if (resolved.help || !resolved.command) {
      io.stdout(`${resolved.command ? commandHelp(resolved.command) : helpText()}\n`);
      return EXIT.ok;
    }
    call = await parse({ ...resolved, command: resolved.command }, io.env);
    // An answer of bytes goes to --out, or to a stdout that is no terminal and carries no JSON.
    const { command: parsed, out, json } = call;
    if (parsed.bytes && out === undefined && (json || io.stdoutIsTTY)) {
      throw new UsageError(
        call.typed,
        "--out",
        `the answer is bytes (${parsed.bytes}): pass --out <file>${json ? " with --json" : ", or redirect stdout to a file"}`,
      );
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // --json makes every outcome one JSON object, a command line it cannot parse included.
    const command = resolved?.command;
    if (argv.includes("--json")) {
      const { name, message, parameter } = error;
      io.stdout(`${JSON.stringify({ ...(command && envelope(command)), error: { name, message, parameter } })}\n`);
    } else
      io.stderr(
        `face-training: ${error.message}\nRun face-training ${command ? `${resolved?.typed} ` : ""}--help for usage.\n`,
      );
    return EXIT.usage;
  }
  return invoke(call, io);
}

/** What every JSON output of a command starts with: its name, or its verb and kind and ids. */
function envelope(command: Command, ids: readonly string[] = []) {
  if (!command.lifecycle) return { command: command.name };
  const named = Object.fromEntries(command.arguments.map((a, i) => [a.name, ids[i]]));
  return { command: command.lifecycle.verb, kind: command.lifecycle.kind, ...named };
}

async function invoke(call: Invocation, io: Io): Promise<number> {
  const { command, ids, json } = call;
  const client = clientOf(call.connection);
  const method = (name: keyof FaceClientMethods) => (client[name] as Method).bind(client);
  const signal = io.signal ? { signal: io.signal } : {};
  const args = [...ids, ...(command.body === "json" ? [call.body] : []), { ...call.query, ...signal }];
  const started = performance.now();
  const lifecycle = command.lifecycle;
  const label = lifecycle ? `${lifecycle.kind} ${ids.join(" ")}` : command.name;
  // How a wait reads a status: its kind's lifecycle, or the long-running operation's own polling.
  const polling = lifecycle ?? command.polling;
  const statusOf = (result: unknown) => field(result, polling?.statusProperty);
  // What the waiter takes: the ids, or (a person directory write) its answer's operation-Location.
  let waitArguments: unknown[] = [...ids];
  const report = (fields: Record<string, unknown>, text: string) =>
    io.stdout(`${json ? JSON.stringify({ ...envelope(command, ids), ...fields }) : text}\n`);
  const fail = (code: number, error: Error, detail: Record<string, unknown>, message = error.message) => {
    if (json) report({ error: { name: error.name, message, ...detail } }, "");
    else io.stderr(`face-training: ${call.typed}: ${message}\n`);
    return code;
  };

  if (call.images.length > 1) return addImages(call, method(command.method), args, io);
  try {
    const waits = command.waiter === command.method;
    if (!lifecycle && !waits) {
      let result: unknown;
      if (call.images.length === 1) {
        args.splice(ids.length, 0, await readImage(call.images[0] as string));
        result = await method(command.method)(...args);
      } else if (call.all && command.iterator) {
        const items: unknown[] = [];
        const iterate = client[command.iterator] as unknown as (...args: unknown[]) => AsyncIterable<unknown>;
        for await (const item of iterate.apply(client, args)) {
          items.push(item);
        }
        result = items;
      } else result = await method(command.method)(...args);
      if (command.bytes) return await written(call, result as Uint8Array, io);
      io.stdout(
        `${JSON.stringify(result === undefined ? { command: command.name, ok: true } : result, null, json ? 0 : 2)}\n`,
      );
      if (!(call.wait && command.waiter)) return EXIT.ok;
      if (command.waitFrom) waitArguments = [field(result, command.waitFrom)];
    }
    if (lifecycle?.step === "status") {
      const result = (await method(command.method)(...args)) as Status;
      report({ result }, `${label}: ${describe(lifecycle, result)}`);
      return EXIT.ok;
    }
    if (lifecycle?.step === "start") {
      const accepted = await method(command.method)(...args);
      if (!call.wait) {
        report({ ...(accepted as object) }, `${label}: ${lifecycle.verb} started`);
        return EXIT.ok;
      }
      if (!json) io.stderr(`${label}: ${lifecycle.verb} started\n`);
    }
    const progress = progressLine(io, label, started, json, statusOf);
    try {
      const result = await method(command.waiter as keyof FaceClientMethods)(...waitArguments, {
        intervalMs: call.intervalMs,
        timeoutMs: call.timeoutMs,
        onProgress: progress.update,
        ...signal,
      });
      progress.done();
      const elapsedMs = Math.round(performance.now() - started);
      report({ result, elapsedMs }, `${label}: ${statusOf(result)} in ${(elapsedMs / 1000).toFixed(1)} s`);
      return EXIT.ok;
    } finally {
      progress.done();
    }
  } catch (error) {
    const elapsedMs = Math.round(performance.now() - started);
    if (error instanceof OperationFailedError) {
      const result = error.result as Status;
      const reason = field(result, polling?.messageProperty);
      report({ result, elapsedMs }, `${label}: ${statusOf(result)}: ${reason ?? "no reason given"}`);
      return EXIT.operationFailed;
    }
    if (error instanceof FaceValidationError) {
      return fail(EXIT.usage, error, { parameter: error.parameter }, inCommandLineWords(command, error));
    }
    if (error instanceof FaceApiError) {
      return fail(EXIT.serviceError, error, { status: error.status, code: error.code, requestId: error.requestId });
    }
    if ((error as Error)?.name === "TimeoutError") return fail(EXIT.timedOut, error as Error, {});
    throw error;
  }
}

/**
 * An answer of bytes, written to --out (then a line of JSON says where, and how many bytes), or
 * to stdout as it is. A file that cannot be written is a usage error of --out.
 */
async function written(call: Invocation, bytes: Uint8Array, io: Io): Promise<number> {
  if (call.out === undefined) {
    io.stdout(bytes);
    return EXIT.ok;
  }
  try {
    await writeFile(call.out, bytes);
  } catch (error) {
    const message = `--out ${call.out}: ${(error as Error).message}`;
    if (call.json) {
      const failure = { name: "UsageError", message, parameter: "--out" };
      io.stdout(`${JSON.stringify({ command: call.command.name, error: failure })}\n`);
    } else io.stderr(`face-training: ${call.typed}: ${message}\n`);
    return EXIT.usage;
  }
  const report = { command: call.command.name, out: call.out, bytes: bytes.length };
  io.stdout(`${JSON.stringify(report, null, call.json ? 0 : 2)}\n`);
  return EXIT.ok;
}

/** `succeeded, last trained …`, or `failed (No faces.)`. */
function describe(lifecycle: Lifecycle, result: Status): string {
  const message = field(result, lifecycle.messageProperty);
  const last = field(result, lifecycle.lastSucceededProperty);
  return `${field(result, lifecycle.statusProperty)}${message ? ` (${message})` : ""}${last ? `, last trained ${last}` : ""}`;
}

/** On a terminal, one line rewritten in place; otherwise a line per status change. */
function progressLine(io: Io, what: string, started: number, quiet: boolean, statusOf: (result: unknown) => unknown) {
  let last: unknown;
  let open = false;
  return {
    update(result: unknown) {
      const status = statusOf(result);
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
