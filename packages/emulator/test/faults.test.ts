// The first thing a Face API request meets: the key (or a token), then the faults a test asked
// for, drawn from a seeded PRNG so that a faulty run repeats exactly.
import { afterEach, describe, expect, it } from "vitest";
import { UNAUTHORIZED } from "../src/faults.js";
import { type Emulator, startEmulator } from "../src/index.js";
import { key } from "./requests.js";

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const containers = [{ kind: "persongroups", id: "g" }];
/** A read of the person group, with the headers given (the key by default). */
const read = async (headers: Record<string, string> = key) => {
  const response = await fetch(`${emulator?.url}/face/v1.2/persongroups/g`, { headers });
  return {
    status: response.status,
    code: response.headers.get("x-ms-error-code"),
    retryAfter: response.headers.get("retry-after"),
    requestId: response.headers.get("apim-request-id"),
    body: await response.json(),
  };
};
/** The statuses of `n` reads in a row. */
const statuses = async (n: number) => {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await read()).status);
  return seen;
};

describe("the key and the tokens", () => {
  it("refuses a request without the key, with a wrong one or an unknown token, in the service's words", async () => {
    emulator = await startEmulator({ containers, key: "the-key", tokens: ["the-token"] });
    for (const headers of [
      {},
      { "Ocp-Apim-Subscription-Key": "another-key" },
      { authorization: "Bearer another-token" },
      { authorization: "the-token" },
      { authorization: "Basic the-token" },
      { authorization: "Bearer the-token-and-more" },
    ]) {
      const answer = await read(headers);
      expect(answer, JSON.stringify(headers)).toMatchObject({
        status: 401,
        code: "401",
        body: { error: { code: "401", message: UNAUTHORIZED } },
      });
    }
  });

  it("takes the key, or a token it was given as a Bearer token, whatever the other says", async () => {
    emulator = await startEmulator({ containers, key: "the-key", tokens: ["the-token", "another"] });
    for (const headers of [
      { "Ocp-Apim-Subscription-Key": "the-key" },
      { "Ocp-Apim-Subscription-Key": "the-key", authorization: "Bearer nothing" },
      { authorization: "Bearer the-token" },
      { authorization: "Bearer another" },
      { "Ocp-Apim-Subscription-Key": "wrong", authorization: "Bearer the-token" },
    ]) {
      expect((await read(headers)).status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("gives every answer, a refusal included, a request id of its own", async () => {
    emulator = await startEmulator({ containers });
    const ids = [(await read()).requestId, (await read()).requestId, (await read({})).requestId];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("injected faults", () => {
  it("throttles with 429 and the Retry-After asked for (1 s by default), saying when to try again", async () => {
    for (const [retryAfterSeconds, expected] of [
      [undefined, 1],
      [7, 7],
    ] as const) {
      emulator = await startEmulator({
        containers,
        faults: { throttleRate: 1, ...(retryAfterSeconds && { retryAfterSeconds }) },
      });
      expect(await read()).toMatchObject({
        status: 429,
        code: "429",
        retryAfter: String(expected),
        body: { error: { code: "429", message: `Rate limit is exceeded. Try again in ${expected} seconds.` } },
      });
      await emulator.close();
    }
    emulator = undefined;
  });

  it("fails with the status asked for (503 by default), as the service does when it is unavailable", async () => {
    for (const [errorStatus, expected] of [
      [undefined, 503],
      [500, 500],
    ] as const) {
      emulator = await startEmulator({ containers, faults: { errorRate: 1, ...(errorStatus && { errorStatus }) } });
      expect(await read()).toMatchObject({
        status: expected,
        code: "ServiceUnavailable",
        body: { error: { code: "ServiceUnavailable", message: "The service is temporarily unavailable." } },
      });
      await emulator.close();
    }
    emulator = undefined;
  });

  it("checks the key first: a request without it is refused, not faulted", async () => {
    emulator = await startEmulator({ containers, faults: { throttleRate: 1, errorRate: 1 } });
    expect((await read({})).status).toBe(401);
  });

  it("faults only the Face API, never the emulator's own routes", async () => {
    emulator = await startEmulator({ containers, faults: { throttleRate: 1, errorRate: 1 } });
    expect((await fetch(`${emulator.url}/emulator/containers`)).status).toBe(200);
  });

  it("draws each fault at its rate, in an order its seed repeats and another seed changes", async () => {
    const run = async (faults: object) => {
      emulator = await startEmulator({ containers, faults });
      const seen = await statuses(200);
      await emulator.close();
      emulator = undefined;
      return seen;
    };
    const share = (seen: number[], status: number) => seen.filter((s) => s === status).length / seen.length;
    const first = await run({ throttleRate: 0.3, errorRate: 0.2, seed: 7 });
    expect(await run({ throttleRate: 0.3, errorRate: 0.2, seed: 7 })).toEqual(first);
    expect(await run({ throttleRate: 0.3, errorRate: 0.2, seed: 8 })).not.toEqual(first);
    // 30 % throttled; of the others, 20 % failed (14 % in all); the rest answered.
    expect(share(first, 429)).toBeGreaterThan(0.2);
    expect(share(first, 429)).toBeLessThan(0.4);
    expect(share(first, 503)).toBeGreaterThan(0.07);
    expect(share(first, 503)).toBeLessThan(0.21);
    expect(share(first, 200)).toBeGreaterThan(0.45);
    // The default seed is a seed: two runs without one agree.
    expect(await run({ throttleRate: 0.5 })).toEqual(await run({ throttleRate: 0.5 }));
    expect(await run({ throttleRate: 0.5 })).not.toEqual(await run({ throttleRate: 0.5, seed: 2 }));
  });

  it("delays every Face API answer by the latency asked for, and no other", async () => {
    emulator = await startEmulator({ containers, faults: { latencyMs: 300 } });
    const started = performance.now();
    expect((await read()).status).toBe(200);
    // Node's timers never fire early by more than a millisecond's rounding.
    expect(performance.now() - started).toBeGreaterThanOrEqual(299);
    // The emulator's own route, asked after a Face API request, answers before it: it is not delayed.
    const order: string[] = [];
    const faceApi = read().then(() => order.push("face"));
    const own = fetch(`${emulator.url}/emulator/containers`).then(() => order.push("emulator"));
    await Promise.all([faceApi, own]);
    expect(order).toEqual(["emulator", "face"]);
  });
});
