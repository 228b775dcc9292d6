import { inOrder, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient } from "../src/index.js";
import { trainingResult } from "./fixtures.js";

const training = trainingResult("running");

let server: TestServer | undefined;
afterEach(() => server?.close());

async function timed<T>(promise: Promise<T>) {
  const started = performance.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error: error as Error, ms: performance.now() - started };
}

describe("cancellation and timeouts", () => {
  it("stops a 5-second call well under 1.5 s when the signal aborts, with the signal's AbortError", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 5000 }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await timed(client.getPersonGroupTrainingStatus("g", { signal: controller.signal }));
    expect(error).toBe(controller.signal.reason);
    expect(error.name).toBe("AbortError");
    expect(ms).toBeLessThan(1500);
  });

  it("stops during a retry wait", async () => {
    server = await startServer(inOrder({ status: 503, headers: { "Retry-After": "10" } }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { error, ms } = await timed(client.getPersonGroupTrainingStatus("g", { signal: controller.signal }));
    expect(error.name).toBe("AbortError");
    expect(ms).toBeLessThan(1500); // not the 10 s Retry-After
    expect(server.requests).toHaveLength(1);
  });

  it("never retries what the caller aborted", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 3000 }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: { baseDelayMs: 1 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await timed(client.getPersonGroupTrainingStatus("g", { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests).toHaveLength(1);
  });

  it("rejects an already aborted signal without sending", async () => {
    server = await startServer(inOrder({ status: 200, body: training }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const { error } = await timed(client.getPersonGroupTrainingStatus("g", { signal: AbortSignal.abort() }));
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects with the TimeoutError of an AbortSignal.timeout signal", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 3000 }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const { error, ms } = await timed(client.getPersonGroupTrainingStatus("g", { signal: AbortSignal.timeout(100) }));
    expect(error.name).toBe("TimeoutError");
    expect(ms).toBeLessThan(2000); // the server answers after 3 s
  });

  it("times out each call at its own timeoutMs, whatever else is in flight", async () => {
    // Every answer after 600 ms: the call allowed 5 s gets it; the one allowed 100 ms (sent after
    // it, due before it) times out, and so does one allowed 300 ms sent after both.
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 600 }));
    const options = { endpoint: server.url, credential: { key: "k" }, retry: false } as const;
    const patient = createFaceClient({ ...options, timeoutMs: 5000 }).getPersonGroupTrainingStatus("g");
    const hasty = timed(createFaceClient({ ...options, timeoutMs: 100 }).getPersonGroupTrainingStatus("g"));
    const middle = timed(createFaceClient({ ...options, timeoutMs: 300 }).getPersonGroupTrainingStatus("g"));
    const [first, second] = [await hasty, await middle];
    expect([first.error?.name, second.error?.name]).toEqual(["TimeoutError", "TimeoutError"]);
    await expect(patient).resolves.toEqual(training);
  });

  it("rejects with a TimeoutError when every attempt exceeds timeoutMs", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 3000 }));
    const client = createFaceClient({
      endpoint: server.url,
      credential: { key: "k" },
      timeoutMs: 100,
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const { error, ms } = await timed(client.getPersonGroupTrainingStatus("g"));
    expect(error.name).toBe("TimeoutError");
    expect(server.requests).toHaveLength(2);
    expect(ms).toBeLessThan(2000); // the server answers after 3 s
  });
});
