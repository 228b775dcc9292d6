import { apiVersions, openapiDocument } from "@face-training/spec";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** An OpenAPI document, loosely typed: the tests walk it as data. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document
export type OpenApiDocument = any;

/** The committed documents of the default API version, as the spec package exports them. */
export const documents = {
  "3.0": openapiDocument("3.0"),
  "3.1": openapiDocument("3.1"),
} as const;

export type OpenApiVersion = keyof typeof documents;

/** The OpenAPI 3.0 document of an API version the spec describes (a recorded path's), else the default's. */
export const documentOf = (apiVersion: string | undefined): OpenApiDocument =>
  apiVersions.includes(apiVersion as (typeof apiVersions)[number])
    ? openapiDocument("3.0", apiVersion)
    : documents["3.0"];

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
  return schemaValidator(version, { $ref: `#${pointer}` });
}

/**
 * A validator for a schema as an operation has it: a named one (`{ $ref }`) or an inline one,
 * such as an array of a named schema, its `$ref`s resolved against the whole document.
 */
export function schemaValidator(
  version: OpenApiVersion,
  schema: unknown,
  document: OpenApiDocument = documents[version],
): ValidateFunction {
  const ajv = version === "3.0" ? new Ajv({ allErrors: true }) : new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...OPENAPI_ANNOTATIONS, ...WRAPPER_KEYWORDS]);
  // Wrap the components so Ajv sees a schema with $defs-like data rather than a whole OpenAPI document.
  ajv.addSchema({ $id: "openapi.json", components: document.components }, undefined, undefined, false);
  const anchored = JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"openapi.json#/'));
  return ajv.compile(anchored);
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
export function operations(
  version: OpenApiVersion,
  document: OpenApiDocument = documents[version],
): { path: string; method: string; operation: OpenApiDocument }[] {
  return Object.entries<OpenApiDocument>(document.paths).flatMap(([path, item]) =>
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

/**
 * What is wrong with a response by the committed OpenAPI 3.0 document: the operation is found
 * by method and path (under `/face/{apiVersion}`), the response by status or `default`; its
 * required headers must be present and its JSON body must validate against the schema.
 * Returns the violations; none means the response conforms.
 */
export function violations(method: string, url: string, status: number, headers: Headers, body: unknown): string[] {
  // The document of the request's API version (`/face/{apiVersion}/…`).
  const apiVersion = new URL(url).pathname.match(/\/face\/([^/]+)/)?.[1];
  const doc = documentOf(apiVersion);
  const path = new URL(url).pathname.replace(/^.*?\/face\/[^/]+/, "");
  const match = Object.entries<OpenApiDocument>(doc.paths).find(([template]) =>
    new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`).test(path),
  );
  const operation = match?.[1][method.toLowerCase()];
  if (!operation)
    return status >= 400 ? checkError(headers, body) : [`${method} ${path} is not an operation of the spec`];
  const code = String(status);
  const response = operation.responses[code] ?? (code.startsWith("2") ? undefined : operation.responses.default);
  if (!response) return [`${operation.operationId} documents no ${status} response`];
  const problems: string[] = [];
  for (const [name, header] of Object.entries<OpenApiDocument>(response.headers ?? {})) {
    if (header.required && !headers.has(name)) problems.push(`${operation.operationId} ${status}: no ${name} header`);
  }
  // A binary answer (a session image): of the media type the spec declares, whatever its bytes.
  const binary = Object.keys(response.content ?? {}).find((type) => !/json/.test(type));
  if (binary) {
    const type = headers.get("content-type")?.split(";")[0];
    if (type !== binary) problems.push(`${operation.operationId} ${status}: ${type} where the spec has ${binary}`);
    return problems;
  }
  const schema = response.content?.["application/json"]?.schema;
  if (schema) {
    const key = `${apiVersion} ${JSON.stringify(schema)}`;
    const validate = compiled.get(key) ?? compiled.set(key, schemaValidator("3.0", schema, doc)).get(key);
    if (validate && !validate(body))
      problems.push(`${operation.operationId} ${status}: ${JSON.stringify(validate?.errors)}`);
  } else if (body !== undefined) {
    problems.push(`${operation.operationId} ${status}: a body where the spec has none`);
  }
  return problems;
}

/** The validators of the response schemas, compiled once. */
const compiled = new Map<string, ValidateFunction>();

/** An error response outside the spec's operations must still be a FaceErrorResponse. */
function checkError(headers: Headers, body: unknown): string[] {
  const validate = validator("3.0", "/components/schemas/FaceErrorResponse");
  return validate(body) && headers.has("x-ms-error-code") ? [] : [`not a FaceErrorResponse: ${JSON.stringify(body)}`];
}

/**
 * A fetch that checks every response against the spec and records what is wrong in `problems`;
 * give it to the client as `fetch` and every answer it gets is checked.
 */
export function checkingFetch(problems: string[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    problems.push(...violations(request.method, request.url, response.status, response.headers, body));
    return response;
  };
}
