// How the emulator validates a request: by the table's rules, the same ones the client checks
// before it sends (spec/scripts/rules.mjs), compiled by ajv. Parameters arrive as text and are
// coerced to their types first, as the service reads them, and so are a form's text fields
// (`multipart/form-data`); a JSON body is taken as it is (a number sent as "5" is refused, as the
// client refuses it). The one rule the emulator adds: an open union (known values, or any string
// the service may add) is closed to its known values, since those are what it simulates; a value
// it does not know is refused, naming the ones it knows.
import { type JsonSchema, openUnionValues, type Rule } from "@face-training/spec";
import { Ajv, type ValidateFunction } from "ajv";

// The client's UUID check (8-4-4-4-12 hexadecimal digits), not ajv-formats' (which takes a
// `urn:uuid:` prefix too): the two must agree (test/rules.test.ts).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function compiler(coerceTypes: false | "array") {
  // useDefaults: a value the request leaves out is the spec's default (a person group created
  // without a recognition model has recognition_01), as the service stores it. Not strictSchema:
  // it refuses a default under `anyOf` (the bodies of a shared route), which ajv cannot fill in;
  // the rules hold no keyword strict mode would catch (spec/scripts/rules.mjs lists them).
  const ajv = new Ajv({ coerceTypes, useDefaults: true, strictSchema: false, allErrors: false });
  ajv.addFormat("uuid", UUID);
  return ajv;
}
const forText = compiler("array");
const forJson = compiler(false);

/**
 * The validators compiled so far, by how they read and their schema's JSON: every emulator of a
 * process builds the same schemas from the table, and compiling them is most of its start-up
 * (about 150 ms an emulator, and the tests start hundreds). A validator keeps no state of its own.
 */
const compiled = new Map<string, ValidateFunction>();

/**
 * Fastify's validator compiler: parameters coerced from text, JSON bodies as sent; a form's fields
 * (`multipart/form-data`) arrive as text too, and are coerced like parameters.
 */
export function compileValidator({
  schema,
  httpPart,
  contentType,
}: {
  schema: object;
  httpPart?: string;
  contentType?: string;
}): ValidateFunction {
  const asSent = httpPart === "body" && contentType !== FORM;
  const key = `${asSent ? "json" : "text"} ${JSON.stringify(schema)}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = (asSent ? forJson : forText).compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

/** The content type of a form's fields and files, the one body the emulator reads as text. */
export const FORM = "multipart/form-data";

/**
 * A rule as the emulator checks it: each open union of the schema closed to its known values, and
 * the schema's defaults kept, for ajv to fill in.
 */
export function closedRule(rule: Rule, schema: JsonSchema): Rule & { default?: unknown } {
  const known = openUnionValues(schema);
  const fallback = schema.default !== undefined && { default: schema.default };
  if (known) return { ...rule, enum: [...known], ...fallback };
  return {
    ...rule,
    ...fallback,
    ...(rule.items && { items: closedRule(rule.items, schema.items ?? {}) }),
    ...(rule.properties && {
      properties: Object.fromEntries(
        Object.entries(rule.properties).map(([key, value]) => [key, closedRule(value, schema.properties?.[key] ?? {})]),
      ),
    }),
  };
}
