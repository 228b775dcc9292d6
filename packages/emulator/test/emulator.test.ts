import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { type IncomingHttpHeaders, request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { operations } from "@face-training/spec";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, resourceKinds, startEmulator } from "../src/index.js";
import { image, key, send as sendTo } from "./requests.js";

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const get = async (path: string) => {
  const response = await fetch(`${emulator?.url}/face/v1.2${path}`, { headers: key });
  return { status: response.status, body: await response.json() };
};
const post = (path: string) => fetch(`${emulator?.url}/face/v1.2${path}`, { method: "POST", headers: key });

describe("the emulator", () => {
  it("simulates the long-running operations of the spec's table, each on its kind of resource", () => {
    const kinds = [...resourceKinds().values()].map(
      (k) => `${k.segment} ${k.parameter} ${k.start.operationId} ${k.status.operationId} ${k.notFound} ${k.notStarted}`,
    );
    expect(kinds.sort()).toEqual([
      "largefacelists largeFaceListId FaceListOperations_TrainLargeFaceList FaceListOperations_GetLargeFaceListTrainingStatus LargeFaceListNotFound LargeFaceListNotTrained",
      "largepersongroups largePersonGroupId PersonGroupOperations_TrainLargePersonGroup PersonGroupOperations_GetLargePersonGroupTrainingStatus LargePersonGroupNotFound LargePersonGroupNotTrained",
      "persongroups personGroupId PersonGroupOperations_TrainPersonGroup PersonGroupOperations_GetPersonGroupTrainingStatus PersonGroupNotFound PersonGroupNotTrained",
    ]);
  });

  it("moves a training from notStarted through running to its outcome on its clock", async () => {
    let now = 0;
    emulator = await startEmulator({
      queueMs: 100,
      trainingMs: 1000,
      now: () => now,
      containers: [{ kind: "persongroups", id: "g" }],
    });
    await post("/persongroups/g/train");
    const at = async (ms: number) => {
      now = ms;
      return (await get("/persongroups/g/training")).body.status;
    };
    expect([await at(0), await at(99), await at(100), await at(1099), await at(1100)]).toEqual([
      "notStarted",
      "notStarted",
      "running",
      "running",
      "succeeded",
    ]);
  });

  it("refuses to train or delete a container while it trains, with the service's 409 code", async () => {
    let now = 0;
    emulator = await startEmulator({
      queueMs: 100,
      trainingMs: 1000,
      now: () => now,
      containers: [{ kind: "persongroups", id: "g" }],
    });
    await post("/persongroups/g/train");
    const refusals = [];
    for (const at of [0, 500]) {
      now = at;
      for (const answer of [
        await post("/persongroups/g/train"),
        await fetch(`${emulator.url}/face/v1.2/persongroups/g`, { method: "DELETE", headers: key }),
      ]) {
        const { error } = await answer.json();
        refusals.push([answer.status, answer.headers.get("x-ms-error-code"), error.code, error.message]);
      }
    }
    expect(refusals).toEqual(
      Array(4).fill([
        409,
        "PersonGroupTrainingNotFinished",
        "PersonGroupTrainingNotFinished",
        "Person group 'g' is under training. Try again after the training has finished.",
      ]),
    );
    now = 1100;
    expect((await get("/persongroups/g/training")).body.status).toBe("succeeded");
    expect((await post("/persongroups/g/train")).status).toBe(202);
  });

  it("answers a train or a status read of a container that does not exist with its not-found code, creating nothing", async () => {
    emulator = await startEmulator();
    for (const answer of [
      await sendTo(emulator.url, "POST", "/persongroups/ghost/train"),
      await get("/persongroups/ghost/training"),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toEqual({
        code: "PersonGroupNotFound",
        message: "Person group 'ghost' is not found.",
      });
    }
    expect(await (await fetch(`${emulator.url}/emulator/containers`)).json()).toEqual([]);
  });

  it("answers a status read of a container never trained with its not-trained code", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const answer = await get("/persongroups/g/training");
    expect(answer.status).toBe(404);
    expect(answer.body.error).toEqual({
      code: "PersonGroupNotTrained",
      message: "Person group 'g' is not trained.",
    });
  });

  it("reports the failure message of a container configured to fail", async () => {
    let now = 0;
    emulator = await startEmulator({
      queueMs: 0,
      trainingMs: 10,
      now: () => now,
      containers: [{ kind: "largefacelists", id: "f", outcome: "failed", message: "No faces." }],
    });
    await post("/largefacelists/f/train");
    now = 10;
    expect((await get("/largefacelists/f/training")).body).toEqual({
      status: "failed",
      createdDateTime: "1970-01-01T00:00:00.000000Z",
      lastActionDateTime: "1970-01-01T00:00:00.010000Z",
      message: "No faces.",
    });
  });

  it("answers as the live service does: nothing invented before the first success, its id after", async () => {
    let now = Date.parse("2024-09-03T15:56:37.777Z");
    emulator = await startEmulator({
      queueMs: 0,
      trainingMs: 250,
      now: () => now,
      containers: [{ kind: "persongroups", id: "g" }],
    });
    const train = await post("/persongroups/g/train");
    expect(train.status).toBe(202);
    expect(await train.text()).toBe("");
    expect(train.headers.get("operation-location")).toBe(`${emulator.url}/face/v1.2/persongroups/g/training`);
    expect(train.headers.get("access-control-expose-headers")).toBe("Operation-Location");
    // The recorded first poll: no lastSuccessfulTrainingDateTime key, lastActionDateTime a time.
    expect((await get("/persongroups/g/training")).body).toEqual({
      status: "running",
      createdDateTime: "2024-09-03T15:56:37.777000Z",
      lastActionDateTime: "2024-09-03T15:56:37.777000Z",
    });
    now += 250;
    const succeeded = (await get("/persongroups/g/training")).body;
    expect(succeeded).toEqual({
      status: "succeeded",
      createdDateTime: "2024-09-03T15:56:37.777000Z",
      lastActionDateTime: "2024-09-03T15:56:38.027000Z",
      lastSuccessfulTrainingId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      lastSuccessfulTrainingDateTime: "2024-09-03T15:56:38.027000Z",
    });
    // A second training keeps reporting the last success until it ends.
    now += 1000;
    await post("/persongroups/g/train");
    expect((await get("/persongroups/g/training")).body).toMatchObject({
      status: "running",
      lastSuccessfulTrainingId: succeeded.lastSuccessfulTrainingId,
      lastSuccessfulTrainingDateTime: "2024-09-03T15:56:38.027000Z",
    });
  });

  it("injects the same faults on every run with the same seed", async () => {
    const statuses = async () => {
      emulator = await startEmulator({
        faults: { throttleRate: 0.5, seed: 42 },
        containers: [{ kind: "persongroups", id: "g" }],
      });
      const seen = [];
      for (let i = 0; i < 20; i++) seen.push((await get("/persongroups/g/training")).status);
      await emulator.close();
      return seen;
    };
    const first = await statuses();
    expect(first).toContain(429);
    expect(first).toContain(404);
    expect(await statuses()).toEqual(first);
  });

  it("refuses a container of a kind the spec does not have", async () => {
    await expect(startEmulator({ containers: [{ kind: "persons", id: "p" }] })).rejects.toThrow(
      'Unknown container kind "persons": use one of',
    );
  });
});

describe("the emulator's admin listing", () => {
  it("counts the status reads of each container and says when its training ends", async () => {
    let now = 1000;
    emulator = await startEmulator({
      queueMs: 10,
      trainingMs: 100,
      now: () => now,
      containers: [{ kind: "persongroups", id: "g" }],
    });
    await post("/persongroups/g/train");
    await get("/persongroups/g/training");
    await get("/persongroups/g/training");
    now = 5000;
    const listing = await (await fetch(`${emulator.url}/emulator/containers`)).json();
    expect(listing).toMatchObject([
      { kind: "persongroups", id: "g", outcome: "succeeded", statusRequests: 2, trainingEndsAt: 1110 },
    ]);
  });
});

const send = (method: string, path: string, body?: object | Uint8Array<ArrayBuffer>) =>
  sendTo(emulator?.url, method, path, body);
const png = () => image();
const listing = async () => (await fetch(`${emulator?.url}/emulator/containers`)).json();

describe("training, as the service documents it", () => {
  it("learns what the container holds when it starts: no face, a failed training; faces, a success", async () => {
    let now = 0;
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: () => now });
    await send("PUT", "/persongroups/team", { name: "Team" });
    const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body;
    await send("POST", "/persongroups/team/train");
    now = 10;
    expect((await get("/persongroups/team/training")).body).toMatchObject({
      status: "failed",
      message: "There is no persisted face in the person group 'team' to train with.",
    });
    await send("POST", `/persongroups/team/persons/${personId}/persistedfaces`, png());
    await send("POST", `/persongroups/team/persons/${personId}/persistedfaces`, { url: "https://x.example/a.jpg" });
    await send("POST", "/persongroups/team/train");
    now = 20;
    expect((await get("/persongroups/team/training")).body).toMatchObject({ status: "succeeded" });
    expect(await listing()).toMatchObject([
      { id: "team", content: { items: 1, faces: 2 }, trained: { items: 1, faces: 2 }, changedSinceTraining: false },
    ]);
  });

  it("tells a container changed since its training from one that is not, until it trains again", async () => {
    let now = 0;
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: () => now });
    await send("PUT", "/largefacelists/faces", { name: "Faces" });
    const first = (await send("POST", "/largefacelists/faces/persistedfaces", png())).body.persistedFaceId;
    await send("POST", "/largefacelists/faces/train");
    now = 10;
    await get("/largefacelists/faces/training");
    await send("PATCH", "/largefacelists/faces", { name: "Renamed" }); // its own fields: not its content
    expect(await listing()).toMatchObject([{ changedSinceTraining: false }]);
    await send("POST", "/largefacelists/faces/persistedfaces", png());
    await send("DELETE", `/largefacelists/faces/persistedfaces/${first}`);
    // Still the last training's success, as the service reports it, but not what it holds now.
    expect((await get("/largefacelists/faces/training")).body.status).toBe("succeeded");
    expect(await listing()).toMatchObject([
      { content: { items: 1, faces: 1 }, trained: { faces: 1 }, changedSinceTraining: true },
    ]);
    await send("POST", "/largefacelists/faces/train");
    now = 20;
    await get("/largefacelists/faces/training");
    expect(await listing()).toMatchObject([{ changedSinceTraining: false }]);
  });
});

describe("the limits of the spec's collections", () => {
  it("holds as many faces per person as the spec's x-face-capacity says, refusing one more with its code", async () => {
    const add = operations.find((o) => o.body?.image && o.path.includes("{personId}"));
    const capacity = add?.capacity ?? 0;
    expect(capacity).toBeGreaterThan(0);
    emulator = await startEmulator();
    await send("PUT", "/persongroups/team", { name: "Team" });
    const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body;
    const faces = `/persongroups/team/persons/${personId}/persistedfaces`;
    for (let i = 0; i < capacity; i++) expect((await send("POST", faces, png())).status).toBe(200);
    const over = await send("POST", faces, { url: "https://x.example/one-more.jpg" });
    expect(over).toMatchObject({ status: 403, code: "QuotaExceeded" });
    expect(over.body.error.message).toContain(`limit of ${capacity}`);
    // Another person has room of its own.
    const other = (await send("POST", "/persongroups/team/persons", { name: "Ben" })).body.personId;
    expect((await send("POST", `/persongroups/team/persons/${other}/persistedfaces`, png())).status).toBe(200);
  });
});

describe("the emulator's data file", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "emulator-data-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("keeps containers, persons, faces and trainings across a restart", async () => {
    const dataFile = join(dir, "state.json");
    let now = 0;
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, dataFile, now: () => now });
    await send("PUT", "/persongroups/team", { name: "Team", userData: "floor 3" });
    const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body;
    const { persistedFaceId } = (await send("POST", `/persongroups/team/persons/${personId}/persistedfaces`, png()))
      .body;
    await send("POST", "/persongroups/team/train");
    now = 10;
    const trained = (await get("/persongroups/team/training")).body;
    expect(trained.status).toBe("succeeded");
    await emulator.close();

    now = 20;
    emulator = await startEmulator({ dataFile, now: () => now });
    // The training's status reads are kept with it: the one before the restart is counted.
    const [listed] = await (await fetch(`${emulator.url}/emulator/containers`)).json();
    expect(listed).toMatchObject({ kind: "persongroups", id: "team", statusRequests: 1 });
    expect((await send("GET", "/persongroups/team")).body).toEqual({
      personGroupId: "team",
      name: "Team",
      userData: "floor 3",
    });
    expect((await send("GET", `/persongroups/team/persons/${personId}`)).body).toEqual({
      personId,
      name: "Ann",
      persistedFaceIds: [persistedFaceId],
    });
    expect((await get("/persongroups/team/training")).body).toEqual(trained);
    // And a deletion is kept too.
    await send("DELETE", "/persongroups/team");
    await emulator.close();
    emulator = await startEmulator({ dataFile });
    expect(await send("GET", "/persongroups/team")).toMatchObject({ status: 404, code: "PersonGroupNotFound" });
  });

  it("refuses a file that is not its state, naming the file and leaving it as it was", async () => {
    const dataFile = join(dir, "notes.json");
    await writeFile(dataFile, '{"hello":"world"}');
    await expect(startEmulator({ dataFile })).rejects.toThrow(`The data file ${dataFile} is not the emulator's state`);
    await writeFile(dataFile, "{not json");
    await expect(startEmulator({ dataFile })).rejects.toThrow(`The data file ${dataFile} is not JSON`);
    expect(await readFile(dataFile, "utf8")).toBe("{not json");
    await writeFile(dataFile, "some notes, not a database at all");
    await expect(startEmulator({ dataFile })).rejects.toThrow(
      `The data file ${dataFile} is neither the emulator's database nor its JSON state`,
    );
    expect(await readFile(dataFile, "utf8")).toBe("some notes, not a database at all");
  });

  it("carries a data file of its earlier JSON format over into its database once, keeping the JSON beside it", async () => {
    const dataFile = join(dir, "state.json");
    const [p1, p2, f1] = [randomUUID(), randomUUID(), randomUUID()].sort();
    const json = JSON.stringify({
      format: "face-training-emulator/1",
      items: [
        ["/persongroups/team", { name: "Team", userData: "floor 3" }],
        [`/persongroups/team/persons/${p1}`, { name: "Ann" }],
        [`/persongroups/team/persons/${p1}/persistedfaces/${f1}`, { $image: "x", $face: true }],
        [`/persongroups/team/persons/${p2}`, { name: "Bob" }],
      ],
    });
    await writeFile(dataFile, json);
    emulator = await startEmulator({ dataFile });
    const persons = (await send("GET", "/persongroups/team/persons")).body;
    expect(persons).toEqual([
      { personId: p1, name: "Ann", persistedFaceIds: [f1] },
      { personId: p2, name: "Bob", persistedFaceIds: [] },
    ]);
    expect(await readFile(`${dataFile}.v1.json`, "utf8")).toBe(json);
    expect((await send("DELETE", `/persongroups/team/persons/${p2}`)).status).toBe(200);
    await emulator.close();

    // The database is read back, not the JSON again.
    emulator = await startEmulator({ dataFile });
    expect((await send("GET", "/persongroups/team/persons")).body).toEqual([
      { personId: p1, name: "Ann", persistedFaceIds: [f1] },
    ]);
  });
});

describe("the emulator's HTTP layer, built from the spec's operation table", () => {
  it("answers a known path with another method 405, naming the methods it has in Allow", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const response = await fetch(`${emulator.url}/face/v1.2/persongroups/g/training`, {
      method: "DELETE",
      headers: key,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect(await response.json()).toEqual({
      error: { code: "MethodNotAllowed", message: "Use GET for this path." },
    });
    // A path with several methods names them all.
    const several = await fetch(`${emulator.url}/face/v1.2/persongroups/g`, { method: "POST", headers: key });
    expect(several.status).toBe(405);
    const methods = several.headers.get("allow")?.split(", ") ?? [];
    expect(methods.length).toBeGreaterThan(1);
    expect((await several.json()).error.message).toBe(`Use ${methods.join(" or ")} for this path.`);
  });

  it.each([
    ["v9.9-bogus", 404, "NotFound"],
    ["%ZZ", 400, "BadArgument"],
  ])(
    "answers the API version %s, which the spec does not have, as an unknown path (%i), or one it cannot read",
    async (version, status, code) => {
      emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
      const response = await fetch(`${emulator.url}/face/${version}/persongroups/g/train`, {
        method: "POST",
        headers: key,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get("x-ms-error-code")).toBe(code);
      // And keeps serving.
      expect((await post("/persongroups/g/train")).status).toBe(202);
    },
  );

  it("hands out Operation-Location on its public URL, never on the request's Host", async () => {
    emulator = await startEmulator({
      containers: [{ kind: "persongroups", id: "g" }],
      publicUrl: "https://face.example.test",
    });
    // node:http sends the Host it is given (fetch would not).
    const { headers } = await raw(emulator.url, "/face/v1.2/persongroups/g/train", { ...key, Host: "evil.example" });
    expect(headers["operation-location"]).toBe("https://face.example.test/face/v1.2/persongroups/g/training");
  });

  it("listens on 127.0.0.1 only: the machine's other addresses (its network's, IPv6 loopback) reach nothing", async () => {
    emulator = await startEmulator();
    const { port } = new URL(emulator.url);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.address !== "127.0.0.1" && !address.address.startsWith("fe80"))
      .map((address) => address?.address as string);
    expect(others.length).toBeGreaterThan(0);
    for (const host of others) {
      const reached = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), host);
        socket.on("connect", () => {
          socket.destroy();
          resolve(`${host} reached it`);
        });
        socket.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
      });
      expect(reached).toBe("ECONNREFUSED");
    }
  });

  it("frees its port when closed: a request after it finds nothing listening", async () => {
    const closing = await startEmulator();
    expect((await fetch(`${closing.url}/emulator/containers`)).status).toBe(200);
    await closing.close();
    await expect(fetch(`${closing.url}/emulator/containers`)).rejects.toThrow();
  });

  it("checks the key before it reads a body: a request that announces a body it never sends is refused", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const { status } = await raw(
      emulator.url,
      "/face/v1.2/persongroups/g/train",
      {
        "content-type": "application/octet-stream",
        "content-length": "1000000",
      },
      false,
    );
    expect(status).toBe(401);
  });

  it("refuses an admin body that breaks its schema with 400, creating nothing", async () => {
    emulator = await startEmulator();
    const response = await fetch(`${emulator.url}/emulator/containers/persongroups/g`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ outcome: "exploded" }),
    });
    expect(response.status).toBe(400);
    expect(await (await fetch(`${emulator.url}/emulator/containers`)).json()).toEqual([]);
  });
});

/**
 * A POST with node:http, which sends any headers (Host included), with an empty body or (`end`
 * false) with none at all: its status and headers.
 */
function raw(base: string, path: string, headers: Record<string, string>, end = true) {
  return new Promise<{ status: number | undefined; headers: IncomingHttpHeaders }>((resolve, reject) => {
    const sent = request(`${base}${path}`, { method: "POST", headers });
    sent.on("response", (response) => {
      response.resume();
      resolve({ status: response.statusCode, headers: response.headers });
      sent.destroy();
    });
    sent.on("error", reject);
    if (end) sent.end();
    // Headers only: a body announced by content-length is never sent.
    else sent.flushHeaders();
  });
}

describe("the spec's resources, at their edges", () => {
  it("names the missing item, the one that exists already and the limit in its refusals", async () => {
    emulator = await startEmulator();
    const missing = await send("GET", "/persongroups/nobody");
    expect(missing).toMatchObject({ status: 404, code: "PersonGroupNotFound" });
    expect(missing.body.error.message).toContain("'nobody'");
    // A list under a missing item is refused as the item is, not answered empty.
    expect(await send("GET", "/persongroups/nobody/persons")).toMatchObject({
      status: 404,
      code: "PersonGroupNotFound",
    });
    await send("PUT", "/persongroups/team", { name: "Team" });
    const again = await send("PUT", "/persongroups/team", { name: "Team" });
    expect(again).toMatchObject({ status: 409, code: "PersonGroupExists" });
    expect(again.body.error.message).toContain("'team'");
    const person = await send("GET", "/persongroups/team/persons/8b5e5f8e-7b9b-4d4b-9a43-b6b0f2d8a001");
    expect(person).toMatchObject({ status: 404, code: "PersonNotFound" });
    expect(person.body.error.message).toContain("'8b5e5f8e-7b9b-4d4b-9a43-b6b0f2d8a001'");
  });

  it("shows a field asked for by a query parameter only when asked", async () => {
    emulator = await startEmulator();
    await send("PUT", "/persongroups/team", { name: "Team", recognitionModel: "recognition_04" });
    expect((await send("GET", "/persongroups/team")).body).toEqual({ personGroupId: "team", name: "Team" });
    expect((await send("GET", "/persongroups/team?returnRecognitionModel=true")).body).toEqual({
      personGroupId: "team",
      name: "Team",
      recognitionModel: "recognition_04",
    });
    expect((await send("GET", "/persongroups?returnRecognitionModel=true")).body).toEqual([
      { personGroupId: "team", name: "Team", recognitionModel: "recognition_04" },
    ]);
  });

  it("answers a face list with its faces, each with its id and the userData it was given", async () => {
    emulator = await startEmulator();
    await send("PUT", "/facelists/desk", { name: "Desk" });
    const front = (await send("POST", "/facelists/desk/persistedfaces?userData=front", image(1))).body;
    const plain = (await send("POST", "/facelists/desk/persistedfaces", image(2))).body;
    expect((await send("GET", "/facelists/desk")).body).toEqual({
      faceListId: "desk",
      name: "Desk",
      persistedFaces: [
        { persistedFaceId: front.persistedFaceId, userData: "front" },
        { persistedFaceId: plain.persistedFaceId },
      ],
    });
  });

  it("pages a list by its start and top parameters, in the order of the ids", async () => {
    emulator = await startEmulator();
    for (const id of ["c", "a", "b"]) await send("PUT", `/persongroups/${id}`, { name: id });
    const ids = async (query: string) =>
      ((await send("GET", `/persongroups${query}`)).body as { personGroupId: string }[]).map((g) => g.personGroupId);
    expect(await ids("")).toEqual(["a", "b", "c"]);
    expect(await ids("?top=2")).toEqual(["a", "b"]);
    expect(await ids("?start=a&top=1")).toEqual(["b"]);
    expect(await ids("?start=b")).toEqual(["c"]);
  });
});
