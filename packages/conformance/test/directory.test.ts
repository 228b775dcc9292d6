// The person directory, through the packed client against the emulator, every answer checked
// against the OpenAPI of the preview version: a person created and waited on, a face added and
// waited on, a dynamic person group made of that person and waited on, then identify (from the
// group and from the directory), verify, the group's persons and the person's groups; deleting
// the person takes it out of the group. Each write's status moves through `running` before it
// succeeds, on the emulator's clock (moved by each poll: no sleeping).
import type { FaceClient } from "@face-training/client";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkingFetch } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";
import { png } from "./support/samples.js";

const VERSION = "v1.2-preview.1";
let emulator: Emulator;
let packed: typeof import("@face-training/client");
let client: FaceClient<typeof VERSION>;
let problems: string[];
let clock = 0;

beforeEach(async () => {
  clock = Date.parse("2026-02-01T08:00:00Z");
  problems = [];
  packed = await importPackedClient();
  emulator = await startEmulator({ key: "directory-key", operationQueueMs: 30, operationMs: 90, now: () => clock });
  client = packed.createFaceClient({
    endpoint: emulator.url,
    credential: { key: "directory-key" },
    apiVersion: VERSION,
    fetch: checkingFetch(problems),
  });
});
afterEach(async () => {
  await emulator.close();
  expect(problems).toEqual([]);
});

/** Wait options that move the clock 20 ms at each status, recording the statuses seen. */
function watched() {
  const seen: string[] = [];
  return {
    seen,
    options: {
      intervalMs: 1,
      onProgress: ({ status }: { status: string }) => {
        seen.push(status);
        clock += 20;
      },
    },
  };
}

describe("the person directory, through the packed client, against the emulator", () => {
  it("creates a person, a face and a group of it, waits on each, then identifies, verifies and lists through them", async () => {
    const created = await client.createPerson({ name: "Ann", userData: "front desk" });
    const wait = watched();
    const person = await client.waitForCreatePerson(created.operationLocation, wait.options);
    expect(person).toMatchObject({ status: "succeeded", finishedTime: expect.any(String) });
    // Read every 20 ms: notStarted for 30 ms, running until 120 ms, then succeeded.
    expect(wait.seen).toEqual(["notStarted", "notStarted", "running", "running", "running", "running", "succeeded"]);
    const { personId } = created;
    await expect(client.getPerson(personId)).resolves.toEqual({ personId, name: "Ann", userData: "front desk" });

    const added = await client.addPersonFace(personId, "recognition_04", png(1), { detectionModel: "detection_03" });
    const faceWait = watched();
    await expect(client.waitForAddPersonFace(added.operationLocation, faceWait.options)).resolves.toMatchObject({
      status: "succeeded",
    });
    expect(faceWait.seen).toContain("running");
    expect(faceWait.seen.at(-1)).toBe("succeeded");
    await expect(client.getPersonFaces(personId, "recognition_04")).resolves.toEqual({
      personId,
      persistedFaceIds: [added.persistedFaceId],
    });

    const group = await client.createDynamicPersonGroupWithPerson("team", { name: "Team", addPersonIds: [personId] });
    await expect(
      client.waitForCreateDynamicPersonGroupWithPerson(group.operationLocation, watched().options),
    ).resolves.toMatchObject({ status: "succeeded" });
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [personId] });
    await expect(client.getDynamicPersonGroupReferences(personId)).resolves.toEqual({
      dynamicPersonGroupIds: ["team"],
    });

    // A new upload of the enrolled image, detected with the faces' recognition model.
    const [face] = await client.detect(png(1), {
      detectionModel: "detection_03",
      recognitionModel: "recognition_04",
      returnFaceId: true,
    });
    const faceId = face?.faceId as string;
    const [stranger] = await client.detect(png(2), { recognitionModel: "recognition_04", returnFaceId: true });
    const identified = await client.identifyFromDynamicPersonGroup({
      faceIds: [faceId, stranger?.faceId as string],
      dynamicPersonGroupId: "team",
    });
    expect(identified[0]?.candidates[0]?.personId).toBe(personId);
    expect(identified[1]?.candidates).toEqual([]);
    await expect(client.identifyFromPersonDirectory({ faceIds: [faceId], personIds: [personId] })).resolves.toEqual([
      { faceId, candidates: [{ personId, confidence: expect.any(Number) }] },
    ]);
    await expect(client.verifyFromPersonDirectory({ faceId, personId })).resolves.toMatchObject({ isIdentical: true });
    await expect(
      client.verifyFromPersonDirectory({ faceId: stranger?.faceId as string, personId }),
    ).resolves.toMatchObject({ isIdentical: false });

    // Deleted: not found, and gone from the group (which stays).
    const removed = await client.deletePerson(personId);
    await expect(client.waitForDeletePerson(removed.operationLocation, watched().options)).resolves.toMatchObject({
      status: "succeeded",
    });
    const gone = await client.getPerson(personId).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(packed.FaceApiError);
    expect(gone).toMatchObject({ status: 404, code: "PersonNotFound" });
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [] });
    await expect(client.getDynamicPersonGroup("team")).resolves.toEqual({ dynamicPersonGroupId: "team", name: "Team" });
    await expect(
      client.identifyFromDynamicPersonGroup({ faceIds: [faceId], dynamicPersonGroupId: "team" }),
    ).resolves.toEqual([{ faceId, candidates: [] }]);
  });

  it("ends a wait with OperationFailedError, its message the status's, when what the write added is deleted first", async () => {
    const { personId, operationLocation } = await client.createPerson({ name: "Ben" });
    await client.waitForCreatePerson(operationLocation, watched().options);
    const added = await client.addPersonFaceFromUrl(personId, "recognition_04", { url: "https://example.com/ben.jpg" });
    await client.deletePerson(personId);
    const failed = await client
      .waitForAddPersonFace(added.operationLocation, watched().options)
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(packed.OperationFailedError);
    expect((failed as Error).message).toContain("deleted before it finished");
  });

  it("refuses a group of a person the directory does not have, and creates none", async () => {
    const refused = await client
      .createDynamicPersonGroupWithPerson("nobody", {
        name: "Nobody",
        addPersonIds: ["5f0a5e0c-8d8b-4d57-9a1b-2a8f1b7c0e11"],
      })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 404, code: "PersonNotFound" });
    await expect(client.getDynamicPersonGroup("nobody")).rejects.toMatchObject({
      status: 404,
      code: "DynamicPersonGroupNotFound",
    });
  });
});
