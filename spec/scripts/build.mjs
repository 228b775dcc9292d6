// `pnpm build` of the spec: compiles the TypeSpec into openapi/ from scratch (so an output the
// spec no longer produces cannot linger as an orphan), narrows each document's `apiVersion`
// server variable to its own version (the emitter lists every version in every document; the
// official documents name one each), stamps each with a "generated" header, then writes the
// operation table (generated/operations.json) from the TypeSpec program and each version's
// OpenAPI 3.0 document.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, NodeHost } from "@typespec/compiler";
import { getServers } from "@typespec/http";
import { parse, parseDocument } from "yaml";
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
    const document = parseDocument(readFileSync(file, "utf8"));
    const version = document.getIn(["info", "version"]);
    for (const server of document.get("servers")?.items ?? []) {
      if (!server.hasIn(["variables", "apiVersion"])) continue;
      server.setIn(["variables", "apiVersion", "default"], version);
      server.setIn(["variables", "apiVersion", "enum"], document.createNode([version]));
    }
    // lineWidth 0: the emitter's own layout, untouched outside what changed.
    writeFileSync(file, header + document.toString({ lineWidth: 0 }));
  }
}

const program = await compile(NodeHost, join(root, "main.tsp"), { noEmit: true });
if (program.diagnostics.length)
  throw new Error(`The TypeSpec has diagnostics: ${program.diagnostics.map((d) => d.message).join("; ")}`);
// The versions and the default are the service's `@server` apiVersion parameter: its enum and its default.
const apiVersion = getServers(program, program.getGlobalNamespaceType().namespaces.get("Face"))?.[0]?.parameters.get(
  "apiVersion",
);
if (apiVersion?.type.kind !== "Enum" || apiVersion.defaultValue?.valueKind !== "EnumValue")
  throw new Error(
    "The @server of namespace Face must have an apiVersion parameter of the Versions enum, with a default",
  );
const members = [...apiVersion.type.members.values()];
const versions = {
  apiVersions: members.map((member) => member.value ?? member.name),
  defaultApiVersion: apiVersion.defaultValue.value.value ?? apiVersion.defaultValue.value.name,
};
// Each version's own document: an operation's schemas come from a version that has it.
const documents = Object.fromEntries(
  versions.apiVersions.map((version) => [
    version,
    parse(readFileSync(join(outDir, "3.0.0", `openapi.${version}.yaml`), "utf8")),
  ]),
);
const table = operationTable(program, documents, { ...versions, members });

mkdirSync(join(root, "generated"), { recursive: true });
writeFileSync(
  join(root, "generated/operations.json"),
  `${JSON.stringify({ $comment: "Generated from spec/*.tsp by `pnpm build` (spec/scripts/build.mjs) — do not edit.", ...table }, null, 2)}\n`,
);
