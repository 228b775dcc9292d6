// A form body (`multipart/form-data`, the table's `kind: "multipart"`), as the emulator reads it:
// its text fields coerced and validated by the body's rule, its image (the table's `filePart`)
// checked as every image body is, with the operation's codes; a form it cannot parse, or one sent
// where the route takes none, refused; and the server serving on.
import { operations } from "@face-training/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";
import { image, key } from "./requests.js";

const create = operations.find((o) => o.body?.kind === ("multipart" as string));
if (!create) throw new Error("the table has no operation with a form body");
/** The text fields of the spec's forms (its only form's): one more is refused unread. */
const textFields = Object.values((create.body?.schema.properties ?? {}) as Record<string, { format?: string }>).filter(
  (p) => p.format !== "binary",
).length;
const jsonElsewhere = operations.find(
  (o) => o.method === "POST" && o.body?.kind === "json" && !o.path.includes("{") && o.path !== create.path,
);
if (!jsonElsewhere) throw new Error("the table has no JSON POST");

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());

/** A form of the create: its fields, and the image as its file part (`null`: none). */
function form(fields: Record<string, string>, file: Uint8Array<ArrayBuffer> | null = image(1)) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (file) data.append("verifyImage", new Blob([file]), "verifyImage.png");
  return data;
}
const post = async (path: string, body: FormData | string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${emulator.url}/face/v1.2${path}`, {
    method: "POST",
    headers: { ...key, ...headers },
    body,
  });
  return { status: response.status, code: response.headers.get("x-ms-error-code"), body: await response.json() };
};
/** The emulator still answers: a detect from bytes. */
const stillServing = async () => {
  const response = await fetch(`${emulator.url}/face/v1.2/detect?returnFaceId=false`, {
    method: "POST",
    headers: { ...key, "content-type": "application/octet-stream" },
    body: image(2),
  });
  expect(response.status).toBe(200);
};

interface Refusal {
  given: FormData | string;
  want: number;
  says: string;
  code?: string;
}

describe("a form body", () => {
  it("names its file part in the table, and has a rule for its text fields that leaves the file out", () => {
    expect((create.body as { filePart?: string }).filePart).toBe("verifyImage");
    expect(create.body?.rule?.properties).not.toHaveProperty("verifyImage");
    expect(create.body?.rule?.required).toContain("livenessOperationMode");
  });

  it.each([
    [
      "no file part",
      {
        given: form({ livenessOperationMode: "Passive" }, null),
        want: 400,
        says: "'verifyImage'",
        code: "BadArgument",
      },
    ],
    [
      "the file sent as a text field",
      {
        given: (() => {
          const data = form({ livenessOperationMode: "Passive" }, null);
          data.append("verifyImage", "not a file");
          return data;
        })(),
        want: 400,
        says: "'verifyImage'",
      },
    ],
    [
      "the file given twice",
      {
        given: (() => {
          const data = form({ livenessOperationMode: "Passive" });
          data.append("verifyImage", new Blob([image(2)]), "second.png");
          return data;
        })(),
        want: 413,
        says: "files limit",
      },
    ],
    [
      "more text fields than any form of the spec has",
      {
        given: form(Object.fromEntries(Array.from({ length: textFields + 1 }, (_, i) => [`field${i}`, "x"]))),
        want: 413,
        says: "fields limit",
      },
    ],
    ["no livenessOperationMode", { given: form({}), want: 400, says: "livenessOperationMode" }],
    [
      "a mode the spec does not have",
      {
        given: form({ livenessOperationMode: "Blink" }),
        want: 400,
        says: `'livenessOperationMode' is invalid: the emulator knows Passive, PassiveActive, not "Blink".`,
      },
    ],
    [
      "a time to live under its minimum",
      {
        given: form({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: "59" }),
        want: 400,
        says: ">= 60",
      },
    ],
    [
      "a time to live over its maximum",
      {
        given: form({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: "86401" }),
        want: 400,
        says: "<= 86400",
      },
    ],
    [
      "a time to live that is no number",
      {
        given: form({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: "soon" }),
        want: 400,
        says: "integer",
      },
    ],
    [
      "a boolean that is no boolean",
      { given: form({ livenessOperationMode: "Passive", enableSessionImage: "maybe" }), want: 400, says: "boolean" },
    ],
    [
      "a threshold over 1",
      { given: form({ livenessOperationMode: "Passive", verifyConfidenceThreshold: "1.5" }), want: 400, says: "<= 1" },
    ],
  ])("refuses a form with %s, and keeps serving", async (_name, { given, want, says, code }: Refusal) => {
    const refused = await post(create.path, given);
    expect(refused.status).toBe(want);
    if (code) expect(refused.code).toBe(code);
    expect(refused.body.error.code).toBe(refused.code);
    expect(refused.body.error.message).toContain(says);
    await stillServing();
  });

  it("reads a field given twice as a list, which a rule of one value refuses, naming the field", async () => {
    const twice = form({ livenessOperationMode: "Passive" });
    twice.append("livenessOperationMode", "PassiveActive");
    const refused = await post(create.path, twice);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("livenessOperationMode");
    const thrice = form({ livenessOperationMode: "Passive" });
    for (const mode of ["Passive", "Passive"]) thrice.append("livenessOperationMode", mode);
    expect((await post(create.path, thrice)).status).toBe(400);
    await stillServing();
  });

  it("refuses an image that is no image, or under the spec's smallest, with the operation's declared codes", async () => {
    const { invalidImage, invalidImageSize } = create.errorCodes ?? {};
    const notImage = await post(create.path, form({ livenessOperationMode: "Passive" }, new Uint8Array(2048)));
    expect({ status: notImage.status, code: notImage.code }).toEqual(invalidImage);
    expect(notImage.body.error.message).toContain("image format unsupported");
    const tiny = await post(create.path, form({ livenessOperationMode: "Passive" }, image(1).slice(0, 10)));
    expect({ status: tiny.status, code: tiny.code }).toEqual(invalidImageSize);
    expect(tiny.body.error.message).toContain("too small");
  });

  it("refuses a form it cannot parse with 400, and a form sent where the route takes none with 415, and keeps serving", async () => {
    const broken = await post(
      create.path,
      '--xx\r\nContent-Disposition: form-data; name="livenessOperationMode"\r\n\r\nPass',
      { "content-type": "multipart/form-data; boundary=xx" },
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe(broken.code);
    expect(broken.body.error.message).toContain("The form could not be read");
    const elsewhere = await post(jsonElsewhere.path, form({ livenessOperationMode: "Passive" }));
    expect(elsewhere.status).toBe(415);
    expect(elsewhere.body.error).toEqual({
      code: "BadArgument",
      message: "Unsupported Media Type: multipart/form-data",
    });
    await stillServing();
  });
});
