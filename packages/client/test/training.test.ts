import { type Handler, inOrder, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import {
  createFaceClient,
  FaceApiError,
  type FaceClient,
  FaceValidationError,
  type TrainingResult,
} from "../src/index.js";

const at = "2024-03-05T11:07:58.371Z";
const result = (status: string): TrainingResult => ({
  status,
  createdDateTime: at,
  lastActionDateTime: at,
  lastSuccessfulTrainingDateTime: at,
});
const kinds = [
  ["PersonGroup", "persongroups", "personGroupId"],
  ["LargePersonGroup", "largepersongroups", "largePersonGroupId"],
  ["LargeFaceList", "largefacelists", "largeFaceListId"],
] as const;

let server: TestServer | undefined;
afterEach(() => server?.close());

async function clientFor(handler: Handler, retry = { baseDelayMs: 1 }): Promise<FaceClient> {
  server = await startServer(handler);
  return createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry });
}

const accepted = (segment: string): Reply => ({
  status: 202,
  headers: { "operation-Location": `https://x.cognitiveservices.azure.com/face/v1.2/${segment}/c/training` },
});

describe.each(kinds)("%s", (kind, segment, parameter) => {
  it(`train${kind} posts to …/train and resolves with the operation location`, async () => {
    const client = await clientFor(inOrder(accepted(segment)));
    const accept = await client[`train${kind}`]("c");
    expect(accept).toEqual({
      operationLocation: `https://x.cognitiveservices.azure.com/face/v1.2/${segment}/c/training`,
    });
    expect(server?.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`POST /face/v1.2/${segment}/c/train`]);
  });

  it(`get${kind}TrainingStatus reads …/training`, async () => {
    const client = await clientFor(inOrder({ status: 200, body: result("running") }));
    await expect(client[`get${kind}TrainingStatus`]("c")).resolves.toEqual(result("running"));
    expect(server?.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /face/v1.2/${segment}/c/training`]);
  });

  it(`waitForTrain${kind} polls until the training ends and names the container when it fails`, async () => {
    const client = await clientFor(
      inOrder(
        { status: 200, body: result("running") },
        { status: 200, body: { ...result("failed"), message: "No faces." } },
      ),
    );
    const error = await client[`waitForTrain${kind}`]("c", { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "OperationFailedError",
      message: `Train ${kind} (${parameter} "c") failed: No faces.`,
    });
    expect(server?.requests).toHaveLength(2);
  });

  it(`refuses an invalid id naming ${parameter}, sending nothing`, async () => {
    const client = await clientFor(inOrder(accepted(segment)));
    for (const call of [
      client[`train${kind}`]("Bad Id"),
      client[`get${kind}TrainingStatus`]("../x"),
      client[`waitForTrain${kind}`](""),
    ]) {
      const error = await call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaceValidationError);
      expect(error).toMatchObject({ parameter });
    }
    expect(server?.requests).toHaveLength(0);
  });
});

describe("train", () => {
  it("rejects a 202 without operation-Location as not the documented answer", async () => {
    const client = await clientFor(inOrder({ status: 202 }));
    const error = await client.trainPersonGroup("c").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect((error as Error).message).toBe("The Face API answered without operation-Location (HTTP 202)");
  });

  it("rejects a 409 with the service's error", async () => {
    const body = { error: { code: "PersonGroupTrainingNotFinished", message: "Training is in progress." } };
    const client = await clientFor(inOrder({ status: 409, body }));
    await expect(client.trainLargePersonGroup("c")).rejects.toMatchObject({
      status: 409,
      code: "PersonGroupTrainingNotFinished",
    });
  });

  it("is retried on 429, which the service did not carry out", async () => {
    const client = await clientFor(
      inOrder({ status: 429, headers: { "retry-after-ms": "10" } }, accepted("persongroups")),
    );
    await expect(client.trainPersonGroup("c")).resolves.toHaveProperty("operationLocation");
    expect(server?.requests).toHaveLength(2);
  });

  it("is not retried on 503 or a network error: a POST may have been carried out", async () => {
    const client = await clientFor(inOrder({ status: 503 }, accepted("persongroups")));
    await expect(client.trainPersonGroup("c")).rejects.toMatchObject({ status: 503 });
    await server?.close();
    const dropped = await clientFor(inOrder({ status: 202, destroy: true }, accepted("persongroups")));
    await expect(dropped.trainPersonGroup("c")).rejects.toMatchObject({ status: 0 });
    expect(server?.requests).toHaveLength(1);
  });
});
