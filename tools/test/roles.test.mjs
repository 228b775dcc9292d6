// The roles' vocabulary (spec/scripts/roles.mjs), as the build checks each operation's
// x-face-role: a role that the emulator could not act on is a build error that says what to declare.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkRoles, roleOf } from "../../spec/scripts/roles.mjs";

const body = {
  schema: {
    properties: {
      faceId: { type: "string" },
      faceIds: { type: "array" },
      personGroupId: { type: "string" },
      personId: { type: "string" },
      maxNumOfCandidatesReturned: { type: "integer" },
      mode: { anyOf: [{ type: "string" }, { type: "string", enum: ["matchPerson", "matchFace"] }] },
    },
  },
};
const role = (extension) => roleOf("X_Op", extension, body);

describe("a role", () => {
  it("is taken as declared when the action has what it needs", () => {
    const faceToFace = { action: "verify", faceProperty: "faceId", otherFaceProperty: "faceIds" };
    assert.deepEqual(role(faceToFace), faceToFace);
    assert.ok(
      role({
        action: "findSimilar",
        faceProperty: "faceId",
        otherFaceProperty: "faceIds",
        modeProperty: "mode",
        everyFaceMode: "matchFace",
      }),
    );
  });

  for (const [what, extension, message] of [
    ["missing", undefined, /X_Op has no role: declare what it does with @extension\("x-face-role"/],
    ["of an unknown action", { action: "guess" }, /action "guess" is unknown/],
    ["with an unknown key", { action: "detect", colour: "red" }, /unknown keys colour/],
    ["without what its action needs", { action: "identify", container: "PersonGroup" }, /identify needs faceProperty/],
    [
      "of an identify against neither a container nor listed persons",
      { action: "identify", faceProperty: "faceIds" },
      /identify takes container, containerProperty or personsProperty: one of the two/,
    ],
    [
      "of a verify against a container and another face",
      {
        action: "verify",
        faceProperty: "faceId",
        otherFaceProperty: "faceIds",
        container: "PersonGroup",
        containerProperty: "personGroupId",
      },
      /verify takes container, containerProperty only with personProperty/,
    ],
    [
      "referencing persons from something not a container",
      { action: "update", resource: "person", addPersonsProperty: "faceIds" },
      /references persons only of a container/,
    ],
    [
      "of a verify against neither a person nor another face",
      { action: "verify", faceProperty: "faceId" },
      /verify takes personProperty or otherFaceProperty: one of the two/,
    ],
    [
      "of a verify against both",
      {
        action: "verify",
        faceProperty: "faceId",
        otherFaceProperty: "faceIds",
        container: "PersonGroup",
        containerProperty: "personGroupId",
        personProperty: "personId",
      },
      /one of the two/,
    ],
    [
      "naming a property its body does not have",
      { action: "group", faceProperty: "faces" },
      /faceProperty faces is not a property of its body/,
    ],
    [
      "with a mode and no value that ranks every face",
      { action: "findSimilar", faceProperty: "faceId", otherFaceProperty: "faceIds", modeProperty: "mode" },
      /modeProperty and everyFaceMode together/,
    ],
    [
      "with an every-face mode the mode does not have",
      {
        action: "findSimilar",
        faceProperty: "faceId",
        otherFaceProperty: "faceIds",
        modeProperty: "mode",
        everyFaceMode: "matchAll",
      },
      /everyFaceMode matchAll is not a value of mode \(matchPerson, matchFace\)/,
    ],
    [
      "of a session's read without its statuses",
      { action: "read", resource: "session", session: "liveness" },
      /read of a session declares its statuses \(#\{ notStarted, running, done \}\)/,
    ],
    [
      "of a session's read with statuses but one",
      { action: "read", resource: "session", session: "liveness", statuses: { notStarted: "A", done: "C" } },
      /statuses takes notStarted, running, done/,
    ],
    [
      "with statuses, not a session's read",
      {
        action: "delete",
        resource: "session",
        session: "liveness",
        statuses: { notStarted: "A", running: "B", done: "C" },
      },
      /does not take statuses/,
    ],
    [
      "with a key its action does not take",
      { action: "group", faceProperty: "faceIds", limitProperty: "maxNumOfCandidatesReturned" },
      /group does not take limitProperty/,
    ],
  ]) {
    it(`${what} fails the build, saying what to declare`, () => {
      assert.throws(() => role(extension), message);
    });
  }
});

describe("a session read's statuses", () => {
  const read = (statuses) => ({
    operationId: "X_GetSession",
    role: { action: "read", resource: "session", session: "liveness", statuses },
    success: {
      headers: [],
      body: { schema: { properties: { status: { type: "string", enum: ["NotStarted", "Running", "Succeeded"] } } } },
    },
  });

  it("are taken when each is a value of the read's status", () => {
    assert.doesNotThrow(() => checkRoles([read({ notStarted: "NotStarted", running: "Running", done: "Succeeded" })]));
  });

  it("fail the build when one is not, naming it and the values", () => {
    assert.throws(
      () => checkRoles([read({ notStarted: "NotStarted", running: "Started", done: "Succeeded" })]),
      /X_GetSession: x-face-role statuses.running Started is not a value of its result's status \(NotStarted, Running, Succeeded\)/,
    );
  });
});

describe("a long-running operation's statuses (x-face-polling)", () => {
  const table = (notStarted) => [
    {
      operationId: "X_Create",
      role: { action: "create", resource: "container", container: "Group" },
      success: { headers: [] },
    },
    {
      operationId: "X_Train",
      role: { action: "train", container: "Group" },
      success: { headers: [] },
      longRunning: {
        pollingOperationId: "X_Status",
        statusProperty: "status",
        notStarted,
        running: "running",
        succeeded: ["succeeded"],
        failed: ["failed"],
      },
    },
    {
      operationId: "X_Status",
      role: { action: "trainingStatus", container: "Group" },
      success: {
        headers: [],
        body: {
          schema: {
            properties: { status: { type: "string", enum: ["notStarted", "running", "succeeded", "failed"] } },
          },
        },
      },
    },
  ];

  it("are taken when each is a value of the polled status", () => {
    assert.doesNotThrow(() => checkRoles(table("notStarted")));
  });

  it("fail the build when one is not, naming it and the values", () => {
    assert.throws(
      () => checkRoles(table("queued")),
      /X_Train: x-face-polling names the status queued, not a value of X_Status's status \(notStarted, running, succeeded, failed\)/,
    );
  });
});
