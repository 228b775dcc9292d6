import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { createFaceClient } from "@face-training/client";
import { startEmulator } from "@face-training/emulator";
import { type Operation, operations } from "@face-training/spec";
import { spawnListening } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { violations } from "./support/openapi.js";

const bin = fileURLToPath(import.meta.resolve("@face-training/emulator").replace(/index\.js$/, "bin.js"));
let child: ChildProcess;
let url = "";

// What trains, and what reads a training, by their roles; their paths name one container each.
const trains = operations.filter((o) => o.role.action === "train");
const statuses = operations.filter((o) => o.role.action === "trainingStatus");
const [status] = statuses as [Operation];
const [train] = trains.filter((o) => o.role.container === status.role.container) as [Operation];
/** An operation's path with its one container id filled in. */
const at = (operation: Operation, id: string) => operation.path.replace(/\{\w+\}/, id);
/** The container the command line creates: its kind as the emulator's --container names it (its path's segment). */
const seeded = `${status.path.split("/")[1]}/team`;
const idRule = status.parameters.find((p) => p.in === "path")?.schema ?? {};

/** Starts the emulator's command line, as `pnpm emulator` does, and reads its base URL. */
beforeAll(async () => {
  ({ child, url } = await spawnListening(process.execPath, [bin, "--port", "0", "--key", "K", "--container", seeded]));
});

afterAll(async () => {
  child.kill("SIGTERM");
  if (child.exitCode === null) await once(child, "exit");
});

/** Sends a request and returns the status, the error code header, the body, and what breaks the spec. */
async function call(method: string, path: string, key?: string) {
  const response = await fetch(`${url}/face/v1.2${path}`, {
    method,
    headers: key ? { "Ocp-Apim-Subscription-Key": key } : {},
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  return {
    status: response.status,
    code: response.headers.get("x-ms-error-code"),
    body,
    problems: violations(method, response.url, response.status, response.headers, body),
  };
}

describe("the emulator started from its command line", () => {
  it.each([
    ...[...statuses, ...trains].map((o) => [
      `${o.name} of a container that does not exist`,
      o.method,
      at(o, "nobody"),
      "K",
      o.errorCodes?.notFound?.status,
      o.errorCodes?.notFound?.code,
    ]),
    ["no key", status.method, at(status, "team"), undefined, 401, "401"],
    ["a wrong key", status.method, at(status, "team"), "wrong", 401, "401"],
    ["an id the spec's pattern refuses", status.method, at(status, "Bad%20Id"), "K", 400, "BadArgument"],
    [
      "an id over the spec's length",
      train.method,
      at(train, "a".repeat(idRule.maxLength + 1)),
      "K",
      400,
      "BadArgument",
    ],
    ["a status before any training", status.method, at(status, "team"), "K", 404, status.errorCodes?.notTrained?.code],
    ["a path outside the spec", "GET", "/nothing-here", "K", 404, "NotFound"],
  ])("answers %s with a FaceErrorResponse and x-ms-error-code", async (_name, method, path, key, status, code) => {
    expect(code).toEqual(expect.any(String));
    const answer = await call(method as string, path as string, key as string | undefined);
    expect(answer).toMatchObject({ status, code, body: { error: { code } }, problems: [] });
  });

  it("trains a container: 202 with operation-Location, then a TrainingResult that validates", async () => {
    const started = await call(train.method, at(train, "team"), "K");
    expect(started).toMatchObject({ status: 202, problems: [] });
    const read = await call(status.method, at(status, "team"), "K");
    expect(read).toMatchObject({ status: 200, body: { status: expect.any(String) }, problems: [] });
  });

  it("creates containers through its admin route", async () => {
    const created = await fetch(`${url}/emulator/containers/largepersongroups/staff`, { method: "PUT" });
    expect(created.status).toBe(201);
    expect(await call("POST", "/largepersongroups/staff/train", "K")).toMatchObject({ status: 202, problems: [] });
  });
});

describe("the client against an emulator with faults", () => {
  it("rides out injected 429s and 503s with its retries", async () => {
    const emulator = await startEmulator({
      containers: [{ kind: "persongroups", id: "team" }],
      trainingMs: 50,
      queueMs: 10,
      faults: { throttleRate: 0.3, retryAfterSeconds: 0, errorRate: 0.2, seed: 7 },
    });
    try {
      const client = createFaceClient({
        endpoint: emulator.url,
        credential: { key: "emulator-key" },
        retry: { maxRetries: 8, baseDelayMs: 1 },
      });
      await client.trainPersonGroup("team");
      await expect(client.waitForTrainPersonGroup("team", { intervalMs: 10 })).resolves.toMatchObject({
        status: "succeeded",
      });
    } finally {
      await emulator.close();
    }
  });

  it("surfaces a persistent 503 as a FaceApiError after the retries", async () => {
    const emulator = await startEmulator({
      containers: [{ kind: "persongroups", id: "team" }],
      faults: { errorRate: 1 },
    });
    try {
      const client = createFaceClient({
        endpoint: emulator.url,
        credential: { key: "emulator-key" },
        retry: { maxRetries: 2, baseDelayMs: 1 },
      });
      await expect(client.getPersonGroupTrainingStatus("team")).rejects.toMatchObject({
        status: 503,
        code: "ServiceUnavailable",
      });
    } finally {
      await emulator.close();
    }
  });

  it("accepts a configured bearer token", async () => {
    const emulator = await startEmulator({
      tokens: ["aad-token"],
      containers: [{ kind: "largefacelists", id: "faces" }],
    });
    try {
      const credential = { getToken: async () => ({ token: "aad-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };
      const client = createFaceClient({ endpoint: emulator.url, credential });
      await expect(client.trainLargeFaceList("faces")).resolves.toHaveProperty("operationLocation");
    } finally {
      await emulator.close();
    }
  });
});
