// Whatever arrives, the emulator answers with a 4xx (or nothing, to a client that left) and keeps
// serving: raw sockets, to send what fetch never would.
import { connect } from "node:net";
import { operations } from "@face-training/spec";
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";

let emulator: Emulator | undefined;
afterEach(() => emulator?.close());

const KEY = "Ocp-Apim-Subscription-Key: emulator-key\r\n";

/** Writes raw bytes to the emulator and resolves with what it answers (until it closes, or a pause). */
function raw(url: string, chunks: (string | Buffer)[], { waitMs = 1000, destroyAfterWrite = false } = {}) {
  const { port } = new URL(url);
  return new Promise<string>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.on("data", (data) => {
      answer += data.toString("latin1");
    });
    socket.on("close", done);
    socket.on("error", done);
    socket.on("connect", () => {
      for (const chunk of chunks) socket.write(chunk);
      if (destroyAfterWrite) done();
    });
    setTimeout(done, waitMs);
  });
}

const statusOf = (answer: string) => Number(answer.match(/^HTTP\/1\.[01] (\d{3})/)?.[1]);
/** The FaceErrorResponse of a raw answer: its x-ms-error-code header and its body's code. */
const faceErrorOf = (answer: string) => {
  const [head = "", body = ""] = answer.split("\r\n\r\n");
  return { header: head.match(/^x-ms-error-code: (.+)$/im)?.[1], body: JSON.parse(body) };
};

/** The emulator still answers a valid request. */
async function stillServing() {
  const response = await fetch(`${emulator?.url}/face/v1.2/persongroups/g`, {
    headers: { "Ocp-Apim-Subscription-Key": "emulator-key" },
  });
  expect(response.status).toBe(200);
}

describe("the emulator under hostile input", () => {
  it("survives a client that disconnects in the middle of a request body", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    await raw(
      emulator.url,
      [
        `PUT /emulator/containers/persongroups/x HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"outc`,
      ],
      { destroyAfterWrite: true },
    );
    await stillServing();
  });

  it.each([["[::1"], ["evil.example"], [""]])(
    "answers a request with Host %j and hands out its own URL",
    async (host) => {
      emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
      const answer = await raw(emulator.url, [
        `POST /face/v1.2/persongroups/g/train HTTP/1.1\r\nHost: ${host}\r\n${KEY}Content-Length: 0\r\nConnection: close\r\n\r\n`,
      ]);
      expect(statusOf(answer)).toBeLessThan(500);
      if (statusOf(answer) === 202) {
        expect(answer.toLowerCase()).toContain(`operation-location: ${emulator.url}/face/v1.2/persongroups/g/training`);
      }
      await stillServing();
    },
  );

  it("answers an HTTP/1.0 request without Host with an Operation-Location on its own URL", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const answer = await raw(emulator.url, [`POST /face/v1.2/persongroups/g/train HTTP/1.0\r\n${KEY}\r\n`]);
    expect(statusOf(answer)).toBe(202);
    expect(answer.toLowerCase()).toContain(`operation-location: ${emulator.url}/face/v1.2/persongroups/g/training`);
    expect(answer).not.toContain("undefined");
  });

  it("refuses a body over twice the largest image with 413 before reading it", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const largest = Math.max(...operations.map((o) => o.body?.image?.maxBytes ?? 0));
    // Only the headers are sent: the answer comes without the body the request announces.
    const answer = await raw(emulator.url, [
      `POST /face/v1.2/persongroups/g/train HTTP/1.1\r\nHost: a\r\n${KEY}Content-Type: application/octet-stream\r\nContent-Length: ${2 * largest + 1}\r\n\r\n`,
    ]);
    expect(statusOf(answer)).toBe(413);
    expect(answer).toContain('"code":"BadArgument"');
    await stillServing();
  });

  it.each([
    ["a request line that is not HTTP", "NOT HTTP AT ALL\r\n\r\n"],
    ["a header without a colon", `GET /face/v1.2/persongroups/g HTTP/1.1\r\nHost: a\r\n${KEY}Broken header\r\n\r\n`],
    [
      "a Content-Length that is not a number",
      `PUT /face/v1.2/persongroups/g HTTP/1.1\r\nHost: a\r\nContent-Length: ten\r\n\r\n`,
    ],
  ])("answers %s with a FaceErrorResponse (400 BadArgument) and keeps serving", async (_name, request) => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const answer = await raw(emulator.url, [request]);
    expect(statusOf(answer)).toBe(400);
    expect(faceErrorOf(answer)).toEqual({
      header: "BadArgument",
      body: { error: { code: "BadArgument", message: expect.stringMatching(/could not be parsed as HTTP/) } },
    });
    await stillServing();
  });

  it("refuses oversized headers with 431 and keeps serving", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }] });
    const answer = await raw(emulator.url, [
      `GET /face/v1.2/persongroups/g/training HTTP/1.1\r\nHost: a\r\nX-Big: ${"x".repeat(20_000)}\r\n\r\n`,
    ]);
    expect(statusOf(answer)).toBe(431);
    expect(faceErrorOf(answer)).toEqual({
      header: "BadArgument",
      body: { error: { code: "BadArgument", message: expect.stringMatching(/headers are too large/) } },
    });
    await stillServing();
  });

  it("answers a body that drips too slowly with 408 and keeps serving", async () => {
    emulator = await startEmulator({ containers: [{ kind: "persongroups", id: "g" }], requestTimeoutMs: 300 });
    const answer = await raw(
      emulator.url,
      [
        `PUT /emulator/containers/persongroups/x HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`,
      ],
      { waitMs: 2000 },
    );
    expect(statusOf(answer)).toBe(408);
    expect(faceErrorOf(answer).body).toEqual({
      error: { code: "RequestTimeout", message: expect.stringMatching(/took too long/) },
    });
    await stillServing();
  });

  it.each([
    ["invalid JSON", "application/json", "{ not json", 400],
    ["a content type it does not take", "text/xml", "<x/>", 415],
    ["an id the spec forbids", "application/json", "{}", 400, "Bad%20Id"],
  ])("answers an admin request with %s with a FaceErrorResponse", async (_name, type, body, status, id = "x") => {
    emulator = await startEmulator();
    const response = await fetch(`${emulator.url}/emulator/containers/persongroups/${id}`, {
      method: "PUT",
      headers: { "content-type": type },
      body,
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(await (await fetch(`${emulator.url}/emulator/containers`)).json()).toEqual([]);
  });

  it("answers unknown paths 404 with a FaceErrorResponse", async () => {
    emulator = await startEmulator();
    for (const path of ["/face/v1.2/nothing", "/nothing", "/face/v1.2/persongroups/g/train/extra"]) {
      const response = await fetch(`${emulator.url}${path}`, {
        headers: { "Ocp-Apim-Subscription-Key": "emulator-key" },
      });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("x-ms-error-code")).toBe("NotFound");
      expect(await response.json()).toEqual({ error: { code: "NotFound", message: "Resource not found." } });
    }
  });
});
