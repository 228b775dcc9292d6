// `face-training <operation> <ids…> [--body <json>] [--image <file>…] [--<query-flag> <value>]`:
// any operation of the spec from a shell, by the generated table (src/generated/operations.ts).
// The result is printed as JSON; a paged list prints every page with --all. An image operation
// takes several --image files: each is checked before the first is sent, then they are sent one
// by one with a progress bar on a terminal, and a failed one does not stop the others.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { FaceApiError, type FaceClient, FaceValidationError } from "@face-training/client";
import { CONNECTION_FLAGS, clientOf, connectionFrom, EXIT, UsageError } from "./connection.js";
import { type OperationCommand, operationCommands } from "./generated/operations.js";

/** Where the command writes: as the CLI's Io. */
export interface OperationIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: a progress bar for many files. */
  isTTY?: boolean;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** The command of an operation, by its name on the command line. */
export const operationCommand = (name: string): OperationCommand | undefined =>
  (operationCommands as readonly OperationCommand[]).find((c) => c.command === name);

/** Usage lines of every operation command, for --help. */
export const operationsHelp = () =>
  (operationCommands as readonly OperationCommand[])
    .map(
      (c) =>
        `  ${[c.command, ...c.parameters.map((p) => `<${p}>`)].join(" ")}${c.body === "json" ? " --body <json>" : c.body === "binary" ? " --image <file>…" : ""}`,
    )
    .join("\n");

/** Runs one operation command and returns the exit code. */
export async function runOperation(spec: OperationCommand, argv: string[], io: OperationIo): Promise<number> {
  const json = argv.includes("--json");
  const fail = (code: number, error: Error, detail: Record<string, unknown> = {}) => {
    if (json)
      io.stdout(
        `${JSON.stringify({ command: spec.command, error: { name: error.name, message: error.message, ...detail } })}\n`,
      );
    else io.stderr(`face-training: ${error.message}\n`);
    return code;
  };
  let call: { client: FaceClient; args: unknown[]; all: boolean; images: string[] };
  try {
    call = await parse(spec, argv, io.env);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      return fail(EXIT.usage, Object.assign(error as Error, { name: "UsageError" }));
    }
    if (error instanceof FaceValidationError) return fail(EXIT.usage, error, { parameter: error.parameter });
    throw error;
  }
  const method = (call.client[spec.method] as (...args: unknown[]) => unknown).bind(call.client);
  if (call.images.length > 1) return addImages(spec, call, method, io, json);
  try {
    let result: unknown;
    if (call.images.length === 1) {
      call.args.splice(spec.parameters.length, 0, await readFile(call.images[0] as string));
      result = await method(...call.args);
    } else if (call.all && spec.iterator) {
      const items: unknown[] = [];
      const iterate = call.client[spec.iterator] as (...args: unknown[]) => AsyncIterable<unknown>;
      for await (const item of iterate.call(call.client, ...call.args)) {
        items.push(item);
      }
      result = items;
    } else result = await method(...call.args);
    io.stdout(
      `${JSON.stringify(result === undefined ? { command: spec.command, ok: true } : result, null, json ? 0 : 2)}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    const detail = detailOf(error);
    if (!detail) throw error;
    return fail(error instanceof FaceValidationError ? EXIT.usage : EXIT.serviceError, error as Error, detail);
  }
}

/** What an error of a call says beyond its message, for --json; undefined for an error not of the call. */
function detailOf(error: unknown): Record<string, unknown> | undefined {
  if (error instanceof FaceValidationError) return { parameter: error.parameter };
  if (error instanceof FaceApiError) return { status: error.status, code: error.code, requestId: error.requestId };
  return undefined;
}

/**
 * Sends one request per image file, in order, each file read only when its turn comes. Prints
 * `[{ file, …result }]` (`{ file, result }` for an array result), or `{ file, error }` for a file
 * the service refused; exit code 0 only when every file was taken.
 */
async function addImages(
  spec: OperationCommand,
  call: { args: unknown[]; images: string[] },
  method: (...args: unknown[]) => unknown,
  io: OperationIo,
  json: boolean,
): Promise<number> {
  const results: Record<string, unknown>[] = [];
  const bar = io.isTTY && !json;
  const total = call.images.length;
  let failed = 0;
  for (const [i, file] of call.images.entries()) {
    if (bar) {
      const done = Math.round((i / total) * 24);
      io.stderr(`\r\x1b[2K[${"#".repeat(done)}${"-".repeat(24 - done)}] ${i}/${total} ${basename(file)}`);
    }
    const args = [...call.args];
    args.splice(spec.parameters.length, 0, await readFile(file));
    try {
      const result = await method(...args);
      // An object result is merged with its file; an array (detect's faces) is kept whole.
      results.push(Array.isArray(result) ? { file, result } : { file, ...(result as object) });
    } catch (error) {
      const detail = detailOf(error);
      if (!detail) throw error;
      failed += 1;
      results.push({ file, error: { name: (error as Error).name, message: (error as Error).message, ...detail } });
    }
  }
  if (bar) io.stderr(`\r\x1b[2K[${"#".repeat(24)}] ${total}/${total}\n`);
  if (!json)
    io.stderr(`${spec.command}: ${total - failed} of ${total} files accepted${failed ? `, ${failed} refused` : ""}\n`);
  io.stdout(`${JSON.stringify(results, null, json ? 0 : 2)}\n`);
  return failed ? EXIT.serviceError : EXIT.ok;
}

/** Image files that exist and have the size the spec asks, checked before anything is sent. */
async function imageFiles(spec: OperationCommand, files: string[]): Promise<string[]> {
  for (const file of files) {
    const found = await stat(file).catch((error: Error) =>
      Promise.reject(new UsageError(`--image ${file}: ${error.message}`)),
    );
    if (!found.isFile()) throw new UsageError(`--image ${file}: not a file`);
    const { minBytes = 0, maxBytes = Number.POSITIVE_INFINITY } = spec.image ?? {};
    if (found.size < minBytes || found.size > maxBytes) {
      throw new UsageError(`--image ${file}: an image must be ${minBytes} to ${maxBytes} bytes; it has ${found.size}`);
    }
  }
  return files;
}

async function parse(spec: OperationCommand, argv: string[], env: Record<string, string | undefined>) {
  const flags = Object.fromEntries(spec.options.map((o) => [o.flag, { type: "string" as const }]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...flags,
      ...CONNECTION_FLAGS,
      body: { type: "string" },
      image: { type: "string", multiple: true },
      all: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const ids = positionals.slice(1);
  if (ids.length !== spec.parameters.length) {
    throw new UsageError(`${spec.command} takes ${spec.parameters.map((p) => `<${p}>`).join(" ") || "no arguments"}`);
  }
  const connection = connectionFrom(values, env);
  const args: unknown[] = [...ids];
  let images: string[] = [];
  if (spec.body === "json") {
    if (typeof values.body !== "string") throw new UsageError(`${spec.command} needs --body <json>`);
    try {
      args.push(JSON.parse(values.body));
    } catch (error) {
      throw new UsageError(`--body is not JSON: ${(error as Error).message}`);
    }
  } else if (spec.body === "binary") {
    if (!values.image?.length) throw new UsageError(`${spec.command} needs --image <file> (one or more)`);
    images = await imageFiles(spec, values.image);
  } else if (values.body !== undefined || values.image !== undefined) {
    throw new UsageError(`${spec.command} takes no body`);
  }
  const options: Record<string, unknown> = {};
  for (const option of spec.options) {
    const text = (values as Record<string, unknown>)[option.flag] as string | undefined;
    if (text === undefined) continue;
    // The client checks each value against the spec's rules; here only the JSON type is made.
    options[option.name] =
      option.type === "integer" || option.type === "number"
        ? Number(text)
        : option.type === "boolean"
          ? text === "true"
            ? true
            : text === "false"
              ? false
              : text
          : option.type === "array"
            ? text.split(",").map((v) => (/^-?\d+$/.test(v) ? Number(v) : v))
            : text;
  }
  args.push(options);
  return { client: clientOf(connection), args, all: values.all as boolean, images };
}
