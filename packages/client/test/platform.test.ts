import { inOrder, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError, type FaceClientOptions } from "../src/index.js";
import { platformSend as browserSend } from "../src/platform/browser.js";
import { platformSend as nodeSend } from "../src/platform/node.js";
import { trainingResult } from "./fixtures.js";

const training = trainingResult("running");

let server: TestServer | undefined;
afterEach(() => server?.close());

// The Node default (node:http keep-alive) and fetch, which browsers get: the same behaviour.
describe.each<[string, Partial<FaceClientOptions>]>([
  ["the Node transport", {}],
  ["fetch", { fetch: globalThis.fetch }],
])("over %s", (_name, transport) => {
  const client = (url: string, options: Partial<FaceClientOptions> = {}) =>
    createFaceClient({ endpoint: url, credential: { key: "k" }, ...transport, ...options });

  it("reads a result, sending the key", async () => {
    server = await startServer(inOrder({ status: 200, body: training }));
    await expect(client(server.url).getPersonGroupTrainingStatus("g")).resolves.toEqual(training);
    expect(server.requests[0]?.headers["ocp-apim-subscription-key"]).toBe("k");
  });

  it("reads the error code, message and request id of an error", async () => {
    server = await startServer(
      inOrder({
        status: 404,
        headers: { "x-ms-error-code": "PersonGroupNotFound", "apim-request-id": "r-1" },
        body: { error: { code: "PersonGroupNotFound", message: "Gone." } },
      }),
    );
    await expect(client(server.url).getPersonGroupTrainingStatus("g")).rejects.toMatchObject({
      status: 404,
      code: "PersonGroupNotFound",
      requestId: "r-1",
    });
  });

  it("rejects with the signal's reason on abort", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 2000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await client(server.url)
      .getPersonGroupTrainingStatus("g", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
  });

  it("rejects with a TimeoutError when the attempt times out", async () => {
    server = await startServer(inOrder({ status: 200, body: training, delayMs: 2000 }));
    const error = await client(server.url, { timeoutMs: 50, retry: false })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError" });
  });

  it("reports a cut connection as a FaceApiError with status 0", async () => {
    server = await startServer(inOrder({ status: 200, destroy: true }));
    const error = await client(server.url, { retry: false })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 0 });
  });

  it("serves raw with fetch Responses", async () => {
    server = await startServer(inOrder({ status: 200, headers: { "x-custom": "yes" }, body: training }));
    const { data, response } = await client(server.url).raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "g" } },
    });
    expect(data).toEqual(training);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get("x-custom")).toBe("yes");
  });
});

describe("the platform transports", () => {
  it("both send a method, headers and a body, and read status, headers and the body as text", async () => {
    server = await startServer((request) => ({
      status: 201,
      headers: { "x-echo": request.headers["x-in"] as string },
      body: `${request.method} ${request.body}`,
    }));
    for (const send of [nodeSend, browserSend]) {
      const response = await send(`${server.url}/x`, {
        method: "PUT",
        headers: { "x-in": "hello" },
        timeoutMs: 5000,
        body: new TextEncoder().encode("payload").buffer as ArrayBuffer,
      });
      expect([
        response.status,
        response.ok,
        response.headers.get("X-Echo"),
        response.headers.has("x-nope"),
        response.text,
      ]).toEqual([201, true, "hello", false, "PUT payload"]);
    }
  });
});
