// The person directory's writes: answered 202 with a result that joins the body and the
// `operation-Location` header, waited on through "Get Operation Result" from that URL alone.
import { type Handler, inOrder, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFaceClient,
  createFaceContext,
  FaceApiError,
  FaceValidationError,
  OperationFailedError,
  waitForCreatePerson,
} from "../src/index.js";

const personId = "85c0c630-c9c9-40f8-8a4e-f9ae4f926ea5";
const operationId = "a8fcc8f2-0b6d-4e57-9a42-1e6e0e6c1a2b";
const created = "2024-03-05T11:07:58.3700000+00:00";
const status = (value: string, message?: string): Reply => ({
  status: 200,
  // As the live service answers: no operationId, and no finishedTime while it runs.
  body: { status: value, createdTime: created, lastActionTime: created, ...(message && { message }) },
});

let server: TestServer | undefined;
afterEach(() => server?.close());

async function clientFor(handler: Handler) {
  server = await startServer(handler);
  return createFaceClient({ endpoint: server.url, credential: { key: "k" }, apiVersion: "v1.2-preview.1" });
}

describe("a person directory write", () => {
  it("resolves with its body and its operation-Location, read case-insensitively", async () => {
    const location = `https://elsewhere.example/face/v1.2-preview.1/operations/${operationId}`;
    const client = await clientFor(
      inOrder({ status: 202, body: { personId }, headers: { "operation-location": location } }),
    );
    const result = await client.createPerson({ name: "Ada" });
    expect(result).toEqual({ personId, operationLocation: location });
    expect(server?.requests[0]).toMatchObject({ method: "POST", url: "/face/v1.2-preview.1/persons" });
  });

  it("answered without its operation-Location is an error naming what is missing", async () => {
    const client = await clientFor(inOrder({ status: 202, body: { personId } }));
    const error = await client.createPerson({ name: "Ada" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect((error as Error).message).toContain("a CreatePersonResult body, operation-Location");
  });

  it("is waited on from the URL alone: polls Get Operation Result at the client's own endpoint until it succeeds", async () => {
    const client = await clientFor(inOrder(status("notStarted"), status("running"), status("succeeded")));
    const seen: string[] = [];
    // The URL's host is not the client's: the key goes only to the endpoint the client was made for.
    const final = await client.waitForCreatePerson(
      `https://elsewhere.example/face/v1.2-preview.1/operations/${operationId}`,
      { intervalMs: 5, onProgress: (r) => seen.push(r.status) },
    );
    expect(seen).toEqual(["notStarted", "running", "succeeded"]);
    expect(final.status).toBe("succeeded");
    expect(server?.requests.map((r) => r.url)).toEqual(Array(3).fill(`/face/v1.2-preview.1/operations/${operationId}`));
  });

  it("rejects with OperationFailedError and the service's message when it failed", async () => {
    const client = await clientFor(inOrder(status("running"), status("failed", "Person is deleted.")));
    const error = await client
      .waitForAddPersonFace(`/face/v1.2-preview.1/operations/${operationId}`, { intervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationFailedError);
    expect((error as Error).message).toContain("Person is deleted.");
    expect((error as OperationFailedError).result).toMatchObject({ status: "failed" });
  });

  it("refuses a URL of another path, or an id that breaks the rule, before sending anything", async () => {
    const client = await clientFor(inOrder(status("succeeded")));
    for (const url of [
      `https://x.example/face/v1.2-preview.1/persongroups/${operationId}`,
      "https://x.example/face/v1.2-preview.1/operations",
      42,
    ]) {
      const error = await client.waitForDeletePerson(url as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaceValidationError);
      expect((error as FaceValidationError).parameter).toBe("operationLocation");
      expect((error as Error).message).toContain("must be a URL of /operations/{operationId}");
    }
    const notAnId = await client
      .waitForDeletePerson("https://x.example/face/v1.2-preview.1/operations/not-a-uuid")
      .catch((e: unknown) => e);
    expect(notAnId).toBeInstanceOf(FaceValidationError);
    expect((notAnId as FaceValidationError).parameter).toBe("operationId");
    expect(server?.requests).toEqual([]);
  });

  it("is refused on a client of the GA version, naming the version that has it", async () => {
    server = await startServer(inOrder(status("succeeded")));
    const context = createFaceContext({ endpoint: server.url, credential: { key: "k" } });
    // Get Operation Result is GA: the wait itself is allowed on v1.2, and polls there.
    const final = await waitForCreatePerson(context, `/face/v1.2/operations/${operationId}`);
    expect(final.status).toBe("succeeded");
    const ga = createFaceClient({ endpoint: server.url, credential: { key: "k" } }) as unknown as {
      createPerson(body: unknown): Promise<unknown>;
    };
    const refused = await ga.createPerson({ name: "Ada" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FaceValidationError);
    expect((refused as Error).message).toContain("v1.2-preview.1 has it");
  });
});
