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
// One Prism per API version, each mocking that version's document.
const prismPackage = createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json");
const prismBin = join(dirname(prismPackage), JSON.parse(readFileSync(prismPackage, "utf8")).bin.prism);

const prisms: ChildProcess[] = [];
/** Each version's Prism; `url` is the default version's. */
const urls = new Map<string, string>();
let url = "";
const stop = () => {
  for (const prism of prisms) prism.kill("SIGKILL");
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPrism(apiVersion: string): Promise<string> {
  const port = await freePort();
  const prism = spawn(
    process.execPath,
    [prismBin, "mock", openapiFile("3.0", apiVersion), "-h", "127.0.0.1", "-p", String(port)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  prisms.push(prism);
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
  for (const version of apiVersions) urls.set(version, await startPrism(version));
  url = urls.get(defaultApiVersion) ?? "";
}, 180_000);

afterAll(async () => {
  await Promise.all(
    prisms
      .filter((prism) => prism.exitCode === null)
      .map((prism) => {
        const exited = new Promise((resolve) => prism.once("exit", resolve));
        prism.kill("SIGTERM");
        return exited;
      }),
  );
  process.removeListener("exit", stop);
});

/**
 * Prism serves each path relative to the OpenAPI server URL, `{endpoint}/face/{apiVersion}`; the
 * client sends the whole URL. This fetch takes the server's base path off, and adds headers.
 */
function toPrism(headers: Record<string, string> = {}, violations: unknown[] = []): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const target = request.url.replace(/\/face\/[^/]+\//, "/");
    const merged = new Headers(request.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    const body = request.body ? await request.arrayBuffer() : undefined;
    const response = await fetch(target, {
      method: request.method,
      headers: merged,
      signal: request.signal,
      ...(body && { body }),
    });
    violations.push(...JSON.parse(response.headers.get("sl-violations") ?? "[]"));
    return response;
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

  // Each operation in every version that has it, against that version's document.
  it.each(operations.flatMap((o) => (o.versions ?? apiVersions).map((v) => [o.operationId, v, o] as const)))(
    "%s in %s: a request Prism takes as the spec's",
    async (_id, apiVersion, operation) => {
      const violations: { location: string[]; code: string }[] = [];
      const face = packed.createFaceClient({
        endpoint: urls.get(apiVersion) ?? "",
        apiVersion: apiVersion as (typeof apiVersions)[number],
        credential: { key: "prism-key" },
        // The operation's own success: operations that share a route (create a dynamic person
        // group with persons, 202, or without, 200) share its responses, and Prism picks one.
        fetch: toPrism({ Prefer: `code=${operation.success.status}` }, violations),
        retry: false,
      });
      const args = argumentsOf(operation);
      const method = (face as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[operation.name];
      // Prism answers 422 to a request that breaks the spec, and the call would reject with it.
      const outcome = await method?.(...args).then(
        () => "resolved",
        (error: unknown) => String(error),
      );
      // Prism reads every part of a form as text, whatever the document's `encoding` says
      // (stoplightio/prism#1622), so it finds a JSON part "not an object". That, and only that,
      // is Prism's limitation; the emulator and the contract test check those parts.
      const jsonParts = Object.entries(
        operation.body?.kind === "multipart" ? (operation.body.schema.properties ?? {}) : {},
      )
        .filter(([, schema]) => (schema as { type?: string }).type === "object")
        .map(([name]) => name);
      const prismsOwn = (v: { location: string[]; code: string }) =>
        v.code === "type" &&
        v.location.join("/") === `request/body/${v.location[2]}` &&
        jsonParts.includes(v.location[2] ?? "");
      if (outcome !== "resolved" && violations.length > 0 && violations.every(prismsOwn)) return;
      expect(outcome, JSON.stringify(violations)).toBe("resolved");
    },
  );
});
