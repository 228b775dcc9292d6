import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const consumer = (endpoint: string) => `
import { createFaceClient, FaceApiError, type OperationStatus, type TrainingResult } from "@face-training/client";

const client = createFaceClient({ endpoint: ${JSON.stringify(endpoint)}, credential: { key: "consumer-key" } });
const result: TrainingResult = await client.getPersonGroupTrainingStatus("my-group");
const status: OperationStatus = result.status;
let failure = "";
try {
  await client.getPersonGroupTrainingStatus("missing");
} catch (error) {
  if (error instanceof FaceApiError) failure = error.status + " " + error.code;
}
console.log(JSON.stringify({ status, failure }));
`;

const tsconfigs = {
  nodenext: { module: "nodenext", moduleResolution: "nodenext", outDir: "out" },
  bundler: { module: "esnext", moduleResolution: "bundler", noEmit: true },
};

let dir: string;
let server: TestServer;

beforeAll(async () => {
  server = await startServer((request) =>
    request.url.includes("/missing/")
      ? { status: 404, body: { error: { code: "PersonGroupNotFound", message: "Person group is not found." } } }
      : {
          status: 200,
          body: {
            status: "succeeded",
            createdDateTime: "2024-09-03T15:56:37.777955Z",
            lastActionDateTime: "2024-09-03T15:56:38.027056Z",
            lastSuccessfulTrainingId: "0381792a-d5e7-4f65-8fad-ed89b1fed49a",
            lastSuccessfulTrainingDateTime: "2024-09-03T15:56:38.027056Z",
          },
        },
  );
  dir = inject("packedClientProject");
  await writeFile(join(dir, "index.ts"), consumer(server.url));
});

afterAll(async () => {
  await server?.close();
});

describe("the packed client installed into an empty project", () => {
  it.each(Object.entries(tsconfigs))("type-checks under strict with moduleResolution %s", async (name, options) => {
    const compilerOptions = { strict: true, target: "es2022", lib: ["es2022", "dom"], skipLibCheck: false, ...options };
    await writeFile(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: ["index.ts"] }));
    await expect(run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir })).resolves.toBeDefined();
  });

  it("runs against a local server as specified", async () => {
    await run(process.execPath, [tsc, "-p", "tsconfig.nodenext.json"], { cwd: dir });
    const { stdout } = await run(process.execPath, ["out/index.js"], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ status: "succeeded", failure: "404 PersonGroupNotFound" });
    expect(server.requests.every((r) => r.headers["ocp-apim-subscription-key"] === "consumer-key")).toBe(true);
  });
});
