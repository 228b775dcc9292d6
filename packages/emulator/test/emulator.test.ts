import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator, trainingRoutes } from "../src/index.js";

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const key = { "Ocp-Apim-Subscription-Key": "emulator-key" };
const get = async (path: string) => {
  const response = await fetch(`${emulator?.url}/face/v1.2${path}`, { headers: key });
  return { status: response.status, body: await response.json() };
};
const post = (path: string) => fetch(`${emulator?.url}/face/v1.2${path}`, { method: "POST", headers: key });

describe("the emulator", () => {
  it("serves the training family it reads from the committed OpenAPI", () => {
    const routes = trainingRoutes().map(
      (r) => `${r.method} ${r.kind.segment} ${r.kind.parameter} ${r.action} ${r.operationId}`,
    );
    expect(routes.sort()).toEqual([
      "GET largefacelists largeFaceListId status FaceListOperations_GetLargeFaceListTrainingStatus",
      "GET largepersongroups largePersonGroupId status PersonGroupOperations_GetLargePersonGroupTrainingStatus",
      "GET persongroups personGroupId status PersonGroupOperations_GetPersonGroupTrainingStatus",
      "POST largefacelists largeFaceListId train FaceListOperations_TrainLargeFaceList",
      "POST largepersongroups largePersonGroupId train PersonGroupOperations_TrainLargePersonGroup",
      "POST persongroups personGroupId train PersonGroupOperations_TrainPersonGroup",
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

  it("does not restart a training that is still running when asked to train again", async () => {
    let now = 0;
    emulator = await startEmulator({
      queueMs: 0,
      trainingMs: 1000,
      now: () => now,
      containers: [{ kind: "persongroups", id: "g" }],
    });
    await post("/persongroups/g/train");
    now = 900;
    await post("/persongroups/g/train");
    now = 1000;
    expect((await get("/persongroups/g/training")).body.status).toBe("succeeded");
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
    expect(listing).toEqual([
      { kind: "persongroups", id: "g", outcome: "succeeded", statusRequests: 2, trainingEndsAt: 1110 },
    ]);
  });
});
