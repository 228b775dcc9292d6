import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { createFaceClient, FaceApiError, type FaceClient, FaceValidationError } from "@face-training/client";
import { apiVersions, defaultApiVersion, openapiFile, operations } from "@face-training/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseExamples } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";
import { argumentsOf } from "./support/samples.js";

// Prism, a mock generated independently from our committed OpenAPI, checks the client from
// outside: a conformance suite that only talks to servers we wrote can share our misreadings.
// One Prism per API version, each mocking that version's document: a request goes to its version's.
const prismPackage = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
const prismBin = join(dirname(prismPackage), JSON.parse(readFileSync(prismPackage, "utf8")).bin.prism);

const prisms = new Map<string, ChildProcess>();
/** Each version's Prism, by API version; `url` is the default version's. */
const urls = new Map<string, string>();
let url = "";
const stop = () => {
  for (const prism of prisms.values()) prism.kill("SIGKILL");
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts a Prism mocking one API version's document; its URL. */
async function startPrism(apiVersion: string): Promise<string> {
  const port = await freePort();
  const spec = openapiFile("3.0", apiVersion);
  const prism = spawn(process.execPath, [prismBin, "mock", spec, "-h", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  prisms.set(apiVersion, prism);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    prism.stdout?.on("data", read);
    prism.stderr?.on("data", read);
    prism.once("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${output}`)));
  });
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  process.once("exit", stop); // never leave Prism behind, even if this run dies
  await Promise.all(apiVersions.map(async (apiVersion) => urls.set(apiVersion, await startPrism(apiVersion))));
  url = urls.get(defaultApiVersion) as string;
}, 90_000);

afterAll(async () => {
  for (const prism of prisms.values()) {
    if (prism.exitCode !== null) continue;
    const exited = new Promise((resolve) => prism.once("exit", resolve));
    prism.kill("SIGTERM");
    await exited;
  }
  process.removeListener("exit", stop);
});

/**
 * Prism serves each path relative to the OpenAPI server URL, `{endpoint}/face/{apiVersion}`; the
 * client sends the whole URL. This fetch takes the server's base path off, sends the request to
 * its API version's Prism, and adds headers.
 */
function toPrism(headers: Record<string, string> = {}): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const [, apiVersion = ""] = new URL(request.url).pathname.match(/\/face\/([^/]+)\//) ?? [];
    const base = urls.get(apiVersion) ?? url;
    const target = request.url.replace(/^https?:\/\/[^/]+\/face\/[^/]+\//, `${base}/`);
    const merged = new Headers(request.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    const body = request.body ? await request.arrayBuffer() : undefined;
    return fetch(target, { method: request.method, headers: merged, signal: request.signal, ...(body && { body }) });
  };
}

const client = (headers?: Record<string, string>): FaceClient =>
  createFaceClient({ endpoint: url, credential: { key: "prism-key" }, fetch: toPrism(headers), retry: false });

const kinds = [
  ["PersonGroup", "your_person_group_id"],
  ["LargePersonGroup", "your_large_person_group_id"],
  ["LargeFaceList", "your_large_face_list_id"],
] as const;

describe("the client against Prism mocking the committed OpenAPI", () => {
  it.each(kinds)("reads %s training status: the spec's example, null message included", async (kind, id) => {
    const example = responseExamples("3.0").find((e) => e.operationId.endsWith(`Get${kind}TrainingStatus`))?.value;
    const result = await client()[`get${kind}TrainingStatus`](id);
    expect(result).toEqual(example);
    expect(result.message).toBeNull();
  });

  it.each(kinds)("trains a %s: 202 with an operation-Location URL", async (kind, id) => {
    const { operationLocation } = await client()[`train${kind}`](id);
    expect(() => new URL(operationLocation)).not.toThrow();
  });

  it("turns the error default (Prefer: code=500) into a FaceApiError", async () => {
    const error = await client({ Prefer: "code=500" })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 500, code: expect.any(String), serviceMessage: expect.any(String) });
  });

  it("is refused by Prism with 401 when no key is sent, and accepted with a bearer token", async () => {
    const anonymous = await fetch(`${url}/persongroups/g/training`);
    expect(anonymous.status).toBe(401);
    const credential = { getToken: async () => ({ token: "aad-token", expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const byToken = createFaceClient({ endpoint: url, credential, fetch: toPrism(), retry: false });
    await expect(byToken.getLargeFaceListTrainingStatus("f")).resolves.toHaveProperty("status");
  });

  it("agrees with Prism on the id rule: Prism answers 422, the client refuses before sending", async () => {
    const response = await fetch(`${url}/persongroups/Bad%20Id/training`, {
      headers: { "Ocp-Apim-Subscription-Key": "k" },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("sl-violations")).toContain("^[a-z0-9-_]+$");
    await expect(client().getPersonGroupTrainingStatus("Bad Id")).rejects.toBeInstanceOf(FaceValidationError);
  });
});

describe("every operation of the table, through the packed client, against Prism", () => {
  let packed: typeof import("@face-training/client");
  beforeAll(async () => {
    packed = await importPackedClient();
  });

  it.each(operations.map((o) => [o.operationId, o] as const))(
    "%s: a request Prism takes as the spec's",
    async (_id, operation) => {
      // A client of the default version, or of the operation's first when the default lacks it.
      const versions = operation.versions;
      const apiVersion = (versions && !versions.includes(defaultApiVersion) && versions[0]) || defaultApiVersion;
      const face = packed.createFaceClient({
        endpoint: url,
        credential: { key: "prism-key" },
        // Its own success answer: operations that share a route (a dynamic person group created
        // with persons, 202, or without, 200) share one OpenAPI operation, whose first 2xx Prism
        // would answer.
        fetch: toPrism({ Prefer: `code=${operation.success.status}` }),
        retry: false,
        apiVersion,
      });
      const args = argumentsOf(operation);
      const method = (face as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[operation.name];
      // Prism answers 422 to a request that breaks the spec, and the call would reject with it.
      const outcome = await method?.(...args).then(
        () => "resolved",
        (error: unknown) => String(error),
      );
      expect(outcome).toBe("resolved");
    },
  );
});
