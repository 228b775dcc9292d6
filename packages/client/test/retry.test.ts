import { inOrder, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError, type FaceClientOptions, type TrainingResult } from "../src/index.js";
import { trainingResult } from "./fixtures.js";

const training = trainingResult("succeeded");
const ok: Reply = { status: 200, body: training };
const fast = { baseDelayMs: 1, maxDelayMs: 5 };

let server: TestServer | undefined;
afterEach(() => server?.close());

async function call(replies: Reply[], options: Partial<FaceClientOptions> = {}) {
  server = await startServer(inOrder(...replies));
  const client = createFaceClient({ endpoint: server.url, credential: { key: "k" }, ...options });
  const started = performance.now();
  const outcome: { value?: TrainingResult; error?: unknown } = await client.getPersonGroupTrainingStatus("g").then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const gaps = server.requests.slice(1).map((r, i) => r.at - (server?.requests[i]?.at ?? 0));
  return { ...outcome, requests: server.requests.length, gaps, elapsed: performance.now() - started };
}

describe("retries", () => {
  it("retries a 429 after the Retry-After seconds and succeeds", async () => {
    const result = await call([{ status: 429, headers: { "Retry-After": "1" } }, ok]);
    expect(result.value).toEqual(training);
    expect(result.requests).toBe(2);
    expect(result.gaps[0]).toBeGreaterThanOrEqual(990);
  });

  it.each<[string, Record<string, string> | "date"]>([
    ["retry-after-ms", { "retry-after-ms": "300" }],
    ["x-ms-retry-after-ms", { "x-ms-retry-after-ms": "300" }],
    ["an HTTP-date Retry-After", "date"],
  ])("waits as %s asks", async (_name, headers) => {
    const when = { "Retry-After": new Date(Date.now() + 1500).toUTCString() };
    const result = await call([{ status: 503, headers: headers === "date" ? when : headers }, ok]);
    expect(result.value).toEqual(training);
    expect(result.gaps[0]).toBeGreaterThanOrEqual(headers === "date" ? 400 : 290);
  });

  it("resolves after two 503s then a 200", async () => {
    const result = await call([{ status: 503 }, { status: 503 }, ok], { retry: fast });
    expect(result.value).toEqual(training);
    expect(result.requests).toBe(3);
  });

  it.each([408, 429, 500, 502, 503, 504])("retries a %i", async (status) => {
    const result = await call([{ status }, ok], { retry: fast });
    expect(result.requests).toBe(2);
  });

  it("sends exactly 3 requests with maxRetries: 2 against a persistent 500, then rejects", async () => {
    const result = await call([{ status: 500, body: { error: { code: "InternalServerError", message: "Boom." } } }], {
      retry: { maxRetries: 2, ...fast },
    });
    expect(result.requests).toBe(3);
    expect(result.error).toBeInstanceOf(FaceApiError);
    expect(result.error).toMatchObject({ status: 500, code: "InternalServerError" });
  });

  it("sends one request with retry: false", async () => {
    const result = await call([{ status: 503 }, ok], { retry: false });
    expect(result.requests).toBe(1);
    expect(result.error).toMatchObject({ status: 503 });
  });

  it.each([400, 401, 403, 404, 409, 501])("does not retry a %i", async (status) => {
    const result = await call([{ status }, ok], { retry: fast });
    expect(result.requests).toBe(1);
    expect(result.error).toMatchObject({ status });
  });

  it("retries a network error", async () => {
    const result = await call([{ status: 200, destroy: true }, ok], { retry: fast });
    expect(result.value).toEqual(training);
    expect(result.requests).toBe(2);
  });

  it("retries an attempt that exceeds timeoutMs", async () => {
    const result = await call([{ ...ok, delayMs: 2000 }, ok], { retry: fast, timeoutMs: 100 });
    expect(result.value).toEqual(training);
    expect(result.requests).toBe(2);
    expect(result.elapsed).toBeLessThan(1800); // not the 2 s the first attempt would take
  });

  it("returns the error instead of waiting longer than maxRetryAfterMs", async () => {
    const result = await call([{ status: 429, headers: { "Retry-After": "120" } }, ok], {
      retry: { maxRetryAfterMs: 1000 },
    });
    expect(result.requests).toBe(1);
    expect(result.error).toMatchObject({ status: 429 });
    expect(result.elapsed).toBeLessThan(1500); // not the 120 s asked for
  });

  it("backs off exponentially, within maxDelayMs", async () => {
    const result = await call([{ status: 503 }, { status: 503 }, { status: 503 }, ok], {
      retry: { baseDelayMs: 100, maxDelayMs: 250 },
    });
    const [first = 0, second = 0, third = 0] = result.gaps;
    expect(first).toBeGreaterThanOrEqual(45); // 100 ms with jitter: 50–100
    expect(second).toBeGreaterThanOrEqual(95); // 200 ms: 100–200
    expect(third).toBeGreaterThanOrEqual(120); // capped at 250 ms: 125–250
    expect(third).toBeLessThan(600);
  });
});
