// The spec package's one reader: the operation table built by `pnpm build` and the compiled
// OpenAPI documents, parsed on first use. Everything downstream imports these instead of
// reading the YAML itself. Types: index.d.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export { openUnionValues } from "./scripts/open-union.mjs";

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

const merged = new Map();
/**
 * Every version's paths and schemas in one OpenAPI document (the default version's, then what
 * the others add: their paths and the schemas those use): the types of a client that speaks
 * every version. A path's operation or a schema that two versions describe differently is an
 * error, as the table holds one of each.
 */
export function everyVersionDocument(openapiVersion = "3.0") {
  if (merged.has(openapiVersion)) return merged.get(openapiVersion);
  const base = openapiDocument(openapiVersion);
  const document = { ...base, paths: structuredClone(base.paths), components: structuredClone(base.components) };
  const into = (target, key, value, where) => {
    if (target[key] !== undefined && JSON.stringify(target[key]) !== JSON.stringify(value)) {
      throw new Error(`${where} differs between API versions: the table and the client hold one of each`);
    }
    target[key] = value;
  };
  const ids = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).map((o) => o.operationId)));
  for (const apiVersion of apiVersions.filter((v) => v !== defaultApiVersion)) {
    const { paths = {}, components = {} } = openapiDocument(openapiVersion, apiVersion);
    for (const [path, item] of Object.entries(paths)) {
      document.paths[path] ??= {};
      for (const [method, value] of Object.entries(item)) {
        const same = JSON.stringify(document.paths[path][method]) === JSON.stringify(value);
        into(document.paths[path], method, same ? value : distinctId(value, ids, method, path), `${method} ${path}`);
        ids.add(document.paths[path][method].operationId);
      }
    }
    for (const [kind, name] of componentsUsed(paths, components)) {
      document.components[kind] ??= {};
      into(document.components[kind], name, components[kind][name], `Component ${kind}/${name}`);
    }
  }
  merged.set(openapiVersion, document);
  return document;
}

/**
 * An operation of another version, with an operationId of its own in the merged document: one
 * that a default-version operation on another route also has (v1.2 replaced v1.2-preview.1's
 * liveness routes under the same ids) takes the table's name for it (`…BeforeV1_2`).
 */
function distinctId(operation, ids, method, path) {
  if (!ids.has(operation.operationId)) return operation;
  const named = operations.find((o) => o.method === method.toUpperCase() && o.path === path);
  if (!named) throw new Error(`${operation.operationId} (${method} ${path}) is not in the operation table`);
  const operationId = `${named.group}_${named.name.charAt(0).toUpperCase()}${named.name.slice(1)}`;
  return { ...operation, operationId };
}

/** The components (schemas, parameters, …) that paths refer to, directly or through others, as [kind, name]. */
function componentsUsed(paths, components) {
  const used = new Map();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const [, kind, name] = (typeof node.$ref === "string" && node.$ref.match(/^#\/components\/(\w+)\/(.+)$/)) || [];
    if (kind && !used.has(`${kind}/${name}`)) {
      used.set(`${kind}/${name}`, [kind, name]);
      walk(components[kind]?.[name]);
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(paths);
  return [...used.values()];
}

/** The operation with this operationId, or undefined. */
export function operation(operationId) {
  return operations.find((o) => o.operationId === operationId);
}
