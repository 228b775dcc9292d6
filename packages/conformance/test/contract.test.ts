// Contract parity: every operation of the official contract's groups that the spec models
// (test/official/, the official compiled Swagger 2.0 documents of each API version, vendored with
// their source note) matches ours operation by operation, in each version's document. The
// request side exactly: operationId, method, path, every parameter with its location and rules
// (an extensible enum, `x-ms-enum.modelAsString`, as an open union; a closed one as a closed
// enum), the body's content type and schema, the success status. The response side at least as
// tolerant: every field the official result has, ours has; ours requires no field the official
// one does not; every enum the official result leaves open is open in ours, with its values.
import { readFileSync } from "node:fs";
import {
  apiVersions,
  type JsonSchema,
  type Operation,
  openapiDocument,
  openUnionValues,
  operations,
} from "@face-training/spec";
import { describe, expect, it } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: a Swagger 2.0 document, walked as data
type Swagger = any;
/** The official document of each API version the spec describes. */
const CONTRACTS: Record<string, string> = { "v1.2": "Face-v1.2.json", "v1.2-preview.1": "Face-v1.2-preview.1.json" };
const GROUPS = [
  "PersonGroupOperations",
  "FaceListOperations",
  "FaceDetectionOperations",
  "FaceRecognitionOperations",
  "PersonDirectoryOperations",
  "GetOperationResult",
  "LivenessSessionOperations",
];
/**
 * A group of operations that changed in place in a version after its document was compiled:
 * v1.2's liveness sessions. The newest official TypeSpec removes the
 * `/detectLiveness/singleModal/…` operations from v1.2 and adds the `…-sessions` ones, which the
 * service answers (the JS SDK's recordings); no compiled v1.2 with them could be reached
 * (official/SOURCE.md). The compiled v1.3-preview.1 carries them and stands in for them, without
 * what the TypeSpec adds only in v1.3-preview.1: its operations, result properties and form fields.
 */
interface ChangedInPlace {
  group: string;
  from: string;
  addedLater: { operations: string[]; properties: string[]; formFields: string[] };
}
const CHANGED_IN_PLACE: Record<string, ChangedInPlace> = {
  "v1.2": {
    group: "LivenessSessionOperations",
    from: "Face-v1.3-preview.1.json",
    addedLater: {
      operations: [
        "LivenessSessionOperations_GetSettingLivenessAbuseMonitoring",
        "LivenessSessionOperations_PatchSettingLivenessAbuseMonitoring",
      ],
      properties: ["isAbuseMonitoringEnabled"],
      formFields: ["numberOfClientAttemptsAllowed"],
    },
  },
};
/** An enum as comparable data: its values, and whether other values are valid too. */
interface Enumeration {
  values: readonly unknown[];
  extensible: boolean;
}

/** Our schema's enum: an open union (`anyOf` of any string and the known values) or a closed `enum`. */
function ourEnum(schema: JsonSchema | undefined): Enumeration | undefined {
  const open = openUnionValues(schema);
  if (open) return { values: open, extensible: true };
  if (Array.isArray(schema?.allOf) && schema.allOf.length === 1) return ourEnum(schema.allOf[0]);
  return schema?.enum ? { values: schema.enum, extensible: false } : undefined;
}

/** How to read one side's schemas: follow its `$ref`s, and read its enums. */
interface Side {
  resolve: (schema: Swagger) => Swagger;
  enumOf: (schema: Swagger) => Enumeration | undefined;
}

/** The validation rules of a schema or a Swagger parameter, as comparable data. */
function rules(schema: Swagger, side: Side): Record<string, unknown> {
  const s = side.resolve(schema) ?? {};
  const picked: Record<string, unknown> = {};
  for (const key of [
    "type",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "default",
  ]) {
    if (s[key] !== undefined) picked[key] = s[key];
  }
  const enumeration = side.enumOf(s);
  if (enumeration) {
    // An open union has no `type` of its own: it is a string, as Swagger's enum says.
    picked.type ??= "string";
    picked.enum = enumeration.values;
    picked.extensible = enumeration.extensible;
  }
  if (s.format === "uuid" || s.format === "uri" || s.format === "binary") picked.format = s.format;
  // An array's items have rules too (a csv list of an enum, a list of uuids).
  if (s.type === "array" && s.items) picked.items = rules(s.items, side);
  return picked;
}

/**
 * Every enum under a schema, by where it is (`.faceAttributes.glasses`, `[].type`), through
 * properties and array items; `resolve` follows a document's `$ref`s.
 */
function enumsUnder(
  schema: Swagger,
  enumOf: (s: Swagger) => Enumeration | undefined,
  resolve: (s: Swagger) => Swagger,
  at = "",
  seen = new Set<unknown>(),
): Map<string, Enumeration> {
  const found = new Map<string, Enumeration>();
  const s = resolve(schema);
  if (!s || typeof s !== "object" || seen.has(s)) return found;
  const enumeration = enumOf(s);
  if (enumeration) return found.set(at, enumeration);
  const inner = new Set(seen).add(s);
  const merge = (more: Map<string, Enumeration>) => {
    for (const [k, v] of more) found.set(k, v);
  };
  for (const member of s.allOf ?? []) merge(enumsUnder(member, enumOf, resolve, at, inner));
  if (s.items) merge(enumsUnder(s.items, enumOf, resolve, `${at}[]`, inner));
  for (const [name, property] of Object.entries<Swagger>(s.properties ?? {}))
    merge(enumsUnder(property, enumOf, resolve, `${at}.${name}`, inner));
  return found;
}

/** An official document, by its file name in official/. */
function contract(file: string): Swagger {
  return JSON.parse(readFileSync(new URL(`official/${file}`, import.meta.url), "utf8"));
}

/**
 * Every operation of an official document, with its path (the `?_overload=` of shared routes
 * dropped) and how to follow its document's `$ref`s.
 */
function operationsOf(document: Swagger) {
  const resolve = (node: Swagger): Swagger =>
    node?.$ref
      ? resolve(
          node.$ref
            .slice(2)
            .split("/")
            .reduce((at: Swagger, key: string) => at[key], document),
        )
      : node;
  return Object.entries<Swagger>({ ...document.paths, ...document["x-ms-paths"] }).flatMap(([path, item]) =>
    Object.entries<Swagger>(item)
      .filter(([method]) => method !== "parameters")
      .map(([method, operation]) => ({
        path: path.replace(/\?.*$/, ""),
        method: method.toUpperCase(),
        operation,
        resolve,
      })),
  );
}

const officialEnum = (s: Swagger): Enumeration | undefined =>
  s.enum ? { values: s.enum, extensible: s["x-ms-enum"]?.modelAsString === true } : undefined;
const mineSide: Side = { resolve: (s) => s, enumOf: ourEnum };

it("has the official contract of every API version it describes", () => {
  expect(Object.keys(CONTRACTS).sort()).toEqual([...apiVersions].sort());
});

describe.each(Object.entries(CONTRACTS))("the spec against the official contract of %s (%s)", (apiVersion, file) => {
  const official = contract(file);
  const changed = CHANGED_IN_PLACE[apiVersion];
  const groupOf = (operation: Swagger): string => operation.operationId.split("_")[0];
  const officialOperations = [
    ...operationsOf(official).filter(({ operation }) => groupOf(operation) !== changed?.group),
    ...(changed
      ? operationsOf(contract(changed.from)).filter(
          ({ operation }) =>
            groupOf(operation) === changed.group && !changed.addedLater.operations.includes(operation.operationId),
        )
      : []),
  ];
  const modelled = officialOperations.filter(({ operation }) => GROUPS.includes(groupOf(operation)));
  // An operationId may name an operation of each version (v1.2 replaced the preview's liveness
  // routes under the same ids): ours are this version's.
  const inThisVersion = operations.filter((o) => !o.versions || o.versions.includes(apiVersion));
  const ours = new Map(inThisVersion.map((o) => [o.operationId, o]));
  /** Our OpenAPI 3.0 document of this version, for what the table does not carry (a query parameter's style). */
  const document: Swagger = openapiDocument("3.0", apiVersion);
  const resolveOurs = (node: Swagger): Swagger =>
    node?.$ref
      ? node.$ref
          .slice(2)
          .split("/")
          .reduce((at: Swagger, key: string) => at[key], document)
      : node;

  it("is the contract of this version, naming only it", () => {
    const host = official["x-ms-parameterized-host"].parameters.find((p: Swagger) => p.name === "apiVersion");
    expect(host.enum).toEqual([apiVersion]);
  });

  it.each(["3.0", "3.1"] as const)(
    "our OpenAPI %s document names only this version in servers, as the default",
    (v) => {
      const variables = openapiDocument(v, apiVersion).servers.map((s: Swagger) => s.variables?.apiVersion);
      expect(variables).toEqual([expect.objectContaining({ default: apiVersion, enum: [apiVersion] })]);
    },
  );

  it(`models every one of the ${modelled.length} operations of ${GROUPS.join(" and ")}`, () => {
    // Both ways: each of theirs is ours, and ours in this version are no more than theirs.
    expect(
      modelled
        .filter(({ operation }) => !ours.has(operation.operationId))
        .map(({ operation }) => operation.operationId),
    ).toEqual([]);
    expect(inThisVersion.map((o) => o.operationId).sort()).toEqual(
      modelled.map(({ operation }) => operation.operationId).sort(),
    );
  });

  describe.each(modelled.map((m) => [m.operation.operationId, m] as const))(
    "%s",
    (operationId, { path, method, operation, resolve }) => {
      const mine = ours.get(operationId) as Operation;
      const theirSide: Side = { resolve, enumOf: officialEnum };
      const addedLater = changed?.group === groupOf(operation) ? changed.addedLater : undefined;

      it("has the official method and path", () => {
        expect(`${mine.method} ${mine.path}`).toBe(`${method} ${path}`);
      });

      it("has every official parameter, in the same place, with the same rules, and no other", () => {
        const theirs = (operation.parameters ?? [])
          .map(resolve)
          .filter((p: Swagger) => p.in !== "body" && p.in !== "formData")
          .map((p: Swagger) => ({
            name: p.name,
            in: p.in,
            required: p.required === true,
            rules: rules(p, theirSide),
            default: p.default,
          }));
        const mineParameters = mine.parameters.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required,
          rules: rules(p.schema, mineSide),
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
        const parameters = (operation.parameters ?? []).map(resolve);
        const fields = parameters.filter(
          (p: Swagger) => p.in === "formData" && !addedLater?.formFields.includes(p.name),
        );
        if (fields.length) {
          // Form fields (multipart/form-data): each a part of ours, with its rules; the file a binary part.
          expect(mine.body?.contentType).toBe((operation.consumes ?? official.consumes)[0]);
          const parts = mine.body?.schema.properties ?? {};
          expect(Object.keys(parts).sort()).toEqual(fields.map((p: Swagger) => p.name).sort());
          expect([...(mine.body?.schema.required ?? [])].sort()).toEqual(
            fields
              .filter((p: Swagger) => p.required)
              .map((p: Swagger) => p.name)
              .sort(),
          );
          for (const field of fields) {
            const part = parts[field.name];
            if (field.type === "file") expect(part, field.name).toMatchObject({ type: "string", format: "binary" });
            // Swagger 2.0 has no JSON part: a form field the official TypeSpec declares as a model
            // (a preview session's `Parameters`) compiles to `type: string`. Ours is that model,
            // sent as a JSON part: text on the wire too.
            else if (field.type === "string" && mineSide.resolve(part)?.type === "object") continue;
            else expect(rules(part, mineSide), `body.${field.name}`).toEqual(rules(field, theirSide));
          }
          return;
        }
        const body = parameters.find((p: Swagger) => p.in === "body");
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
            expect(rules(mine.body?.schema.properties[name], mineSide), `body.${name}`).toEqual(
              rules(property, theirSide),
            );
          }
        }
        // Nested too: every enum of the body, open or closed as the official one is, with its values.
        expect(Object.fromEntries(enumsUnder(mine.body?.schema, ourEnum, (x) => x))).toEqual(
          Object.fromEntries(enumsUnder(schema, officialEnum, resolve)),
        );
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
          expect.arrayContaining(
            Object.keys(officialItem.properties ?? {}).filter((name) => !addedLater?.properties.includes(name)),
          ),
        );
        for (const required of ourItem.required ?? [])
          expect(officialItem.required ?? [], required).toContain(required);
        // A value the service adds to an open enum is read, not refused: ours is open where the
        // official one is, and knows every value it lists.
        const mineEnums = enumsUnder(mine.success.body?.schema, ourEnum, (x) => x);
        for (const [at, enumeration] of enumsUnder(theirs, officialEnum, resolve)) {
          const mineAt = mineEnums.get(at);
          expect(mineAt?.values ?? [], `result${at}`).toEqual(expect.arrayContaining([...enumeration.values]));
          if (enumeration.extensible) expect(mineAt?.extensible, `result${at} is extensible`).toBe(true);
        }
      });
    },
  );
});
