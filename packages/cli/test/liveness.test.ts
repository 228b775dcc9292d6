// The commands of operations whose request or answer is not JSON, against a local server that
// answers as the service does (the emulator has no liveness sessions yet): a form's image file
// and fields as flags, an image answer written to --out or to stdout, a 204.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RecordedRequest, type Reply, startServer, type TestServer } from "@face-training/test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXIT, type Io, run } from "../src/cli.js";

const KEY = "cli-liveness-key";
const session = {
  sessionId: "s-1",
  authToken: "t",
  status: "NotStarted",
  results: { attempts: [], verifyReferences: [] },
};
/** A JPEG's first bytes, then every byte value: no UTF-8 text. */
const jpeg = (length: number) => {
  const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
};
const sessionImage = jpeg(40_000);

let replies: Reply[] = [];
let server: TestServer;
let dir: string;
let image: string;
beforeAll(async () => {
  server = await startServer(() => replies.shift() ?? { status: 200, body: session });
  dir = await mkdtemp(join(tmpdir(), "cli-liveness-"));
  image = join(dir, "id-photo.jpg");
  await writeFile(image, jpeg(3000));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  replies = [];
});

/** Runs the CLI in-process against the server, capturing what it writes, bytes as bytes. */
async function cli(args: string[], { stdoutIsTTY = false } = {}) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (output) => out.push(output),
    stderr: (text) => err.push(text),
    isTTY: false,
    stdoutIsTTY,
    env: { FACE_ENDPOINT: server.url, FACE_KEY: KEY },
  };
  const before = server.requests.length;
  const code = await run(args, io);
  const stdout = out.filter((o) => typeof o === "string").join("");
  const bytes = out.filter((o) => typeof o !== "string");
  return { code, stdout, bytes, stderr: err.join(""), sent: server.requests.slice(before) };
}

/** The form a request carried, parsed as a server would (undici's multipart parser). */
const formOf = (request: RecordedRequest | undefined) =>
  new Request("http://form.test/", {
    method: "POST",
    headers: { "content-type": String(request?.headers["content-type"]) },
    body: request ? new Uint8Array(request.bytes) : null,
  }).formData();

const create = ["create-liveness-with-verify-session", "--image"];

describe("a command with a form body", () => {
  it("sends the --image file as the form's file part and its flags as the form's fields", async () => {
    const { code, stdout, sent } = await cli([
      ...create,
      image,
      "--liveness-operation-mode",
      "Passive",
      "--device-correlation-id",
      "d-1",
      "--enable-session-image",
      "true",
      "--auth-token-time-to-live-in-seconds",
      "60",
      "--json",
    ]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual(session);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: "POST", url: "/face/v1.2/detectLivenessWithVerify-sessions" });
    const form = await formOf(sent[0]);
    expect(Object.fromEntries([...form].filter(([, value]) => typeof value === "string"))).toEqual({
      livenessOperationMode: "Passive",
      enableSessionImage: "true",
      deviceCorrelationId: "d-1",
      authTokenTimeToLiveInSeconds: "60",
    });
    const file = form.get("verifyImage") as File;
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array(await readFile(image)));
  });

  it.each([
    [
      "a field out of the spec's range, naming its flag",
      ["--liveness-operation-mode", "Passive", "--auth-token-time-to-live-in-seconds", "10"],
      "--auth-token-time-to-live-in-seconds must be 60-86400; got 10",
    ],
    [
      "a required field missing, naming its flag",
      ["--device-correlation-id", "d-1"],
      "--liveness-operation-mode is required",
    ],
    [
      "a field of another type",
      ["--liveness-operation-mode", "Passive", "--verify-confidence-threshold", "high"],
      '--verify-confidence-threshold must be a number; got "high"',
    ],
  ])("exits 2 before sending on %s", async (_case, flags, message) => {
    const { code, stderr, sent } = await cli([...create, image, ...flags]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(message);
    expect(sent).toHaveLength(0);
  });

  it("exits 2 before sending on an image file too small for the spec, or more than one", async () => {
    const small = join(dir, "small.jpg");
    await writeFile(small, jpeg(1000));
    const tooSmall = await cli([...create, small, "--liveness-operation-mode", "Passive"]);
    expect(tooSmall.code).toBe(EXIT.usage);
    expect(tooSmall.stderr).toContain(`--image ${small}: an image must be 1024 to 6291456 bytes; it has 1000`);
    const two = await cli([...create, image, "--image", image, "--liveness-operation-mode", "Passive"]);
    expect(two.code).toBe(EXIT.usage);
    expect(two.stderr).toContain("--image takes one file, the form's verifyImage part; got 2");
    expect([...tooSmall.sent, ...two.sent]).toHaveLength(0);
  });

  it("lists its image and its fields in its help", async () => {
    const { code, stdout } = await cli(["create-liveness-with-verify-session", "--help"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("face-training create-liveness-with-verify-session --image <file> [flags]");
    expect(stdout).toMatch(/--image <file> +the image file of the form's verifyImage part, 1024 to 6291456 bytes/);
    expect(stdout).toMatch(
      /--liveness-operation-mode <string> +Type of liveness mode the client should follow\. Required\./,
    );
    expect(stdout).toMatch(/--auth-token-time-to-live-in-seconds <integer> +Seconds the session should last for\./);
  });
});

describe("a command answering bytes", () => {
  const imageReply: Reply = {
    status: 200,
    headers: { "content-type": "application/octet-stream" },
    body: sessionImage,
  };

  it("writes them to --out and says where, and how many", async () => {
    replies = [imageReply];
    const out = join(dir, "session.jpg");
    const { code, stdout, bytes } = await cli(["get-session-image", "image-1", "--out", out, "--json"]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual({ command: "get-session-image", out, bytes: sessionImage.length });
    expect(bytes).toEqual([]);
    expect(new Uint8Array(await readFile(out))).toEqual(sessionImage);
  });

  it("writes them to stdout as they are when stdout is no terminal", async () => {
    replies = [imageReply];
    const { code, stdout, bytes, sent } = await cli(["get-session-image", "image-1"]);
    expect(code).toBe(EXIT.ok);
    expect(sent[0]).toMatchObject({ method: "GET", url: "/face/v1.2/sessionImages/image-1" });
    expect(stdout).toBe("");
    expect(bytes).toEqual([sessionImage]);
  });

  it.each([
    ["to a terminal", [], { stdoutIsTTY: true }, "pass --out <file>, or redirect stdout to a file"],
    ["with --json and no --out", ["--json"], {}, "pass --out <file> with --json"],
  ])("refuses to write them %s, before sending", async (_case, flags, options, message) => {
    const { code, stdout, stderr, sent } = await cli(["get-session-image", "image-1", ...flags], options);
    expect(code).toBe(EXIT.usage);
    expect(stdout + stderr).toContain(`the answer is bytes (application/octet-stream): ${message}`);
    expect(sent).toHaveLength(0);
  });

  it("exits 2 naming --out when the file cannot be written", async () => {
    replies = [imageReply];
    const out = join(dir, "missing", "session.jpg");
    const { code, stderr } = await cli(["get-session-image", "image-1", "--out", out]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(`get-session-image: --out ${out}: ENOENT`);
  });

  it("exits 3 with the service's code when there is no such image", async () => {
    replies = [
      {
        status: 404,
        headers: { "x-ms-error-code": "SessionImageNotFound" },
        body: { error: { code: "SessionImageNotFound", message: "Session image is not found." } },
      },
    ];
    const { code, stdout } = await cli(["get-session-image", "gone", "--out", join(dir, "gone.jpg"), "--json"]);
    expect(code).toBe(EXIT.serviceError);
    expect(JSON.parse(stdout).error).toMatchObject({ status: 404, code: "SessionImageNotFound" });
  });

  it("says in its help where they go", async () => {
    const { stdout } = await cli(["get-session-image", "--help"]);
    expect(stdout).toContain("face-training get-session-image <sessionImageId> [--out <file>] [flags]");
    expect(stdout).toContain("The answer is bytes (application/octet-stream), not JSON: written to --out <file>");
    expect(stdout).toContain("face-training get-session-image <sessionImageId> > answer.bin");
  });

  it("pipes them byte for byte from the real command", async () => {
    replies = [imageReply];
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "get-session-image", "image-1"], {
      env: { ...process.env, FACE_ENDPOINT: server.url, FACE_KEY: KEY },
      encoding: "buffer",
    });
    expect(new Uint8Array(stdout)).toEqual(sessionImage);
  });
});

describe("a command answering 204", () => {
  it("prints that it is done", async () => {
    replies = [{ status: 204 }];
    const { code, stdout, sent } = await cli(["delete-liveness-session", "s-1", "--json"]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual({ command: "delete-liveness-session", ok: true });
    expect(sent[0]).toMatchObject({ method: "DELETE", url: "/face/v1.2/detectLiveness-sessions/s-1" });
  });
});

describe("a command of an operation only some API versions have", () => {
  it("says so in its help and in the list of commands", async () => {
    const { stdout } = await cli(["create-liveness-with-verify-session-with-verify-image", "--help"]);
    expect(stdout).toContain("Only in API version v1.2-preview.1: pass --api-version v1.2-preview.1.");
    expect((await cli(["--help"])).stdout).toMatch(/get-liveness-session-audit-entries +.*\(v1\.2-preview\.1 only\)/);
  });

  it("is refused on another version before anything is sent, naming the version that has it", async () => {
    const refused = await cli(["get-liveness-session-audit-entries", "s-1"]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toContain("v1.2 has no GET /detectLiveness/singleModal/sessions/{sessionId}/audit");
    expect(refused.stderr).toContain("v1.2-preview.1 has it");
    expect(refused.sent).toHaveLength(0);
  });

  it("sends its form's JSON part from a JSON flag on the version that has it", async () => {
    replies = [{ status: 200, body: { sessionId: "s-2", authToken: "t" } }];
    const parameters = { livenessOperationMode: "Passive", deviceCorrelationId: "d-1" };
    const { code, sent } = await cli([
      "create-liveness-with-verify-session-with-verify-image",
      "--api-version",
      "v1.2-preview.1",
      "--image",
      image,
      "--parameters",
      JSON.stringify(parameters),
    ]);
    expect(code).toBe(EXIT.ok);
    expect(sent).toHaveLength(1);
    const form = await new Response(new Uint8Array(sent[0]?.bytes ?? []), {
      headers: { "content-type": String(sent[0]?.headers["content-type"]) },
    }).formData();
    expect(JSON.parse(String(form.get("Parameters")))).toEqual(parameters);
    expect(form.get("VerifyImage")).toBeInstanceOf(Blob);
  });

  it("exits 2 before sending when a JSON flag is not JSON, naming the flag", async () => {
    const args = ["create-liveness-with-verify-session-with-verify-image", "--api-version", "v1.2-preview.1"];
    const { code, stderr, sent } = await cli([...args, "--image", image, "--parameters", "{livenessOperationMode"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("--parameters is not JSON");
    expect(sent).toHaveLength(0);
  });
});
