import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
// Produced by the client's `pack` task (`pnpm pack`, which rewrites workspace: and catalog: ranges).
const tarball = fileURLToPath(new URL("../../client/.pack/client.tgz", import.meta.url));
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
  expect(existsSync(tarball), `${tarball} is missing: run the client's pack task (pnpm build does)`).toBe(true);
  server = await startServer((request) =>
    request.url.includes("/missing/")
      ? { status: 404, body: { error: { code: "PersonGroupNotFound", message: "Person group is not found." } } }
      : {
          status: 200,
          body: {
            status: "succeeded",
            createdDateTime: "2024-03-05T11:07:58.371Z",
            lastActionDateTime: null,
            lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
          },
        },
  );
  dir = await mkdtemp(join(tmpdir(), "face-client-consumer-"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", tarball, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"], {
    cwd: dir,
  });
  await writeFile(join(dir, "index.ts"), consumer(server.url));
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
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
