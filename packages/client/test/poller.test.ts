import { type Handler, inOrder, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError, OperationFailedError, type TrainingResult } from "../src/index.js";

const at = "2024-03-05T11:07:58.371Z";
const result = (status: string, message?: string): TrainingResult => ({
  status,
  createdDateTime: at,
  lastActionDateTime: at,
  lastSuccessfulTrainingDateTime: at,
  ...(message && { message }),
});
const reply = (status: string, message?: string, headers?: Record<string, string>): Reply => ({
  status: 200,
  body: result(status, message),
  ...(headers && { headers }),
});

let server: TestServer | undefined;
afterEach(() => server?.close());

async function clientFor(handler: Handler) {
  server = await startServer(handler);
  return createFaceClient({ endpoint: server.url, credential: { key: "k" } });
}

describe("waitForTrainPersonGroup", () => {
  it("polls until succeeded and resolves with that result, reporting each status", async () => {
    const client = await clientFor(
      inOrder(reply("notStarted"), reply("running"), reply("running"), reply("succeeded")),
    );
    const seen: string[] = [];
    const final = await client.waitForTrainPersonGroup("g", {
      intervalMs: 10,
      onProgress: (r) => seen.push(r.status),
    });
    expect(final).toEqual(result("succeeded"));
    expect(seen).toEqual(["notStarted", "running", "running", "succeeded"]);
    expect(server?.requests.map((r) => r.url)).toEqual(Array(4).fill("/face/v1.2/persongroups/g/training"));
  });

  it("waits through a first training, whose statuses have no lastSuccessfulTrainingDateTime yet", async () => {
    // As the live service answers before a container's first success: the key is absent, not null.
    const { lastSuccessfulTrainingDateTime: _absent, ...firstRunning } = result("running");
    const succeeded = { ...result("succeeded"), lastSuccessfulTrainingId: "2f4e5e2b-8a7c-4a4c-9f1e-2c3b4d5e6f70" };
    const client = await clientFor(inOrder({ status: 200, body: firstRunning }, { status: 200, body: succeeded }));
    const seen: unknown[] = [];
    const final = await client.waitForTrainPersonGroup("g", { intervalMs: 10, onProgress: (r) => seen.push(r) });
    expect(seen).toEqual([firstRunning, succeeded]);
    expect(final).toEqual(succeeded);
  });

  it("rejects with OperationFailedError holding the result and the service's message", async () => {
    const client = await clientFor(inOrder(reply("running"), reply("failed", "There are no persons in the group.")));
    const error = await client.waitForTrainPersonGroup("g", { intervalMs: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationFailedError);
    expect((error as OperationFailedError).result).toEqual(result("failed", "There are no persons in the group."));
    expect((error as Error).message).toBe(
      'Train PersonGroup (personGroupId "g") failed: There are no persons in the group.',
    );
  });

  it("passes over status values it does not know, as still in progress", async () => {
    const client = await clientFor(inOrder(reply("queued"), reply("cancelling"), reply("succeeded")));
    const seen: string[] = [];
    await client.waitForTrainPersonGroup("g", { intervalMs: 10, onProgress: (r) => seen.push(r.status) });
    expect(seen).toEqual(["queued", "cancelling", "succeeded"]);
  });

  it("waits as a poll response's Retry-After asks instead of the interval", async () => {
    const client = await clientFor(inOrder(reply("running", undefined, { "Retry-After": "1" }), reply("succeeded")));
    await client.waitForTrainPersonGroup("g", { intervalMs: 10 });
    const [first, second] = server?.requests ?? [];
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it("waits intervalMs between polls", async () => {
    const client = await clientFor(inOrder(reply("running"), reply("succeeded")));
    await client.waitForTrainPersonGroup("g", { intervalMs: 300 });
    const [first, second] = server?.requests ?? [];
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it("rejects with a TimeoutError naming the group and the limit at timeoutMs", async () => {
    const client = await clientFor(inOrder(reply("running")));
    const started = performance.now();
    const error = await client
      .waitForTrainPersonGroup("g", { intervalMs: 50, timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "TimeoutError",
      message: 'Train PersonGroup (personGroupId "g") did not end within 300 ms',
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("rejects with the signal's AbortError when aborted, waiting included", async () => {
    const client = await clientFor(inOrder(reply("running")));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await client
      .waitForTrainPersonGroup("g", { intervalMs: 10_000, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(performance.now() - started).toBeLessThan(1500); // the interval was 10 s
  });

  it("rejects with the FaceApiError of a poll that fails", async () => {
    const client = await clientFor(
      inOrder(reply("running"), { status: 404, body: { error: { code: "PersonGroupNotFound", message: "Gone." } } }),
    );
    const error = await client.waitForTrainPersonGroup("g", { intervalMs: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 404, code: "PersonGroupNotFound" });
  });

  it("rides out a throttled poll through the client's retries", async () => {
    const client = await clientFor(
      inOrder(reply("running"), { status: 429, headers: { "retry-after-ms": "20" } }, reply("succeeded")),
    );
    await expect(client.waitForTrainPersonGroup("g", { intervalMs: 10 })).resolves.toEqual(result("succeeded"));
  });
});
