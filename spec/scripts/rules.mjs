// The rule of a parameter or a JSON body: the validation keywords of its schema, as one set that
// both runtimes check, the client's validator before a request is sent and the emulator's ajv when
// one arrives. Annotations (descriptions, examples, defaults) are not rules; of the formats, only
// `uuid` is one (the others are the service's to judge); an open union (known values, or any
// string: the service may add values) is any value of its type.

const KEYWORDS = [
  "type",
  "nullable",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "enum",
  "minItems",
  "maxItems",
  "required",
];

/** The rule of a schema (every `$ref` resolved). */
export function ruleOf(schema) {
  if (!schema || typeof schema !== "object") return {};
  if (Array.isArray(schema.anyOf)) {
    const types = [...new Set(schema.anyOf.map((s) => s.type))];
    return types.length === 1 && types[0] ? { type: types[0], ...(schema.nullable && { nullable: true }) } : {};
  }
  const kept = {};
  for (const key of KEYWORDS) if (schema[key] !== undefined) kept[key] = schema[key];
  if (schema.format === "uuid") kept.format = "uuid";
  if (schema.items) kept.items = ruleOf(schema.items);
  if (schema.properties) {
    kept.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, ruleOf(v)]));
  }
  return kept;
}
