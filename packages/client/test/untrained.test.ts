import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, FaceApiError } from "../src/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const answering = async (status: number, code: string) => {
  server = await startServer(() => ({
    status,
    headers: { "x-ms-error-code": code },
    body: { error: { code, message: "Person group not trained." } },
  }));
  return createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false });
};
const faceIds = ["11111111-1111-4111-8111-111111111111"];

describe("a call that needs a trained container", () => {
  it("says which container is not trained and which calls train it, when the service says so", async () => {
    const client = await answering(400, "PersonGroupNotTrained");
    const error = await client.identifyFromPersonGroup({ faceIds, personGroupId: "team" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 400, code: "PersonGroupNotTrained" });
    expect((error as Error).message).toContain("Person group not trained.");
    expect((error as Error).message).toContain(
      'personGroupId "team" is not trained: call trainPersonGroup("team"), then waitForTrainPersonGroup("team")',
    );
  });

  it("leaves any other error as the service said it", async () => {
    const client = await answering(404, "PersonGroupNotFound");
    const error = await client.identifyFromPersonGroup({ faceIds, personGroupId: "team" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PersonGroupNotFound" });
    expect((error as Error).message).not.toContain("trainPersonGroup");
  });
});
