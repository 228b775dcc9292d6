// A multipart/form-data body (a liveness-with-verify session's: form fields and a verify image),
// against a real local server that reads the form back with the platform's own multipart parser
// (undici's Request.formData()): the parts arrive as sent, through either transport and on a
// retry; a field or an image the spec refuses is refused before anything is sent.
import { type RecordedRequest, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createFaceClient,
  createFaceContext,
  createLivenessWithVerifySession,
  FaceValidationError,
} from "../src/index.js";

const session = { sessionId: "s-1", authToken: "t", status: "NotStarted", results: { attempts: [] } };
let replies: Reply[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => replies.shift() ?? { status: 200, body: session });
});
afterAll(() => server.close());
beforeEach(() => {
  replies = [];
});

const client = (options: { fetch?: typeof fetch } = {}) =>
  createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false, ...options });
/** An image of every byte value (no UTF-8 text), of a length. */
const image = (length = 2048) => Uint8Array.from({ length }, (_, i) => (i * 7) % 256);
const fields = { livenessOperationMode: "Passive", deviceCorrelationId: "d-1" } as const;

/** The form a request carried, parsed as a server would. */
function formOf(request: RecordedRequest | undefined) {
  return new Request("http://form.test/", {
    method: "POST",
    headers: { "content-type": String(request?.headers["content-type"]) },
    body: request ? new Uint8Array(request.bytes) : null,
  }).formData();
}

/** A file part as plain data: its name, filename, content type and bytes. */
async function filePart(form: FormData, name: string) {
  const file = form.get(name);
  if (!(file instanceof File)) throw new Error(`${name} is not a file part`);
  return { filename: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

describe("a form body", () => {
  it("sends each field given as a text part and the image as a file part with a filename, and resolves with the session", async () => {
    const result = await client().createLivenessWithVerifySession(image(), {
      ...fields,
      enableSessionImage: true,
      authTokenTimeToLiveInSeconds: 60,
      verifyConfidenceThreshold: 0.35,
    });
    expect(result).toEqual(session);
    const sent = server.requests.at(-1);
    expect(sent).toMatchObject({ method: "POST", url: "/face/v1.2/detectLivenessWithVerify-sessions" });
    expect(sent?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=\S+$/);
    const form = await formOf(sent);
    expect([...form.keys()]).toEqual([
      "livenessOperationMode",
      "enableSessionImage",
      "verifyConfidenceThreshold",
      "deviceCorrelationId",
      "authTokenTimeToLiveInSeconds",
      "verifyImage",
    ]);
    expect(Object.fromEntries([...form].filter(([, value]) => typeof value === "string"))).toEqual({
      livenessOperationMode: "Passive",
      enableSessionImage: "true",
      verifyConfidenceThreshold: "0.35",
      deviceCorrelationId: "d-1",
      authTokenTimeToLiveInSeconds: "60",
    });
    expect(await filePart(form, "verifyImage")).toEqual({
      filename: "verifyImage",
      type: "application/octet-stream",
      bytes: image(),
    });
    // The file part as the wire carries it: the service wants its filename.
    expect(sent?.body).toContain('Content-Disposition: form-data; name="verifyImage"; filename="verifyImage"');
  });

  it.each([
    ["a Uint8Array", () => image()],
    ["an ArrayBuffer", () => image().buffer],
    ["a Blob", () => new Blob([image()])],
    [
      "a ReadableStream",
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(image().subarray(0, 1000));
            controller.enqueue(image().subarray(1000));
            controller.close();
          },
        }),
    ],
  ])("takes its image from %s, every byte of it", async (_kind, make) => {
    await client().createLivenessWithVerifySession(make(), fields);
    expect((await filePart(await formOf(server.requests.at(-1)), "verifyImage")).bytes).toEqual(image());
  });

  it("sends no part for what is not a field of the form: the signal, a field left out", async () => {
    await client().createLivenessWithVerifySession(image(), { ...fields, signal: new AbortController().signal });
    const form = await formOf(server.requests.at(-1));
    expect([...form.keys()]).toEqual(["livenessOperationMode", "deviceCorrelationId", "verifyImage"]);
  });

  it("is sent the same through an injected fetch, as a browser sends it", async () => {
    await client({ fetch: globalThis.fetch }).createLivenessWithVerifySession(image(), fields);
    const sent = server.requests.at(-1);
    expect(sent?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(sent);
    expect(form.get("livenessOperationMode")).toBe("Passive");
    expect((await filePart(form, "verifyImage")).bytes).toEqual(image());
  });

  it("is sent again byte for byte, under the same boundary, when the service throttles it", async () => {
    replies = [{ status: 429, headers: { "retry-after-ms": "1" } }];
    const retrying = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const before = server.requests.length;
    await expect(retrying.createLivenessWithVerifySession(image(), fields)).resolves.toEqual(session);
    const [first, second] = server.requests.slice(before);
    expect(second?.bytes.equals(first?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(second?.headers["content-type"]).toBe(first?.headers["content-type"]);
  });

  it("is sent by the operation's function of a context as by the client's method", async () => {
    const context = createFaceContext({ endpoint: server.url, credential: { key: "k" }, retry: false });
    await expect(createLivenessWithVerifySession(context, image(), fields)).resolves.toEqual(session);
    expect((await formOf(server.requests.at(-1))).get("deviceCorrelationId")).toBe("d-1");
  });
});

describe("a form body the spec refuses", () => {
  it.each([
    [
      "a time to live below its minimum",
      { authTokenTimeToLiveInSeconds: 10 },
      "authTokenTimeToLiveInSeconds",
      "must be 60-86400; got 10",
    ],
    [
      "a threshold above its maximum",
      { verifyConfidenceThreshold: 2 },
      "verifyConfidenceThreshold",
      "must be 0-1; got 2",
    ],
    [
      "a boolean given as text",
      { enableSessionImage: "yes" },
      "enableSessionImage",
      'must be true or false; got "yes"',
    ],
    [
      "no operation mode, which is required",
      { livenessOperationMode: undefined },
      "livenessOperationMode",
      "is required",
    ],
  ])("with %s is refused before sending, naming the field and its rule", async (_case, change, parameter, rule) => {
    const before = server.requests.length;
    const options = { ...fields, ...change } as Parameters<
      ReturnType<typeof client>["createLivenessWithVerifySession"]
    >[1];
    const error = await client()
      .createLivenessWithVerifySession(image(), options)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceValidationError);
    expect(error).toMatchObject({ parameter, message: `${parameter} ${rule}` });
    expect(server.requests.length).toBe(before);
  });

  it.each([
    [1023, "verifyImage must be 1024 to 6291456 bytes; got 1023"],
    [6 * 1024 * 1024 + 1, "verifyImage must be 1024 to 6291456 bytes; got 6291457"],
  ])(
    "with an image of %i bytes is refused before sending, naming the file part and the spec's limits",
    async (length, message) => {
      const before = server.requests.length;
      const error = await client()
        .createLivenessWithVerifySession(image(length), fields)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaceValidationError);
      expect(error).toMatchObject({ parameter: "verifyImage", message });
      expect(server.requests.length).toBe(before);
    },
  );

  it("with an image that is not bytes is refused, naming the kinds it may be", async () => {
    // @ts-expect-error: a file name is not an image
    const refused = client().createLivenessWithVerifySession("face.jpg", fields);
    await expect(refused).rejects.toThrow(
      'verifyImage must be one of "a Uint8Array, ArrayBuffer, Blob or ReadableStream"; got "face.jpg"',
    );
  });
});
