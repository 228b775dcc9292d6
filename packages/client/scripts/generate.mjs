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
// - src/generated/rules.ts: the rules of every path parameter (pattern, length), which the client
//   checks before it sends anything; the required fields of each result with their JSON types,
//   which it checks before it resolves; and the training operations of each kind of container,
//   from which the client makes its methods.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { apiVersions, defaultApiVersion, openapiDocument } from "@face-training/spec";
import openapiTS, { astToString, STRING, tsIntersection, tsLiteral, tsUnion } from "openapi-typescript";
import ts from "typescript";

const document = openapiDocument("3.0");

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

function write(file, purpose, text) {
  const header = `/**
 * ${purpose}
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during \`pnpm build\` — do not edit.
 */

`;
  writeFileSync(fileURLToPath(new URL(`../src/generated/${file}`, import.meta.url)), header + text);
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
const wireAst = (await openapiTS(document)).map((node) => {
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

const publicAst = await openapiTS(document, { transform: keepOpenUnions });
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

/** The schema a `$ref` points to, within this document. */
function resolve(schema) {
  if (!schema?.$ref) return schema;
  return schema.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node, key) => node[key], document);
}

/** The pattern and length limits of every path parameter, by name; one rule per name. */
function pathParameterRules() {
  const rules = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of (operation.parameters ?? []).map(resolve)) {
        if (parameter.in !== "path") continue;
        const { pattern, minLength, maxLength } = resolve(parameter.schema);
        const rule = { pattern, minLength, maxLength };
        const known = rules[parameter.name];
        if (known && JSON.stringify(known) !== JSON.stringify(rule)) {
          throw new Error(`${path}: path parameter ${parameter.name} has rules that differ from another operation's`);
        }
        rules[parameter.name] = rule;
      }
    }
  }
  return rules;
}

/** The JSON types a schema allows: "string", "number", "boolean", "object", "array", "null". */
function jsonTypes(schema) {
  const s = resolve(schema);
  if (s.anyOf || s.oneOf) return [...new Set((s.anyOf ?? s.oneOf).flatMap(jsonTypes))];
  if (s.allOf) return jsonTypes(s.allOf[0]);
  const types = s.type === "integer" ? ["number"] : [s.type];
  return s.nullable ? [...types, "null"] : types;
}

/** For each response schema of a 2xx answer: its required properties and the JSON types they allow. */
function resultShapes() {
  const shapes = {};
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const ref = response.content?.["application/json"]?.schema?.$ref;
        if (!status.startsWith("2") || !ref) continue;
        const schema = resolve({ $ref: ref });
        const name = ref.split("/").pop();
        shapes[name] = Object.fromEntries(
          (schema.required ?? []).map((key) => [key, jsonTypes(schema.properties[key])]),
        );
      }
    }
  }
  return shapes;
}

/**
 * The train and training-status operations of each kind of container, from their operationIds
 * (`…_Train<Kind>`, `…_Get<Kind>TrainingStatus`): method, path, and the required headers (train)
 * or the result schema (status) of the success response.
 */
function trainingOperations() {
  const kinds = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const [, train, status] = operation.operationId.match(/_(?:Train(\w+)|Get(\w+)TrainingStatus)$/) ?? [];
      if (!train && !status) continue;
      const [, response] = Object.entries(operation.responses).find(([code]) => code.startsWith("2"));
      const entry = { method: method.toUpperCase(), path };
      if (train) {
        entry.headers = Object.entries(response.headers ?? {})
          .filter(([, header]) => header.required)
          .map(([name]) => name);
      } else {
        entry.result = response.content["application/json"].schema.$ref.split("/").pop();
      }
      kinds[train ?? status] = { ...kinds[train ?? status], [train ? "train" : "status"]: entry };
    }
  }
  for (const [kind, operations] of Object.entries(kinds)) {
    if (!operations.train || !operations.status)
      throw new Error(`${kind} needs both a train and a training-status operation`);
  }
  return kinds;
}

write(
  "rules.ts",
  "Rules from the schemas that the client checks: path parameters before sending, results before resolving.",
  `/** The API versions the spec describes, oldest first. */
export const apiVersions = ${JSON.stringify(apiVersions)} as const;

/** The version used when none is given: the newest generally available one. */
export const defaultApiVersion = ${JSON.stringify(defaultApiVersion)};

export const pathParameterRules = ${JSON.stringify(pathParameterRules(), null, 2)} as const;

/** The required properties of each result schema, with the JSON types each may hold. */
export const resultShapes = ${JSON.stringify(resultShapes(), null, 2)} as const;

/** The train and training-status operations of each kind of container. */
export const trainingOperations = ${JSON.stringify(trainingOperations(), null, 2)} as const;
`,
);
