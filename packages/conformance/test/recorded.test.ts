// The live service is the spec's judge: the exchanges the official SDK's tests recorded against
// the real service (test/recordings/live) must validate against our OpenAPI, and the packed
// client, replaying each session, must send every recorded request as recorded (path, query,
// content type, body) and read every answer (an error answer as a FaceApiError of its code); the error answers the recordings lack are fixtures built
// from the service's documented codes (test/recordings/documented).

import { type Operation, operations } from "@face-training/spec";
import { type Handler, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { violations } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";
import { apiVersionOf, type Exchange, operationOf, recordings } from "./support/recordings.js";
import { image } from "./support/samples.js";

type Client = typeof import("@face-training/client");
let packed: Client;
beforeAll(async () => {
  packed = await importPackedClient();
});

let server: TestServer | undefined;
afterEach(() => server?.close());

/** Answers as recorded: the recorded status, headers (`{endpoint}` made this server) and body. */
function replay(exchanges: Exchange[]): Handler {
  let next = 0;
  return () => {
    const { response } = exchanges[Math.min(next++, exchanges.length - 1)] as Exchange;
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {})
        // The body is sent re-serialized, so its length is the server's to compute.
        .filter(([name]) => name.toLowerCase() !== "content-length")
        .map(([name, value]) => [name, value.replace("{endpoint}", server?.url ?? "")]),
    );
    // A binary answer (a session image) is kept as its length: sent as that many bytes.
    const size = (response.body as { $binary?: number } | undefined)?.$binary;
    return {
      status: response.status,
      headers,
      body:
        size !== undefined
          ? new Uint8Array(size)
          : response.body === undefined
            ? undefined
            : JSON.stringify(response.body),
    };
  };
}

const table = new Map(operations.map((o) => [o.operationId, o]));
/** The client's method for an operationId: the table's name of it (`trainPersonGroup`). */
const methodName = (operationId: string) => table.get(operationId)?.name ?? "";
const all = recordings();
const live = all.filter((r) => r.kind === "live");
const inSpec = (exchanges: Exchange[]) => exchanges.filter((e) => operationOf(e));

/**
 * The training runs of a recording: each train exchange with the status reads of the same
 * container that follow it, as a client that trains and waits makes them.
 */
function trainingRuns(exchanges: Exchange[]) {
  const runs: { train: Exchange; statuses: Exchange[]; operationId: string }[] = [];
  for (const exchange of exchanges) {
    const operation = operationOf(exchange);
    if (!operation || exchange.response.status >= 400) continue;
    if (table.get(operation.operationId)?.role.action === "train") {
      runs.push({ train: exchange, statuses: [], operationId: operation.operationId });
    } else if (runs.at(-1)?.train.request.path.replace(/\/train$/, "/training") === exchange.request.path) {
      runs.at(-1)?.statuses.push(exchange);
    }
  }
  return runs;
}

describe("the recorded exchanges", () => {
  it("hold a train and a status read of every trainable container kind of the spec", () => {
    const covered = new Set(live.flatMap((r) => inSpec(r.exchanges).map((e) => operationOf(e)?.operationId)));
    const trainings = operations
      .filter((o) => o.role.action === "train")
      .flatMap((o) => [o.operationId, o.longRunning?.pollingOperationId]);
    expect(trainings.sort()).toEqual([
      "FaceListOperations_GetLargeFaceListTrainingStatus",
      "FaceListOperations_TrainLargeFaceList",
      "PersonGroupOperations_GetLargePersonGroupTrainingStatus",
      "PersonGroupOperations_GetPersonGroupTrainingStatus",
      "PersonGroupOperations_TrainLargePersonGroup",
      "PersonGroupOperations_TrainPersonGroup",
    ]);
    for (const operationId of trainings) expect(covered.has(operationId), operationId).toBe(true);
  });

  it("carry no key, token or real host", () => {
    const text = JSON.stringify(all);
    expect(text).not.toMatch(/ocp-apim-subscription-key|authorization|bearer /i);
    expect(text).not.toMatch(/https?:\/\/(?!learn\.microsoft\.com)/);
  });

  describe.each(all.filter((r) => inSpec(r.exchanges).length).map((r) => [r.file, r] as const))(
    "%s",
    (_file, recording) => {
      it.each(
        inSpec(recording.exchanges).map(
          (e, i) => [`${i + 1}: ${e.request.method} ${e.request.path} → ${e.response.status}`, e] as const,
        ),
      )("validates against the OpenAPI (%s)", (_name, exchange) => {
        const headers = new Headers(exchange.response.headers);
        const url = `https://endpoint${exchange.request.path}`;
        expect(
          violations(exchange.request.method, url, exchange.response.status, headers, exchange.response.body),
        ).toEqual([]);
      });
    },
  );
});

describe.each(
  live.flatMap((r) => trainingRuns(r.exchanges).map((run) => [`${r.file} ${run.train.request.path}`, run] as const)),
)("the packed client replaying %s", (_name, run) => {
  const train = methodName(run.operationId);
  const kind = train.replace(/^train/, "");
  const id = run.train.request.path.split("/").at(-2) ?? "";
  const connect = async (exchanges: Exchange[]) => {
    server = await startServer(replay(exchanges));
    return packed.createFaceClient({
      endpoint: server.url,
      credential: { key: "replay-key" },
      apiVersion: apiVersionOf(run.train),
    }) as unknown as Record<string, (id: string, options?: object) => Promise<unknown>>;
  };

  it("trains and waits to the recorded end, sending the recorded requests", async () => {
    const client = await connect([run.train, ...run.statuses]);
    const accepted = await client[train]?.(id);
    expect(accepted).toEqual({
      operationLocation: run.train.response.headers?.["Operation-Location"]?.replace("{endpoint}", server?.url ?? ""),
    });
    const seen: unknown[] = [];
    const result = await client[`waitForTrain${kind}`]?.(id, {
      intervalMs: 1,
      onProgress: (r: unknown) => seen.push(r),
    });
    expect(seen).toEqual(run.statuses.map((e) => e.response.body));
    expect(result).toEqual(run.statuses.at(-1)?.response.body);
    expect(server?.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      [run.train, ...run.statuses].map((e) => `${e.request.method} ${e.request.path}`),
    );
  });

  it("reads every recorded status as it was sent", async () => {
    const client = await connect(run.statuses);
    for (const status of run.statuses) {
      await expect(client[`get${kind}TrainingStatus`]?.(id)).resolves.toEqual(status.response.body);
    }
  });
});

/** A recorded response header, by name in any casing. */
const recordedHeader = (exchange: Exchange, name: string) =>
  Object.entries(exchange.response.headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

/**
 * Whether a recorded body is an operation's: it has every property the operation's body
 * requires. Tells apart operations on one route with one content type (identify from a person
 * group or from a large person group).
 */
const bodyFits = (operation: Operation, body: unknown) =>
  (operation.body?.schema.required ?? []).every((name: string) => Object.hasOwn((body ?? {}) as object, name));

/**
 * The client call a recorded request is: its operation (by method, path, content type and the
 * properties of its body) and its arguments.
 */
function callOf(exchange: Exchange): { operation: Operation; args: unknown[] } {
  const url = new URL(exchange.request.path, "http://recorded");
  const path = url.pathname.replace(/^\/face\/[^/]+/, "");
  const pattern = (o: Operation) => new RegExp(`^${o.path.replace(/\{\w+\}/g, "([^/]+)")}$`);
  const candidates = operations.filter((o) => o.method === exchange.request.method && pattern(o).test(path));
  // By media type: a recorded `application/json; charset=UTF-8` is JSON.
  const mediaType = exchange.request.contentType?.split(";")[0];
  const sameType = candidates.filter((o) => o.body?.contentType === mediaType);
  // The most specific fit first: of two creates on one route, the one whose body requires more.
  const required = (o: Operation) => (o.body?.schema.required ?? []).length;
  const operation =
    [...sameType]
      .sort((a, b) => required(b) - required(a))
      .find((o) => o.body?.kind !== "json" || bodyFits(o, exchange.request.body)) ??
    sameType[0] ??
    candidates[0];
  if (!operation) throw new Error(`No operation of the table is ${exchange.request.method} ${path}`);
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const values = Object.fromEntries(
    (path.match(pattern(operation)) ?? []).slice(1).map((value, i) => [names[i], decodeURIComponent(value)]),
  );
  const args: unknown[] = operation.parameters.filter((p) => p.in === "path").map((p) => values[p.name]);
  const options: Record<string, unknown> = {};
  if (operation.body?.kind === "multipart") {
    // A form: an image for its file part, its text parts as the options, typed by their schemas.
    args.push(image(2048));
    for (const part of formOf(exchange).filter((p) => p.value !== undefined)) {
      const schema = operation.body.schema.properties?.[part.name] as { type?: string } | undefined;
      options[part.name] =
        schema?.type === "boolean"
          ? part.value === "true"
          : /integer|number/.test(schema?.type ?? "")
            ? Number(part.value)
            : schema?.type === "object" // a JSON part (v1.2-preview.1's `Parameters`)
              ? JSON.parse(part.value ?? "")
              : part.value;
    }
  } else if (operation.body) {
    const size = (exchange.request.body as { $binary?: number } | undefined)?.$binary;
    args.push(operation.body.kind === "binary" ? image(size ?? 0) : exchange.request.body);
  }
  for (const [name, text] of url.searchParams) {
    const schema = operation.parameters.find((p) => p.name === name)?.schema;
    if (!schema) throw new Error(`${operation.operationId} has no query parameter ${name}`);
    options[name] =
      schema.type === "boolean"
        ? text === "true"
        : schema.type === "integer"
          ? Number(text)
          : schema.type === "array"
            ? text.split(",").map((item) => (schema.items?.type === "integer" ? Number(item) : item))
            : text;
  }
  return { operation, args: [...args, options] };
}

/** The parts of a recorded form request, in order: name, content type, and a text part's value. */
const formOf = (exchange: Exchange) =>
  ((exchange.request.body as { parts?: unknown[] } | undefined)?.parts ?? []) as {
    name: string;
    contentType: string;
    filename?: string;
    value?: string;
  }[];

/** The fields of a form the client sent: each text part's name and value, and the file parts' names. */
async function sentForm(request: { headers: Record<string, unknown>; bytes: Buffer }) {
  const form = await new Response(new Uint8Array(request.bytes), {
    headers: { "content-type": String(request.headers["content-type"]) },
  }).formData();
  const fields: Record<string, string> = {};
  const files: string[] = [];
  for (const [name, value] of form) {
    if (typeof value === "string") fields[name] = value;
    else files.push(name);
  }
  return { fields, files };
}

describe.each(live.map((r) => [r.file, r] as const))(
  "the packed client replaying the session %s",
  (_file, recording) => {
    it("sends each recorded request of the spec's operations, as recorded, and reads each answer", async () => {
      const exchanges = inSpec(recording.exchanges);
      server = await startServer(replay(exchanges));
      const client = packed.createFaceClient({
        endpoint: server.url,
        credential: { key: "replay-key" },
        apiVersion: apiVersionOf(exchanges[0] as Exchange),
        retry: false,
      }) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const [i, exchange] of exchanges.entries()) {
        const { operation, args } = callOf(exchange);
        const outcome = await client[operation.name]?.(...args).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        const sent = server.requests[i];
        const expected = new URL(exchange.request.path, "http://recorded");
        const received = new URL(sent?.url ?? "", "http://recorded");
        const where = `${i + 1}: ${operation.operationId}`;
        expect([sent?.method, received.pathname], where).toEqual([exchange.request.method, expected.pathname]);
        expect([...received.searchParams].sort(), where).toEqual([...expected.searchParams].sort());
        // By media type (a form's boundary is its own).
        expect(sent?.headers["content-type"]?.split(";")[0], where).toBe(exchange.request.contentType?.split(";")[0]);
        const size = (exchange.request.body as { $binary?: number } | undefined)?.$binary;
        const parts = formOf(exchange);
        if (parts.length && sent) {
          // A form: the recorded text parts with their values, and the file part (the boundary, and so the length, differ).
          const recordedFields = Object.fromEntries(
            parts.flatMap((p) => (p.value === undefined ? [] : [[p.name, p.value]])),
          );
          await expect(sentForm(sent), where).resolves.toEqual({
            fields: recordedFields,
            files: parts.filter((p) => p.value === undefined).map((p) => p.name),
          });
        } else if (size !== undefined) expect(Number(sent?.headers["content-length"]), where).toBe(size);
        else if (exchange.request.body !== undefined)
          expect(JSON.parse(sent?.body ?? ""), where).toEqual(exchange.request.body);
        else expect(sent?.body, where).toBe("");
        // An error answer (a session read after its delete): a FaceApiError of its status and code.
        if (exchange.response.status >= 400) {
          const { code } = (exchange.response.body as { error: { code: string } }).error;
          expect(outcome && "error" in outcome && outcome.error, where).toBeInstanceOf(packed.FaceApiError);
          expect(outcome && "error" in outcome && outcome.error, where).toMatchObject({
            status: exchange.response.status,
            code,
          });
          continue;
        }
        expect(outcome, where).not.toHaveProperty("error");
        const result = outcome && "value" in outcome ? outcome.value : undefined;
        // The result: the body, with the answer's documented headers camelCased (a write's operation-Location).
        const headers = Object.fromEntries(
          operation.success.headers
            .filter((h) => h.required && exchange.response.status === operation.success.status)
            .map((h) => [h.property, recordedHeader(exchange, h.name)?.replace("{endpoint}", server?.url ?? "")]),
        );
        const answered = (exchange.response.body as { $binary?: number } | undefined)?.$binary;
        if (Object.keys(headers).length)
          expect(result, where).toEqual({ ...(exchange.response.body as object), ...headers });
        // Bytes as sent (compared as a Buffer: a deep equality of 671,608 items takes seconds).
        else if (answered !== undefined) {
          expect(result, where).toBeInstanceOf(Uint8Array);
          expect(Buffer.from(result as Uint8Array).equals(Buffer.alloc(answered)), where).toBe(true);
        } else if (exchange.response.body !== undefined) expect(result, where).toEqual(exchange.response.body);
        else expect(result, where).toBeUndefined();
      }
      expect(server.requests).toHaveLength(exchanges.length);
    });
  },
);

describe("the documented error answers, through the packed client", () => {
  const errors = all.filter((r) => r.kind === "documented").flatMap((r) => r.exchanges);
  it.each(
    errors.map(
      (e) =>
        [
          `${e.request.method} ${e.request.path} → ${(e.response.body as { error: { code: string } }).error.code}`,
          e,
        ] as const,
    ),
  )("%s rejects with a FaceApiError of that status and code", async (_name, exchange) => {
    server = await startServer(replay([exchange]));
    const operation = operationOf(exchange);
    const name = methodName(operation?.operationId ?? "");
    const client = packed.createFaceClient({
      endpoint: server.url,
      credential: { key: "k" },
      apiVersion: apiVersionOf(exchange),
    }) as unknown as Record<string, (id: string) => Promise<unknown>>;
    const error = await client[name]?.(exchange.request.path.split("/").at(-2) ?? "").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(packed.FaceApiError);
    const { code } = (exchange.response.body as { error: { code: string } }).error;
    expect(error).toMatchObject({ status: exchange.response.status, code });
    expect(error).toHaveProperty("message", expect.stringContaining(code));
  });
});
