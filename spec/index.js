// The spec package's one reader: the operation table built by `pnpm build` and the compiled
// OpenAPI documents, parsed on first use. Everything downstream imports these instead of
// reading the YAML itself. Types: index.d.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const table = JSON.parse(readFileSync(new URL("./generated/operations.json", import.meta.url), "utf8"));

export const title = table.title;
export const apiVersions = table.apiVersions;
export const defaultApiVersion = table.defaultApiVersion;
export const operations = table.operations;

const OPENAPI_FOLDERS = { "3.0": "3.0.0", 3.1: "3.1.0" };

/** The path of a compiled OpenAPI document: OpenAPI 3.0 or 3.1, of an API version (default: the default). */
export function openapiFile(openapiVersion = "3.0", apiVersion = defaultApiVersion) {
  const folder = OPENAPI_FOLDERS[openapiVersion];
  if (!folder || !apiVersions.includes(apiVersion)) {
    throw new Error(`No OpenAPI ${openapiVersion} document for API version ${apiVersion}`);
  }
  return fileURLToPath(new URL(`./openapi/${folder}/openapi.${apiVersion}.yaml`, import.meta.url));
}

const documents = new Map();
/** A compiled OpenAPI document, parsed (once). */
export function openapiDocument(openapiVersion = "3.0", apiVersion = defaultApiVersion) {
  const file = openapiFile(openapiVersion, apiVersion);
  if (!documents.has(file)) documents.set(file, parse(readFileSync(file, "utf8")));
  return documents.get(file);
}

/** The operation with this operationId, or undefined. */
export function operation(operationId) {
  return operations.find((o) => o.operationId === operationId);
}

/**
 * The known values of an extensible (open) string union, `anyOf: [{ type: string }, { type:
 * string, enum: […] }]` as TypeSpec emits `union X { string, … }`; undefined for any other schema.
 * Such a schema takes any string: the service may add values without a new API version.
 */
export function openUnionValues(schema) {
  if (!Array.isArray(schema?.anyOf) || schema.anyOf.length !== 2) return undefined;
  const anyString = schema.anyOf.some((s) => s.type === "string" && !s.enum);
  const known = schema.anyOf.find((s) => s.type === "string" && Array.isArray(s.enum));
  return anyString && known ? known.enum : undefined;
}
