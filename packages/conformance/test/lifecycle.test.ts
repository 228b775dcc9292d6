import { createFaceClient, FaceApiError, type FaceClient, TrainingFailedError } from "@face-training/client";
import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fakeFaceService } from "./support/fake-service.js";

const kinds = [
  ["PersonGroup", "persongroups", "PersonGroupNotFound"],
  ["LargePersonGroup", "largepersongroups", "LargePersonGroupNotFound"],
  ["LargeFaceList", "largefacelists", "LargeFaceListNotFound"],
] as const;

let server: TestServer;
let service: ReturnType<typeof fakeFaceService>;
let client: FaceClient;

beforeEach(async () => {
  const containers = kinds.flatMap(([, segment]) => [`${segment}/team`, `${segment}/fail-empty`]);
  service = fakeFaceService("lifecycle-key", containers);
  server = await startServer(service.handler);
  client = createFaceClient({ endpoint: server.url, credential: { key: "lifecycle-key" } });
});

afterEach(async () => {
  await server.close();
  expect(service.violations).toEqual([]);
});

describe.each(kinds)("the %s training lifecycle", (kind, segment, notFound) => {
  it("trains, then waits through notStarted and running to succeeded", async () => {
    const { operationLocation } = await client[`train${kind}`]("team");
    expect(new URL(operationLocation).pathname).toBe(`/face/v1.2-preview.1/${segment}/team/training`);
    const seen: string[] = [];
    const result = await client[`waitFor${kind}Training`]("team", {
      intervalMs: 5,
      onProgress: (r) => seen.push(r.status),
    });
    expect(result.status).toBe("succeeded");
    expect(seen).toEqual(["notStarted", "running", "succeeded"]);
  });

  it("rejects the wait with TrainingFailedError when the training fails", async () => {
    await client[`train${kind}`]("fail-empty");
    const error = await client[`waitFor${kind}Training`]("fail-empty", { intervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingFailedError);
    expect((error as TrainingFailedError).result.status).toBe("failed");
    expect((error as Error).message).toContain("There are no persons with faces in the container.");
  });

  it("resumes waiting from the id alone, as a restarted process would", async () => {
    await client[`train${kind}`]("team");
    const restarted = createFaceClient({ endpoint: server.url, credential: { key: "lifecycle-key" } });
    await expect(restarted[`waitFor${kind}Training`]("team", { intervalMs: 5 })).resolves.toMatchObject({
      status: "succeeded",
    });
  });

  it(`rejects training an unknown container with 404 ${notFound}`, async () => {
    const error = await client[`train${kind}`]("nobody").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 404, code: notFound });
  });
});
