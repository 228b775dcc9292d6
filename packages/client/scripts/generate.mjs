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
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, STRING, tsIntersection, tsLiteral, tsUnion } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const specPath = fileURLToPath(import.meta.resolve("@face-training/spec/openapi.yaml"));
const document = parse(readFileSync(specPath, "utf8"));

/** The known values of an open string union, or undefined when the schema is not one. */
function openUnionValues(schema) {
  if (!Array.isArray(schema.anyOf) || schema.anyOf.length !== 2) return undefined;
  const anyString = schema.anyOf.find((s) => s.type === "string" && !s.enum);
  const known = schema.anyOf.find((s) => s.type === "string" && Array.isArray(s.enum));
  return anyString && known ? known.enum : undefined;
}

function keepOpenUnions(schema) {
  const values = openUnionValues(schema);
  if (!values) return undefined;
  const anyOtherString = tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]);
  return tsUnion([...values.map((value) => tsLiteral(value)), anyOtherString]);
}

function write(file, purpose, nodes) {
  const header = `/**
 * ${purpose}
 * Generated from spec/openapi/3.0.0/openapi.yaml by packages/client/scripts/generate.mjs
 * (openapi-typescript) during \`pnpm build\` — do not edit.
 */

`;
  writeFileSync(fileURLToPath(new URL(`../src/generated/${file}`, import.meta.url)), header + astToString(nodes));
}

write("openapi.ts", "The wire types of the API, which `client.raw` is typed with.", await openapiTS(document));

const publicAst = await openapiTS(document, { transform: keepOpenUnions });
const isComponents = (node) => ts.isInterfaceDeclaration(node) && node.name.text === "components";
write(
  "schemas.ts",
  "The public schema types: open string unions keep their known values.",
  publicAst.filter(isComponents),
);
