// `face-training <operation> <ids…> [--body <json>] [--image <file>] [--<query-flag> <value>]`:
// any operation of the spec from a shell, by the generated table (src/generated/operations.ts).
// The result is printed as JSON; a paged list prints every page with --all.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { FaceApiError, type FaceClient, FaceValidationError } from "@face-training/client";
import { CONNECTION_FLAGS, clientOf, connectionFrom, EXIT, UsageError } from "./connection.js";
import { type OperationCommand, operationCommands } from "./generated/operations.js";

/** Where the command writes: as the CLI's Io. */
export interface OperationIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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
        `  ${[c.command, ...c.parameters.map((p) => `<${p}>`)].join(" ")}${c.body === "json" ? " --body <json>" : c.body === "binary" ? " --image <file>" : ""}`,
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
  let call: { client: FaceClient; args: unknown[]; all: boolean };
  try {
    call = await parse(spec, argv, io.env);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      return fail(EXIT.usage, Object.assign(error as Error, { name: "UsageError" }));
    }
    if (error instanceof FaceValidationError) return fail(EXIT.usage, error, { parameter: error.parameter });
    throw error;
  }
  try {
    const method = (call.client[spec.method] as (...args: unknown[]) => unknown).bind(call.client);
    let result: unknown;
    if (call.all && spec.iterator) {
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
    if (error instanceof FaceValidationError) return fail(EXIT.usage, error, { parameter: error.parameter });
    if (error instanceof FaceApiError) {
      return fail(EXIT.serviceError, error, { status: error.status, code: error.code, requestId: error.requestId });
    }
    throw error;
  }
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
      image: { type: "string" },
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
  if (spec.body === "json") {
    if (typeof values.body !== "string") throw new UsageError(`${spec.command} needs --body <json>`);
    try {
      args.push(JSON.parse(values.body));
    } catch (error) {
      throw new UsageError(`--body is not JSON: ${(error as Error).message}`);
    }
  } else if (spec.body === "binary") {
    if (typeof values.image !== "string") throw new UsageError(`${spec.command} needs --image <file>`);
    args.push(
      await readFile(values.image).catch((error: Error) =>
        Promise.reject(new UsageError(`--image ${values.image}: ${error.message}`)),
      ),
    );
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
  return { client: clientOf(connection), args, all: values.all as boolean };
}
