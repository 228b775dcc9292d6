// Vitest global setup: installs the packed client (the tarball the client's `pack` task makes with
// `pnpm pack`, as it would be published) into an empty project once, for every test that must
// exercise the package a user installs rather than the workspace's sources.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** An empty project with the packed @face-training/client installed in its node_modules. */
    packedClientProject: string;
  }
}

const tarball = fileURLToPath(new URL("../../../client/.pack/client.tgz", import.meta.url));

export default async function setup(project: TestProject) {
  if (!existsSync(tarball)) throw new Error(`${tarball} is missing: run the client's pack task (pnpm build does)`);
  const dir = await mkdtemp(join(tmpdir(), "face-client-consumer-"));
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await promisify(execFile)(
    "npm",
    ["install", tarball, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
    { cwd: dir },
  );
  project.provide("packedClientProject", dir);
  return () => rm(dir, { recursive: true, force: true });
}
