import { createFaceClient, FaceApiError, type TokenCredential } from "@face-training/client";
import { type Handler, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { responseExamples, validator } from "./support/openapi.js";

/** The 200 example of the training status operation in the committed OpenAPI (the seed's sample). */
const sample = responseExamples("3.0").find(
  (e) => e.operationId === "PersonGroupOperations_GetPersonGroupTrainingStatus" && e.status === "200",
)?.value as Record<string, unknown>;
const isTrainingResult = validator("3.0", "/components/schemas/TrainingResult");
const isFaceErrorResponse = validator("3.0", "/components/schemas/FaceErrorResponse");

let server: TestServer | undefined;
afterEach(() => server?.close());

async function serve(handler: Handler) {
  server = await startServer(handler);
  return server;
}

describe("the client against a local HTTP server", () => {
  it("resolves the seed's sample response as the TrainingResult, null message included", async () => {
    const { url } = await serve(() => ({ status: 200, body: sample }));
    const client = createFaceClient({ endpoint: url, credential: { key: "k" } });
    const result = await client.getPersonGroupTrainingStatus("your_person_group_id");
    expect(result).toEqual(sample);
    expect(result.message).toBeNull();
    expect(isTrainingResult(result)).toBe(true);
  });

  it("requests GET {endpoint}/face/{apiVersion}/persongroups/{personGroupId}/training", async () => {
    const srv = await serve(() => ({ status: 200, body: sample }));
    await createFaceClient({ endpoint: srv.url, credential: { key: "k" } }).getPersonGroupTrainingStatus("g-1");
    await createFaceClient({
      endpoint: srv.url,
      credential: { key: "k" },
      apiVersion: "v1.2-preview.1",
    }).getPersonGroupTrainingStatus("g-1");
    // v1.2 by default: the newest generally available version.
    expect(srv.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /face/v1.2/persongroups/g-1/training",
      "GET /face/v1.2-preview.1/persongroups/g-1/training",
    ]);
  });

  it("authenticates with a subscription key", async () => {
    const srv = await serve(() => ({ status: 200, body: sample }));
    await createFaceClient({ endpoint: srv.url, credential: { key: "my-key" } }).getPersonGroupTrainingStatus("g");
    expect(srv.requests[0]?.headers["ocp-apim-subscription-key"]).toBe("my-key");
  });

  it("authenticates with a token credential for the Cognitive Services scope", async () => {
    const srv = await serve(() => ({ status: 200, body: sample }));
    const asked: unknown[] = [];
    const credential: TokenCredential = {
      async getToken(scopes) {
        asked.push(scopes);
        return { token: "aad-token", expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    await createFaceClient({ endpoint: srv.url, credential }).getPersonGroupTrainingStatus("g");
    expect(asked).toEqual(["https://cognitiveservices.azure.com/.default"]);
    expect(srv.requests[0]?.headers.authorization).toBe("Bearer aad-token");
  });

  it("rejects a 404 PersonGroupNotFound with a FaceApiError carrying status, code and message", async () => {
    const body = { error: { code: "PersonGroupNotFound", message: "Person group 'g' is not found." } };
    expect(isFaceErrorResponse(body)).toBe(true);
    const { url } = await serve(() => ({ status: 404, headers: { "x-ms-error-code": "PersonGroupNotFound" }, body }));
    const call = createFaceClient({ endpoint: url, credential: { key: "k" } }).getPersonGroupTrainingStatus("g");
    await expect(call).rejects.toBeInstanceOf(FaceApiError);
    await expect(call).rejects.toMatchObject({
      status: 404,
      code: "PersonGroupNotFound",
      message: expect.stringMatching(/Person group 'g' is not found\..*404/),
    });
  });

  it("rejects a 401 with a FaceApiError that does not contain the key", async () => {
    const body = { error: { code: "401", message: "Access denied due to invalid subscription key." } };
    const { url } = await serve(() => ({ status: 401, body }));
    const error = await createFaceClient({ endpoint: url, credential: { key: "wrong-key-987" } })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 401, code: "401" });
    expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain("wrong-key-987");
  });

  it("resolves a status the service adds later, without rejecting the response", async () => {
    const future = { ...sample, status: "cancelling" };
    const { url } = await serve(() => ({ status: 200, body: future }));
    const result = await createFaceClient({ endpoint: url, credential: { key: "k" } }).getPersonGroupTrainingStatus(
      "g",
    );
    expect(result.status).toBe("cancelling");
    expect(isTrainingResult(result)).toBe(true);
  });

  it("resolves null lastActionDateTime and a missing message as sent", async () => {
    const { message: _omitted, ...rest } = sample;
    const untrained = { ...rest, status: "running", lastActionDateTime: null };
    const { url } = await serve(() => ({ status: 200, body: untrained }));
    const result = await createFaceClient({ endpoint: url, credential: { key: "k" } }).getPersonGroupTrainingStatus(
      "g",
    );
    expect(result).toEqual(untrained);
    expect(isTrainingResult(result)).toBe(true);
  });
});
