// Open unions, read in one place: the build's role checks use it, and spec/index.js exports it to
// every consumer of the table.

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
