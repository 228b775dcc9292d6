import { inOrder, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AccessToken, createFaceClient, FACE_SCOPE, type TokenCredential } from "../src/index.js";

const ok = {
  status: 200,
  body: {
    status: "running",
    createdDateTime: "2024-03-05T11:07:58.371Z",
    lastActionDateTime: null,
    lastSuccessfulTrainingDateTime: "2024-03-05T11:07:58.371Z",
  },
};

let server: TestServer;
beforeEach(async () => {
  server = await startServer(inOrder(ok));
});
afterEach(() => server.close());

/** A token credential that issues numbered tokens living `lifetimeMs`, and records the scopes asked for. */
function countingCredential(lifetimeMs: number) {
  const scopes: (string | string[])[] = [];
  const credential: TokenCredential = {
    async getToken(scope) {
      scopes.push(scope);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { token: `token-${scopes.length}`, expiresOnTimestamp: Date.now() + lifetimeMs } satisfies AccessToken;
    },
  };
  return { credential, scopes };
}

describe("credentials", () => {
  it("sends the key in Ocp-Apim-Subscription-Key and reads it again on every request", async () => {
    const credential = { key: "first-key" };
    const client = createFaceClient({ endpoint: server.url, credential });
    await client.getPersonGroupTrainingStatus("group");
    credential.key = "rotated-key";
    await client.getPersonGroupTrainingStatus("group");
    expect(server.requests.map((r) => r.headers["ocp-apim-subscription-key"])).toEqual(["first-key", "rotated-key"]);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("asks a token credential for the Cognitive Services scope and sends a bearer token", async () => {
    const { credential, scopes } = countingCredential(3_600_000);
    const client = createFaceClient({ endpoint: server.url, credential });
    await client.getPersonGroupTrainingStatus("group");
    // The scope Microsoft Entra ID issues Cognitive Services tokens for, as the service expects it.
    expect(scopes).toEqual(["https://cognitiveservices.azure.com/.default"]);
    expect(FACE_SCOPE).toBe("https://cognitiveservices.azure.com/.default");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer token-1");
    expect(server.requests[0]?.headers["ocp-apim-subscription-key"]).toBeUndefined();
  });

  it("reuses a token until shortly before it expires", async () => {
    const { credential, scopes } = countingCredential(3_600_000);
    const client = createFaceClient({ endpoint: server.url, credential });
    for (let i = 0; i < 3; i++) await client.getPersonGroupTrainingStatus("group");
    expect(scopes).toHaveLength(1);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill("Bearer token-1"));
  });

  it("fetches a new token when the cached one is within two minutes of expiry", async () => {
    const { credential, scopes } = countingCredential(60_000);
    const client = createFaceClient({ endpoint: server.url, credential });
    await client.getPersonGroupTrainingStatus("group");
    await client.getPersonGroupTrainingStatus("group");
    expect(scopes).toHaveLength(2);
    expect(server.requests[1]?.headers.authorization).toBe("Bearer token-2");
  });

  it("shares one token request between concurrent calls", async () => {
    const { credential, scopes } = countingCredential(3_600_000);
    const client = createFaceClient({ endpoint: server.url, credential });
    await Promise.all([1, 2, 3, 4].map(() => client.getPersonGroupTrainingStatus("group")));
    expect(scopes).toHaveLength(1);
  });

  it("authenticates requests made through raw as well", async () => {
    const client = createFaceClient({ endpoint: server.url, credential: { key: "raw-key" } });
    const { data } = await client.raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "group" } },
    });
    expect(data?.status).toBe("running");
    expect(server.requests[0]?.headers["ocp-apim-subscription-key"]).toBe("raw-key");
  });
});
