import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

// The server answers each request with the reply the current property run set.
let next: Reply = { status: 200 };
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => next);
});
afterAll(() => server.close());

const dateTime = fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
const trainingResult = fc.record(
  {
    status: fc.oneof(fc.constantFrom("notStarted", "running", "succeeded", "failed"), fc.string()),
    createdDateTime: dateTime,
    lastActionDateTime: fc.option(dateTime, { nil: null }),
    lastSuccessfulTrainingDateTime: dateTime,
    lastSuccessfulTrainingId: fc.uuid(),
    message: fc.option(fc.string(), { nil: null }),
  },
  { requiredKeys: ["status", "createdDateTime", "lastActionDateTime"] },
);
const body = fc.oneof(
  trainingResult.map((r) => JSON.stringify(r)),
  fc.record({ error: fc.record({ code: fc.string(), message: fc.string() }) }).map((e) => JSON.stringify(e)),
  fc.json(),
  fc.string(),
  fc.constant("<html><body>502 Bad Gateway</body></html>"),
  fc.constant(""),
);
const headers = fc.dictionary(
  fc.constantFrom(
    "retry-after",
    "retry-after-ms",
    "x-ms-retry-after-ms",
    "x-ms-error-code",
    "content-type",
    "apim-request-id",
  ),
  fc.oneof(
    fc.constantFrom("0", "1", "application/json", "text/html", "Wed, 21 Oct 2015 07:28:00 GMT"),
    fc.string({ unit: "grapheme-ascii" }),
  ),
);
const status = fc.oneof(
  fc.constantFrom(200, 201, 400, 401, 404, 408, 429, 500, 502, 503, 504),
  fc.integer({ min: 200, max: 599 }),
);

/** What a resolved value must be: every required field of a TrainingResult, of its JSON type. */
function isTrainingResult(value: unknown): boolean {
  const r = value as Record<string, unknown>;
  return (
    typeof r?.status === "string" &&
    typeof r.createdDateTime === "string" &&
    (typeof r.lastActionDateTime === "string" || r.lastActionDateTime === null) &&
    (r.lastSuccessfulTrainingDateTime === undefined || typeof r.lastSuccessfulTrainingDateTime === "string")
  );
}

describe("whatever the service answers", () => {
  it("the client only resolves with a TrainingResult or rejects with a FaceApiError", async () => {
    const client = createFaceClient({
      endpoint: server.url,
      credential: { key: "k" },
      retry: { maxRetries: 1, baseDelayMs: 0, maxDelayMs: 1, maxRetryAfterMs: 5 },
    });
    await fc.assert(
      fc.asyncProperty(status, headers, body, async (s, h, b) => {
        // Header values must be sendable: Node refuses control characters.
        const sendable = Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\x20-\x7e]*$/.test(v)));
        next = { status: s, headers: sendable, body: b };
        const outcome = await client.getPersonGroupTrainingStatus("g").then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if ("value" in outcome) expect(isTrainingResult(outcome.value)).toBe(true);
        else expect(outcome.error).toBeInstanceOf(FaceApiError);
      }),
      { numRuns: 200 },
    );
  });

  it("an abort always rejects with the signal's reason", async () => {
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    await fc.assert(
      fc.asyncProperty(status, body, fc.integer({ min: 0, max: 30 }), async (s, b, abortAfterMs) => {
        next = { status: s, body: b, delayMs: 40 };
        const controller = new AbortController();
        setTimeout(() => controller.abort(), abortAfterMs);
        const error = await client
          .getPersonGroupTrainingStatus("g", { signal: controller.signal })
          .catch((e: unknown) => e);
        expect(error).toBe(controller.signal.reason);
      }),
      { numRuns: 30 },
    );
  });
});
