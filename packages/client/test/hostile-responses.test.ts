// Whatever a server answers, however it answers, the client resolves with a valid result or
// rejects with a typed error (FaceApiError, or a TimeoutError when the attempts time out): never
// a raw TypeError, a hang, or a result that is not the documented shape.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

interface Plan {
  status: number;
  body: string;
  /** How the body travels: whole, cut short of its Content-Length, dripped, or reset. */
  mode: "whole" | "truncated" | "drip" | "reset-after-headers" | "reset-mid-body";
  contentType: string;
}

let plan: Plan = { status: 200, body: "", mode: "whole", contentType: "application/json" };
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    const { status, body, mode, contentType } = plan;
    const bytes = Buffer.from(body);
    response.writeHead(status, {
      "content-type": contentType,
      "content-length": String(bytes.length + (mode === "truncated" ? 10 : 0)),
    });
    if (mode === "reset-after-headers") {
      response.flushHeaders();
      setTimeout(() => response.socket?.destroy(), 5);
    } else if (mode === "reset-mid-body") {
      response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => response.socket?.destroy(), 5);
    } else if (mode === "truncated") {
      response.write(bytes);
      setTimeout(() => response.socket?.destroy(), 5);
    } else if (mode === "drip") {
      let offset = 0;
      const drip = setInterval(() => {
        if (response.destroyed || offset >= bytes.length) {
          clearInterval(drip);
          response.end();
          return;
        }
        response.write(bytes.subarray(offset, offset + 64));
        offset += 64;
      }, 20);
    } else response.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const dateTime = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
const validResult = fc.record(
  {
    status: fc.string(),
    createdDateTime: dateTime,
    lastActionDateTime: fc.option(dateTime, { nil: null }),
    lastSuccessfulTrainingDateTime: dateTime,
  },
  { requiredKeys: ["status", "createdDateTime", "lastActionDateTime"] },
);
const wrongTypes = fc.record({
  status: fc.oneof(fc.integer(), fc.constant(null), fc.boolean()),
  createdDateTime: fc.oneof(fc.integer(), fc.constant({})),
  lastActionDateTime: fc.oneof(fc.integer(), fc.boolean()),
});
const body = fc.oneof(
  validResult.map((r) => JSON.stringify(r)),
  validResult.map((r) => JSON.stringify(r).slice(0, -3)), // truncated JSON
  wrongTypes.map((r) => JSON.stringify(r)),
  fc.constant(JSON.stringify({ error: { code: "x", message: "y".repeat(100) } })),
  fc.constant(`[${"1,".repeat(200_000)}1]`), // a huge body, 400 KB
  fc.constant(
    JSON.stringify({
      status: "running",
      createdDateTime: "x",
      lastActionDateTime: null,
      padding: "z".repeat(1_500_000),
    }),
  ),
  fc.string(),
  fc.constant(""),
);
const planArbitrary = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 400, 404, 429, 500, 503),
  body,
  mode: fc.constantFrom("whole", "whole", "truncated", "drip", "reset-after-headers", "reset-mid-body"),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/html",
    "application/octet-stream",
  ),
});

/** What a resolved value must be: a TrainingResult's required fields, of their JSON types. */
function isTrainingResult(value: unknown): boolean {
  const r = value as Record<string, unknown>;
  return (
    typeof r?.status === "string" &&
    typeof r.createdDateTime === "string" &&
    (typeof r.lastActionDateTime === "string" || r.lastActionDateTime === null)
  );
}

describe("the client against a server that answers anything, any way", () => {
  it("resolves with a TrainingResult or rejects with a FaceApiError or a TimeoutError", {
    timeout: 120_000,
  }, async () => {
    // Short attempts, so that a dripped body times out; one retry, without waiting.
    const client = createFaceClient({
      endpoint: url,
      credential: { key: "k" },
      timeoutMs: 250,
      retry: { maxRetries: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 },
    });
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (p) => {
        plan = p as Plan;
        const outcome = await client.getPersonGroupTrainingStatus("g").then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ("value" in outcome) {
          expect(isTrainingResult(outcome.value)).toBe(true);
        } else {
          const typed = outcome.error instanceof FaceApiError || (outcome.error as Error)?.name === "TimeoutError";
          expect(typed, String(outcome.error)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });
});
