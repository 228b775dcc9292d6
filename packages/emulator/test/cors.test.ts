// A web app on another origin calls the emulator as a browser does: a preflight (OPTIONS, no key)
// first, then the request with the key; the answer's headers the client reads must be exposed.
import type { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { operations } from "@face-training/spec";
import { spawnListening } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { EXPOSED_HEADERS } from "../src/cors.js";
import { type Emulator, startEmulator } from "../src/emulator.js";
import { resourceKinds } from "../src/model.js";
import { key } from "./requests.js";

const APP = "http://localhost:5173";

/** One exchange with node:http (a browser's headers, Origin included, as given), framed. */
function exchange(url: string, method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const sent = request(`${url}${path}`, { method, headers: { ...headers, "content-length": "0" } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

const preflight = (method: string) => ({
  origin: APP,
  "access-control-request-method": method,
  "access-control-request-headers": "content-type,ocp-apim-subscription-key",
});

// Every route of the spec, once (operations on a shared route are one route).
const routes = [
  ...new Map(
    operations.map((operation) => [
      `${operation.method} ${operation.path}`,
      { method: operation.method, path: `/face/v1.2${operation.path.replace(/\{\w+\}/g, "team")}` },
    ]),
  ).values(),
];

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("CORS on the Face API routes", () => {
  it("answers the preflight of every route of the spec, before the key check, for any origin by default", async () => {
    emulator = await startEmulator();
    const url = emulator.url;
    const answers = await Promise.all(
      routes.map(async (route) => ({
        ...route,
        answer: await exchange(url, "OPTIONS", route.path, preflight(route.method)),
      })),
    );
    for (const { method, path, answer } of answers) {
      expect({ route: `${method} ${path}`, status: answer.status }).toEqual({
        route: `${method} ${path}`,
        status: 204,
      });
      expect(answer.headers["access-control-allow-origin"]).toBe("*");
      expect(String(answer.headers["access-control-allow-methods"]).split(", ")).toContain(method);
      expect(String(answer.headers["access-control-allow-headers"])).toContain("ocp-apim-subscription-key");
    }
  });

  it("still refuses a request without the key, and answers one with it, exposing the headers a client reads", async () => {
    const [kind] = resourceKinds().values();
    emulator = await startEmulator({ containers: [{ kind: kind?.segment ?? "", id: "team" }] });
    const path = `/face/v1.2${kind?.start.path.replace(/\{\w+\}/g, "team")}`;
    const refused = await exchange(emulator.url, "POST", path, { origin: APP });
    expect(refused.status).toBe(401);
    const exposed = (answer: { headers: Record<string, unknown> }) =>
      String(answer.headers["access-control-expose-headers"])
        .split(", ")
        .map((name) => name.toLowerCase());
    // Even an error is readable by the page: its x-ms-error-code and request id.
    expect(refused.headers["access-control-allow-origin"]).toBe("*");
    expect(exposed(refused)).toEqual(
      expect.arrayContaining(["x-ms-error-code", "apim-request-id", "retry-after", "operation-location"]),
    );
    const accepted = await exchange(emulator.url, "POST", path, { origin: APP, ...key });
    expect(accepted.status).toBe(202);
    expect(accepted.headers["operation-location"]).toBeDefined();
    expect(exposed(accepted)).toEqual(
      expect.arrayContaining(["operation-location", "x-ms-error-code", "apim-request-id", "retry-after"]),
    );
    // Train's own exposed header merged with the others: each name once, and nothing else.
    const names = [...new Set(EXPOSED_HEADERS.map((name) => name.toLowerCase()))].sort();
    expect(exposed(accepted).sort()).toEqual(names);
    expect(exposed(refused).sort()).toEqual(names);
  });

  it("answers the origins it is given, and no other", async () => {
    emulator = await startEmulator({ corsOrigins: [APP, "https://app.example"] });
    const [{ method, path } = { method: "GET", path: "" }] = routes;
    for (const origin of [APP, "https://app.example"]) {
      const allowed = await exchange(emulator.url, "OPTIONS", path, { ...preflight(method), origin });
      expect(allowed.headers["access-control-allow-origin"]).toBe(origin);
    }
    const refused = await exchange(emulator.url, "OPTIONS", path, {
      ...preflight(method),
      origin: "https://evil.example",
    });
    expect(refused.status).not.toBe(401);
    expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
    const read = await exchange(emulator.url, method, path, { origin: "https://evil.example", ...key });
    expect(read.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("gives no CORS to the emulator's own routes, and leaves a request without an Origin as it was", async () => {
    emulator = await startEmulator();
    const admin = await exchange(emulator.url, "GET", "/emulator/containers", { origin: APP });
    expect(admin.status).toBe(200);
    expect(admin.headers["access-control-allow-origin"]).toBeUndefined();
    const [{ path } = { path: "" }] = routes;
    const plain = await exchange(emulator.url, "OPTIONS", path);
    expect(plain.status).toBe(401);
    const keyed = await exchange(emulator.url, "OPTIONS", path, key);
    expect(keyed.status).toBe(405);
  });
});

describe("the emulator's command line", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill();
    child = undefined;
  });

  it("takes --cors-origin as a comma-separated list, and repeated", async () => {
    const bin = new URL("../dist/bin.js", import.meta.url).pathname;
    const started = await spawnListening(process.execPath, [
      bin,
      "--port",
      "0",
      "--cors-origin",
      `${APP},https://a.example`,
      "--cors-origin",
      "https://b.example",
    ]);
    child = started.child;
    const [{ method, path } = { method: "GET", path: "" }] = routes;
    for (const origin of [APP, "https://a.example", "https://b.example"]) {
      const answer = await exchange(started.url, "OPTIONS", path, { ...preflight(method), origin });
      expect(answer.headers["access-control-allow-origin"]).toBe(origin);
    }
    const refused = await exchange(started.url, "OPTIONS", path, { ...preflight(method), origin: "https://c.example" });
    expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
