import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

async function failureFor(reply: Reply): Promise<FaceApiError> {
  server = await startServer(() => reply);
  const client = createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false });
  const error = await client.getPersonGroupTrainingStatus("group").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FaceApiError);
  return error as FaceApiError;
}

describe("FaceApiError", () => {
  it("takes status, code, message and request id from a service error", async () => {
    const error = await failureFor({
      status: 404,
      headers: { "x-ms-error-code": "PersonGroupNotFound", "apim-request-id": "req-1" },
      body: { error: { code: "PersonGroupNotFound", message: "Person group is not found." } },
    });
    expect(error).toMatchObject({ status: 404, code: "PersonGroupNotFound", requestId: "req-1" });
    expect(error.serviceMessage).toBe("Person group is not found.");
    expect(error.message).toBe("Person group is not found. (HTTP 404 PersonGroupNotFound, request id req-1)");
  });

  it("takes the code from x-ms-error-code when the body is empty", async () => {
    const error = await failureFor({ status: 429, headers: { "x-ms-error-code": "TooManyRequests" } });
    expect(error).toMatchObject({ status: 429, code: "TooManyRequests" });
    expect(error.message).toBe("The Face API request failed (HTTP 429 TooManyRequests)");
  });

  it("prefers the body's code over the header's", async () => {
    const error = await failureFor({
      status: 400,
      headers: { "x-ms-error-code": "HeaderCode" },
      body: { error: { code: "BadArgument", message: "Bad." } },
    });
    expect(error.code).toBe("BadArgument");
  });

  it("turns an HTML 502 from a gateway into a FaceApiError with the status", async () => {
    const error = await failureFor({
      status: 502,
      headers: { "content-type": "text/html", "x-ms-request-id": "gw-7" },
      body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
    });
    expect(error).toMatchObject({ status: 502, code: undefined, requestId: "gw-7" });
    expect(error.message).toBe("The Face API request failed (HTTP 502, request id gw-7)");
  });

  it.each([
    ["malformed JSON", "{not json"],
    ["a JSON array", "[]"],
    [
      "a TrainingResult without createdDateTime",
      JSON.stringify({ status: "running", lastActionDateTime: null, lastSuccessfulTrainingDateTime: "x" }),
    ],
    [
      "a numeric status",
      JSON.stringify({
        status: 1,
        createdDateTime: "x",
        lastActionDateTime: null,
        lastSuccessfulTrainingDateTime: "x",
      }),
    ],
    ["an empty body", ""],
  ])("turns a 2xx with %s into a FaceApiError", async (_name, body) => {
    const error = await failureFor({ status: 200, headers: { "content-type": "application/json" }, body });
    expect(error.status).toBe(200);
    expect(error.message).toBe("The Face API answered without a TrainingResult body (HTTP 200)");
  });

  it.each([
    ["the Node transport", undefined],
    ["fetch", globalThis.fetch],
  ])("reports a refused connection through %s as a FaceApiError saying what happened", async (_name, fetch) => {
    const dead = await startServer(() => ({ status: 200 }));
    await dead.close();
    const client = createFaceClient({
      endpoint: dead.url,
      credential: { key: "k" },
      retry: false,
      ...(fetch && { fetch }),
    });
    const error = await client.getPersonGroupTrainingStatus("g").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({
      status: 0,
      // The system's own words: connect ECONNREFUSED 127.0.0.1:PORT, never "fetch failed".
      message: expect.stringMatching(/^Could not reach the Face API: .*ECONNREFUSED.* \(no response\)$/),
    });
    expect((error as Error).message).not.toContain("fetch failed");
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});
