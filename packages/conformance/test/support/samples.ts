// Requests made from the spec's rules alone, for the table-driven tests: a valid value of every
// parameter and body, so that a new operation is exercised without a new test.
import { type JsonSchema, type Operation, openUnionValues } from "@face-training/spec";

/** A valid value of a schema, made from its rules: of an open union, a value it knows. */
export function sample(schema: JsonSchema, name = ""): unknown {
  if (schema.enum) return schema.enum[0];
  const known = openUnionValues(schema);
  if (known) return known[0];
  if (Array.isArray(schema.anyOf)) return sample(schema.anyOf[0], name);
  switch (schema.type) {
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "array":
      // Numbers differ item by item (a rectangle's four sides); other items repeat.
      return Array.from({ length: schema.minItems ?? 1 }, (_, i) => {
        const item = sample(schema.items ?? {}, name);
        return typeof item === "number" ? item + i : item;
      });
    case "object":
      return Object.fromEntries(
        Object.entries<JsonSchema>(schema.properties ?? {}).map(([key, value]) => [key, sample(value, key)]),
      );
    default:
      if (schema.format === "uuid") return "25985303-c537-4467-b41d-bdb45cd95ca1";
      if (schema.format === "uri" || name === "url") return "https://example.com/face.jpg";
      if (schema.pattern === "^[a-z0-9-_]+$") return "sample_id";
      return "sample";
  }
}

/** Bytes with a PNG's signature, 2 KB, a face of its own: `n` tells images (and their faces) apart. */
export const png = (n: number): Uint8Array<ArrayBuffer> => {
  const bytes = image(2048);
  bytes[8] = n;
  return bytes;
};

/** Bytes with a PNG's signature, of the size the spec asks of an image. */
export const image = (size: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(new ArrayBuffer(size));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

/**
 * The arguments of an operation's client method: its path parameters (from `path`, else
 * sampled), its body, and an options object with a value for every other parameter.
 */
export function argumentsOf(operation: Operation, path: Record<string, unknown> = {}): unknown[] {
  const args: unknown[] = operation.parameters
    .filter((p) => p.in === "path")
    .map((p) => path[p.name] ?? sample(p.schema, p.name));
  const options = Object.fromEntries(
    operation.parameters.filter((p) => p.in !== "path").map((p) => [p.name, sample(p.schema, p.name)]),
  );
  const body = operation.body;
  // A form: its file (an image) as the body, its other fields among the options.
  if (body?.kind === "multipart") {
    const { [body.filePart ?? ""]: _file, ...fields } = sample(body.schema) as Record<string, unknown>;
    return [...args, image(body.image?.minBytes ?? 2048), { ...fields, ...options }];
  }
  if (body) args.push(body.kind === "binary" ? image(body.image?.minBytes ?? 2048) : sample(body.schema));
  args.push(options);
  return args;
}
