// Compiles the TypeSpec into spec/openapi/ from scratch (so an output the spec no longer produces
// cannot linger as an orphan) and stamps each document with a "generated" header.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outDir = new URL("../openapi/", import.meta.url).pathname;
const header =
  "# Generated from spec/*.tsp by `pnpm build` (tsp compile) — do not edit.\n" +
  "# Change the TypeSpec, rebuild and commit both.\n";

rmSync(outDir, { recursive: true, force: true });
execFileSync("tsp", ["compile", ".", "--warn-as-error"], { stdio: "inherit" });

for (const version of readdirSync(outDir)) {
  const file = join(outDir, version, "openapi.yaml");
  writeFileSync(file, header + readFileSync(file, "utf8"));
}
