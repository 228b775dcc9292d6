// The spec's rules beyond its JSON Schemas, checked before an operation's handler: an image
// body's size and format (`x-face-image`; a form's image is its file part, which it must have),
// and values one parameter allows another (`x-face-allowed-by`).
import type { ErrorCode, Operation } from "@face-training/spec";
import { filePartOf, type ImageRule } from "./kinds.js";
import { error, type Handler, type Reply } from "./replies.js";

/** A handler behind the operation's checks beyond its schemas, if the spec states any. */
export function checked(operation: Operation, handle: Handler): Handler {
  const dependent = operation.parameters.some((p) => p.allowedBy);
  const image = operation.body?.image;
  if (!dependent && !image) return handle;
  return (incoming) =>
    (dependent && dependentRefusal(operation, incoming.query)) ||
    (image && imageRefusal(operation, incoming.body)) ||
    handle(incoming);
}

/** The image of a request's body: the body itself, or a form's file part (the table's `filePart`). */
export function imageOf(operation: Operation, body: unknown): unknown {
  const part = filePartOf(operation);
  return part === undefined ? body : (body as Record<string, unknown> | undefined)?.[part];
}

/**
 * The service's answer to a parameter value that another parameter's value does not allow
 * (`x-face-allowed-by`: an attribute the detection model does not offer).
 */
function dependentRefusal(operation: Operation, query: Record<string, unknown>): Reply | undefined {
  for (const parameter of operation.parameters) {
    const rule = parameter.allowedBy;
    const given = query[parameter.name];
    if (!rule || !Array.isArray(given)) continue;
    const by = String(
      query[rule.parameter] ?? operation.parameters.find((p) => p.name === rule.parameter)?.schema.default,
    );
    const refused = given.filter((value) => rule.values[by] && !rule.values[by]?.includes(String(value)));
    if (refused.length) {
      return error(
        400,
        "BadArgument",
        `'${parameter.name}' is invalid: ${refused.join(", ")} is not supported by ${rule.parameter} '${by}'.`,
      );
    }
  }
  return undefined;
}

// The first bytes of each image format the spec names (`x-face-image`).
const SIGNATURES: Record<string, number[]> = {
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif: [0x47, 0x49, 0x46, 0x38],
  bmp: [0x42, 0x4d],
};

/**
 * The service's answer to an image body it would not take: outside the spec's size limits, or
 * not an image of a format it names (by its signature; the emulator does not decode images).
 */
function imageRefusal(operation: Operation, body: unknown): Reply | undefined {
  const image = operation.body?.image;
  const part = filePartOf(operation);
  const bytes = imageOf(operation, body);
  if (part !== undefined && !(bytes instanceof Buffer)) {
    return error(400, BAD_ARGUMENT.code, `Invalid request: the form has no file part '${part}' (the image).`);
  }
  if (!image || !(bytes instanceof Buffer)) return undefined;
  return imageProblem(image, operation.errorCodes ?? {}, bytes);
}

/**
 * The service's answer to image bytes outside a rule's size limits, or of no format it names (by
 * its signature; the emulator does not decode images), with the codes given (those an operation
 * declares; without them, the generic one); undefined for an image it takes.
 */
export function imageProblem(image: ImageRule, codes: Record<string, ErrorCode>, bytes: Uint8Array): Reply | undefined {
  if (bytes.length < image.minBytes || bytes.length > image.maxBytes) {
    const code = codes.invalidImageSize ?? BAD_ARGUMENT;
    return error(code.status, code.code, `Image size is too ${bytes.length < image.minBytes ? "small" : "big"}.`);
  }
  if (!formatOf(image, bytes)) {
    const code = codes.invalidImage ?? BAD_ARGUMENT;
    return error(code.status, code.code, "Decoding error, image format unsupported.");
  }
  return undefined;
}

/** The format of image bytes, of those a rule names, by its signature; undefined for none of them. */
export const formatOf = (image: ImageRule, bytes: Uint8Array) =>
  image.formats.find((format) => SIGNATURES[format]?.every((byte, i) => bytes[i] === byte));

const BAD_ARGUMENT = { status: 400, code: "BadArgument" };
