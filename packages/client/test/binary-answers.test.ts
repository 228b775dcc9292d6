// An answer that is not JSON (a liveness session's image, application/octet-stream): the call
// resolves with its bytes, exactly, through either transport and through `raw`; an error answer
// is still JSON, and still a FaceApiError.
import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

let replies: Reply[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => replies.shift() ?? { status: 500 });
});
afterAll(() => server.close());
beforeEach(() => {
  replies = [];
});

/** A JPEG's first bytes, then every byte value (no UTF-8 text), of a length. */
function jpeg(length: number): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
const image = (bytes: Uint8Array): Reply => ({
  status: 200,
  headers: { "content-type": "application/octet-stream" },
  body: bytes,
});

const transports = [
  ["the Node transport", {}],
  ["an injected fetch", { fetch: globalThis.fetch }],
] as const;
const client = (options: { fetch?: typeof fetch } = {}) =>
  createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false, ...options });

describe("an answer of bytes", () => {
  it.each(transports)(
    "resolves with exactly the bytes sent, as a Uint8Array of its own (%s)",
    async (_name, options) => {
      const sent = jpeg(70_000);
      replies = [image(sent)];
      const bytes = await client(options).getSessionImage("image-1");
      expect(server.requests.at(-1)).toMatchObject({ method: "GET", url: "/face/v1.2/sessionImages/image-1" });
      expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
      expect(bytes).toEqual(sent);
      // Its own memory, all of it: what a Blob or a file write of `bytes.buffer` takes.
      expect(bytes.buffer.byteLength).toBe(sent.length);
    },
  );

  it("arrives whole when the service sends it in many pieces", async () => {
    const sent = jpeg(3 * 1024 * 1024 + 5);
    replies = [image(sent)];
    const bytes = await client().getSessionImage("big");
    expect(bytes.length).toBe(sent.length);
    expect(Buffer.from(bytes).equals(Buffer.from(sent))).toBe(true);
  });

  it("is empty bytes for an empty image", async () => {
    replies = [image(new Uint8Array(0))];
    await expect(client().getSessionImage("empty")).resolves.toEqual(new Uint8Array(0));
  });

  it.each(transports)(
    "rejects with a FaceApiError carrying the service's code for an error answer (%s)",
    async (_name, options) => {
      replies = [
        {
          status: 404,
          headers: { "x-ms-error-code": "SessionImageNotFound", "apim-request-id": "r-1" },
          body: { error: { code: "SessionImageNotFound", message: "Session image is not found." } },
        },
      ];
      const error = await client(options)
        .getSessionImage("gone")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaceApiError);
      expect(error).toMatchObject({
        status: 404,
        code: "SessionImageNotFound",
        serviceMessage: "Session image is not found.",
        requestId: "r-1",
      });
    },
  );

  it("comes byte for byte through raw too", async () => {
    const sent = jpeg(5000);
    replies = [image(sent)];
    const { data, response } = await client().raw.GET("/sessionImages/{sessionImageId}", {
      params: { path: { sessionImageId: "image-1" } },
      parseAs: "arrayBuffer",
    });
    expect(response.status).toBe(200);
    expect(new Uint8Array(data as ArrayBuffer)).toEqual(sent);
  });
});
