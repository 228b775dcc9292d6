// Liveness sessions through the HTTP API (v1.2): created, read and deleted as the service answers
// them (the JS SDK's recorded sessions), the device's attempt played on the emulator's own route
// with the session's token, the session image it keeps and detect from it, verify against the
// reference image of a form, refusals, and a restart with a data file (what a form itself is
// refused for: forms.test.ts). Every Face API answer is checked against its operation's schema in
// the table.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operations } from "@face-training/spec";
import { Ajv } from "ajv";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";
import { image, key } from "./requests.js";

const LIVENESS = "/detectLiveness-sessions";
const WITH_VERIFY = "/detectLivenessWithVerify-sessions";
const DEVICE = "/emulator/liveness-sessions";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const op = (name: string) => {
  const found = operations.find((o) => o.name === name);
  if (!found) throw new Error(`no ${name} in the table`);
  return found;
};

let emulator: Emulator;
let now = Date.parse("2026-03-01T10:00:00Z");
const tick = (ms: number) => {
  now += ms;
};
async function start(options: Parameters<typeof startEmulator>[0] = {}) {
  emulator = await startEmulator({ livenessMs: 1000, now: () => now, ...options });
}
beforeEach(() => start());
afterEach(() => emulator.close());

// Each answer is held against its operation's success schema, as the table gives it.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const conforms = (name: string, body: unknown) => {
  const validate = ajv.compile(op(name).success.body?.schema ?? {});
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
};

/** A Face API request (v1.2): a JSON body, image bytes, or a form. */
async function send(method: string, path: string, body?: object | Uint8Array<ArrayBuffer> | FormData) {
  const type =
    body instanceof FormData
      ? {}
      : body instanceof Uint8Array
        ? { "content-type": "application/octet-stream" }
        : body && { "content-type": "application/json" };
  const response = await fetch(`${emulator.url}/face/v1.2${path}`, {
    method,
    headers: { ...key, ...type },
    ...(body && { body: body instanceof FormData || body instanceof Uint8Array ? body : JSON.stringify(body) }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const json = response.headers.get("content-type")?.startsWith("application/json");
  return {
    status: response.status,
    headers: response.headers,
    code: response.headers.get("x-ms-error-code"),
    body: json ? JSON.parse(new TextDecoder().decode(bytes)) : undefined,
    bytes,
  };
}

/** The device's attempt on a session, with its token (no key), and any further headers (a key). */
async function attempt(sessionId: string, token: string | undefined, body: unknown, headers = {}) {
  const response = await fetch(`${emulator.url}${DEVICE}/${sessionId}/attempts`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
/** The console's attempt: the emulator's key in place of the session's token. */
const withKey = (sessionId: string, body: unknown, given = key) => attempt(sessionId, undefined, body, given);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** A form creating a session with verify: its fields, and the reference image as its file part. */
function form(fields: Record<string, string>, reference: Uint8Array<ArrayBuffer> | null = image(1)) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (reference) data.append("verifyImage", new Blob([reference]), "verifyImage.png");
  return data;
}

const createLiveness = async (body: object = { livenessOperationMode: "Passive", enableSessionImage: true }) => {
  const created = await send("POST", LIVENESS, body);
  expect(created.status).toBe(200);
  return created.body as { sessionId: string; authToken: string };
};

/** The face detect finds in image bytes, as an answer has it (no faceId: it is new each time). */
const detected = async (bytes: Uint8Array<ArrayBuffer>) =>
  (await send("POST", "/detect?returnFaceId=false&returnFaceLandmarks=true", bytes)).body;

describe("a liveness session", () => {
  it("is created NotStarted with a fresh id, a token and the model version, and reads back with its token empty", async () => {
    const created = await send("POST", LIVENESS, { livenessOperationMode: "Passive", deviceCorrelationId: "d-1" });
    expect(created.status).toBe(op("createLivenessSession").success.status);
    conforms("createLivenessSession", created.body);
    expect(created.body).toEqual({
      sessionId: expect.stringMatching(UUID),
      authToken: expect.stringMatching(/^[\w-]{32,}$/),
      status: "NotStarted",
      modelVersion: "2024-11-15",
      results: { attempts: [] },
    });
    const other = await createLiveness();
    expect(other.sessionId).not.toBe(created.body.sessionId);
    expect(other.authToken).not.toBe(created.body.authToken);

    const read = await send("GET", `${LIVENESS}/${created.body.sessionId}`);
    conforms("getLivenessSessionResult", read.body);
    expect(read.body).toEqual({ ...created.body, authToken: "" });
  });

  it("runs the device's attempt on the clock: Running without the model version, then Succeeded with its result", async () => {
    const { sessionId, authToken } = await createLiveness();
    const seen = image(7);
    const accepted = await attempt(sessionId, authToken, { decision: "realface", image: base64(seen) });
    expect(accepted).toEqual({ status: 202, body: { sessionId, attemptId: 1 } });

    const running = await send("GET", `${LIVENESS}/${sessionId}`);
    conforms("getLivenessSessionResult", running.body);
    expect(running.body).toEqual({ sessionId, authToken: "", status: "Running", results: { attempts: [] } });

    tick(1000);
    const done = await send("GET", `${LIVENESS}/${sessionId}`);
    conforms("getLivenessSessionResult", done.body);
    const [face] = await detected(seen);
    expect(done.body).toEqual({
      sessionId,
      authToken: "",
      status: "Succeeded",
      modelVersion: "2024-11-15",
      results: {
        attempts: [
          {
            attemptId: 1,
            attemptStatus: "Succeeded",
            result: {
              livenessDecision: "realface",
              targets: { color: { faceRectangle: face.faceRectangle } },
              digest: createHash("sha256").update(seen).digest("hex").toUpperCase(),
              sessionImageId: expect.stringMatching(/^[\w-]{44}$/),
            },
          },
        ],
      },
    });
  });

  it("keeps the image the device saw: its bytes at its session image id, and detect from that id answers as detect from the bytes", async () => {
    const { sessionId, authToken } = await createLiveness();
    const seen = image(7);
    await attempt(sessionId, authToken, { decision: "spoofface", image: base64(seen) });
    tick(1000);
    const { sessionImageId, livenessDecision } = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results
      .attempts[0].result;
    expect(livenessDecision).toBe("spoofface");

    const kept = await send("GET", `/sessionImages/${sessionImageId}`);
    expect(kept.status).toBe(200);
    expect(kept.headers.get("content-type")).toBe("application/octet-stream");
    expect(kept.headers.get("content-disposition")).toBe(
      `attachment; filename=${sessionImageId}.png; filename*=UTF-8''${sessionImageId}.png`,
    );
    expect(kept.bytes).toEqual(seen);

    const query = "?returnFaceId=false&returnFaceLandmarks=true&returnFaceAttributes=headPose,glasses";
    const fromId = await send("POST", `/detect${query}`, { sessionImageId });
    const fromBytes = await send("POST", `/detect${query}`, seen);
    expect(fromId.status).toBe(200);
    expect(fromId.body).toEqual(fromBytes.body);
    // Its face is the face of those bytes: a faceId of each verifies as the same face.
    const [one] = (await send("POST", "/detect?returnFaceId=true", { sessionImageId })).body;
    const [two] = (await send("POST", "/detect?returnFaceId=true", seen)).body;
    const verified = await send("POST", "/verify", { faceId1: one.faceId, faceId2: two.faceId });
    expect(verified.body).toMatchObject({ isIdentical: true });
  });

  it("keeps no image when it was created without enableSessionImage, and answers an attempt without an image with a fixed face and the digest of the attempt", async () => {
    const { sessionId, authToken } = await createLiveness({ livenessOperationMode: "PassiveActive" });
    await attempt(sessionId, authToken, { decision: "uncertain", image: base64(image(7)) });
    const other = await createLiveness({ livenessOperationMode: "Passive", enableSessionImage: true });
    await attempt(other.sessionId, other.authToken, { decision: "realface" });
    tick(1000);
    const [kept] = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results.attempts;
    expect(kept.result).not.toHaveProperty("sessionImageId");
    const [blind] = (await send("GET", `${LIVENESS}/${other.sessionId}`)).body.results.attempts;
    expect(blind.result).not.toHaveProperty("sessionImageId");
    expect(blind.result.digest).toBe(
      createHash("sha256").update(`${other.sessionId}/1/realface`).digest("hex").toUpperCase(),
    );
    const third = await createLiveness();
    await attempt(third.sessionId, third.authToken, { decision: "realface" });
    tick(1000);
    const [again] = (await send("GET", `${LIVENESS}/${third.sessionId}`)).body.results.attempts;
    expect(again.result.targets).toEqual(blind.result.targets);
  });

  it("is deleted with 204 and no body, then reads 404 SessionNotFound in the service's words; its image goes with it", async () => {
    const { sessionId, authToken } = await createLiveness();
    await attempt(sessionId, authToken, { decision: "realface", image: base64(image(7)) });
    tick(1000);
    const { sessionImageId } = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results.attempts[0].result;

    const deleted = await send("DELETE", `${LIVENESS}/${sessionId}`);
    expect(deleted.status).toBe(op("deleteLivenessSession").success.status);
    expect(deleted.bytes).toHaveLength(0);
    const read = await send("GET", `${LIVENESS}/${sessionId}`);
    expect({ status: read.status, code: read.code }).toEqual(op("getLivenessSessionResult").errorCodes?.notFound);
    expect(read.body).toEqual({
      error: {
        code: "SessionNotFound",
        message: "Session Id is not found. The session id is expired or does not exist.",
      },
    });
    const again = await send("DELETE", `${LIVENESS}/${sessionId}`);
    expect(again.status).toBe(404);
    const kept = await send("GET", `/sessionImages/${sessionImageId}`);
    expect({ status: kept.status, code: kept.code }).toEqual(op("getSessionImage").errorCodes?.notFound);
    const detect = await send("POST", "/detect", { sessionImageId });
    expect({ status: detect.status, code: detect.code }).toEqual(op("detectFromSessionImageId").errorCodes?.notFound);
  });

  it("is one kind's: a liveness session is not found among those with verify", async () => {
    const { sessionId } = await createLiveness();
    const read = await send("GET", `${WITH_VERIFY}/${sessionId}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe("SessionNotFound");
  });
});

describe("a liveness session with verify", () => {
  it("is created from a form with a reference image, answering the face detect finds in it as its reference", async () => {
    const created = await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive" }, image(1)));
    expect(created.status).toBe(op("createLivenessWithVerifySession").success.status);
    conforms("createLivenessWithVerifySession", created.body);
    const [face] = await detected(image(1));
    expect(created.body).toEqual({
      sessionId: expect.stringMatching(UUID),
      authToken: expect.any(String),
      status: "NotStarted",
      modelVersion: "2024-11-15",
      results: {
        attempts: [],
        verifyReferences: [
          { referenceType: "image", faceRectangle: face.faceRectangle, qualityForRecognition: "high" },
        ],
      },
    });
    // Reads leave the reference's type out, as recorded.
    const read = await send("GET", `${WITH_VERIFY}/${created.body.sessionId}`);
    conforms("getLivenessWithVerifySessionResult", read.body);
    expect(read.body.results.verifyReferences).toEqual([
      { faceRectangle: face.faceRectangle, qualityForRecognition: "high" },
    ]);
  });

  it("verifies the face the device saw against the reference: the same image is identical, another face is not", async () => {
    const fields = { livenessOperationMode: "Passive", enableSessionImage: "true" };
    const same = (await send("POST", WITH_VERIFY, form(fields, image(1)))).body;
    const other = (await send("POST", WITH_VERIFY, form(fields, image(1)))).body;
    await attempt(same.sessionId, same.authToken, { decision: "realface", image: base64(image(1)) });
    await attempt(other.sessionId, other.authToken, { decision: "realface", image: base64(image(2)) });
    tick(1000);
    const matched = (await send("GET", `${WITH_VERIFY}/${same.sessionId}`)).body;
    conforms("getLivenessWithVerifySessionResult", matched);
    expect(matched.status).toBe("Succeeded");
    expect(matched.results.attempts[0].result).toMatchObject({
      livenessDecision: "realface",
      verifyResult: { matchConfidence: expect.any(Number), isIdentical: true },
      sessionImageId: expect.any(String),
    });
    expect(matched.results.attempts[0].result.verifyResult.matchConfidence).toBeGreaterThan(0.9);
    const missed = (await send("GET", `${WITH_VERIFY}/${other.sessionId}`)).body;
    expect(missed.results.attempts[0].result.verifyResult).toEqual({
      matchConfidence: expect.any(Number),
      isIdentical: false,
    });
    expect(missed.results.attempts[0].result.verifyResult.matchConfidence).toBeLessThan(0.5);
  });

  it("judges a match by the form's verifyConfidenceThreshold: over the same face's confidence, even the same image is not identical", async () => {
    const strict = (
      await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive", verifyConfidenceThreshold: "0.99" }))
    ).body;
    const lax = (
      await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive", verifyConfidenceThreshold: "0" }))
    ).body;
    await attempt(strict.sessionId, strict.authToken, { decision: "realface", image: base64(image(1)) });
    await attempt(lax.sessionId, lax.authToken, { decision: "realface", image: base64(image(2)) });
    tick(1000);
    const [judged] = (await send("GET", `${WITH_VERIFY}/${strict.sessionId}`)).body.results.attempts;
    expect(judged.result.verifyResult.isIdentical).toBe(false);
    const [anyone] = (await send("GET", `${WITH_VERIFY}/${lax.sessionId}`)).body.results.attempts;
    expect(anyone.result.verifyResult.isIdentical).toBe(true);
  });
});

describe("a session with verify, at its edges", () => {
  it("judges a match identical when its confidence is the threshold exactly", async () => {
    const judged = async (threshold: string) => {
      const created = (
        await send(
          "POST",
          WITH_VERIFY,
          form({ livenessOperationMode: "Passive", verifyConfidenceThreshold: threshold }),
        )
      ).body;
      await attempt(created.sessionId, created.authToken, { decision: "realface", image: base64(image(1)) });
      tick(1000);
      return (await send("GET", `${WITH_VERIFY}/${created.sessionId}`)).body.results.attempts[0].result.verifyResult;
    };
    const { matchConfidence } = await judged("0");
    expect(await judged(String(matchConfidence))).toEqual({ matchConfidence, isIdentical: true });
    expect(await judged(String(matchConfidence + 0.001))).toEqual({ matchConfidence, isIdentical: false });
  });

  it("names a session image it does not have, and files a JPEG it keeps as .jpg", async () => {
    const missing = await send("GET", "/sessionImages/Anotkept");
    expect({ status: missing.status, code: missing.code }).toEqual(op("getSessionImage").errorCodes?.notFound);
    expect(missing.body.error.message).toContain("'Anotkept'");
    const { sessionId, authToken } = await createLiveness();
    const jpeg = image(4);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    await attempt(sessionId, authToken, { decision: "realface", image: base64(jpeg) });
    tick(1000);
    const { sessionImageId } = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results.attempts[0].result;
    const kept = await send("GET", `/sessionImages/${sessionImageId}`);
    expect(kept.headers.get("content-disposition")).toBe(
      `attachment; filename=${sessionImageId}.jpg; filename*=UTF-8''${sessionImageId}.jpg`,
    );
  });
});

describe("the device's route", () => {
  it("takes the session's token; refuses none, another session's, the key as a bearer token, or a deleted session's with 401", async () => {
    const { sessionId, authToken } = await createLiveness();
    const other = await createLiveness();
    const refusals = [
      await attempt(sessionId, undefined, { decision: "realface" }),
      await attempt(sessionId, other.authToken, { decision: "realface" }),
      await attempt(sessionId, "emulator-key", { decision: "realface" }),
      // The token is checked before the body is read: a body it would refuse is no 400 here.
      await attempt(sessionId, other.authToken, { decision: "maybe" }),
    ];
    await send("DELETE", `${LIVENESS}/${other.sessionId}`);
    refusals.push(await attempt(other.sessionId, other.authToken, { decision: "realface" }));
    for (const refused of refusals) {
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ error: { code: "401", message: expect.stringContaining("token") } });
    }
    expect((await attempt(sessionId, authToken, { decision: "realface" })).status).toBe(202);
  });

  it("takes the emulator's key in place of the token, for the console: the attempt runs as the device's would", async () => {
    const { sessionId, authToken } = await createLiveness();
    const seen = image(7);
    expect(await withKey(sessionId, { decision: "spoofface", image: base64(seen) })).toEqual({
      status: 202,
      body: { sessionId, attemptId: 1 },
    });
    expect((await send("GET", `${LIVENESS}/${sessionId}`)).body.status).toBe("Running");
    tick(1000);
    const [made] = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results.attempts;
    expect(made.result).toMatchObject({
      livenessDecision: "spoofface",
      digest: createHash("sha256").update(seen).digest("hex").toUpperCase(),
    });
    // The attempt is the session's one: its token is used now.
    const late = await attempt(sessionId, authToken, { decision: "realface" });
    expect(late.status).toBe(401);
    expect(late.body.error.message).toContain("was used");
  });

  it("holds the key to every other rule: one attempt per session, none after the token's expiry, none on a deleted session", async () => {
    const used = await createLiveness();
    expect((await attempt(used.sessionId, used.authToken, { decision: "realface" })).status).toBe(202);
    const again = await withKey(used.sessionId, { decision: "spoofface" });
    expect(again.status).toBe(401);
    expect(again.body.error.message).toContain("was used");

    const deleted = await createLiveness();
    await send("DELETE", `${LIVENESS}/${deleted.sessionId}`);
    const gone = await withKey(deleted.sessionId, { decision: "realface" });
    expect(gone).toEqual({
      status: 401,
      body: { error: { code: "401", message: expect.stringContaining("not found") } },
    });

    const brief = await createLiveness({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: 60 });
    tick(60_000);
    const expired = await withKey(brief.sessionId, { decision: "realface" });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toContain("expired");
    // And the body's rules: a decision the spec does not have is a 400.
    const open = await createLiveness();
    expect((await withKey(open.sessionId, { decision: "maybe" })).status).toBe(400);
  });

  it("refuses a key that is not the emulator's as the Face API does, even beside the session's token", async () => {
    const { sessionId, authToken } = await createLiveness();
    const wrong = { "Ocp-Apim-Subscription-Key": "not-the-key" };
    const refusals = [
      await withKey(sessionId, { decision: "realface" }, wrong),
      await attempt(sessionId, authToken, { decision: "realface" }, wrong),
    ];
    const face = await fetch(`${emulator.url}/face/v1.2${LIVENESS}/${sessionId}`, { headers: wrong });
    const theFaceApis = { status: face.status, body: await face.json() };
    expect(theFaceApis.status).toBe(401);
    for (const refused of refusals) expect(refused).toEqual(theFaceApis);
    expect(JSON.stringify(refusals)).not.toContain("not-the-key");
    // Nothing was attempted: the token still takes the attempt.
    expect((await attempt(sessionId, authToken, { decision: "realface" })).status).toBe(202);
  });

  it("refuses a token already used: the session's attempt is done, running or not", async () => {
    const { sessionId, authToken } = await createLiveness();
    expect((await attempt(sessionId, authToken, { decision: "realface" })).status).toBe(202);
    const running = await attempt(sessionId, authToken, { decision: "spoofface" });
    expect(running.status).toBe(401);
    expect(running.body.error.message).toContain("was used");
    tick(1000);
    expect((await attempt(sessionId, authToken, { decision: "spoofface" })).status).toBe(401);
    const [only] = (await send("GET", `${LIVENESS}/${sessionId}`)).body.results.attempts;
    expect(only.result.livenessDecision).toBe("realface");
  });

  it("refuses a token authTokenTimeToLiveInSeconds after the session's creation, on the emulator's clock; 600 s when the create names none", async () => {
    const brief = await createLiveness({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: 60 });
    const plain = await createLiveness({ livenessOperationMode: "Passive" });
    const verify = (await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive" }))).body;
    tick(59_999);
    expect((await attempt(brief.sessionId, brief.authToken, { decision: "realface" })).status).toBe(202);
    const late = await createLiveness({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: 60 });
    tick(60_000);
    const expired = await attempt(late.sessionId, late.authToken, { decision: "realface" });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toContain("expired");
    tick(600_000 - 60_000 - 59_999 - 1);
    expect((await attempt(plain.sessionId, plain.authToken, { decision: "realface" })).status).toBe(202);
    tick(1);
    // A form's time to live has no default in its schema: the JSON create's is taken.
    expect((await attempt(verify.sessionId, verify.authToken, { decision: "realface" })).status).toBe(401);
    // The session itself is still there to read.
    expect((await send("GET", `${LIVENESS}/${late.sessionId}`)).body.status).toBe("NotStarted");
  });

  it.each([
    [
      "a decision the spec does not have",
      { decision: "maybe" },
      "the emulator knows uncertain, realface, spoofface",
      "BadArgument",
    ],
    ["no decision", {}, "decision", "BadArgument"],
    ["an unknown property", { decision: "realface", face: "x" }, "additional properties", "BadArgument"],
    ["an image that is no base64", { decision: "realface", image: "a picture!" }, "base64", "BadArgument"],
    [
      "an image that is no image",
      { decision: "realface", image: base64(new Uint8Array(2048)) },
      "unsupported",
      "InvalidImage",
    ],
    [
      "an image too small",
      { decision: "realface", image: base64(image(1).slice(0, 64)) },
      "too small",
      "InvalidImageSize",
    ],
    ["an empty image", { decision: "realface", image: "" }, "image", "BadArgument"],
    ["an image that is not a string", { decision: "realface", image: 5 }, "image", "BadArgument"],
  ])("refuses %s with 400, leaving the token unused", async (_name, body, says, code) => {
    const { sessionId, authToken } = await createLiveness();
    const refused = await attempt(sessionId, authToken, body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(says);
    expect(refused.body.error.code).toBe(code);
    expect((await attempt(sessionId, authToken, { decision: "realface" })).status).toBe(202);
  });

  it("lists every session with its kind, status and decision on the emulator's own listing", async () => {
    const one = await createLiveness();
    const two = (await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive" }))).body;
    await attempt(one.sessionId, one.authToken, { decision: "spoofface" });
    const listed = async () => (await fetch(`${emulator.url}${DEVICE}`)).json();
    expect(await listed()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "liveness",
          id: one.sessionId,
          status: "Running",
          running: true,
          acceptsAttempt: false,
          decision: null,
        }),
        expect.objectContaining({
          kind: "livenessWithVerify",
          id: two.sessionId,
          status: "NotStarted",
          acceptsAttempt: true,
          verifies: true,
        }),
      ]),
    );
    tick(1000);
    expect(await listed()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: one.sessionId, status: "Succeeded", running: false, decision: "spoofface" }),
      ]),
    );
    // A token expired: the session takes no attempt any more.
    tick(600_000);
    expect(await listed()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: two.sessionId, status: "NotStarted", acceptsAttempt: false }),
      ]),
    );
  });
});

describe("v1.2-preview.1's liveness sessions", () => {
  const SINGLE = "/detectLiveness/singleModal/sessions";
  const SINGLE_VERIFY = "/detectLivenessWithVerify/singleModal/sessions";
  /** A Face API request of v1.2-preview.1: a JSON body or a form's bytes. */
  async function preview(method: string, path: string, body?: object | Uint8Array<ArrayBuffer>) {
    const type =
      body instanceof Uint8Array
        ? { "content-type": `multipart/form-data; boundary=${BOUNDARY}` }
        : body && { "content-type": "application/json" };
    const response = await fetch(`${emulator.url}/face/v1.2-preview.1${path}`, {
      method,
      headers: { ...key, ...type },
      ...(body && { body: body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  const BOUNDARY = "preview-form";
  /**
   * A form as the official SDK sends it: its parameters as a JSON part with no file name (which
   * FormData cannot write: a Blob gets one), then the reference image as the `VerifyImage` file.
   */
  const form = (parameters: object, reference: Uint8Array) =>
    new Uint8Array(
      Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="Parameters"\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(parameters)}\r\n` +
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="VerifyImage"; filename="VerifyImage"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        Buffer.from(reference),
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    );
  const create = async (body: object = { livenessOperationMode: "Passive", deviceCorrelationId: "device-1" }) => {
    const created = await preview("POST", SINGLE, body);
    expect(created.status).toBe(200);
    conforms("createLivenessSessionBeforeV1_2", created.body);
    return created.body as { sessionId: string; authToken: string };
  };

  it("is created with its id and token alone, and reads NotStarted with its fields, then Started, then ResultAvailable with its attempt's audit entry", async () => {
    const created = await create();
    expect(Object.keys(created).sort()).toEqual(["authToken", "sessionId"]);
    const { sessionId, authToken } = created;
    const read = async () => {
      const answer = await preview("GET", `${SINGLE}/${sessionId}`);
      conforms("getLivenessSessionResultBeforeV1_2", answer.body);
      return answer.body;
    };
    expect(await read()).toEqual({
      id: sessionId,
      createdDateTime: new Date(now).toISOString(),
      sessionExpired: false,
      deviceCorrelationId: "device-1",
      authTokenTimeToLiveInSeconds: 600,
      status: "NotStarted",
    });

    const seen = image(7);
    const startedAt = now;
    await attempt(sessionId, authToken, { decision: "spoofface", image: base64(seen) });
    expect(await read()).toMatchObject({ status: "Started", sessionStartDateTime: new Date(startedAt).toISOString() });
    expect(await read()).not.toHaveProperty("result");

    tick(1000);
    const done = await read();
    const [face] = await detected(seen);
    expect(done).toMatchObject({ status: "ResultAvailable" });
    expect(done.result).toEqual({
      id: 1,
      sessionId,
      requestId: expect.stringMatching(UUID),
      receivedDateTime: new Date(startedAt).toISOString(),
      request: {
        url: "/face/v1.2-preview.1/detectLiveness/singleModal",
        method: "POST",
        contentLength: seen.length,
        contentType: "multipart/form-data",
      },
      response: {
        body: {
          livenessDecision: "spoofface",
          target: {
            faceRectangle: face.faceRectangle,
            fileName: expect.any(String),
            timeOffsetWithinFile: 0,
            imageType: "Color",
          },
          modelVersionUsed: expect.any(String),
        },
        statusCode: 200,
        latencyInMilliseconds: 1000,
      },
      digest: createHash("sha256").update(seen).digest("hex").toUpperCase(),
    });

    const entries = await preview("GET", `${SINGLE}/${sessionId}/audit`);
    conforms("getLivenessSessionAuditEntries", entries.body);
    expect(entries).toEqual({ status: 200, body: [done.result] });
  });

  it("are listed by id, from the one after start, top at a time, each kind on its own", async () => {
    const ids = [(await create()).sessionId, (await create()).sessionId, (await create()).sessionId].sort();
    await preview("POST", SINGLE_VERIFY, { livenessOperationMode: "Passive" });
    const page = async (query: string) => {
      const answer = await preview("GET", `${SINGLE}${query}`);
      conforms("getLivenessSessions", answer.body);
      return (answer.body as { id: string }[]).map((item) => item.id);
    };
    expect(await page("")).toEqual(ids);
    expect(await page("?top=2")).toEqual(ids.slice(0, 2));
    expect(await page(`?start=${ids[0]}&top=1`)).toEqual([ids[1]]);
    expect(await page(`?start=${ids[2]}`)).toEqual([]);
  });

  it("read sessionExpired once their token's time to live has passed", async () => {
    const { sessionId } = await create({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: 60 });
    tick(59_999);
    expect((await preview("GET", `${SINGLE}/${sessionId}`)).body.sessionExpired).toBe(false);
    tick(1);
    expect((await preview("GET", `${SINGLE}/${sessionId}`)).body.sessionExpired).toBe(true);
  });

  it("are deleted with 200 and no body, then read 404 SessionNotFound, their audit entries too", async () => {
    const { sessionId, authToken } = await create();
    await attempt(sessionId, authToken, { decision: "realface" });
    expect(await preview("DELETE", `${SINGLE}/${sessionId}`)).toEqual({ status: 200, body: undefined });
    for (const path of [`${SINGLE}/${sessionId}`, `${SINGLE}/${sessionId}/audit`]) {
      const gone = await preview("GET", path);
      expect([gone.status, gone.body?.error?.code]).toEqual([404, "SessionNotFound"]);
    }
  });

  it("with verify from a form with its parameters as a JSON part answer the reference's face, and judge the same face identical", async () => {
    const reference = image(3);
    const data = form({ livenessOperationMode: "Passive", deviceCorrelationId: "device-2" }, reference);
    const created = await preview("POST", SINGLE_VERIFY, data);
    expect(created.status).toBe(200);
    conforms("createLivenessWithVerifySessionWithVerifyImage", created.body);
    const [face] = await detected(reference);
    expect(created.body.verifyImage).toEqual({
      faceRectangle: face.faceRectangle,
      qualityForRecognition: expect.any(String),
    });
    const { sessionId, authToken } = created.body;
    await attempt(sessionId, authToken, { decision: "realface", image: base64(reference) });
    tick(1000);
    const read = await preview("GET", `${SINGLE_VERIFY}/${sessionId}`);
    conforms("getLivenessWithVerifySessionResultBeforeV1_2", read.body);
    expect(read.body).toMatchObject({ deviceCorrelationId: "device-2", status: "ResultAvailable" });
    expect(read.body.result.request.url).toBe("/face/v1.2-preview.1/detectLivenessWithVerify/singleModal");
    expect(read.body.result.response.body.verifyResult).toEqual({
      verifyImage: created.body.verifyImage,
      matchConfidence: expect.any(Number),
      isIdentical: true,
    });
  });

  it("audit a device's request as it came: an attempt without an image as JSON, a kept image with its session image id", async () => {
    const blind = await create();
    await attempt(blind.sessionId, blind.authToken, { decision: "realface" });
    const keeping = await create({ livenessOperationMode: "Passive", enableSessionImage: true });
    const seen = image(8);
    await attempt(keeping.sessionId, keeping.authToken, { decision: "realface", image: base64(seen) });
    tick(1000);
    const [plain] = (await preview("GET", `${SINGLE}/${blind.sessionId}/audit`)).body;
    expect(plain.request).toMatchObject({ contentType: "application/json", contentLength: 0 });
    expect(plain).not.toHaveProperty("sessionImageId");
    const [kept] = (await preview("GET", `${SINGLE}/${keeping.sessionId}/audit`)).body;
    expect(kept.request).toMatchObject({ contentType: "multipart/form-data", contentLength: seen.length });
    expect(kept.sessionImageId).toEqual(expect.any(String));
    expect((await send("GET", `/sessionImages/${kept.sessionImageId}`)).bytes).toEqual(seen);
  });

  it("refuses a form without its JSON part's required field, naming it, and creates nothing", async () => {
    const refused = await preview("POST", SINGLE_VERIFY, form({ deviceCorrelationId: "d" }, image(3)));
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("livenessOperationMode");
    expect((await preview("GET", SINGLE_VERIFY)).body).toEqual([]);
  });
});

describe("liveness sessions with a data file", () => {
  it("keep their token, their reference, their attempt and their image across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "liveness-"));
    try {
      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      const waiting = await createLiveness();
      const verify = (
        await send("POST", WITH_VERIFY, form({ livenessOperationMode: "Passive", enableSessionImage: "true" }))
      ).body;
      await attempt(verify.sessionId, verify.authToken, { decision: "realface", image: base64(image(1)) });
      const before = (await send("GET", `${WITH_VERIFY}/${verify.sessionId}`)).body;

      await emulator.close();
      await start({ dataFile: join(dir, "state.mdb") });
      expect((await send("GET", `${WITH_VERIFY}/${verify.sessionId}`)).body).toEqual(before);
      tick(1000);
      const done = (await send("GET", `${WITH_VERIFY}/${verify.sessionId}`)).body;
      expect(done.results.attempts[0].result.verifyResult.isIdentical).toBe(true);
      const kept = await send("GET", `/sessionImages/${done.results.attempts[0].result.sessionImageId}`);
      expect(kept.bytes).toEqual(image(1));
      expect((await attempt(waiting.sessionId, waiting.authToken, { decision: "realface" })).status).toBe(202);
      expect((await attempt(verify.sessionId, verify.authToken, { decision: "realface" })).status).toBe(401);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
