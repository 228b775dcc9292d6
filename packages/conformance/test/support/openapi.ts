import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

/** An OpenAPI document, loosely typed: the tests walk it as data. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document
export type OpenApiDocument = any;

function load(specifier: string): OpenApiDocument {
  return parse(readFileSync(fileURLToPath(import.meta.resolve(specifier)), "utf8"));
}

/** The committed documents, as the spec package exports them. */
export const documents = {
  "3.0": load("@face-training/spec/openapi.yaml"),
  "3.1": load("@face-training/spec/openapi.3.1.yaml"),
} as const;

export type OpenApiVersion = keyof typeof documents;

// OpenAPI annotations that are not JSON Schema keywords; Ajv's strict mode rejects unknown ones.
const OPENAPI_ANNOTATIONS = ["example", "xml", "externalDocs", "discriminator"];
// The wrapper's only property: "components" holds the schemas that $refs point into.
const WRAPPER_KEYWORDS = ["components"];

/**
 * A validator for a JSON Schema inside a document (`#/components/schemas/X` or any other pointer),
 * with `$ref`s resolved against the whole document. OpenAPI 3.0 schemas use Ajv's draft-07 mode,
 * where `nullable` is supported; 3.1 schemas are JSON Schema 2020-12.
 */
export function validator(version: OpenApiVersion, pointer: string): ValidateFunction {
  const ajv = version === "3.0" ? new Ajv({ allErrors: true }) : new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, ...WRAPPER_KEYWORDS]);
  // Wrap the components so Ajv sees a schema with $defs-like data rather than a whole OpenAPI document.
  ajv.addSchema({ $id: "openapi.json", components: documents[version].components }, undefined, undefined, false);
  return ajv.compile({ $ref: `openapi.json#${pointer}` });
}

export interface ResponseExample {
  operationId: string;
  status: string;
  name: string;
  value: unknown;
  schema: unknown;
}

/** Every named example of every response of every operation. */
export function responseExamples(version: OpenApiVersion): ResponseExample[] {
  const found: ResponseExample[] = [];
  for (const pathItem of Object.values<OpenApiDocument>(documents[version].paths)) {
    for (const operation of Object.values<OpenApiDocument>(pathItem)) {
      for (const [status, response] of Object.entries<OpenApiDocument>(operation.responses ?? {})) {
        for (const media of Object.values<OpenApiDocument>(response.content ?? {})) {
          for (const [name, example] of Object.entries<OpenApiDocument>(media.examples ?? {})) {
            found.push({
              operationId: operation.operationId,
              status,
              name,
              value: example.value,
              schema: media.schema,
            });
          }
        }
      }
    }
  }
  return found;
}

/** The operations of a document, with their path and method. */
export function operations(version: OpenApiVersion): { path: string; method: string; operation: OpenApiDocument }[] {
  return Object.entries<OpenApiDocument>(documents[version].paths).flatMap(([path, item]) =>
    Object.entries<OpenApiDocument>(item).map(([method, operation]) => ({ path, method, operation })),
  );
}

/** The object a `$ref` points to within the document, or the object itself when it is no reference. */
export function resolve(doc: OpenApiDocument, node: { $ref?: string }): OpenApiDocument {
  if (!node?.$ref) return node;
  return node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((at: OpenApiDocument, key: string) => at[key], doc);
}
