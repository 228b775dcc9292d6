import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";
import { image, send as sendTo } from "./requests.js";

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const send = (method: string, path: string, body?: object | Uint8Array<ArrayBuffer>) =>
  sendTo(emulator?.url, method, path, body);
const detect = async (bytes: Uint8Array<ArrayBuffer>, query = "") => {
  const answer = await send("POST", `/detect?returnFaceId=true${query}`, bytes);
  expect(answer.status).toBe(200);
  return answer.body[0].faceId as string;
};

/** A clock the test moves. */
let now = 0;
const clock = () => now;

/** A person group with Ann (image 1) and Ben (image 2), trained. */
async function enrolled(kind = "persongroups") {
  emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock });
  await send("PUT", `/${kind}/team`, { name: "Team" });
  const persons: Record<string, string> = {};
  for (const [name, n] of [
    ["Ann", 1],
    ["Ben", 2],
  ] as const) {
    const { personId } = (await send("POST", `/${kind}/team/persons`, { name })).body;
    await send("POST", `/${kind}/team/persons/${personId}/persistedfaces`, image(n));
    persons[name] = personId;
  }
  await send("POST", `/${kind}/team/train`);
  now += 10;
  expect((await send("GET", `/${kind}/team/training`)).body.status).toBe("succeeded");
  return persons;
}

describe("detect", () => {
  it("answers one face per image, with only what was asked for", async () => {
    emulator = await startEmulator({ now: clock });
    const plain = await send("POST", "/detect?returnFaceId=false", image(1));
    expect(plain.body).toEqual([{ faceRectangle: expect.any(Object) }]);
    const full = await send(
      "POST",
      "/detect?returnFaceId=true&returnFaceLandmarks=true&returnRecognitionModel=true&returnFaceAttributes=headPose,mask,qualityForRecognition&recognitionModel=recognition_04&detectionModel=detection_03",
      image(1),
    );
    expect(full.status).toBe(200);
    const [face] = full.body;
    expect(face).toMatchObject({
      faceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      recognitionModel: "recognition_04",
    });
    expect(Object.keys(face.faceAttributes).sort()).toEqual(["headPose", "mask", "qualityForRecognition"]);
    expect(Object.keys(face.faceLandmarks)).toContain("pupilLeft");
    // The same image, the same rectangle: it is made from the image.
    expect((await send("POST", "/detect?returnFaceId=false", image(1))).body[0].faceRectangle).toEqual(
      face.faceRectangle,
    );
  });
});

describe("detect's options", () => {
  it("refuses an attribute the detection model does not offer, with 400 BadArgument", async () => {
    emulator = await startEmulator({ now: clock });
    const refused = await send("POST", "/detect?detectionModel=detection_03&returnFaceAttributes=glasses", image(1));
    expect(refused).toMatchObject({ status: 400, code: "BadArgument" });
    expect(refused.body.error.message).toContain("glasses is not supported by detectionModel 'detection_03'");
    expect((await send("POST", "/detect?returnFaceAttributes=mask", image(1))).status).toBe(400);
    expect((await send("POST", "/detect?detectionModel=detection_03&returnFaceAttributes=mask", image(1))).status).toBe(
      200,
    );
  });
});

describe("identify", () => {
  it("identifies a face of an enrolled image as its person, and finds no candidate for another", async () => {
    const persons = await enrolled();
    const ann = await detect(image(1));
    const stranger = await detect(image(9));
    const answer = await send("POST", "/identify", { faceIds: [ann, stranger], personGroupId: "team" });
    expect(answer).toMatchObject({ status: 200 });
    expect(answer.body).toEqual([
      { faceId: ann, candidates: [{ personId: persons.Ann, confidence: expect.any(Number) }] },
      { faceId: stranger, candidates: [] },
    ]);
    expect(answer.body[0].candidates[0].confidence).toBeGreaterThan(0.9);
    // Above the threshold asked for, nobody.
    const strict = await send("POST", "/identify", {
      faceIds: [ann],
      personGroupId: "team",
      confidenceThreshold: 0.99,
    });
    expect(strict.body).toEqual([{ faceId: ann, candidates: [] }]);
  });

  it("identifies against a large person group, the same body with its own id", async () => {
    const persons = await enrolled("largepersongroups");
    const ben = await detect(image(2));
    const answer = await send("POST", "/identify", { faceIds: [ben], largePersonGroupId: "team" });
    expect(answer.body).toEqual([
      { faceId: ben, candidates: [{ personId: persons.Ben, confidence: expect.any(Number) }] },
    ]);
  });

  it("refuses a group never trained, saying which and how to train it, and a missing one", async () => {
    emulator = await startEmulator({ now: clock });
    await send("PUT", "/persongroups/fresh", { name: "Fresh" });
    const face = await detect(image(1));
    const untrained = await send("POST", "/identify", { faceIds: [face], personGroupId: "fresh" });
    expect(untrained).toMatchObject({ status: 400, code: "PersonGroupNotTrained" });
    expect(untrained.body.error.message).toBe("Person group 'fresh' is not trained.");
    const missing = await send("POST", "/identify", { faceIds: [face], personGroupId: "nobody" });
    // Identify answers a missing group 400, as the service's error reference says (a bad argument).
    expect(missing).toMatchObject({ status: 400, code: "PersonGroupNotFound" });
  });

  it("matches what the last training learnt: a face added since is not identified until it trains again", async () => {
    await enrolled();
    const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Cy" })).body;
    await send("POST", `/persongroups/team/persons/${personId}/persistedfaces`, image(3));
    const cy = await detect(image(3));
    expect((await send("POST", "/identify", { faceIds: [cy], personGroupId: "team" })).body[0].candidates).toEqual([]);
    await send("POST", "/persongroups/team/train");
    now += 10;
    expect((await send("POST", "/identify", { faceIds: [cy], personGroupId: "team" })).body[0].candidates).toEqual([
      { personId, confidence: expect.any(Number) },
    ]);
  });

  it("forgets a face id after its time to live", async () => {
    await enrolled();
    const ann = await detect(image(1), "&faceIdTimeToLive=60");
    now += 59_000;
    expect((await send("POST", "/identify", { faceIds: [ann], personGroupId: "team" })).status).toBe(200);
    now += 2_000;
    expect(await send("POST", "/identify", { faceIds: [ann], personGroupId: "team" })).toMatchObject({
      status: 400,
      code: "FaceNotFound",
    });
  });
});

describe("verify, find similar and group agree with identify", () => {
  it("verifies a face against another and against a person", async () => {
    const persons = await enrolled();
    const [ann, annAgain, ben] = [await detect(image(1)), await detect(image(1)), await detect(image(2))];
    expect((await send("POST", "/verify", { faceId1: ann, faceId2: annAgain })).body).toMatchObject({
      isIdentical: true,
    });
    expect((await send("POST", "/verify", { faceId1: ann, faceId2: ben })).body).toMatchObject({ isIdentical: false });
    const toAnn = await send("POST", "/verify", { faceId: ann, personGroupId: "team", personId: persons.Ann });
    expect(toAnn.body).toMatchObject({ isIdentical: true });
    const toBen = await send("POST", "/verify", { faceId: ann, personGroupId: "team", personId: persons.Ben });
    expect(toBen.body).toMatchObject({ isIdentical: false });
    const nobody = await send("POST", "/verify", {
      faceId: ann,
      personGroupId: "team",
      personId: "00000000-0000-4000-8000-000000000000",
    });
    expect(nobody).toMatchObject({ status: 404, code: "PersonNotFound" });
  });

  it("finds similar faces among face ids, in a face list, and in a trained large face list", async () => {
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock });
    const [ann, annAgain, ben] = [await detect(image(1)), await detect(image(1)), await detect(image(2))];
    expect((await send("POST", "/findsimilars", { faceId: ann, faceIds: [annAgain, ben] })).body).toEqual([
      { faceId: annAgain, confidence: expect.any(Number) },
    ]);
    const everyFace = await send("POST", "/findsimilars", { faceId: ann, faceIds: [ben, annAgain], mode: "matchFace" });
    expect(everyFace.body.map((f: { faceId: string }) => f.faceId)).toEqual([annAgain, ben]);

    await send("PUT", "/facelists/faces", { name: "Faces" });
    expect(await send("POST", "/findsimilars", { faceId: ann, faceListId: "faces" })).toMatchObject({
      status: 400,
      code: "FaceListNotReady",
    });
    const { persistedFaceId } = (await send("POST", "/facelists/faces/persistedfaces", image(1))).body;
    await send("POST", "/facelists/faces/persistedfaces", image(2));
    expect((await send("POST", "/findsimilars", { faceId: ann, faceListId: "faces" })).body).toEqual([
      { persistedFaceId, confidence: expect.any(Number) },
    ]);

    await send("PUT", "/largefacelists/many", { name: "Many" });
    const large = (await send("POST", "/largefacelists/many/persistedfaces", image(1))).body.persistedFaceId;
    expect(await send("POST", "/findsimilars", { faceId: ann, largeFaceListId: "many" })).toMatchObject({
      status: 400,
      code: "LargeFaceListNotTrained",
    });
    await send("POST", "/largefacelists/many/train");
    now += 10;
    expect((await send("POST", "/findsimilars", { faceId: ann, largeFaceListId: "many" })).body).toEqual([
      { persistedFaceId: large, confidence: expect.any(Number) },
    ]);
  });

  it("groups faces of the same image together, the others in the messy group", async () => {
    emulator = await startEmulator({ now: clock });
    const [a1, a2, b, c] = [
      await detect(image(1)),
      await detect(image(1)),
      await detect(image(2)),
      await detect(image(3)),
    ];
    expect((await send("POST", "/group", { faceIds: [a1, b, a2, c] })).body).toEqual({
      groups: [[a1, a2]],
      messyGroup: [b, c],
    });
  });
});
