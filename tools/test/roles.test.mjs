// The roles' vocabulary (spec/scripts/roles.mjs), as the build checks each operation's
// x-face-role: a role that the emulator could not act on is a build error that says what to declare.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { roleOf } from "../../spec/scripts/roles.mjs";

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
      "of an identify against a container it does not name the body property of",
      { action: "identify", faceProperty: "faceIds", container: "PersonGroup" },
      /identify takes container, containerProperty together, or none of them/,
    ],
    [
      "of an identify against neither a container nor persons",
      { action: "identify", faceProperty: "faceIds" },
      /identify takes container, containerProperty or personsProperty: one of the two/,
    ],
    [
      "of a verify against a container without a person",
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
