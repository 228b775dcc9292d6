import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operations } from "@face-training/spec";
import { Ajv } from "ajv";
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

describe("what recognition answers, at its edges", () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  /** The success schema of detect from image bytes, as the table gives it. */
  const detectSchema = operations.find((o) => o.method === "POST" && o.path === "/detect" && o.body?.kind === "binary")
    ?.success.body?.schema;
  if (!detectSchema) throw new Error("the table has no detect from bytes with a success schema");

  it("makes every attribute asked for from the image: valid by its schema, the same for the same image, in the image's coordinates", async () => {
    emulator = await startEmulator({ now: clock });
    const query =
      "?returnFaceId=false&returnFaceLandmarks=true&detectionModel=detection_01&returnFaceAttributes=headPose,glasses,occlusion,accessories,blur,exposure,noise";
    const [one, again, two] = [
      await send("POST", `/detect${query}`, image(1)),
      await send("POST", `/detect${query}`, image(1)),
      await send("POST", `/detect${query}`, image(2)),
    ];
    const validate = ajv.compile(detectSchema);
    for (const answer of [one, two]) {
      expect(answer.status).toBe(200);
      expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
      const [{ faceRectangle, faceLandmarks, faceAttributes }] = answer.body;
      // Pixels: whole, and inside the image (no negative coordinate).
      for (const value of Object.values(faceRectangle))
        expect(Number.isInteger(value) && Number(value) >= 0).toBe(true);
      for (const { x, y } of Object.values(faceLandmarks) as { x: number; y: number }[]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
      }
      // Levels between 0 and 1, as the spec documents them.
      for (const level of [faceAttributes.blur.value, faceAttributes.noise.value, faceAttributes.exposure.value]) {
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(1);
      }
      expect(Object.keys(faceAttributes).sort()).toEqual(
        ["accessories", "blur", "exposure", "glasses", "headPose", "noise", "occlusion"].sort(),
      );
    }
    expect(again.body).toEqual(one.body);
    // Another image, another face: its rectangle and landmarks are its own.
    expect(two.body[0].faceRectangle).not.toEqual(one.body[0].faceRectangle);
    expect(two.body[0].faceLandmarks).not.toEqual(one.body[0].faceLandmarks);
  });

  it("forgets a face id at its time to live to the millisecond, naming it", async () => {
    emulator = await startEmulator({ now: clock });
    const face = await detect(image(1), "&faceIdTimeToLive=60");
    const other = await detect(image(1), "&faceIdTimeToLive=60");
    now += 59_999;
    expect((await send("POST", "/verify", { faceId1: face, faceId2: other })).body.isIdentical).toBe(true);
    now += 1;
    const gone = await send("POST", "/verify", { faceId1: face, faceId2: other });
    expect(gone).toMatchObject({ status: 404, code: "FaceNotFound" });
    expect(gone.body.error.message).toContain(face);
  });

  it("refuses verify when either face is unknown, naming the one", async () => {
    emulator = await startEmulator({ now: clock });
    const face = await detect(image(1));
    const unknown = "00000000-0000-4000-8000-000000000000";
    for (const body of [
      { faceId1: unknown, faceId2: face },
      { faceId1: face, faceId2: unknown },
    ]) {
      const answer = await send("POST", "/verify", body);
      expect(answer).toMatchObject({ status: 404, code: "FaceNotFound" });
      expect(answer.body.error.message).toContain(unknown);
    }
  });

  it("answers at most maxNumOfCandidatesReturned candidates, each person once, and a threshold at their confidence keeps them", async () => {
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock });
    await send("PUT", "/persongroups/twins", { name: "Twins" });
    const ids: string[] = [];
    for (const name of ["Ann", "Ann's twin"]) {
      const { personId } = (await send("POST", "/persongroups/twins/persons", { name })).body;
      // Two faces of the same image: still one candidate.
      await send("POST", `/persongroups/twins/persons/${personId}/persistedfaces`, image(1));
      await send("POST", `/persongroups/twins/persons/${personId}/persistedfaces`, image(1));
      ids.push(personId);
    }
    await send("POST", "/persongroups/twins/train");
    now += 10;
    const face = await detect(image(1));
    const both = await send("POST", "/identify", { faceIds: [face], personGroupId: "twins" });
    expect(both.body[0].candidates.map((c: { personId: string }) => c.personId).sort()).toEqual(ids.sort());
    const confidence = both.body[0].candidates[0].confidence;
    const one = await send("POST", "/identify", {
      faceIds: [face],
      personGroupId: "twins",
      maxNumOfCandidatesReturned: 1,
      confidenceThreshold: confidence,
    });
    expect(one.body[0].candidates).toHaveLength(1);
  });

  it("tells a group under its first training from one never trained, and names a missing or empty container", async () => {
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock });
    await send("PUT", "/persongroups/team", { name: "Team" });
    const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body;
    await send("POST", `/persongroups/team/persons/${personId}/persistedfaces`, image(1));
    await send("POST", "/persongroups/team/train");
    const face = await detect(image(1));
    const training = await send("POST", "/identify", { faceIds: [face], personGroupId: "team" });
    expect(training).toMatchObject({ status: 409, code: "PersonGroupTrainingNotFinished" });
    expect(training.body.error.message).toContain("'team' is under training");
    const missing = await send("POST", "/identify", { faceIds: [face], personGroupId: "nobody" });
    expect(missing.body.error.message).toBe("Person group 'nobody' is not found.");
    await send("PUT", "/facelists/empty", { name: "Empty" });
    const empty = await send("POST", "/findsimilars", { faceId: face, faceListId: "empty" });
    expect(empty).toMatchObject({ status: 400, code: "FaceListNotReady" });
    expect(empty.body.error.message).toBe("Face list 'empty' is empty.");
  });

  it("finds similar faces in a face list by mode: matchPerson the same image's, matchFace the others after them, up to the limit", async () => {
    emulator = await startEmulator({ now: clock });
    await send("PUT", "/facelists/faces", { name: "Faces" });
    const added: string[] = [];
    for (const n of [2, 1, 3, 1]) {
      added.push((await send("POST", "/facelists/faces/persistedfaces", image(n))).body.persistedFaceId);
    }
    const face = await detect(image(1));
    const ids = (body: { persistedFaceId: string }[]) => body.map((f) => f.persistedFaceId);
    const byPerson = await send("POST", "/findsimilars", { faceId: face, faceListId: "faces" });
    expect(ids(byPerson.body)).toEqual([added[1], added[3]]);
    const byFace = await send("POST", "/findsimilars", { faceId: face, faceListId: "faces", mode: "matchFace" });
    expect(ids(byFace.body)).toEqual([added[1], added[3], added[0], added[2]]);
    expect(byFace.body[0].confidence).toBeGreaterThan(byFace.body[2].confidence);
    for (const max of [1, 3]) {
      const limited = await send("POST", "/findsimilars", {
        faceId: face,
        faceListId: "faces",
        mode: "matchFace",
        maxNumOfCandidatesReturned: max,
      });
      expect(ids(limited.body)).toEqual(ids(byFace.body).slice(0, max));
    }
  });
});

describe("which image a face is", () => {
  it("tells faces added by different URLs apart, and knows a URL detected again", async () => {
    emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock });
    await send("PUT", "/persongroups/team", { name: "Team" });
    const persons: Record<string, string> = {};
    for (const name of ["ann", "ben"]) {
      persons[name] = (await send("POST", "/persongroups/team/persons", { name })).body.personId;
      await send("POST", `/persongroups/team/persons/${persons[name]}/persistedfaces`, {
        url: `https://example.com/${name}.jpg`,
      });
    }
    await send("POST", "/persongroups/team/train");
    now += 10;
    const detected = await send("POST", "/detect?returnFaceId=true", { url: "https://example.com/ben.jpg" });
    const answer = await send("POST", "/identify", { faceIds: [detected.body[0].faceId], personGroupId: "team" });
    expect(answer.body[0].candidates).toEqual([{ personId: persons.ben, confidence: expect.any(Number) }]);
  });

  it("is still its image after its userData changes, across a restart too", async () => {
    const dir = await mkdtemp(join(tmpdir(), "emulator-data-"));
    try {
      const dataFile = join(dir, "state.json");
      emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock, dataFile });
      await send("PUT", "/persongroups/team", { name: "Team" });
      const { personId } = (await send("POST", "/persongroups/team/persons", { name: "Ann" })).body;
      const faces = `/persongroups/team/persons/${personId}/persistedfaces`;
      const { persistedFaceId } = (await send("POST", faces, image(1))).body;
      expect((await send("PATCH", `${faces}/${persistedFaceId}`, { userData: "side" })).status).toBe(200);
      await emulator.close();
      emulator = await startEmulator({ queueMs: 0, trainingMs: 10, now: clock, dataFile });
      await send("POST", "/persongroups/team/train");
      now += 10;
      const ann = await detect(image(1));
      expect((await send("POST", "/identify", { faceIds: [ann], personGroupId: "team" })).body[0].candidates).toEqual([
        { personId, confidence: expect.any(Number) },
      ]);
    } finally {
      await emulator?.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
