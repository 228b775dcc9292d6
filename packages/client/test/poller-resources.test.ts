// What many waits at once hold: one timer each while they pause between polls, and nothing
// (no timer, no listener on the caller's signal) once they are aborted or time out. Counts, not
// timings: the timers the client starts with setTimeout and has not cleared or seen fire. The
// Node transport's one clock (an unref'd timer shared by every exchange in flight, which
// holds nothing once they end) is counted apart: at most one, whatever the number of waits.
import { getEventListeners } from "node:events";
import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFaceClient, type TrainingResult } from "../src/index.js";

const at = "2024-03-05T11:07:58.371Z";
const running: TrainingResult = { status: "running", createdDateTime: at, lastActionDateTime: at };
const WAITS = 50;

let server: TestServer | undefined;
let live: Set<unknown>;
beforeEach(() => {
  // Every pending timer, as setTimeout and clearTimeout see them (the real ones underneath).
  live = new Set();
  const { setTimeout: set, clearTimeout: clear } = globalThis;
  vi.spyOn(globalThis, "setTimeout").mockImplementation(((callback: (...args: unknown[]) => void, ms?: number) => {
    const timer = set(() => {
      live.delete(timer);
      callback();
    }, ms);
    live.add(timer);
    return timer;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, "clearTimeout").mockImplementation((timer) => {
    live.delete(timer);
    clear(timer);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  server?.close();
});

/** The pending timers that keep the process alive: a wait's pause is one. */
const timers = () => [...live].filter((t) => (t as NodeJS.Timeout).hasRef()).length;
/** The others: the transport's clock. */
const clocks = () => [...live].filter((t) => !(t as NodeJS.Timeout).hasRef()).length;

/** Resolves once `condition()` holds, checking on every turn of the event loop. */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe("many waits at once", () => {
  it("hold one timer per wait between polls, and leave no timer or listener when aborted", async () => {
    server = await startServer(() => ({ status: 200, body: running }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const controller = new AbortController();
    const before = timers();
    let polled = 0;
    const waits = Array.from({ length: WAITS }, (_, i) =>
      client
        .waitForTrainPersonGroup(`g${i}`, { intervalMs: 60_000, signal: controller.signal, onProgress: () => polled++ })
        .catch((e: unknown) => e),
    );
    await until(() => polled === WAITS);
    await until(() => getEventListeners(controller.signal, "abort").length === WAITS); // every wait pausing
    expect(timers() - before).toBe(WAITS);
    expect(clocks()).toBeLessThanOrEqual(1);

    controller.abort();
    const errors = await Promise.all(waits);
    expect(errors.every((e) => e === controller.signal.reason)).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(timers()).toBe(before);
    expect(clocks()).toBeLessThanOrEqual(1);
  });

  it("leave no timer or listener when they time out", async () => {
    server = await startServer(() => ({ status: 200, body: running }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const controller = new AbortController();
    const before = timers();
    const errors = await Promise.all(
      Array.from({ length: WAITS }, (_, i) =>
        client
          .waitForTrainPersonGroup(`g${i}`, { intervalMs: 20, timeoutMs: 200, signal: controller.signal })
          .catch((e: unknown) => e),
      ),
    );
    expect(errors.every((e) => (e as Error).name === "TimeoutError")).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(timers()).toBe(before);
    expect(clocks()).toBeLessThanOrEqual(1);
  });

  it("leave no timer when a request is aborted in flight", async () => {
    // A server that answers only when told: no timer of its own in this process.
    const held: (() => void)[] = [];
    server = await startServer(
      () => new Promise((resolve) => held.push(() => resolve({ status: 200, body: running }))),
    );
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const controller = new AbortController();
    const before = timers();
    const waits = Array.from({ length: WAITS }, (_, i) =>
      client.waitForTrainPersonGroup(`g${i}`, { signal: controller.signal }).catch((e: unknown) => e),
    );
    await until(() => (server?.requests.length ?? 0) === WAITS);
    controller.abort();
    const errors = await Promise.all(waits);
    expect(errors.every((e) => e === controller.signal.reason)).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(timers()).toBe(before);
    expect(clocks()).toBeLessThanOrEqual(1);
    for (const answer of held) answer();
  });
});
