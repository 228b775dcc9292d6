// `pnpm build` of the spec: compiles the TypeSpec into openapi/ from scratch (so an output the
// spec no longer produces cannot linger as an orphan), stamps each document with a "generated"
// header, then writes the operation table (generated/operations.json) from the TypeSpec program
// and the default version's OpenAPI 3.0 document.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, NodeHost } from "@typespec/compiler";
import { parse } from "yaml";
import { operationTable } from "./operations.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = join(root, "openapi");
const header =
  "# Generated from spec/*.tsp by `pnpm build` (tsp compile) — do not edit.\n" +
  "# Change the TypeSpec, rebuild and commit both.\n";

rmSync(outDir, { recursive: true, force: true });
execFileSync("tsp", ["compile", ".", "--warn-as-error"], { cwd: root, stdio: "inherit" });
for (const openapiVersion of readdirSync(outDir)) {
  for (const name of readdirSync(join(outDir, openapiVersion))) {
    const file = join(outDir, openapiVersion, name);
    writeFileSync(file, header + readFileSync(file, "utf8"));
  }
}

const program = await compile(NodeHost, join(root, "main.tsp"), { noEmit: true });
if (program.diagnostics.length)
  throw new Error(`The TypeSpec has diagnostics: ${program.diagnostics.map((d) => d.message).join("; ")}`);
// Any version's document names the default: it is the server variable's default.
const [anyDocument] = readdirSync(join(outDir, "3.0.0"));
const { default: defaultApiVersion } = parse(readFileSync(join(outDir, "3.0.0", anyDocument), "utf8")).servers[0]
  .variables.apiVersion;
const document = parse(readFileSync(join(outDir, "3.0.0", `openapi.${defaultApiVersion}.yaml`), "utf8"));
const table = operationTable(program, document);

mkdirSync(join(root, "generated"), { recursive: true });
writeFileSync(
  join(root, "generated/operations.json"),
  `${JSON.stringify({ $comment: "Generated from spec/*.tsp by `pnpm build` (spec/scripts/build.mjs) — do not edit.", ...table }, null, 2)}\n`,
);
