// Liveness sessions (v1.2, and v1.2-preview.1's), through the packed client against the emulator, every answer checked
// against the OpenAPI: the app's server creates a session with the client; the device's side
// (what the Liveness SDK does on a phone, outside the Face API's contract) is played through the
// emulator's own route, with the session's token; the server then reads the decision, the
// session's image and the faces in it, and deletes the session. With verify, the reference
// image goes up as multipart form data, and the face the device saw is compared with it.
import type { FaceClient } from "@face-training/client";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkingFetch } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";
import { png } from "./support/samples.js";

let emulator: Emulator;
let packed: typeof import("@face-training/client");
let client: FaceClient<"v1.2">;
let problems: string[];
/** The emulator's clock: an attempt runs 2 s on it, as the recorded ones took. */
let clock = 0;

beforeEach(async () => {
  problems = [];
  clock = Date.parse("2026-03-01T09:00:00Z");
  packed = await importPackedClient();
  emulator = await startEmulator({ key: "liveness-key", livenessMs: 2000, now: () => clock });
  client = packed.createFaceClient({
    endpoint: emulator.url,
    credential: { key: "liveness-key" },
    fetch: checkingFetch(problems),
  });
});
afterEach(async () => {
  await emulator.close();
  expect(problems).toEqual([]);
});

/**
 * The device's attempt, as the emulator plays it: the session's token, the decision, the image it
 * saw; `done` lets the attempt's time pass.
 */
async function attempt(sessionId: string, authToken: string, decision: string, image?: Uint8Array, done = true) {
  const answer = await fetch(`${emulator.url}/emulator/liveness-sessions/${sessionId}/attempts`, {
    method: "POST",
    headers: { authorization: `Bearer ${authToken}`, "content-type": "application/json" },
    body: JSON.stringify({ decision, ...(image && { image: Buffer.from(image).toString("base64") }) }),
  });
  if (done) clock += 2000;
  return answer;
}

describe("liveness sessions, through the packed client, against the emulator", () => {
  it("creates a session, reads the device's decision, its image and the face in it, then deletes it", async () => {
    const created = await client.createLivenessSession({
      livenessOperationMode: "Passive",
      deviceCorrelationId: "device-1",
      enableSessionImage: true,
    });
    expect(created).toMatchObject({ status: "NotStarted", results: { attempts: [] } });
    expect(created.authToken).not.toBe("");
    const { sessionId } = created;
    // A read never gives the token back.
    await expect(client.getLivenessSessionResult(sessionId)).resolves.toMatchObject({
      sessionId,
      authToken: "",
      status: "NotStarted",
    });

    const seen = png(1);
    expect((await attempt(sessionId, created.authToken, "realface", seen, false)).ok).toBe(true);
    // While the device's attempt runs, as recorded: running, its model version not yet said.
    const running = await client.getLivenessSessionResult(sessionId);
    expect(running).toMatchObject({ status: "Running", results: { attempts: [] } });
    expect(running).not.toHaveProperty("modelVersion");
    clock += 2000;
    const read = await client.getLivenessSessionResult(sessionId);
    expect(read.status).toBe("Succeeded");
    const [first] = read.results.attempts;
    expect(first).toMatchObject({ attemptId: 1, attemptStatus: "Succeeded", result: { livenessDecision: "realface" } });
    expect(first?.result?.digest).toMatch(/^[0-9A-F]{64}$/);

    // The image the device saw, kept because the session asked for it, and the face in it.
    const imageId = first?.result?.sessionImageId as string;
    await expect(client.getSessionImage(imageId)).resolves.toEqual(seen);
    const [face] = await client.detectFromSessionImageId({ sessionImageId: imageId });
    const [same] = await client.detect(seen);
    expect(face?.faceRectangle).toEqual(same?.faceRectangle);

    // The token served its one attempt.
    expect((await attempt(sessionId, created.authToken, "realface", seen)).status).toBe(401);

    await client.deleteLivenessSession(sessionId);
    await expect(client.getLivenessSessionResult(sessionId)).rejects.toMatchObject({
      status: 404,
      code: "SessionNotFound",
    });
  });

  it("creates a session with verify from a reference image, and matches the same face, not another", async () => {
    const reference = png(2);
    const same = await client.createLivenessWithVerifySession(reference, { livenessOperationMode: "PassiveActive" });
    expect(same.results.verifyReferences).toEqual([
      expect.objectContaining({ faceRectangle: expect.any(Object), qualityForRecognition: expect.any(String) }),
    ]);
    await attempt(same.sessionId, same.authToken, "realface", reference);
    const matched = await client.getLivenessWithVerifySessionResult(same.sessionId);
    expect(matched.results.attempts[0]?.result).toMatchObject({
      livenessDecision: "realface",
      verifyResult: { isIdentical: true },
    });

    const other = await client.createLivenessWithVerifySession(reference, { livenessOperationMode: "Passive" });
    await attempt(other.sessionId, other.authToken, "spoofface", png(3));
    const notMatched = await client.getLivenessWithVerifySessionResult(other.sessionId);
    expect(notMatched.results.attempts[0]?.result).toMatchObject({
      livenessDecision: "spoofface",
      verifyResult: { isIdentical: false },
    });

    await client.deleteLivenessWithVerifySession(other.sessionId);
    await expect(client.getLivenessWithVerifySessionResult(other.sessionId)).rejects.toMatchObject({
      code: "SessionNotFound",
    });
  });

  it("refuses a bad session before sending: a token's time to live out of range, an image too small", async () => {
    await expect(
      client.createLivenessSession({ livenessOperationMode: "Passive", authTokenTimeToLiveInSeconds: 10 }),
    ).rejects.toBeInstanceOf(packed.FaceValidationError);
    await expect(
      client.createLivenessWithVerifySession(new Uint8Array(10), { livenessOperationMode: "Passive" }),
    ).rejects.toBeInstanceOf(packed.FaceValidationError);
  });
});

describe("v1.2-preview.1's liveness sessions, through the packed client, against the emulator", () => {
  let preview: FaceClient<"v1.2-preview.1">;
  beforeEach(() => {
    preview = packed.createFaceClient({
      endpoint: emulator.url,
      apiVersion: "v1.2-preview.1",
      credential: { key: "liveness-key" },
      fetch: checkingFetch(problems),
    });
  });

  it("creates a session, reads the device's decision as its latest audit entry, lists it, audits it, deletes it", async () => {
    const created = await preview.createLivenessSessionBeforeV1_2({
      livenessOperationMode: "Passive",
      deviceCorrelationId: "device-1",
    });
    expect(created).toEqual({ sessionId: expect.any(String), authToken: expect.any(String) });
    const { sessionId, authToken } = created;
    await expect(preview.getLivenessSessionResultBeforeV1_2(sessionId)).resolves.toMatchObject({
      id: sessionId,
      status: "NotStarted",
      sessionExpired: false,
      deviceCorrelationId: "device-1",
    });

    expect((await attempt(sessionId, authToken, "realface", png(1))).ok).toBe(true);
    const read = await preview.getLivenessSessionResultBeforeV1_2(sessionId);
    expect(read).toMatchObject({
      status: "ResultAvailable",
      result: { response: { body: { livenessDecision: "realface" } } },
    });
    expect(read.sessionStartDateTime).toBeDefined();

    // The audit entries: the device's request, the same entry the session reads as its result.
    const entries = await preview.getLivenessSessionAuditEntries(sessionId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toEqual(read.result);
    expect(entries[0]).toMatchObject({ sessionId, request: { method: "POST" }, response: { statusCode: 200 } });

    // Listed among the sessions, by id, page after page.
    const other = await preview.createLivenessSessionBeforeV1_2({
      livenessOperationMode: "Passive",
      deviceCorrelationId: "device-2",
    });
    const listed: string[] = [];
    for await (const item of preview.iterateLivenessSessions({ top: 1 })) listed.push(item.id);
    expect(listed).toEqual([sessionId, other.sessionId].sort());

    await preview.deleteLivenessSessionBeforeV1_2(sessionId);
    await expect(preview.getLivenessSessionResultBeforeV1_2(sessionId)).rejects.toMatchObject({
      status: 404,
      code: "SessionNotFound",
    });
    expect((await preview.getLivenessSessions()).map((item) => item.id)).toEqual([other.sessionId]);

    // Once its token's time to live (600 s by default) has passed: expired, and its token refused.
    clock += 600_000;
    await expect(preview.getLivenessSessionResultBeforeV1_2(other.sessionId)).resolves.toMatchObject({
      sessionExpired: true,
      status: "NotStarted",
    });
    expect((await attempt(other.sessionId, other.authToken, "realface")).status).toBe(401);
  });

  it("creates a session with verify from a reference image sent as a form with its JSON parameters, and matches the same face", async () => {
    const reference = png(2);
    const created = await preview.createLivenessWithVerifySessionWithVerifyImage(reference, {
      Parameters: { livenessOperationMode: "Passive", deviceCorrelationId: "device-3" },
    });
    expect(created).toMatchObject({
      sessionId: expect.any(String),
      authToken: expect.any(String),
      verifyImage: { faceRectangle: expect.any(Object), qualityForRecognition: expect.any(String) },
    });
    await attempt(created.sessionId, created.authToken, "realface", reference);
    const read = await preview.getLivenessWithVerifySessionResultBeforeV1_2(created.sessionId);
    expect(read).toMatchObject({
      status: "ResultAvailable",
      result: { response: { body: { livenessDecision: "realface", verifyResult: { isIdentical: true } } } },
    });
    const [entry] = await preview.getLivenessWithVerifySessionAuditEntries(created.sessionId);
    expect(entry).toEqual(read.result);
    // The form's JSON part is read as the JSON body is: its device, in the session's list item.
    await expect(preview.getLivenessWithVerifySessions()).resolves.toEqual([
      expect.objectContaining({ id: created.sessionId, deviceCorrelationId: "device-3" }),
    ]);
    // A v1.2 client has no such operation, and says which version has it, before sending.
    await expect(
      (client as unknown as FaceClient<"v1.2-preview.1">).getLivenessWithVerifySessionAuditEntries(created.sessionId),
    ).rejects.toMatchObject({ name: "FaceValidationError", parameter: "apiVersion" });
  });
});
