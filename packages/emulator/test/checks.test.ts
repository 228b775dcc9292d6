// The spec's rules beyond its schemas, as the emulator answers them: an image body's size and
// format (`x-face-image`), and values one parameter allows another (`x-face-allowed-by`). The
// limits, formats and codes are the table's; the test restates none of them.
import { openUnionValues, operation, type Parameter } from "@face-training/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";

const detect = operation("FaceDetectionOperations_Detect");
if (!detect?.body?.image || !detect.errorCodes) throw new Error("the table has no detect with image rules");
const { minBytes, maxBytes, formats } = detect.body.image;
const codes = detect.errorCodes as Record<string, { status: number; code: string }>;

// The first bytes of a file of each format the spec names.
const SIGNATURE: Record<string, number[]> = {
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  bmp: [0x42, 0x4d],
};
const image = (format: string, length = minBytes) => {
  const bytes = new Uint8Array(length);
  bytes.set(SIGNATURE[format] ?? []);
  return bytes;
};

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: "k" });
});
afterAll(() => emulator.close());

const post = (body: Uint8Array<ArrayBuffer>, query = "") =>
  fetch(`${emulator.url}/face/v1.2${detect.path}${query}`, {
    method: detect.method,
    headers: { "Ocp-Apim-Subscription-Key": "k", "content-type": "application/octet-stream" },
    body,
  });
const answer = async (response: Response) => ({ status: response.status, ...(await response.json()) });

describe("an image body", () => {
  it.each(formats)("of the smallest size, a %s, is detected", async (format) => {
    expect((await post(image(format))).status).toBe(detect.success.status);
  });

  it("of the largest size is detected", async () => {
    expect((await post(image(formats[0] as string, maxBytes))).status).toBe(detect.success.status);
  });

  it.each([
    ["one byte under the smallest", minBytes - 1, "small"],
    ["one byte over the largest", maxBytes + 1, "big"],
  ])("%s is refused with the spec's code for its size", async (_name, length, which) => {
    const { status, error } = await answer(await post(image(formats[0] as string, length)));
    expect({ status, code: error.code, message: error.message }).toEqual({
      status: codes.invalidImageSize?.status,
      code: codes.invalidImageSize?.code,
      message: `Image size is too ${which}.`,
    });
  });

  it.each([
    ["of no format", new Uint8Array(minBytes)],
    ["that starts like a JPEG but breaks off", (() => Object.assign(new Uint8Array(minBytes), { 0: 0xff, 1: 0xd8 }))()],
  ])("%s is refused with the spec's code for an image it cannot decode", async (_name, body) => {
    const { status, error } = await answer(await post(body));
    expect({ status, code: error.code }).toEqual(codes.invalidImage);
    expect(error.message).toBe("Decoding error, image format unsupported.");
  });
});

describe("a value outside a parameter's known values", () => {
  it("is refused naming the parameter, the values the emulator knows and the value given", async () => {
    const model = detect.parameters.find((p) => p.in === "query" && openUnionValues(p.schema)) as Parameter;
    const known = openUnionValues(model.schema) as readonly string[];
    const { status, error } = await answer(await post(image(formats[0] as string), `?${model.name}=unheard_of`));
    expect(status).toBe(400);
    expect(error.message).toBe(`'${model.name}' is invalid: the emulator knows ${known.join(", ")}, not "unheard_of".`);
  });
});

describe("a value another parameter does not allow", () => {
  const attributes = detect.parameters.find((p) => p.allowedBy);
  if (!attributes?.allowedBy) throw new Error("the table's detect has no x-face-allowed-by");
  const { parameter: by, values } = attributes.allowedBy as { parameter: string; values: Record<string, string[]> };
  const models = Object.keys(values);
  // A model and an attribute another model offers but it does not.
  const [model, attribute] = models
    .flatMap((m) =>
      Object.values(values)
        .flat()
        .filter((a) => !values[m]?.includes(a))
        .map((a) => [m, a] as const),
    )
    .at(0) as readonly [string, string];

  it("is refused, naming both parameters and the value", async () => {
    const { status, error } = await answer(
      await post(image(formats[0] as string), `?${by}=${model}&${attributes.name}=${attribute}&returnFaceId=false`),
    );
    expect(status).toBe(400);
    expect(error.message).toBe(`'${attributes.name}' is invalid: ${attribute} is not supported by ${by} '${model}'.`);
  });

  it("is refused for each value the model does not offer, all named in one message", async () => {
    const every = [...new Set(Object.values(values).flat())];
    const [narrow, unoffered] = models
      .map((m) => [m, every.filter((a) => !values[m]?.includes(a))] as const)
      .find(([, u]) => u.length > 1) ?? ["", []];
    const [one, two] = unoffered;
    expect(two).toBeDefined();
    const { status, error } = await answer(
      await post(image(formats[0] as string), `?${by}=${narrow}&${attributes.name}=${one},${two}&returnFaceId=false`),
    );
    expect(status).toBe(400);
    expect(error.message).toBe(
      `'${attributes.name}' is invalid: ${one}, ${two} is not supported by ${by} '${narrow}'.`,
    );
  });

  it("holds a value to the model's default when the request names no model", async () => {
    const fallback = String(detect.parameters.find((p) => p.name === by)?.schema.default);
    const unoffered = Object.values(values)
      .flat()
      .find((a) => !values[fallback]?.includes(a));
    expect(unoffered).toBeDefined();
    const { status, error } = await answer(
      await post(image(formats[0] as string), `?${attributes.name}=${unoffered}&returnFaceId=false`),
    );
    expect(status).toBe(400);
    expect(error.message).toContain(`is not supported by ${by} '${fallback}'`);
  });

  it("is taken with a model that offers it", async () => {
    const offering = models.find((m) => values[m]?.includes(attribute)) as string;
    const response = await post(
      image(formats[0] as string),
      `?${by}=${offering}&${attributes.name}=${attribute}&returnFaceId=false`,
    );
    expect(response.status).toBe(detect.success.status);
  });
});
