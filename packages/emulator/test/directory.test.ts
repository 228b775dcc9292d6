// The person directory through the HTTP API: directory persons and their faces per recognition
// model, dynamic person groups that reference them, long-running writes and their statuses on
// the emulator's clock, and recognition against them. Codes, capacities and paths are the table's.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFaceClient, type FaceClient, OperationFailedError } from "@face-training/client";
import { operations } from "@face-training/spec";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";
import { image, key } from "./requests.js";

const VERSION = "v1.2-preview.1";
const op = (operationId: string) => {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`no ${operationId} in the table`);
  return found;
};
const codeOf = (operationId: string, name: string) => op(operationId).errorCodes?.[name];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An id nothing has. */
const STRANGER = "8b5e5f8e-7b9b-4d4b-9a43-b6b0f2d8a001";

let emulator: Emulator;
let client: FaceClient<typeof VERSION>;
let now = Date.parse("2026-03-01T10:00:00Z");
const tick = (ms: number) => {
  now += ms;
};

async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator({ operationQueueMs: 100, operationMs: 400, now: () => now, ...options });
  client = createFaceClient({ endpoint: emulator.url, credential: { key: "emulator-key" }, apiVersion: VERSION });
}
beforeEach(() => start());
afterEach(() => emulator.close());

/** A raw request to the emulator's preview version: status, headers, error code, JSON body. */
async function send(method: string, path: string, body?: object | Uint8Array<ArrayBuffer>) {
  const binary = body instanceof Uint8Array;
  const response = await fetch(`${emulator.url}/face/${VERSION}${path}`, {
    method,
    headers: { ...key, ...(body && { "content-type": binary ? "application/octet-stream" : "application/json" }) },
    ...(body && { body: binary ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    code: response.headers.get("x-ms-error-code"),
    body: text && JSON.parse(text),
  };
}

/** A long-running write's operation id, the last segment of its status URL (`operation-Location`). */
const operationIdOf = (location: string) => location.slice(location.lastIndexOf("/") + 1);
/** The status of the write whose status URL this is. */
const statusAt = async (location: string) => (await client.getOperationResult(operationIdOf(location))).status;

const detect = async (bytes: Uint8Array<ArrayBuffer>, recognitionModel = "recognition_04") => {
  const [face] = await client.detect(bytes.slice(), {
    recognitionModel,
    detectionModel: "detection_03",
    returnFaceId: true,
  });
  return face?.faceId as string;
};

describe("a long-running write of the directory", () => {
  it("answers 202 with the status URL of the polling operation's path, and moves notStarted → running → succeeded by the clock", async () => {
    const created = await send("POST", "/persons", { name: "Ann" });
    expect(created.status).toBe(op("PersonDirectoryOperations_CreatePerson").success.status);
    expect(created.body.personId).toMatch(UUID);
    const header = op("PersonDirectoryOperations_CreatePerson").longRunning?.locationHeader as string;
    const location = new URL(created.headers.get(header) as string);
    const template = op("GetOperationResult").path.replace(/\{\w+\}/, "([^/]+)");
    const [, operationId] = location.pathname.match(new RegExp(`^/face/${VERSION}${template}$`)) ?? [];
    expect(operationId).toMatch(UUID);
    expect(`${location.protocol}//${location.host}`).toBe(emulator.url);
    expect(created.headers.get("location")).toBe(`${emulator.url}/face/${VERSION}/persons/${created.body.personId}`);
    // Applied at acceptance: readable before the status says it ran.
    await expect(client.getPerson(created.body.personId)).resolves.toEqual({
      personId: created.body.personId,
      name: "Ann",
    });

    const accepted = new Date(now).toISOString();
    await expect(client.getOperationResult(operationId as string)).resolves.toEqual({
      status: "notStarted",
      createdTime: accepted,
      lastActionTime: accepted,
    });
    tick(150);
    await expect(client.getOperationResult(operationId as string)).resolves.toEqual({
      status: "running",
      createdTime: accepted,
      lastActionTime: new Date(now - 50).toISOString(),
    });
    tick(400);
    await expect(client.getOperationResult(operationId as string)).resolves.toEqual({
      status: "succeeded",
      createdTime: accepted,
      lastActionTime: new Date(now - 50).toISOString(),
      finishedTime: new Date(now - 50).toISOString(),
    });
  });

  it("changes status at the exact millisecond its queue and its run end, and fails at the moment its target goes", async () => {
    const created = (await client.createPerson({ name: "Ann" })).operationLocation;
    tick(99);
    expect(await statusAt(created)).toBe("notStarted");
    tick(1);
    expect(await statusAt(created)).toBe("running");
    tick(399);
    expect(await statusAt(created)).toBe("running");
    tick(1);
    expect(await statusAt(created)).toBe("succeeded");

    // A face added, then its person deleted while it runs: running until the delete, failed from it on.
    const { personId } = await client.createPerson({ name: "Ben" });
    const added = (await client.addPersonFace(personId, "recognition_04", image(1))).operationLocation;
    tick(200);
    expect(await statusAt(added)).toBe("running");
    await client.deletePerson(personId);
    const failed = await client.getOperationResult(operationIdOf(added));
    expect(failed).toMatchObject({ status: "failed", finishedTime: new Date(now).toISOString() });
    tick(1000);
    expect(await statusAt(added)).toBe("failed");
    // A write that had finished before the delete stays succeeded.
    const { personId: cy } = await client.createPerson({ name: "Cy" });
    const done = (await client.addPersonFace(cy, "recognition_04", image(2))).operationLocation;
    tick(500);
    await client.deletePerson(cy);
    expect(await statusAt(done)).toBe("succeeded");
  });

  it("is waited on by the client's waiter from its operation-Location alone", async () => {
    const result = await client.createPerson({ name: "Ann" });
    const seen: string[] = [];
    const done = await client.waitForCreatePerson(result.operationLocation, {
      intervalMs: 1,
      onProgress: ({ status }) => {
        seen.push(status);
        tick(100);
      },
    });
    expect(done.status).toBe("succeeded");
    expect(seen).toEqual(["notStarted", "running", "running", "running", "running", "succeeded"]);
  });

  it("fails, saying why, when what it wrote is deleted before it finished; a delete does not fail", async () => {
    const { personId } = await client.createPerson({ name: "Ann" });
    const added = await client.addPersonFace(personId, "recognition_04", image(1));
    const removed = await client.deletePerson(personId);
    const failed = await client
      .waitForAddPersonFace(added.operationLocation, { intervalMs: 1, onProgress: () => tick(100) })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(OperationFailedError);
    expect((failed as OperationFailedError).result).toMatchObject({
      status: "failed",
      message: expect.stringContaining(`/persons/${personId}/`),
      finishedTime: expect.any(String),
    });
    await expect(
      client.waitForDeletePerson(removed.operationLocation, { intervalMs: 1, onProgress: () => tick(100) }),
    ).resolves.toMatchObject({
      status: "succeeded",
    });
  });

  it("fails a write when what it wrote, or what holds it, is deleted; not a delete, nor for an update or another's delete", async () => {
    const header = op("PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson").longRunning
      ?.locationHeader as string;
    const { personId: ann } = await client.createPerson({ name: "Ann" });
    const { personId: ben } = await client.createPerson({ name: "Ben" });
    const { persistedFaceId: old } = await client.addPersonFace(ann, "recognition_04", image(1));
    tick(500);
    const accepted = now;
    const added = (await client.addPersonFace(ann, "recognition_04", image(2))).operationLocation;
    // A write that names its item (a dynamic person group's create): what it wrote is that item.
    const grouped = (await send("PUT", "/dynamicpersongroups/team", { name: "Team", addPersonIds: [ann] })).headers.get(
      header,
    ) as string;
    const removed = (await client.deletePersonFace(ann, "recognition_04", old)).operationLocation;
    // An update of what a running write wrote does not fail it.
    expect((await send("PATCH", "/dynamicpersongroups/team", { name: "Team 2", addPersonIds: [ann] })).status).toBe(
      op("PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges").success.status,
    );
    await client.deletePerson(ben);
    tick(100);
    // Running from the end of its queue, exactly: its last action is then.
    await expect(client.getOperationResult(operationIdOf(added))).resolves.toMatchObject({
      status: "running",
      lastActionTime: new Date(accepted + 100).toISOString(),
    });
    expect([await statusAt(added), await statusAt(grouped), await statusAt(removed)]).toEqual([
      "running",
      "running",
      "running",
    ]);
    await client.deletePerson(ann);
    await send("DELETE", "/dynamicpersongroups/team");
    expect([await statusAt(added), await statusAt(grouped), await statusAt(removed)]).toEqual([
      "failed",
      "failed",
      "running",
    ]);
    tick(400);
    expect(await statusAt(removed)).toBe("succeeded");
  });

  it("hands out no status URL for a write it refuses", async () => {
    const add = op("PersonDirectoryOperations_AddPersonFace");
    const refused = await send(
      "POST",
      `/persons/${STRANGER}/recognitionModels/recognition_04/persistedfaces`,
      image(1),
    );
    expect(refused.status).toBe(404);
    expect(refused.headers.get(add.longRunning?.locationHeader as string)).toBeNull();
    expect(refused.headers.get("location")).toBeNull();
  });

  it("answers an unknown operation id with the polling operation's notFound", async () => {
    const missing = await send("GET", `/operations/${STRANGER}`);
    expect({ status: missing.status, code: missing.code }).toEqual(codeOf("GetOperationResult", "notFound"));
    expect(missing.body.error.code).toBe(missing.code);
    expect(missing.body.error.message).toBe(`Operation '${STRANGER}' is not found.`);
  });

  it("keeps its status and what it wrote across a restart with a data file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "directory-"));
    try {
      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      const { personId, operationLocation } = await client.createPerson({ name: "Ann" });
      const { operationLocation: faceLocation } = await client.addPersonFace(personId, "recognition_04", image(1));
      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      await expect(client.getPerson(personId)).resolves.toMatchObject({ name: "Ann" });
      tick(1000);
      await expect(client.waitForCreatePerson(operationLocation)).resolves.toMatchObject({ status: "succeeded" });
      await expect(client.waitForAddPersonFace(faceLocation)).resolves.toMatchObject({ status: "succeeded" });
      const faces = await client.getPersonFaces(personId, "recognition_04");
      expect(faces.persistedFaceIds).toHaveLength(1);
      // A write still running at the restart fails as before it, when what it wrote is deleted.
      const { personId: ben } = await client.createPerson({ name: "Ben" });
      const { operationLocation: benFace } = await client.addPersonFace(ben, "recognition_04", image(2));
      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      await client.deletePerson(ben);
      tick(1000);
      await expect(client.waitForAddPersonFace(benFace)).rejects.toBeInstanceOf(OperationFailedError);
      // One that had finished before the restart stays succeeded when what it wrote goes after it.
      const { personId: cy } = await client.createPerson({ name: "Cy" });
      const { operationLocation: cyFace } = await client.addPersonFace(cy, "recognition_04", image(3));
      tick(1000);
      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      await client.deletePerson(cy);
      await expect(client.waitForAddPersonFace(cyFace)).resolves.toMatchObject({ status: "succeeded" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("directory persons and their faces", () => {
  it("keeps faces per recognition model: added, listed, read, updated, deleted", async () => {
    const { personId } = await client.createPerson({ name: "Ann", userData: "desk" });
    const bytes = await client.addPersonFace(personId, "recognition_04", image(1), { userData: "front" });
    const url = await client.addPersonFaceFromUrl(personId, "recognition_04", { url: "https://example.com/ann.jpg" });
    expect(bytes.persistedFaceId).toMatch(UUID);
    await expect(client.getPersonFaces(personId, "recognition_04")).resolves.toEqual({
      personId,
      persistedFaceIds: [bytes.persistedFaceId, url.persistedFaceId],
    });
    // Another recognition model's faces are another list.
    await expect(client.getPersonFaces(personId, "recognition_03")).resolves.toEqual({
      personId,
      persistedFaceIds: [],
    });
    await expect(client.getPersonFace(personId, "recognition_04", bytes.persistedFaceId)).resolves.toEqual({
      persistedFaceId: bytes.persistedFaceId,
      userData: "front",
    });
    const other = await send(
      "GET",
      `/persons/${personId}/recognitionModels/recognition_03/persistedfaces/${bytes.persistedFaceId}`,
    );
    expect({ status: other.status, code: other.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetPersonFace", "notFound"),
    );

    await client.updatePersonFace(personId, "recognition_04", bytes.persistedFaceId, { userData: "side" });
    await expect(client.getPersonFace(personId, "recognition_04", bytes.persistedFaceId)).resolves.toMatchObject({
      userData: "side",
    });
    const updated = await send("PATCH", `/persons/${personId}`, { name: "Anne" });
    expect(updated.status).toBe(op("PersonDirectoryOperations_UpdatePerson").success.status);
    await expect(client.getPerson(personId)).resolves.toEqual({ personId, name: "Anne", userData: "desk" });

    const deleted = await send(
      "DELETE",
      `/persons/${personId}/recognitionModels/recognition_04/persistedfaces/${url.persistedFaceId}`,
    );
    expect(deleted.status).toBe(202);
    expect(deleted.body).toBe("");
    await expect(client.getPersonFaces(personId, "recognition_04")).resolves.toEqual({
      personId,
      persistedFaceIds: [bytes.persistedFaceId],
    });
  });

  it("refuses a face over the table's capacity per person and recognition model, and images as the other adds do", async () => {
    const add = op("PersonDirectoryOperations_AddPersonFace");
    const { personId } = await client.createPerson({ name: "Ann" });
    const path = `/persons/${personId}/recognitionModels/recognition_04/persistedfaces`;
    const first = await send("POST", path, image(0));
    expect(first.headers.get("location")).toBe(`${emulator.url}/face/${VERSION}${path}/${first.body.persistedFaceId}`);
    for (let i = 1; i < (add.capacity as number); i++)
      expect((await send("POST", path, image(i % 200))).status).toBe(202);
    const over = await send("POST", path, image(1));
    expect({ status: over.status, code: over.code }).toEqual(add.errorCodes?.quotaExceeded);
    // The other recognition model's list is not full.
    expect(
      (await send("POST", `/persons/${personId}/recognitionModels/recognition_03/persistedfaces`, image(1))).status,
    ).toBe(202);

    const small = await send(
      "POST",
      path.replace("recognition_04", "recognition_03"),
      new Uint8Array(new ArrayBuffer(10)),
    );
    expect({ status: small.status, code: small.code }).toEqual(add.errorCodes?.invalidImageSize);
    const notImage = await send(
      "POST",
      path.replace("recognition_04", "recognition_03"),
      new Uint8Array(new ArrayBuffer(2048)),
    );
    expect({ status: notImage.status, code: notImage.code }).toEqual(add.errorCodes?.invalidImage);
    const stranger = await send(
      "POST",
      `/persons/${STRANGER}/recognitionModels/recognition_04/persistedfaces`,
      image(1),
    );
    expect({ status: stranger.status, code: stranger.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetPerson", "notFound"),
    );
  });

  it("lists persons in the order of their ids, paged", async () => {
    const ids: string[] = [];
    for (const name of ["Ann", "Ben", "Cyd"]) ids.push((await client.createPerson({ name })).personId);
    const listed: string[] = [];
    for await (const person of client.iteratePersons({ top: 2 })) listed.push(person.personId);
    expect(listed).toEqual([...ids].sort());
    // Each page holds top persons at most.
    expect((await send("GET", "/persons?top=2")).body.map((p: { personId: string }) => p.personId)).toEqual(
      [...ids].sort().slice(0, 2),
    );
  });

  it("refuses the faces of a person who does not exist, as the person is refused", async () => {
    const faces = await send("GET", `/persons/${STRANGER}/recognitionModels/recognition_04/persistedfaces`);
    expect({ status: faces.status, code: faces.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetPerson", "notFound"),
    );
    expect(faces.body.error.message).toContain(STRANGER);
  });
});

describe("dynamic person groups", () => {
  it("picks the plain create and update for a body of a name, the ones with persons for persons", async () => {
    const plain = await send("PUT", "/dynamicpersongroups/plain", { name: "Plain" });
    expect(plain.status).toBe(op("PersonDirectoryOperations_CreateDynamicPersonGroup").success.status);
    expect(plain.headers.get("operation-location")).toBeNull();
    const again = await send("PUT", "/dynamicpersongroups/plain", { name: "Again" });
    expect({ status: again.status, code: again.code }).toEqual(
      codeOf("PersonDirectoryOperations_CreateDynamicPersonGroup", "alreadyExists"),
    );
    const renamed = await send("PATCH", "/dynamicpersongroups/plain", { name: "Renamed" });
    expect(renamed.status).toBe(op("PersonDirectoryOperations_UpdateDynamicPersonGroup").success.status);
    expect(renamed.headers.get("operation-location")).toBeNull();
    await expect(client.getDynamicPersonGroup("plain")).resolves.toEqual({
      dynamicPersonGroupId: "plain",
      name: "Renamed",
    });

    const { personId } = await client.createPerson({ name: "Ann" });
    const withPersons = await send("PUT", "/dynamicpersongroups/team", { name: "Team", addPersonIds: [personId] });
    expect(withPersons.status).toBe(op("PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson").success.status);
    expect(withPersons.headers.get("operation-location")).toMatch(/\/operations\//);
    const changed = await send("PATCH", "/dynamicpersongroups/plain", { addPersonIds: [personId] });
    expect(changed.status).toBe(
      op("PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges").success.status,
    );
    expect(changed.headers.get("operation-location")).toMatch(/\/operations\//);
    // A body taken for the one with persons is checked by that one's rule: no list, no empty list.
    for (const [method, path, body] of [
      ["PATCH", "/dynamicpersongroups/plain", { addPersonIds: personId }],
      ["PUT", "/dynamicpersongroups/empty", { name: "Empty", addPersonIds: [] }],
    ] as const) {
      const refused = await send(method, path, body);
      expect({ status: refused.status, code: refused.code }).toEqual({ status: 400, code: "BadArgument" });
      expect(refused.body.error.message).toMatch(/^Invalid request: body\.addPersonIds \w.*\.$/);
    }
    expect((await send("GET", "/dynamicpersongroups/empty")).status).toBe(404);
    // Its persons are references, not fields.
    await expect(client.getDynamicPersonGroup("team")).resolves.toEqual({ dynamicPersonGroupId: "team", name: "Team" });
  });

  it("references persons that exist, both ways; a delete of either drops the references only", async () => {
    const ann = (await client.createPerson({ name: "Ann" })).personId;
    const ben = (await client.createPerson({ name: "Ben" })).personId;
    const refused = await send("PUT", "/dynamicpersongroups/team", { name: "Team", addPersonIds: [ann, STRANGER] });
    expect({ status: refused.status, code: refused.code }).toEqual(
      codeOf("PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson", "personNotFound"),
    );
    expect(refused.body.error.message).toContain(STRANGER);
    const absent = await send("GET", "/dynamicpersongroups/team");
    expect({ status: absent.status, code: absent.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetDynamicPersonGroup", "notFound"),
    );

    await client.createDynamicPersonGroupWithPerson("team", { name: "Team", addPersonIds: [ann, ben] });
    await client.createDynamicPersonGroupWithPerson("desk", { name: "Desk", addPersonIds: [ann] });
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [ann, ben].sort() });
    await expect(client.getDynamicPersonGroupReferences(ann)).resolves.toEqual({
      dynamicPersonGroupIds: ["desk", "team"],
    });

    const missingChange = await send("PATCH", "/dynamicpersongroups/team", { addPersonIds: [STRANGER] });
    expect({ status: missingChange.status, code: missingChange.code }).toEqual(
      codeOf("PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges", "personNotFound"),
    );
    await client.updateDynamicPersonGroupWithPersonChanges("team", { removePersonIds: [ben] });
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [ann] });
    await expect(client.getDynamicPersonGroupReferences(ben)).resolves.toEqual({ dynamicPersonGroupIds: [] });

    await client.deleteDynamicPersonGroup("desk");
    await expect(client.getDynamicPersonGroupReferences(ann)).resolves.toEqual({ dynamicPersonGroupIds: ["team"] });
    await expect(client.getPerson(ann)).resolves.toMatchObject({ name: "Ann" });
    const gone = await send("GET", "/dynamicpersongroups/desk/persons");
    expect({ status: gone.status, code: gone.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetDynamicPersonGroupPersons", "notFound"),
    );

    await client.deletePerson(ann);
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [] });
    const noPerson = await send("GET", `/persons/${ann}/dynamicPersonGroupReferences`);
    expect({ status: noPerson.status, code: noPerson.code }).toEqual(
      codeOf("PersonDirectoryOperations_GetDynamicPersonGroupReferences", "notFound"),
    );
    const listed: string[] = [];
    for await (const group of client.iterateDynamicPersonGroups({ top: 1 })) listed.push(group.dynamicPersonGroupId);
    expect(listed).toEqual(["team"]);
  });
});

describe("dynamic person groups' references, at their edges", () => {
  it("keeps a person's references when the person is read or updated, and drops none for a refused write", async () => {
    const ann = (await client.createPerson({ name: "Ann" })).personId;
    await client.createDynamicPersonGroupWithPerson("team", { name: "Team", addPersonIds: [ann] });
    await client.getPerson(ann);
    await client.updatePerson(ann, { name: "Ann B" });
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [ann] });
    await expect(client.getDynamicPersonGroupReferences(ann)).resolves.toEqual({ dynamicPersonGroupIds: ["team"] });

    // The container answers for itself first: one that exists (a create), one that is missing (an update).
    const exists = await send("PUT", "/dynamicpersongroups/team", { name: "Again", addPersonIds: [STRANGER] });
    expect({ status: exists.status, code: exists.code }).toEqual(
      codeOf("PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson", "alreadyExists"),
    );
    const missing = await send("PATCH", "/dynamicpersongroups/nobody", { addPersonIds: [STRANGER] });
    expect({ status: missing.status, code: missing.code }).toEqual(
      codeOf("PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges", "notFound"),
    );
    await expect(client.getDynamicPersonGroupPersons("team")).resolves.toEqual({ personIds: [ann] });

    // Either list of what does not exist names it.
    for (const path of ["/dynamicpersongroups/nobody/persons", `/persons/${STRANGER}/dynamicPersonGroupReferences`]) {
      const absent = await send("GET", path);
      expect(absent.status, path).toBe(404);
      expect(absent.body.error.message, path).toMatch(
        /'(nobody|8b5e5f8e-7b9b-4d4b-9a43-b6b0f2d8a001)' is not found\.$/,
      );
    }
  });
});

describe("recognition against the directory", () => {
  /** Ann (image 1, recognition_04) and Ben (image 2, recognition_04; image 3, recognition_03), in the group "team". */
  async function enrolled() {
    const ann = (await client.createPerson({ name: "Ann" })).personId;
    const ben = (await client.createPerson({ name: "Ben" })).personId;
    await client.addPersonFace(ann, "recognition_04", image(1));
    await client.addPersonFace(ben, "recognition_04", image(2));
    await client.addPersonFace(ben, "recognition_03", image(3));
    await client.createDynamicPersonGroupWithPerson("team", { name: "Team", addPersonIds: [ann, ben] });
    return { ann, ben };
  }

  it("identifies among the persons listed, only by faces of the query face's recognition model", async () => {
    const { ann, ben } = await enrolled();
    const annFace = await detect(image(1));
    const benOldModel = await detect(image(3), "recognition_03");
    const benNewModel = await detect(image(3));
    await expect(
      client.identifyFromPersonDirectory({ faceIds: [annFace, benOldModel, benNewModel], personIds: [ann, ben] }),
    ).resolves.toEqual([
      { faceId: annFace, candidates: [{ personId: ann, confidence: expect.any(Number) }] },
      { faceId: benOldModel, candidates: [{ personId: ben, confidence: expect.any(Number) }] },
      { faceId: benNewModel, candidates: [] },
    ]);
    // Only among those listed.
    await expect(client.identifyFromPersonDirectory({ faceIds: [annFace], personIds: [ben] })).resolves.toEqual([
      { faceId: annFace, candidates: [] },
    ]);
    const stranger = await send("POST", "/identify", {
      faceIds: [annFace],
      personIds: [ann, STRANGER],
    });
    expect({ status: stranger.status, code: stranger.code }).toEqual(
      codeOf("FaceRecognitionOperations_IdentifyFromPersonDirectory", "personNotFound"),
    );
  });

  it("identifies among a dynamic person group's persons, as they are now", async () => {
    const { ann, ben } = await enrolled();
    const annFace = await detect(image(1));
    await expect(
      client.identifyFromDynamicPersonGroup({ faceIds: [annFace], dynamicPersonGroupId: "team" }),
    ).resolves.toEqual([{ faceId: annFace, candidates: [{ personId: ann, confidence: expect.any(Number) }] }]);
    await client.updateDynamicPersonGroupWithPersonChanges("team", { removePersonIds: [ann] });
    await expect(
      client.identifyFromDynamicPersonGroup({ faceIds: [annFace], dynamicPersonGroupId: "team" }),
    ).resolves.toEqual([{ faceId: annFace, candidates: [] }]);
    const benFace = await detect(image(2));
    await expect(
      client.identifyFromDynamicPersonGroup({ faceIds: [benFace], dynamicPersonGroupId: "team" }),
    ).resolves.toEqual([{ faceId: benFace, candidates: [{ personId: ben, confidence: expect.any(Number) }] }]);
    const missing = await send("POST", "/identify", { faceIds: [benFace], dynamicPersonGroupId: "nobody" });
    expect({ status: missing.status, code: missing.code }).toEqual(
      codeOf("FaceRecognitionOperations_IdentifyFromDynamicPersonGroup", "notFound"),
    );
  });

  it("verifies a face against a directory person", async () => {
    const { ann, ben } = await enrolled();
    const annFace = await detect(image(1));
    await expect(client.verifyFromPersonDirectory({ faceId: annFace, personId: ann })).resolves.toMatchObject({
      isIdentical: true,
    });
    await expect(client.verifyFromPersonDirectory({ faceId: annFace, personId: ben })).resolves.toMatchObject({
      isIdentical: false,
    });
    const stranger = await send("POST", "/verify", {
      faceId: annFace,
      personId: STRANGER,
    });
    expect({ status: stranger.status, code: stranger.code }).toEqual(
      codeOf("FaceRecognitionOperations_VerifyFromPersonDirectory", "personNotFound"),
    );
    const unknownFace = await send("POST", "/verify", {
      faceId: STRANGER,
      personId: ann,
    });
    expect({ status: unknownFace.status, code: unknownFace.code }).toEqual(
      codeOf("FaceRecognitionOperations_VerifyFromPersonDirectory", "faceNotFound"),
    );
  });
});
