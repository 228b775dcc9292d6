// Contract parity: every operation of the official GA contract's groups that the spec models
// (test/official/Face-v1.2.json, the official compiled Swagger 2.0, vendored with its source
// note) matches ours operation by operation. The request side exactly: operationId, method,
// path, every parameter with its location and rules, the body's content type and schema, the
// success status. The response side at least as tolerant: every field the official result has,
// ours has, and ours requires no field the official one does not.
import { readFileSync } from "node:fs";
import { type JsonSchema, type Operation, openapiDocument, operations } from "@face-training/spec";
import { describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: a Swagger 2.0 document, walked as data
type Swagger = any;
const official: Swagger = JSON.parse(readFileSync(new URL("official/Face-v1.2.json", import.meta.url), "utf8"));
const GROUPS = ["PersonGroupOperations", "FaceListOperations", "FaceDetectionOperations", "FaceRecognitionOperations"];
/** Operations of those groups on containers the spec does not model (person directory, dynamic person groups, liveness sessions). */
const NOT_MODELLED = [
  "FaceDetectionOperations_DetectFromSessionImageId",
  "FaceRecognitionOperations_IdentifyFromDynamicPersonGroup",
  "FaceRecognitionOperations_IdentifyFromPersonDirectory",
  "FaceRecognitionOperations_VerifyFromPersonDirectory",
];

const resolve = (node: Swagger): Swagger =>
  node?.$ref
    ? resolve(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((at: Swagger, key: string) => at[key], official),
      )
    : node;

/** Every operation of the official contract, with its path (the `?_overload=` of shared routes dropped). */
const officialOperations = Object.entries<Swagger>({ ...official.paths, ...official["x-ms-paths"] }).flatMap(
  ([path, item]) =>
    Object.entries<Swagger>(item)
      .filter(([method]) => method !== "parameters")
      .map(([method, operation]) => ({ path: path.replace(/\?.*$/, ""), method: method.toUpperCase(), operation })),
);
const modelled = officialOperations.filter(
  ({ operation }) =>
    GROUPS.includes(operation.operationId.split("_")[0]) && !NOT_MODELLED.includes(operation.operationId),
);
const ours = new Map(operations.map((o) => [o.operationId, o]));
/** Our OpenAPI 3.0 document of the default version, for what the table does not carry (a query parameter's style). */
const document: Swagger = openapiDocument("3.0");
const resolveOurs = (node: Swagger): Swagger =>
  node?.$ref
    ? node.$ref
        .slice(2)
        .split("/")
        .reduce((at: Swagger, key: string) => at[key], document)
    : node;

/** The validation rules of a schema or a Swagger parameter, as comparable data. */
function rules(schema: Swagger): Record<string, unknown> {
  const s = resolve(schema) ?? {};
  const picked: Record<string, unknown> = {};
  for (const key of [
    "type",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "enum",
    "minItems",
    "maxItems",
    "default",
  ]) {
    if (s[key] !== undefined) picked[key] = s[key];
  }
  if (s.format === "uuid" || s.format === "uri" || s.format === "binary")
    picked.format = s.format === "uri" ? "uri" : s.format;
  if (s.type === "integer") picked.type = "integer";
  // An array's items have rules too (a csv list of an enum, a list of uuids).
  if (s.type === "array" && s.items) picked.items = rules(s.items);
  return picked;
}

/** Our schema's rules, OpenAPI 3.0 as the table has it: an `allOf` of one, or an open union aside. */
function ourRules(schema: JsonSchema): Record<string, unknown> {
  return rules(schema);
}

describe("the spec against the official GA contract", () => {
  it(`models every one of the ${modelled.length} operations of ${GROUPS.join(" and ")}`, () => {
    expect(modelled).toHaveLength(66);
    expect(
      modelled
        .filter(({ operation }) => !ours.has(operation.operationId))
        .map(({ operation }) => operation.operationId),
    ).toEqual([]);
  });

  describe.each(modelled.map((m) => [m.operation.operationId, m] as const))(
    "%s",
    (operationId, { path, method, operation }) => {
      const mine = ours.get(operationId) as Operation;

      it("has the official method and path", () => {
        expect(`${mine.method} ${mine.path}`).toBe(`${method} ${path}`);
      });

      it("has every official parameter, in the same place, with the same rules, and no other", () => {
        const theirs = (operation.parameters ?? [])
          .map(resolve)
          .filter((p: Swagger) => p.in !== "body")
          .map((p: Swagger) => ({
            name: p.name,
            in: p.in,
            required: p.required === true,
            rules: rules(p),
            default: p.default,
          }));
        const mineParameters = mine.parameters.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required,
          rules: ourRules(p.schema),
          default: p.schema.default,
        }));
        const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
        expect(mineParameters.sort(byName)).toEqual(theirs.sort(byName));
      });

      it("sends an array parameter as the official does: comma-separated (csv), not repeated", () => {
        const published = (document.paths[mine.path]?.[mine.method.toLowerCase()]?.parameters ?? []).map((p: Swagger) =>
          resolveOurs(p),
        );
        for (const p of (operation.parameters ?? []).map(resolve).filter((q: Swagger) => q.type === "array")) {
          expect(p.collectionFormat, p.name).toBe("csv");
          const ours = published.find((q: Swagger) => q.name === p.name && q.in === p.in);
          expect([ours?.style ?? "form", ours?.explode], p.name).toEqual(["form", false]);
        }
      });

      it("takes the official body, with its content type", () => {
        const body = (operation.parameters ?? []).map(resolve).find((p: Swagger) => p.in === "body");
        if (!body) {
          expect(mine.body).toBeUndefined();
          return;
        }
        const contentType = (operation.consumes ?? official.consumes)[0];
        expect(mine.body?.contentType).toBe(contentType);
        expect(mine.body?.required).toBe(body.required === true);
        const schema = resolve(body.schema);
        if (schema.type === "object") {
          expect(Object.keys(mine.body?.schema.properties ?? {}).sort()).toEqual(Object.keys(schema.properties).sort());
          expect([...(mine.body?.schema.required ?? [])].sort()).toEqual([...(schema.required ?? [])].sort());
          for (const [name, property] of Object.entries<Swagger>(schema.properties)) {
            expect(ourRules(mine.body?.schema.properties[name]), `body.${name}`).toEqual(rules(property));
          }
        }
      });

      it("answers with the official success status and a result at least as tolerant", () => {
        const [status, response] =
          Object.entries<Swagger>(operation.responses).find(([code]) => code.startsWith("2")) ?? [];
        expect(mine.success.status).toBe(Number(status));
        const theirs = resolve(response?.schema);
        if (!theirs) {
          expect(mine.success.body).toBeUndefined();
          return;
        }
        const item = (s: Swagger) => (s.type === "array" ? resolve(s.items) : s);
        const officialItem = item(theirs);
        const ourItem = item(mine.success.body?.schema ?? {});
        expect(Object.keys(ourItem.properties ?? {})).toEqual(
          expect.arrayContaining(Object.keys(officialItem.properties ?? {})),
        );
        for (const required of ourItem.required ?? [])
          expect(officialItem.required ?? [], required).toContain(required);
      });
    },
  );
});
