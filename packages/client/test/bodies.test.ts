// What a call sends and what it resolves with, at the edges: image bodies of every accepted kind
// and at the spec's size limits, operations without a result, lists with a bad item, and a
// service that cannot be reached.
import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError, FaceValidationError } from "../src/index.js";

const credential = { key: "k" };
let replies: Reply[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => replies.shift() ?? { status: 200, body: [] });
});
afterAll(() => server.close());
beforeEach(() => {
  replies = [];
});

const client = () => createFaceClient({ endpoint: server.url, credential, retry: false });
/** Bytes of "a", so that the recorded (UTF-8) body has one character per byte. */
const image = (length: number) => new Uint8Array(length).fill(0x61);
const MIN = 1024;
const MAX = 6 * 1024 * 1024;

describe("an image body", () => {
  it.each([
    ["a Uint8Array", () => image(MIN)],
    ["an ArrayBuffer", () => image(MIN).buffer],
    ["a Blob", () => new Blob([image(MIN)])],
    [
      "a ReadableStream",
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(image(MIN / 2));
            controller.enqueue(image(MIN / 2));
            controller.close();
          },
        }),
    ],
  ])("is sent from %s, every byte of it", async (_name, make) => {
    const before = server.requests.length;
    await expect(client().detect(make())).resolves.toEqual([]);
    expect(server.requests.length).toBe(before + 1);
    const sent = server.requests.at(-1);
    expect(sent?.headers["content-type"]).toBe("application/octet-stream");
    expect(sent?.body).toBe("a".repeat(MIN));
  });

  it.each([
    [MIN - 1, `body must be ${MIN} to ${MAX} bytes; got ${MIN - 1}`],
    [MAX + 1, `body must be ${MIN} to ${MAX} bytes; got ${MAX + 1}`],
  ])("of %i bytes is refused before sending, with the spec's limits", async (length, message) => {
    const before = server.requests.length;
    const error = await client()
      .detect(image(length))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceValidationError);
    expect((error as Error).message).toBe(message);
    expect(server.requests.length).toBe(before);
  });

  it("of exactly the largest size is sent", async () => {
    const before = server.requests.length;
    await client().detect(image(MAX));
    expect(server.requests.length).toBe(before + 1);
    expect(server.requests.at(-1)?.body.length).toBe(MAX);
  });

  it("that is not bytes is refused, naming the kinds it may be", async () => {
    // @ts-expect-error: a string is not an image
    await expect(client().detect("face.jpg")).rejects.toThrow(
      'body must be one of "a Uint8Array, ArrayBuffer, Blob or ReadableStream"; got "face.jpg"',
    );
  });
});

describe("what a call resolves with", () => {
  it("is undefined for an operation without a result, and a FaceApiError when it fails", async () => {
    replies = [
      { status: 200 },
      {
        status: 404,
        headers: { "x-ms-error-code": "PersonGroupNotFound" },
        body: { error: { code: "PersonGroupNotFound", message: "Person group is not found." } },
      },
    ];
    await expect(client().deletePersonGroup("g")).resolves.toBeUndefined();
    const error = await client()
      .deletePersonGroup("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 404, code: "PersonGroupNotFound" });
  });

  it("is undefined for a 204 No Content (a session's delete), and a FaceApiError when it fails", async () => {
    replies = [
      { status: 204 },
      {
        status: 404,
        headers: { "x-ms-error-code": "SessionNotFound" },
        body: { error: { code: "SessionNotFound", message: "Session is not found." } },
      },
    ];
    await expect(client().deleteLivenessSession("s-1")).resolves.toBeUndefined();
    expect(server.requests.at(-1)).toMatchObject({ method: "DELETE", url: "/face/v1.2/detectLiveness-sessions/s-1" });
    await expect(client().deleteLivenessWithVerifySession("s-2")).rejects.toMatchObject({
      name: "FaceApiError",
      status: 404,
      code: "SessionNotFound",
    });
  });

  it("is an error for an error answer even when its body has the result's shape", async () => {
    replies = [{ status: 500, body: [{ personGroupId: "g", name: "G" }] }];
    await expect(client().getPersonGroups()).rejects.toMatchObject({ name: "FaceApiError", status: 500 });
  });

  it("is an error, naming the model, for a list with one item not of its model", async () => {
    replies = [
      {
        status: 200,
        body: [
          { personGroupId: "g", name: "G" },
          { personGroupId: "h", name: 5 },
        ],
      },
    ];
    const error = await client()
      .getPersonGroups()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect((error as Error).message).toBe("The Face API answered without a PersonGroup[] body (HTTP 200)");
  });

  it("is an error, naming the model, for a body not of its model", async () => {
    replies = [{ status: 200, body: { status: 7 } }];
    await expect(client().getPersonGroupTrainingStatus("g")).rejects.toThrow(
      "The Face API answered without a TrainingResult body (HTTP 200)",
    );
  });
});

describe("a service that cannot be reached", () => {
  it("rejects with a FaceApiError saying why, in the network's words", async () => {
    const closed = await startServer(() => ({ status: 200 }));
    const endpoint = closed.url;
    await closed.close();
    const error = await createFaceClient({ endpoint, credential, retry: false })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 0 });
    expect((error as Error).message).toMatch(/^Could not reach the Face API: connect ECONNREFUSED 127\.0\.0\.1:\d+/);
  });

  it.each([
    // fetch's own "fetch failed" says nothing: the cause's message does, or its code.
    ["fetch failed", { message: "getaddrinfo ENOTFOUND x.invalid" }, "getaddrinfo ENOTFOUND x.invalid"],
    ["fetch failed", { message: "", code: "ECONNRESET" }, "ECONNRESET"],
    // Another fetch's message is its own, whatever its cause.
    ["Failed to fetch", { message: "inner" }, "Failed to fetch"],
    ["Failed to fetch", undefined, "Failed to fetch"],
  ])("with a fetch that fails with %j (cause %j), says %j", async (message, cause, said) => {
    const fetch = async () => {
      throw new TypeError(message, { cause });
    };
    const error = await createFaceClient({ endpoint: "https://x.example", credential, retry: false, fetch })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect((error as Error).message).toBe(`Could not reach the Face API: ${said} (no response)`);
  });

  it("passes on an error that is not the network's as it is", async () => {
    const own = new RangeError("the fetch's own");
    const fetch = async () => {
      throw own;
    };
    await expect(
      createFaceClient({ endpoint: "https://x.example", credential, retry: false, fetch }).getPersonGroupTrainingStatus(
        "g",
      ),
    ).rejects.toBe(own);
  });
});
