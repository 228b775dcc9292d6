// The retry policy to the millisecond, on a fake clock: which requests are sent again, how long
// each pause is (what the service asks, or backoff with its jitter), and where a deadline, a
// timeout or an abort stops it. test/retry.test.ts shows the same against a real server.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEADLINE, type Send, type WireResponse } from "../src/platform/send.js";
import { createTransport, retryAfterMs, sleep } from "../src/transport.js";

const answer = (status: number, headers: Record<string, string> = {}): WireResponse => ({
  status,
  ok: status < 300,
  headers: new Headers(headers),
  text: "",
});

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2030, 0, 1) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A Send that answers in turn (a function is called: it may throw), recording when each request came. */
function scripted(...answers: (WireResponse | (() => Promise<WireResponse>))[]) {
  const at: number[] = [];
  const send: Send = async () => {
    at.push(Date.now());
    const next = answers.shift() ?? answer(200);
    return typeof next === "function" ? next() : next;
  };
  return { send, at, gaps: () => at.slice(1).map((t, i) => t - (at[i] as number)) };
}

/** Runs a call to its end on the fake clock. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

const noAuth = () => undefined;

describe("how long the service asks to wait", () => {
  it.each<[string, Record<string, string>, number | undefined]>([
    ["retry-after-ms", { "retry-after-ms": "300" }, 300],
    ["x-ms-retry-after-ms", { "x-ms-retry-after-ms": "250" }, 250],
    ["retry-after-ms before Retry-After", { "retry-after-ms": "300", "retry-after": "9" }, 300],
    ["Retry-After in seconds", { "retry-after": "2" }, 2000],
    ["Retry-After of 0: at once", { "retry-after": "0" }, 0],
    ["Retry-After as an IMF date", { "retry-after": "Tue, 01 Jan 2030 00:00:03 GMT" }, 3000],
    ["Retry-After as an asctime date", { "retry-after": "Tue Jan  1 00:00:04 2030" }, 4000],
    ["Retry-After in the past", { "retry-after": "Mon, 31 Dec 2029 23:59:00 GMT" }, undefined],
    ["Retry-After that is not a time", { "retry-after": "soon" }, undefined],
    ["Retry-After of negative seconds", { "retry-after": "-5" }, undefined],
    ["nothing", {}, undefined],
  ])("%s", (_name, headers, ms) => {
    const asked = retryAfterMs(answer(503, headers));
    if (ms === undefined) expect(asked).toBeUndefined();
    else expect(asked).toBeCloseTo(ms, -1);
  });
});

describe("which requests are sent again", () => {
  it.each(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])("%s, idempotent, after a 503", async (method) => {
    const { send, at } = scripted(answer(503), answer(200));
    const call = createTransport(send, noAuth, { baseDelayMs: 1 }, 1000);
    expect((await settle(call("u", { method, headers: {} }))).value?.status).toBe(200);
    expect(at).toHaveLength(2);
  });

  it("POST only after a 429 (a throttled request was not carried out), not after a 503", async () => {
    const throttled = scripted(answer(429), answer(202));
    const call = createTransport(throttled.send, noAuth, { baseDelayMs: 1 }, 1000);
    expect((await settle(call("u", { method: "POST", headers: {} }))).value?.status).toBe(202);
    const failed = scripted(answer(503), answer(202));
    const again = createTransport(failed.send, noAuth, { baseDelayMs: 1 }, 1000);
    expect((await settle(again("u", { method: "POST", headers: {} }))).value?.status).toBe(503);
    expect(failed.at).toHaveLength(1);
  });
});

describe("how long each pause is", () => {
  it.each([
    ["the least jitter: half of each delay", 0, [50, 100, 125]],
    ["the most jitter: the whole delay", 0.999_999, [100, 200, 250]],
  ])("backs off exponentially, capped at maxDelayMs, with %s", async (_name, random, gaps) => {
    vi.spyOn(Math, "random").mockReturnValue(random);
    const { send, gaps: measured } = scripted(answer(503), answer(503), answer(503), answer(200));
    const call = createTransport(send, noAuth, { baseDelayMs: 100, maxDelayMs: 250 }, 1000);
    await settle(call("u", { method: "GET", headers: {} }));
    // To the millisecond (the fake clock counts whole ones).
    const deviations = measured().map((gap, i) => Math.abs(gap - (gaps[i] as number)));
    expect(deviations).toHaveLength(3);
    for (const deviation of deviations) expect(deviation).toBeLessThanOrEqual(1);
  });

  it("waits what the service asks up to maxRetryAfterMs, and returns the answer when it asks for more", async () => {
    const { send, gaps } = scripted(answer(429, { "retry-after-ms": "1000" }), answer(200));
    const call = createTransport(send, noAuth, { maxRetryAfterMs: 1000 }, 5000);
    expect((await settle(call("u", { method: "GET", headers: {} }))).value?.status).toBe(200);
    expect(gaps()).toEqual([1000]);
    const longer = scripted(answer(429, { "retry-after-ms": "1001" }), answer(200));
    const impatient = createTransport(longer.send, noAuth, { maxRetryAfterMs: 1000 }, 5000);
    expect((await settle(impatient("u", { method: "GET", headers: {} }))).value?.status).toBe(429);
  });
});

describe("where a deadline stops it", () => {
  it("sends nothing once the deadline has come", async () => {
    const { send, at } = scripted();
    const call = createTransport(send, noAuth, {}, 1000);
    expect((await settle(call("u", { method: "GET", headers: {}, deadline: Date.now() }))).error).toBe(DEADLINE);
    expect(at).toHaveLength(0);
  });

  it("does not start a pause that would end at or after the deadline", async () => {
    const { send, at } = scripted(answer(503, { "retry-after-ms": "500" }), answer(200));
    const call = createTransport(send, noAuth, {}, 1000);
    const deadline = Date.now() + 500;
    expect((await settle(call("u", { method: "GET", headers: {}, deadline }))).error).toBe(DEADLINE);
    expect(at).toHaveLength(1);
    expect(Date.now()).toBeLessThan(deadline); // it gave up at once, not at the deadline
  });

  it("gives each attempt what is left of the deadline, and ends at it when that attempt times out", async () => {
    const timeouts: number[] = [];
    const timedOut = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    const send: Send = async (_url, init) => {
      timeouts.push(init.timeoutMs);
      throw timedOut;
    };
    const call = createTransport(send, noAuth, { baseDelayMs: 1 }, 1000);
    const near = await settle(call("u", { method: "GET", headers: {}, deadline: Date.now() + 300 }));
    expect(near.error).toBe(DEADLINE);
    expect(timeouts).toEqual([300]);
    // With the deadline further than the attempt's timeout, a timed-out attempt is retried.
    timeouts.length = 0;
    const far = await settle(call("u", { method: "GET", headers: {}, deadline: Date.now() + 60_000 }));
    expect(far.error).toBe(timedOut);
    expect(timeouts).toEqual([1000, 1000, 1000, 1000]);
  });
});

describe("where an abort stops it", () => {
  it("rejects with the signal's reason, whatever the exchange rejected with", async () => {
    const controller = new AbortController();
    const send: Send = async () => {
      controller.abort(new Error("stopped by the caller"));
      throw new TypeError("fetch failed");
    };
    const call = createTransport(send, noAuth, {}, 1000);
    const { error } = await settle(call("u", { method: "GET", headers: {}, signal: controller.signal }));
    expect(error).toEqual(new Error("stopped by the caller"));
  });

  it("rejects at once when aborted during an exchange that never ends", async () => {
    const controller = new AbortController();
    const call = createTransport(() => new Promise(() => {}), noAuth, {}, 1000);
    const pending = settle(call("u", { method: "GET", headers: {}, signal: controller.signal }));
    controller.abort("gone");
    expect((await pending).error).toBe("gone");
  });

  it("rejects at once when aborted while a token is being fetched", async () => {
    const controller = new AbortController();
    const { send, at } = scripted();
    const call = createTransport(send, () => new Promise<void>(() => {}), {}, 1000);
    const pending = settle(call("u", { method: "GET", headers: {}, signal: controller.signal }));
    controller.abort("gone");
    expect((await pending).error).toBe("gone");
    expect(at).toHaveLength(0);
  });

  it("does not sleep on a signal that is already aborted", async () => {
    const controller = new AbortController();
    controller.abort("already");
    const started = Date.now();
    await expect(sleep(10_000, controller.signal)).rejects.toBe("already");
    expect(Date.now()).toBe(started);
  });
});
