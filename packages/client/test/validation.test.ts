import { inOrder, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFaceClient, FaceValidationError } from "../src/index.js";
import { trainingResult } from "./fixtures.js";

const credential = { key: "k" };
const training = trainingResult("running");

let server: TestServer;
beforeAll(async () => {
  server = await startServer(inOrder({ status: 200, body: training }));
});
afterAll(() => server.close());

describe("personGroupId is checked against the spec before anything is sent", () => {
  it.each([
    ["empty", ""],
    ["uppercase", "MyGroup"],
    ["with a space", "my group"],
    ["a parent path", "../other"],
    ["with a slash", "a/b"],
    ["percent-encoded", "%2e%2e"],
    ["with a question mark", "a?b=1"],
    ["with a hash", "a#b"],
    ["with a newline", "group\n"],
    ["65 characters long", "a".repeat(65)],
    ["non-ASCII", "grüppe"],
  ])("refuses an id that is %s, naming personGroupId and the rule", async (_name, id) => {
    const client = createFaceClient({ endpoint: server.url, credential });
    const before = server.requests.length;
    for (const call of [client.getPersonGroupTrainingStatus(id), client.waitForTrainPersonGroup(id)]) {
      const error = await call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FaceValidationError);
      expect(error).toMatchObject({ parameter: "personGroupId" });
      expect((error as Error).message).toMatch(
        /^personGroupId must be 1-64 characters matching \^\[a-z0-9-_\]\+\$; got /,
      );
    }
    expect(server.requests.length).toBe(before);
  });

  it.each([["a"], ["your_person_group_id"], ["a".repeat(64)], ["group-1_2"]])("accepts %s", async (id) => {
    const client = createFaceClient({ endpoint: server.url, credential });
    await expect(client.getPersonGroupTrainingStatus(id)).resolves.toEqual(training);
  });
});

describe("endpoint must be an absolute https URL, or http to loopback", () => {
  it.each([
    ["an https resource endpoint", "https://my-resource.cognitiveservices.azure.com"],
    ["an https endpoint with a trailing slash", "https://my-resource.cognitiveservices.azure.com/"],
    ["plain http to 127.0.0.1", "http://127.0.0.1:8080"],
    ["plain http to localhost", "http://localhost:8080"],
    ["plain http to [::1]", "http://[::1]:8080"],
    ["plain http to any 127.x.y.z", "http://127.10.20.30:8080"],
  ])("accepts %s", (_name, endpoint) => {
    expect(() => createFaceClient({ endpoint, credential })).not.toThrow();
  });

  it.each([
    ["a relative path", "/face", /^endpoint must be an absolute https URL/],
    ["a bare host name", "my-resource.cognitiveservices.azure.com", /^endpoint must be an absolute https URL/],
    ["an empty string", "", /^endpoint must be an absolute https URL/],
    ["another scheme", "ftp://example.com", /^endpoint must be an absolute https URL/],
    ["a scheme ending in https", "git+https://example.com", /^endpoint must be an absolute https URL/],
    [
      "a URL with credentials",
      "https://user:pw@example.com",
      /^endpoint must be an absolute https URL.*no query or user/,
    ],
    ["a URL with a query", "https://example.com?x=1", /^endpoint must be an absolute https URL/],
    [
      "plain http to a remote host",
      "http://example.com",
      /^endpoint must use https: plain http \(http:\/\/example.com\)/,
    ],
    ["plain http to a private address", "http://10.0.0.5", /^endpoint must use https/],
    ["plain http to a host ending in localhost", "http://notlocalhost:8080", /^endpoint must use https/],
    ["plain http to a host starting with localhost", "http://localhost.example.com", /^endpoint must use https/],
    ["plain http to a host starting with 127.", "http://127.0.0.1.example.com", /^endpoint must use https/],
  ])("refuses %s with an error naming endpoint", (_name, endpoint, message) => {
    const call = () => createFaceClient({ endpoint, credential });
    expect(call).toThrow(FaceValidationError);
    expect(call).toThrow(message);
  });

  it("does not repeat a password given in the endpoint", () => {
    expect(() => createFaceClient({ endpoint: "https://user:hunter2@example.com", credential })).toThrow(
      /^(?!.*hunter2)/s,
    );
  });

  it("allows plain http to a remote host with allowInsecureConnection", () => {
    expect(() =>
      createFaceClient({ endpoint: "http://example.com", credential, allowInsecureConnection: true }),
    ).not.toThrow();
  });

  it("sends requests under {endpoint}/face/{apiVersion}, keeping a path prefix of the endpoint", async () => {
    const client = createFaceClient({ endpoint: `${server.url}/proxy/`, credential, apiVersion: "v1.2" });
    await client.getPersonGroupTrainingStatus("g");
    expect(server.requests.at(-1)?.url).toBe("/proxy/face/v1.2/persongroups/g/training");
  });

  it("drops every trailing slash of the endpoint", async () => {
    const client = createFaceClient({ endpoint: `${server.url}/proxy//`, credential, apiVersion: "v1.2" });
    await client.getPersonGroupTrainingStatus("g");
    expect(server.requests.at(-1)?.url).toBe("/proxy/face/v1.2/persongroups/g/training");
  });
});

describe("options are checked when the client is created", () => {
  it.each([
    ["an apiVersion that would change the path", { apiVersion: "v1/../x" }, "apiVersion"],
    ["a negative maxRetries", { retry: { maxRetries: -1 } }, "retry.maxRetries"],
    ["a NaN baseDelayMs", { retry: { baseDelayMs: Number.NaN } }, "retry.baseDelayMs"],
    ["a zero timeoutMs", { timeoutMs: 0 }, "timeoutMs"],
  ])("refuses %s", (_name, options, parameter) => {
    const call = () => createFaceClient({ endpoint: "https://example.com", credential, ...options });
    expect(call).toThrow(FaceValidationError);
    expect(call).toThrow(new RegExp(`^${parameter.replace(".", "\\.")} must be`));
  });

  it("refuses a credential that is neither a key nor a token credential", () => {
    // @ts-expect-error: not a credential
    const call = () => createFaceClient({ endpoint: "https://example.com", credential: { token: "t" } });
    expect(call).toThrow(/^credential must be \{ key: string \} or have getToken\(scopes\)/);
  });

  it("refuses a negative poll interval before polling", async () => {
    const client = createFaceClient({ endpoint: server.url, credential });
    await expect(client.waitForTrainPersonGroup("g", { intervalMs: -1 })).rejects.toThrow(
      /^intervalMs must be a number >= 0/,
    );
  });
});

describe("a JSON body is checked as JSON, whatever made the object", () => {
  it("sends a body made with Object.create(null), as it sends a literal", async () => {
    const client = createFaceClient({ endpoint: server.url, credential });
    const body = Object.assign(Object.create(null) as { name: string }, { name: "Group" });
    const before = server.requests.length;
    await client.createPersonGroup("g", body).catch(() => undefined);
    expect(server.requests.length).toBe(before + 1);
    expect(JSON.parse(server.requests.at(-1)?.body ?? "")).toEqual({ name: "Group" });
  });

  it.each([
    ["an array", [{ name: "Group" }]],
    ["a Date", new Date(0)],
    ["a string of JSON", '{"name":"Group"}'],
  ])("refuses %s in place of the body, naming it, before sending", async (_name, body) => {
    const client = createFaceClient({ endpoint: server.url, credential });
    const before = server.requests.length;
    // @ts-expect-error: not the body's type
    await expect(client.createPersonGroup("g", body)).rejects.toThrow(/^body must be an object; got /);
    expect(server.requests.length).toBe(before);
  });
});

describe("lengths are counted in characters, as JSON Schema counts them", () => {
  it("sends a name of 128 emoji (256 UTF-16 units) and refuses one of 129", async () => {
    const client = createFaceClient({ endpoint: server.url, credential });
    const before = server.requests.length;
    await client.createPersonGroup("g", { name: "😀".repeat(128) }).catch(() => undefined);
    expect(server.requests.length).toBe(before + 1);
    await expect(client.createPersonGroup("g", { name: "😀".repeat(129) })).rejects.toThrow(
      /^body\.name must be 1-128 characters; got /,
    );
    expect(server.requests.length).toBe(before + 1);
  });
});
