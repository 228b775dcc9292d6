// The enroll → train lifecycle of both kinds of person group, through the client against the
// emulator, every response checked against the OpenAPI: create (and its conflict), read, update,
// persons, their faces from bytes and from a URL, paged lists, training, cascading deletes.
import { createFaceClient, FaceApiError, type FaceClient, OperationFailedError } from "@face-training/client";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkingFetch } from "./support/openapi.js";

let emulator: Emulator;
let client: FaceClient;
let problems: string[];

beforeEach(async () => {
  problems = [];
  emulator = await startEmulator({ key: "enroll-key", queueMs: 0, trainingMs: 20 });
  client = createFaceClient({
    endpoint: emulator.url,
    credential: { key: "enroll-key" },
    fetch: checkingFetch(problems),
  });
});
afterEach(async () => {
  await emulator.close();
  expect(problems).toEqual([]);
});

/** Bytes with a PNG's signature, 2 KB: an image as far as the service's checks go. */
const png = (size = 2048): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(new ArrayBuffer(size));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Calls a client method by name: the same lifecycle for both kinds. */
// biome-ignore lint/suspicious/noExplicitAny: results of the methods, each checked by the assertions
function call(name: string, ...args: unknown[]): any {
  const method = (client as unknown as Record<string, unknown>)[name];
  if (typeof method !== "function") throw new Error(`The client has no method ${name}`);
  return method(...args);
}

describe.each([
  ["PersonGroup", "personGroupId"],
  ["LargePersonGroup", "largePersonGroupId"],
] as const)("the %s lifecycle against the emulator", (kind, idName) => {
  it("creates a group once, refusing a second create with the service's conflict", async () => {
    await call(`create${kind}`, "team", { name: "Team", userData: "floor 3" });
    await expect(call(`create${kind}`, "team", { name: "Again" })).rejects.toMatchObject({
      status: 409,
      code: `${kind}Exists`,
    });
    // recognitionModel only when asked for, with the service's default.
    await expect(call(`get${kind}`, "team")).resolves.toEqual({ [idName]: "team", name: "Team", userData: "floor 3" });
    await expect(call(`get${kind}`, "team", { returnRecognitionModel: true })).resolves.toMatchObject({
      recognitionModel: "recognition_01",
    });
    await call(`update${kind}`, "team", { name: "Team B" });
    await expect(call(`get${kind}`, "team")).resolves.toMatchObject({ name: "Team B", userData: "floor 3" });
  });

  it("enrolls persons and their faces, from bytes and from a URL, then trains", async () => {
    await call(`create${kind}`, "team", { name: "Team" });
    const { personId } = await call(`create${kind}Person`, "team", { name: "Ann" });
    expect(personId).toMatch(UUID);
    const bytes = await call(`add${kind}PersonFace`, "team", personId, png(), {
      userData: "front",
      targetFace: [10, 10, 100, 100],
      detectionModel: "detection_03",
    });
    const url = await call(`add${kind}PersonFaceFromUrl`, "team", personId, { url: "https://example.com/ann.jpg" });
    expect(bytes.persistedFaceId).toMatch(UUID);
    const person = await call(`get${kind}Person`, "team", personId);
    expect(person).toEqual({
      personId,
      name: "Ann",
      persistedFaceIds: expect.arrayContaining([bytes.persistedFaceId, url.persistedFaceId]),
    });
    await expect(call(`get${kind}PersonFace`, "team", personId, bytes.persistedFaceId)).resolves.toEqual({
      persistedFaceId: bytes.persistedFaceId,
      userData: "front",
    });
    await call(`update${kind}PersonFace`, "team", personId, bytes.persistedFaceId, { userData: "left" });
    await expect(call(`get${kind}PersonFace`, "team", personId, bytes.persistedFaceId)).resolves.toMatchObject({
      userData: "left",
    });
    await call(`train${kind}`, "team");
    await expect(call(`waitForTrain${kind}`, "team", { intervalMs: 5 })).resolves.toMatchObject({
      status: "succeeded",
    });
  });

  it("forgets a deleted group's training: created again, it has not been trained", async () => {
    await call(`create${kind}`, "team", { name: "Team" });
    const { personId } = await call(`create${kind}Person`, "team", { name: "Ann" });
    await call(`add${kind}PersonFace`, "team", personId, png());
    await call(`train${kind}`, "team");
    await call(`waitForTrain${kind}`, "team", { intervalMs: 5 });
    await call(`delete${kind}`, "team");
    await call(`create${kind}`, "team", { name: "Team" });
    await expect(call(`get${kind}TrainingStatus`, "team")).rejects.toMatchObject({
      status: 404,
      code: `${kind}NotTrained`,
    });
  });

  it("fails to train a group with no face, saying so", async () => {
    await call(`create${kind}`, "team", { name: "Team" });
    await call(`create${kind}Person`, "team", { name: "Ann" });
    await call(`train${kind}`, "team");
    const failure = await call(`waitForTrain${kind}`, "team", { intervalMs: 5 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailedError);
    expect(String(failure)).toMatch(/no persisted face in the .* 'team' to train with/);
  });

  it("refuses to train again or to delete while a training runs, with the service's 409", async () => {
    // The emulator's clock stands still: the training stays queued until it moves.
    let now = 0;
    const frozen = await startEmulator({ key: "enroll-key", queueMs: 100, trainingMs: 100, now: () => now });
    client = createFaceClient({
      endpoint: frozen.url,
      credential: { key: "enroll-key" },
      fetch: checkingFetch(problems),
    });
    try {
      await call(`create${kind}`, "team", { name: "Team" });
      await call(`train${kind}`, "team");
      await expect(call(`train${kind}`, "team")).rejects.toMatchObject({
        status: 409,
        code: `${kind}TrainingNotFinished`,
      });
      await expect(call(`delete${kind}`, "team")).rejects.toMatchObject({ code: `${kind}TrainingNotFinished` });
      now = 200;
      await call(`delete${kind}`, "team");
    } finally {
      await frozen.close();
    }
  });

  it("lists persons in the order of their ids, page by page", async () => {
    await call(`create${kind}`, "team", { name: "Team" });
    const ids: string[] = [];
    for (const name of ["a", "b", "c", "d", "e"])
      ids.push((await call(`create${kind}Person`, "team", { name })).personId);
    const seen: string[] = [];
    for await (const person of call(`iterate${kind}Persons`, "team", { top: 2 })) seen.push(person.personId);
    expect(seen).toEqual([...ids].sort());
    const [first] = await call(`get${kind}Persons`, "team", { top: 1 });
    expect(first.personId).toBe([...ids].sort()[0]);
  });

  it("answers what is missing with the code of its level, and deletes in cascade", async () => {
    await expect(call(`get${kind}`, "nobody")).rejects.toMatchObject({ status: 404, code: `${kind}NotFound` });
    await call(`create${kind}`, "team", { name: "Team" });
    const { personId } = await call(`create${kind}Person`, "team", { name: "Ann" });
    const { persistedFaceId } = await call(`add${kind}PersonFace`, "team", personId, png());
    await expect(call(`get${kind}Person`, "team", "00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      status: 404,
      code: "PersonNotFound",
    });
    await expect(
      call(`get${kind}PersonFace`, "team", personId, "00000000-0000-0000-0000-000000000000"),
    ).rejects.toMatchObject({ status: 404, code: "PersistedFaceNotFound" });
    await call(`delete${kind}Person`, "team", personId);
    await expect(call(`get${kind}PersonFace`, "team", personId, persistedFaceId)).rejects.toMatchObject({
      code: "PersonNotFound",
    });
    await call(`delete${kind}`, "team");
    const error = await call(`get${kind}Persons`, "team").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect(error).toMatchObject({ status: 404, code: `${kind}NotFound` });
    await expect(call(`get${kind}s`)).resolves.toEqual([]);
  });

  it("refuses what the spec forbids before sending: a name over 128 characters, a userData over 1 KB on a face", async () => {
    await expect(call(`create${kind}`, "team", { name: "x".repeat(129) })).rejects.toMatchObject({
      parameter: "body.name",
    });
    await expect(
      call(
        `add${kind}PersonFaceFromUrl`,
        "team",
        "00000000-0000-0000-0000-000000000000",
        { url: "https://x/y.jpg" },
        { userData: "x".repeat(1025) },
      ),
    ).rejects.toMatchObject({ parameter: "userData" });
  });
});

describe("the face lists against the emulator", () => {
  it("keeps a face list's faces in the list itself, and deletes them one by one", async () => {
    await call("createFaceList", "faces", { name: "Faces" });
    await expect(call("createFaceList", "faces", { name: "Again" })).rejects.toMatchObject({
      status: 409,
      code: "FaceListExists",
    });
    const first = await call("addFaceListFace", "faces", png(), { userData: "one" });
    const second = await call("addFaceListFaceFromUrl", "faces", { url: "https://example.com/two.jpg" });
    await expect(call("getFaceList", "faces")).resolves.toEqual({
      faceListId: "faces",
      name: "Faces",
      persistedFaces: expect.arrayContaining([
        { persistedFaceId: first.persistedFaceId, userData: "one" },
        { persistedFaceId: second.persistedFaceId },
      ]),
    });
    // The list of lists has no faces in it.
    await expect(call("getFaceLists")).resolves.toEqual([{ faceListId: "faces", name: "Faces" }]);
    await call("deleteFaceListFace", "faces", first.persistedFaceId);
    await expect(call("deleteFaceListFace", "faces", first.persistedFaceId)).rejects.toMatchObject({
      status: 404,
      code: "PersistedFaceNotFound",
    });
    await expect(call("getFaceList", "faces")).resolves.toMatchObject({
      persistedFaces: [{ persistedFaceId: second.persistedFaceId }],
    });
  });

  it("pages a large face list's faces, trains it, and forgets it in cascade", async () => {
    await call("createLargeFaceList", "many", { name: "Many", recognitionModel: "recognition_04" });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await call("addLargeFaceListFace", "many", png())).persistedFaceId);
    const seen: string[] = [];
    for await (const face of call("iterateLargeFaceListFaces", "many", { top: 2 })) seen.push(face.persistedFaceId);
    expect(seen).toEqual([...ids].sort());
    await call("updateLargeFaceListFace", "many", ids[0], { userData: "first" });
    await expect(call("getLargeFaceListFace", "many", ids[0])).resolves.toEqual({
      persistedFaceId: ids[0],
      userData: "first",
    });
    await expect(call("getLargeFaceList", "many", { returnRecognitionModel: true })).resolves.toMatchObject({
      recognitionModel: "recognition_04",
    });
    await call("trainLargeFaceList", "many");
    await expect(call("waitForTrainLargeFaceList", "many", { intervalMs: 5 })).resolves.toMatchObject({
      status: "succeeded",
    });
    await call("deleteLargeFaceList", "many");
    await expect(call("getLargeFaceListFace", "many", ids[0])).rejects.toMatchObject({
      status: 404,
      code: "LargeFaceListNotFound",
    });
    await expect(call("getLargeFaceListTrainingStatus", "many")).rejects.toMatchObject({
      status: 404,
      code: "LargeFaceListNotFound",
    });
  });
});

describe("images", () => {
  it("are checked for size by the client before sending, and for size and format by the emulator", async () => {
    await call("createFaceList", "faces", { name: "Faces" });
    await expect(call("addFaceListFace", "faces", png(1000))).rejects.toMatchObject({ parameter: "body" });
    const post = (bytes: Uint8Array<ArrayBuffer>) =>
      fetch(`${emulator.url}/face/v1.2/facelists/faces/persistedfaces`, {
        method: "POST",
        headers: { "Ocp-Apim-Subscription-Key": "enroll-key", "content-type": "application/octet-stream" },
        body: bytes,
      });
    const small = await post(png(1000));
    expect([small.status, small.headers.get("x-ms-error-code")]).toEqual([400, "InvalidImageSize"]);
    const text = await post(new Uint8Array(new ArrayBuffer(2048)).fill(0x78));
    expect([text.status, text.headers.get("x-ms-error-code")]).toEqual([400, "InvalidImage"]);
    for (const signature of [
      [0xff, 0xd8, 0xff],
      [0x47, 0x49, 0x46, 0x38],
      [0x42, 0x4d],
    ]) {
      const image = png();
      image.set(signature);
      expect((await post(image)).status).toBe(200);
    }
  });
});
