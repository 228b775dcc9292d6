import { type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient, type FaceCredential, OperationFailedError } from "../src/index.js";

const KEY = "key-7f3a9c0e5b";
const TOKEN = "eyJ0eXAiOiJKV1Qi.token-secret-42";
const credentials: [string, FaceCredential][] = [
  ["a key", { key: KEY }],
  ["a token credential", { getToken: async () => ({ token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }) }],
];
const failed = {
  status: "failed",
  createdDateTime: "2024-03-05T11:07:58.371Z",
  lastActionDateTime: null,
  lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  message: "Not enough faces.",
};

/** Each way a call can fail; the first three echo whatever secret the request carried. */
const paths: [string, (secret: string) => Reply, number?][] = [
  [
    "a 401 whose message echoes the secret",
    (s) => ({ status: 401, body: { error: { code: "401", message: `Invalid key ${s}` } } }),
  ],
  ["a 400 whose code echoes the secret", (s) => ({ status: 400, body: { error: { code: s, message: "Bad." } } })],
  ["an x-ms-error-code that echoes the secret", (s) => ({ status: 403, headers: { "x-ms-error-code": s } })],
  ["a 500 after retries", () => ({ status: 500 })],
  ["an HTML 502", () => ({ status: 502, body: "<html>Bad gateway</html>" })],
  ["a malformed 2xx body", () => ({ status: 200, body: "{oops" })],
  ["a network error", () => ({ status: 200, destroy: true })],
  ["an attempt timeout", () => ({ status: 200, delayMs: 500 }), 50],
  ["a failed training", () => ({ status: 200, body: failed })],
];

let server: TestServer | undefined;
afterEach(() => server?.close());

function everything(error: unknown): string {
  const e = error as Error;
  return [
    e.message,
    e.stack,
    String(e),
    JSON.stringify(e),
    String(e.cause),
    (e.cause as Error | undefined)?.stack,
  ].join("\n");
}

describe.each(credentials)("with %s, no error ever contains the secret", (_kind, credential) => {
  it.each(paths)("on %s", async (_name, reply, timeoutMs = 30_000) => {
    let secret = "";
    // The server learns the secret from the request it receives, and may echo it back.
    server = await startServer((request) => {
      secret = String(
        request.headers["ocp-apim-subscription-key"] ?? request.headers.authorization?.replace("Bearer ", ""),
      );
      return reply(secret);
    });
    const client = createFaceClient({
      endpoint: server.url,
      credential,
      timeoutMs,
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const error = await client.waitForTrainPersonGroup("g", { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    if (_name === "a failed training") expect(error).toBeInstanceOf(OperationFailedError);
    expect([KEY, TOKEN]).toContain(secret);
    expect(everything(error)).not.toContain(secret);
  });

  it("on a secret that is not a valid header value, without quoting it", async () => {
    const bad = "zq9x\nv7wk";
    const badCredential: FaceCredential =
      "key" in credential
        ? { key: bad }
        : { getToken: async () => ({ token: bad, expiresOnTimestamp: Date.now() + 3_600_000 }) };
    server = await startServer(() => ({ status: 200 }));
    const client = createFaceClient({ endpoint: server.url, credential: badCredential });
    const error = await client.getPersonGroupTrainingStatus("g").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "FaceValidationError", parameter: "credential" });
    expect(everything(error)).not.toMatch(/zq9x|v7wk/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("whichever secret a request carried", () => {
  it("is cut out of every error, though the key was rotated while requests were in flight", async () => {
    const credential = { key: "old-key-2f9e41" };
    // The server echoes the key of each request, after the rotation.
    server = await startServer(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      const key = String(request.headers["ocp-apim-subscription-key"]);
      return { status: 401, body: { error: { code: "401", message: `Invalid key ${key}.` } } };
    });
    const client = createFaceClient({ endpoint: server.url, credential, retry: false });
    const calls = Array.from({ length: 10 }, (_, i) => {
      if (i === 5) (credential as { key: string }).key = "new-key-8c07d3";
      return client.getPersonGroupTrainingStatus("g").catch((e: unknown) => e);
    });
    const errors = await Promise.all(calls);
    for (const error of errors) {
      expect(everything(error)).not.toMatch(/old-key-2f9e41|new-key-8c07d3/);
      expect((error as Error).message).toMatch(/^Invalid key \*\*\*\. \(HTTP 401/);
    }
  });

  it("is cut out only where it stands as a whole token, so a short key leaves the words alone", async () => {
    server = await startServer(() => ({
      status: 401,
      body: { error: { code: "401", message: "Access denied due to invalid subscription key k." } },
    }));
    const error = await createFaceClient({ endpoint: server.url, credential: { key: "k" } })
      .getPersonGroupTrainingStatus("g")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ serviceMessage: "Access denied due to invalid subscription key ***." });
  });
});
