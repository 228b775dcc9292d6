// Generates the client's types from the committed OpenAPI 3.0 document of @face-training/spec:
//
// - src/generated/openapi.ts: openapi-typescript's output as is (`paths`, `components`,
//   `operations`). This is the wire contract `client.raw` (openapi-fetch) is typed with.
// - src/generated/schemas.ts: the public `components`, where an extensible (open) string union
//   such as OperationStatus, `anyOf: [{type: string}, {type: string, enum: [...]}]`, is
//   `"a" | "b" | (string & {})`: editors complete the known values and future values type-check.
//   openapi-typescript alone collapses it to `string`. The wire types keep plain `string` on
//   purpose: openapi-fetch maps response types through `Readable<T>`, which treats
//   `string & {}` as an object and mangles it; a plain `string` from `raw` stays assignable to
//   the public type.
// - src/generated/operations.ts, models.ts, versions.ts and the README's method table: see
//   scripts/surface.mjs.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { everyVersionDocument, openUnionValues } from "@face-training/spec";
import openapiTS, { astToString, STRING, tsIntersection, tsLiteral, tsUnion } from "openapi-typescript";
import ts from "typescript";

// Every version's operations and schemas: the client speaks each version (see surface.mjs).
const document = everyVersionDocument("3.0");
const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");

function keepOpenUnions(schema) {
  const values = openUnionValues(schema);
  if (!values) return undefined;
  const anyOtherString = tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]);
  return tsUnion([...values.map((value) => tsLiteral(value)), anyOtherString]);
}

function write(file, purpose, text) {
  const header = `/**
 * ${purpose}
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during \`pnpm build\` — do not edit.
 */

`;
  // openapi-typescript tags enums `@enum {string}`, which is not TSDoc (the type says it already).
  const tsdoc = text.replace(/^\s*\* @enum \{\w+\}\n/gm, "");
  // Formatted as the hand-written code is (biome.json), so a reviewer reads it as easily.
  const formatted = execFileSync(process.execPath, [biome, "format", `--stdin-file-path=${file}`], {
    input: header + tsdoc,
    encoding: "utf8",
  });
  writeFileSync(fileURLToPath(new URL(`../src/generated/${file}`, import.meta.url)), formatted);
}

/** Gives a node a JSDoc comment. */
function documented(node, text) {
  ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* ${text} `, true);
  return node;
}

/** The operations under a path, for its doc comment: "GET: summary; POST: summary". */
function pathSummary(path) {
  return Object.entries(document.paths[path])
    .map(([method, operation]) => `${method.toUpperCase()}: ${operation.summary}`)
    .join("; ");
}

/** The summary of an operation, by operationId. */
function operationSummary(operationId) {
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
  return operations.find((operation) => operation.operationId === operationId).summary;
}

// openapi-typescript leaves the path keys undocumented; the API report wants every member documented.
// A property with a default is optional to send (the service fills it in): openapi-typescript
// would make it required (`defaultNonNullable`), so `createPersonGroup(id, { name })` would not
// type-check.
const wireAst = (await openapiTS(document, { defaultNonNullable: false })).map((node) => {
  if (!ts.isInterfaceDeclaration(node)) return node;
  const name = node.name.text;
  if (name === "paths") {
    for (const member of node.members) documented(member, pathSummary(member.name.text));
    return documented(node, "Every path of the API, with its operations: the type `client.raw` is called with.");
  }
  if (name === "operations") {
    for (const member of node.members) documented(member, operationSummary(member.name.text));
    return documented(node, "Every operation of the API, by operationId.");
  }
  if (name === "components") {
    for (const member of node.members) {
      documented(member, member.name.text === "schemas" ? "The named schemas of the spec." : "Not used by this spec.");
    }
    return documented(node, "The schemas of the API as they travel on the wire.");
  }
  return node;
});
write("openapi.ts", "The wire types of the API, which `client.raw` is typed with.", astToString(wireAst));

const publicAst = await openapiTS(document, { transform: keepOpenUnions, defaultNonNullable: false });
// Only `components.schemas` is public: the other members are `never` for this spec.
const schemas = publicAst
  .find((node) => ts.isInterfaceDeclaration(node) && node.name.text === "components")
  .members.find((member) => member.name.text === "schemas");
const publicComponents = ts.factory.createInterfaceDeclaration(
  [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
  "components",
  undefined,
  undefined,
  [documented(schemas, "The named schemas of the spec.")],
);
write(
  "schemas.ts",
  "The public schema types: open string unions keep their known values.",
  astToString([documented(publicComponents, "The schemas of the API, for annotating your own code.")]),
);

// The surface: the operation functions, the FaceClient, the model aliases, the API versions and
// the README's method table, from the spec's operation table.
await import("./surface.mjs").then(({ writeSurface }) => writeSurface({ write, document }));
