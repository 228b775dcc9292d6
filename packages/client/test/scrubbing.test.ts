// The edges of what an error says: which secrets are cut out of it (as whole tokens, the latest
// 64 the client sent), what it says when the service's error is not the documented one, and a
// token credential that returns nothing.
import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { faceApiError, redact } from "../src/errors.js";
import { createFaceClient, FaceApiError, FaceValidationError, OperationFailedError } from "../src/index.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

describe("a secret is cut out where it stands as a whole token", () => {
  it.each([
    ["at the end of a sentence", "Invalid key abc.", "Invalid key ***."],
    ["twice", "abc, then abc", "***, then ***"],
    ["inside a longer word: kept", "xabc abcx", "xabc abcx"],
    ["as a part of a dotted token (a JWT's): kept", "a.abc abc.b", "a.abc abc.b"],
    ["after a slash or an equals sign: kept", "/abc =abc", "/abc =abc"],
  ])("%s", (_name, text, redacted) => {
    expect(redact(text, ["abc"])).toBe(redacted);
  });

  it("ignores an empty secret", () => {
    expect(redact(" a ", ["", "a"])).toBe(" *** ");
  });

  it("treats a secret's characters as themselves, not as a pattern", () => {
    expect(redact("a+b and aab", ["a+b"])).toBe("*** and aab");
  });
});

describe("the secrets a client remembers", () => {
  it("are the latest 64 keys it sent: each is cut out of an error; an older one is no longer kept", async () => {
    let quoted = "";
    server = await startServer(() => ({ status: 401, body: { error: { code: "401", message: `Seen ${quoted}.` } } }));
    const credential = { key: "" };
    const client = createFaceClient({ endpoint: server.url, credential, retry: false });
    const keys = Array.from({ length: 65 }, (_, i) => `rotated-key-${i}`);
    for (const key of keys) {
      credential.key = key;
      await client.getPersonGroupTrainingStatus("g").catch(() => undefined);
    }
    const said = async (key: string) => {
      quoted = key;
      return client.getPersonGroupTrainingStatus("g").catch((e: unknown) => (e as Error).message);
    };
    expect(await said(keys[64] as string)).toMatch(/^Seen \*\*\*\. /);
    expect(await said(keys[1] as string)).toMatch(/^Seen \*\*\*\. /);
    expect(await said(keys[0] as string)).toMatch(/^Seen rotated-key-0\. /);
  });
});

describe("a key rotated back and forth", () => {
  it("is remembered once: switching between two keys does not push an older one out", async () => {
    let quoted = "";
    server = await startServer(() => ({ status: 401, body: { error: { message: `Seen ${quoted}.` } } }));
    const credential = { key: "first-key-0" };
    const client = createFaceClient({ endpoint: server.url, credential, retry: false });
    await client.getPersonGroupTrainingStatus("g").catch(() => undefined);
    for (let i = 0; i < 70; i++) {
      credential.key = i % 2 ? "key-b" : "key-a";
      await client.getPersonGroupTrainingStatus("g").catch(() => undefined);
    }
    quoted = "first-key-0";
    const said = await client.getPersonGroupTrainingStatus("g").catch((e: unknown) => (e as Error).message);
    expect(said).toMatch(/^Seen \*\*\*\. /);
  });
});

describe("an error the service wrote otherwise than documented", () => {
  it("says the request failed when the body has no message, and keeps a code only if it is text", () => {
    const error = faceApiError(500, false, { error: { code: 5, message: { text: "x" } } }, () => ["k"]);
    expect(error.message).toBe("The Face API request failed (HTTP 500)");
    expect(error.code).toBeUndefined();
    expect(error.serviceMessage).toBeUndefined();
  });

  it("takes the code from x-ms-error-code when the body has none, without a response nothing", () => {
    expect(faceApiError(503, false, undefined, () => []).message).toBe("The Face API request failed (HTTP 503)");
    const headers = new Headers({ "x-ms-error-code": "Throttled", "x-ms-request-id": "r-2" });
    const error = faceApiError(429, false, "", () => [], { status: 429, ok: false, headers, text: "" });
    expect(error).toMatchObject({ code: "Throttled", requestId: "r-2" });
    expect(error.message).toBe("The Face API request failed (HTTP 429 Throttled, request id r-2)");
  });
});

describe("a long-running operation's failure", () => {
  it.each([
    ["its reason", "No face.", "Train (g) failed: No face."],
    ["no reason for an empty one", "", "Train (g) failed: the service gave no reason"],
    ["no reason for one that is not text", 5, "Train (g) failed: the service gave no reason"],
    ["no reason for none", undefined, "Train (g) failed: the service gave no reason"],
  ])("says %s", (_name, reason, message) => {
    const result = { status: "failed", message: reason };
    const error = new OperationFailedError("Train (g)", result, reason);
    expect(error.message).toBe(message);
    expect(error.result).toBe(result);
  });
});

describe("a credential", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
  ])("that is %s is refused when the client is made", (_name, credential) => {
    const make = () => createFaceClient({ endpoint: "https://x.example", credential: credential as never });
    expect(make).toThrow(FaceValidationError);
    expect(make).toThrow("credential must be { key: string } or have getToken(scopes)");
  });

  it("with a key that is not a header value is refused, saying so", async () => {
    const error = await createFaceClient({ endpoint: "https://x.example", credential: { key: "a\nb" } })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("credential is not a valid HTTP header value");
  });

  it.each([
    ["nothing", null],
    ["an empty token", { token: "", expiresOnTimestamp: Date.now() + 3_600_000 }],
  ])("whose getToken returns %s fails the call, saying so, before sending", async (_name, token) => {
    server = await startServer(() => ({ status: 200 }));
    const client = createFaceClient({
      endpoint: server.url,
      credential: { getToken: async () => token as never },
      retry: false,
    });
    await expect(client.getPersonGroupTrainingStatus("g")).rejects.toThrow(
      "The token credential returned no token for the Face scope",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("whose request fails is a FaceApiError of the answer, not of the credential", async () => {
    server = await startServer(() => ({ status: 403, body: { error: { code: "403", message: "Denied." } } }));
    const error = await createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
  });
});
