import { createFaceClient, FaceApiError, type FaceClient, OperationFailedError } from "@face-training/client";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkingFetch } from "./support/openapi.js";

const kinds = [
  ["PersonGroup", "persongroups", "PersonGroupNotFound"],
  ["LargePersonGroup", "largepersongroups", "LargePersonGroupNotFound"],
  ["LargeFaceList", "largefacelists", "LargeFaceListNotFound"],
] as const;

let emulator: Emulator;
let client: FaceClient;
let problems: string[];
// The emulator's clock, moved forward by each poll, so the lifecycle is the same on every run.
let clock = 0;
const tick = () => {
  clock += 50;
};

beforeEach(async () => {
  clock = Date.parse("2026-01-01T00:00:00Z");
  problems = [];
  emulator = await startEmulator({
    key: "lifecycle-key",
    queueMs: 40,
    trainingMs: 80,
    now: () => clock,
    containers: kinds.flatMap(([, kind]) => [
      { kind, id: "team" },
      { kind, id: "empty", outcome: "failed" as const, message: "There are no persons with faces in the container." },
    ]),
  });
  client = createFaceClient({
    endpoint: emulator.url,
    credential: { key: "lifecycle-key" },
    fetch: checkingFetch(problems),
  });
});

afterEach(async () => {
  await emulator.close();
  expect(problems).toEqual([]);
});

describe.each(kinds)("the %s training lifecycle against the emulator", (kind, segment, notFound) => {
  it("trains, then waits through notStarted and running to succeeded", async () => {
    const { operationLocation } = await client[`train${kind}`]("team");
    expect(new URL(operationLocation).pathname).toBe(`/face/v1.2/${segment}/team/training`);
    const seen: string[] = [];
    const onProgress = ({ status }: { status: string }) => {
      seen.push(status);
      tick();
    };
    const result = await client[`waitForTrain${kind}`]("team", { intervalMs: 1, onProgress });
    // The service's shape: times with six fractional digits, the success's time and id.
    expect(result).toEqual({
      status: "succeeded",
      createdDateTime: "2026-01-01T00:00:00.000000Z",
      lastActionDateTime: "2026-01-01T00:00:00.120000Z",
      lastSuccessfulTrainingDateTime: "2026-01-01T00:00:00.120000Z",
      lastSuccessfulTrainingId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    });
    expect(seen).toEqual(["notStarted", "running", "running", "succeeded"]);
  });

  it("rejects the wait with OperationFailedError when the training fails", async () => {
    await client[`train${kind}`]("empty");
    const error = await client[`waitForTrain${kind}`]("empty", { intervalMs: 1, onProgress: tick }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OperationFailedError);
    // A container that never succeeded has no last successful training to report.
    expect((error as OperationFailedError).result).toEqual({
      status: "failed",
      createdDateTime: "2026-01-01T00:00:00.000000Z",
      lastActionDateTime: "2026-01-01T00:00:00.120000Z",
      message: "There are no persons with faces in the container.",
    });
    expect((error as Error).message).toContain("There are no persons with faces in the container.");
  });

  it("resumes waiting from the id alone, as a restarted process would", async () => {
    await client[`train${kind}`]("team");
    const restarted = createFaceClient({ endpoint: emulator.url, credential: { key: "lifecycle-key" } });
    await expect(restarted[`waitForTrain${kind}`]("team", { intervalMs: 1, onProgress: tick })).resolves.toMatchObject({
      status: "succeeded",
    });
  });

  it(`rejects training an unknown container with 404 ${notFound}`, async () => {
    const error = await client[`train${kind}`]("nobody").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 404, code: notFound });
  });

  it(`rejects a status read before any training with 404 ${kind}NotTrained`, async () => {
    await expect(client[`get${kind}TrainingStatus`]("team")).rejects.toMatchObject({
      status: 404,
      code: `${kind}NotTrained`,
    });
  });
});
