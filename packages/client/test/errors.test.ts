import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

async function failureFor(reply: Reply): Promise<FaceApiError> {
  server = await startServer(() => reply);
  const client = createFaceClient({ endpoint: server.url, credential: { key: "secret-key-123" } });
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

  it("takes the code from x-ms-error-code when the body has none", async () => {
    const error = await failureFor({ status: 429, headers: { "x-ms-error-code": "TooManyRequests" } });
    expect(error).toMatchObject({ status: 429, code: "TooManyRequests" });
    expect(error.message).toContain("HTTP 429 TooManyRequests");
  });

  it("prefers the body's code over the header's", async () => {
    const error = await failureFor({
      status: 400,
      headers: { "x-ms-error-code": "HeaderCode" },
      body: { error: { code: "BadArgument", message: "Bad." } },
    });
    expect(error.code).toBe("BadArgument");
  });

  it("turns a 2xx body that is not JSON into a FaceApiError", async () => {
    const error = await failureFor({ status: 200, headers: { "content-type": "application/json" }, body: "{not json" });
    expect(error.status).toBe(200);
    expect(error.message).toContain("not a TrainingResult");
  });

  it("never puts the key in the message", async () => {
    const error = await failureFor({ status: 401, body: { error: { code: "401", message: "Access denied." } } });
    expect(`${error.message} ${error.stack} ${String(error)} ${JSON.stringify(error)}`).not.toContain("secret-key-123");
  });
});
