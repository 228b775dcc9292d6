// The command line's checks of what it is given, before it starts: a seed file's entries are
// held to the same seed options as the admin route's body. Its `attempt` command, run as a
// process against an emulator: the device's side of a liveness session from a shell.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";
import { seedProblem } from "../src/training.js";
import { image, key } from "./requests.js";

const bin = new URL("../dist/bin.js", import.meta.url).pathname;
let dir: string | undefined;
afterEach(() => dir && rm(dir, { recursive: true, force: true }));

/** Runs the command line with a seed file of these entries: its exit code and what it wrote to stderr. */
async function withSeeds(seeds: unknown) {
  dir = await mkdtemp(join(tmpdir(), "emulator-seeds-"));
  const file = join(dir, "seeds.json");
  await writeFile(file, JSON.stringify(seeds));
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [bin, "--port", "0", "--seed-file", file], (error, _stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stderr }),
    );
    // One that starts is not what these tests want: stop it.
    child.stdout?.once("data", () => child.kill());
  });
}

describe("the command line", () => {
  it.each([
    ["an outcome it does not know", { kind: "persongroups", id: "a", outcome: "exploded" }, /its outcome is one of/],
    ["a negative training time", { kind: "persongroups", id: "a", trainingMs: -1 }, /its trainingMs is at least 0/],
    ["an id that is no string", { kind: "persongroups", id: 7 }, /its id is a string/],
  ])("refuses a seed file with %s, naming the entry, and exits 2", async (_, seed, says) => {
    const { code, stderr } = await withSeeds([{ kind: "persongroups", id: "ok" }, seed]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/entry 1: /);
    expect(stderr).toMatch(says);
  });
});

// The check itself, entry by entry, in this process (the runs above show the command line uses it).
describe("a seed file's entry", () => {
  it.each([
    ["null", null, "a seed is an object"],
    ["a list", [{ kind: "persongroups", id: "a" }], "a seed is an object"],
    ["a string", "persongroups/a", "a seed is an object"],
    ["no kind", { id: "a" }, "its kind is a string"],
    ["a kind that is no string", { kind: 1, id: "a" }, "its kind is a string"],
    ["no id", { kind: "persongroups" }, "its id is a string"],
    [
      "an outcome it does not know",
      { kind: "persongroups", id: "a", outcome: "Failed" },
      "its outcome is one of succeeded, failed",
    ],
    ["a message that is no string", { kind: "persongroups", id: "a", message: 7 }, "its message is a string"],
    [
      "a training time that is no number",
      { kind: "persongroups", id: "a", trainingMs: "5" },
      "its trainingMs is a number",
    ],
    ["a negative training time", { kind: "persongroups", id: "a", trainingMs: -0.5 }, "its trainingMs is at least 0"],
  ])("is refused with %s", (_, seed, problem) => {
    expect(seedProblem(seed)).toBe(problem);
  });

  it("is taken with its options, or none of them, at their edges", () => {
    expect(seedProblem({ kind: "persongroups", id: "a" })).toBeUndefined();
    expect(
      seedProblem({ kind: "persongroups", id: "a", outcome: "failed", message: "", trainingMs: 0, other: true }),
    ).toBeUndefined();
  });
});

/** Runs the command line with these arguments to its end: its exit code and what it wrote. */
const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });

describe("the attempt command", () => {
  let emulator: Emulator;
  // The attempt's result at once: a session reads Succeeded as soon as its attempt is made.
  beforeAll(async () => {
    emulator = await startEmulator({ livenessMs: 0 });
  });
  afterAll(() => emulator.close());

  const sessions = () => `${emulator.url}/face/v1.2/detectLiveness-sessions`;
  const create = async (body: object = { livenessOperationMode: "Passive" }) => {
    const created = await fetch(sessions(), {
      method: "POST",
      headers: { ...key, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(200);
    return (await created.json()) as { sessionId: string; authToken: string };
  };
  const read = async (sessionId: string) => (await fetch(`${sessions()}/${sessionId}`, { headers: key })).json();
  const attempt = (sessionId: string, token: string, ...more: string[]) =>
    run(["attempt", sessionId, "--token", token, "--url", emulator.url, ...more]);

  it("makes the session's attempt with its token and the image it is given, printing the attempt's id and never the token", async () => {
    const { sessionId, authToken } = await create({ livenessOperationMode: "Passive", enableSessionImage: true });
    dir = await mkdtemp(join(tmpdir(), "emulator-attempt-"));
    const file = join(dir, "face.png");
    await writeFile(file, image(9));

    const { code, stdout, stderr } = await attempt(sessionId, authToken, "--decision", "realface", "--image", file);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain(`Attempt 1 of liveness session ${sessionId}: realface`);
    expect(stdout + stderr).not.toContain(authToken);

    const session = await read(sessionId);
    expect(session.status).toBe("Succeeded");
    const [made] = session.results.attempts;
    expect(made.result).toMatchObject({
      livenessDecision: "realface",
      digest: createHash("sha256").update(image(9)).digest("hex").toUpperCase(),
    });
    const kept = await fetch(`${emulator.url}/face/v1.2/sessionImages/${made.result.sessionImageId}`, { headers: key });
    expect(new Uint8Array(await kept.arrayBuffer())).toEqual(image(9));
  });

  it("hands out tokens the command takes as values: none of 200 starts with a dash, read as an option", async () => {
    // A base64url token starts with "-" once in 64: `--token -…` is then an ambiguous option.
    const tokens = await Promise.all(Array.from({ length: 200 }, async () => (await create()).authToken));
    expect(tokens.filter((token) => token.startsWith("-"))).toEqual([]);
    expect(new Set(tokens).size).toBe(200);
  });

  it("exits 1 with the 401's code and message when the session's token was used, never printing the token", async () => {
    const { sessionId, authToken } = await create();
    expect((await attempt(sessionId, authToken, "--decision", "spoofface")).code).toBe(0);
    const { code, stdout, stderr } = await attempt(sessionId, authToken, "--decision", "realface");
    expect(code).toBe(1);
    expect(stderr).toContain("refused, 401 401: The session's token was used");
    expect(stdout + stderr).not.toContain(authToken);
    expect((await read(sessionId)).results.attempts[0].result.livenessDecision).toBe("spoofface");
  });

  it.each([
    ["no --decision", ["--token", "t"], /--decision is missing: one of uncertain, realface, spoofface/],
    ["a decision the spec does not have", ["--token", "t", "--decision", "maybe"], /--decision must be one of/],
    ["no --token", ["--decision", "realface"], /--token <authToken> is missing/],
    ["an option it does not have", ["--token", "t", "--decision", "realface", "--verbose"], /'--verbose'/],
  ])("refuses %s with a usage error naming the flag, sends nothing, and exits 2", async (_, args, says) => {
    const { sessionId } = await create();
    const { code, stderr } = await run(["attempt", sessionId, "--url", emulator.url, ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(says);
    expect(stderr).toContain("Usage: pnpm emulator attempt <sessionId>");
    expect((await read(sessionId)).status).toBe("NotStarted");
  });

  it("refuses a missing session id with a usage error, and exits 2", async () => {
    const { code, stderr } = await run(["attempt", "--token", "t", "--decision", "realface"]);
    expect(code).toBe(2);
    expect(stderr).toContain("the session's id is missing");
  });

  it("says that no emulator answered at its URL, and exits 1", async () => {
    // A port that was free a moment ago.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const { code, stderr } = await run([
      "attempt",
      "s",
      "--token",
      "secret-token",
      "--decision",
      "realface",
      "--url",
      url,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`no emulator answered at ${url}`);
    expect(stderr).not.toContain("secret-token");
  });

  it("prints its usage with --help, the spec's decisions and the default URL among it", async () => {
    const { code, stdout } = await run(["attempt", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--decision <decision>   what the device reports: uncertain, realface, spoofface");
    expect(stdout).toContain("(default http://127.0.0.1:5080)");
  });
});
