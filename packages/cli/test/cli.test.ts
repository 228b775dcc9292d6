import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type Emulator, startEmulator } from "@face-training/emulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT, type Io, run } from "../src/cli.js";

const KEY = "cli-key-5d1e";
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator({
    key: KEY,
    queueMs: 10,
    trainingMs: 60,
    containers: [
      { kind: "persongroups", id: "team" },
      { kind: "largefacelists", id: "empty", outcome: "failed", message: "No faces." },
      { kind: "largepersongroups", id: "slow", trainingMs: 60_000 },
    ],
  });
});
afterEach(() => emulator.close());

/** Runs the CLI in-process with FACE_ENDPOINT/FACE_KEY set, capturing what it writes. */
async function cli(args: string[], { isTTY = false, env = {} as Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(String(t)),
    stderr: (t) => err.push(t),
    isTTY,
    env: { FACE_ENDPOINT: emulator.url, FACE_KEY: KEY, ...env },
  };
  const code = await run(args, io);
  const stdout = out.join("");
  const stderr = err.join("");
  expect(stdout + stderr).not.toContain(KEY);
  return { code, stdout, stderr };
}

describe("face-training", () => {
  it("trains and waits with --wait, exiting 0 with the final status", async () => {
    const { code, stdout, stderr } = await cli(["train", "person-group", "team", "--wait", "--interval", "100"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^person-group team: succeeded in \d+\.\d s\n$/);
    // Not a terminal: one line per status change, in the lifecycle's order (a poll may miss a
    // short-lived state, never repeat one).
    const [started, ...changes] = stderr.trimEnd().split("\n");
    expect(started).toBe("person-group team: train started");
    const statuses = changes.map((line) => line.replace("person-group team: ", ""));
    expect(statuses.at(-1)).toBe("succeeded");
    expect(["notStarted", "running", "succeeded"].filter((s) => statuses.includes(s))).toEqual(statuses);
  });

  it("prints one JSON object per command with --json", async () => {
    const train = await cli(["train", "person-group", "team", "--json"]);
    expect(JSON.parse(train.stdout)).toEqual({
      command: "train",
      kind: "person-group",
      personGroupId: "team",
      operationLocation: `${emulator.url}/face/v1.2/persongroups/team/training`,
    });
    const wait = await cli(["wait", "person-group", "team", "--json", "--interval", "100"]);
    expect(JSON.parse(wait.stdout)).toMatchObject({
      command: "wait",
      result: { status: "succeeded" },
      elapsedMs: expect.any(Number),
    });
    expect(wait.stderr).toBe("");
    const status = await cli(["status", "person-group", "team", "--json"]);
    expect(JSON.parse(status.stdout).result.status).toBe("succeeded");
  });

  it("exits 1 when the training fails, with the service's message", async () => {
    await cli(["train", "large-face-list", "empty"]);
    const { code, stdout } = await cli(["wait", "large-face-list", "empty", "--interval", "100"]);
    expect(code).toBe(EXIT.operationFailed);
    expect(stdout).toBe("large-face-list empty: failed: No faces.\n");
  });

  it("says 'last trained' only for a container that has had a successful training", async () => {
    await cli(["train", "large-face-list", "empty", "--wait", "--interval", "100"]);
    const failed = await cli(["status", "large-face-list", "empty"]);
    expect(failed.stdout).toBe("large-face-list empty: failed (No faces.)\n");
    await cli(["train", "person-group", "team", "--wait", "--interval", "100"]);
    const trained = await cli(["status", "person-group", "team"]);
    expect(trained.stdout).toMatch(/^person-group team: succeeded, last trained \d{4}-\d\d-\d\dT[\d:.]+Z\n$/);
  });

  it.each([
    ["an unknown command", ["list", "person-group", "team"], /unknown command "list"/],
    [
      "an unknown kind",
      ["status", "people", "team"],
      /needs a kind: large-face-list, large-person-group or person-group; got "people"/,
    ],
    [
      "a missing id",
      ["status", "person-group"],
      /status person-group: <personGroupId> is missing; usage: face-training status person-group <personGroupId>/,
    ],
    [
      "a command the kind does not have",
      ["start", "person-group", "team"],
      /unknown command "start": use train, status or wait/,
    ],
    [
      "an invalid id",
      ["status", "person-group", "Team A"],
      /status person-group: <personGroupId> must be 1-64 characters/,
    ],
    [
      "a bad interval",
      ["wait", "person-group", "team", "--interval", "soon"],
      /--interval must be a whole number of milliseconds/,
    ],
    ["an unknown flag", ["status", "person-group", "team", "--fast"], /status person-group: unknown flag --fast/],
  ])("exits 2 on %s, saying what is wrong", async (_name, args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });

  it.each([
    ["--interval", "0", "from 100 to 3600000"],
    ["--interval", "2.5", "from 100 to 3600000"],
    ["--timeout", "0", "from 1 to 2147483647"],
    ["--timeout", "0.5", "from 1 to 2147483647"],
  ])("exits 2 on %s %s, naming the flag and its range", async (flag, value, range) => {
    const { code, stderr } = await cli(["wait", "person-group", "team", flag, value]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(`${flag} must be a whole number of milliseconds ${range}; got "${value}"`);
  });

  it.each([
    ["an unknown flag", ["status", "person-group", "team", "--fast", "--json"]],
    ["an unknown kind", ["status", "people", "team", "--json"]],
    ["a bad interval", ["wait", "person-group", "team", "--interval", "0", "--json"]],
  ])("prints %s as one JSON object with --json, nothing on stderr", async (_name, args) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toMatchObject({ error: { name: "UsageError", message: expect.any(String) } });
  });

  it("exits 2 when no key is given, naming FACE_KEY", async () => {
    const { code, stderr } = await cli(["status", "person-group", "team"], { env: { FACE_KEY: "" } });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("no key: set FACE_KEY");
  });

  it("exits 3 on a service error, with its code", async () => {
    const { code, stderr } = await cli(["status", "large-person-group", "nobody"]);
    expect(code).toBe(EXIT.serviceError);
    expect(stderr).toMatch(/Large person group 'nobody' is not found\. \(HTTP 404 LargePersonGroupNotFound/);
    const json = await cli(["train", "large-face-list", "nobody", "--json"]);
    expect(JSON.parse(json.stdout).error).toMatchObject({ status: 404, code: "LargeFaceListNotFound" });
  });

  it("exits 3 on a wrong key, without printing it", async () => {
    const { code, stderr } = await cli(["status", "person-group", "team"], { env: { FACE_KEY: "wrong-key-0000" } });
    expect(code).toBe(EXIT.serviceError);
    expect(stderr).toContain("HTTP 401");
    expect(stderr).not.toContain("wrong-key-0000");
  });

  it("exits 4 when the wait times out", async () => {
    await cli(["train", "large-person-group", "slow"]);
    const { code, stderr } = await cli(["wait", "large-person-group", "slow", "--interval", "100", "--timeout", "100"]);
    expect(code).toBe(EXIT.timedOut);
    expect(stderr).toContain('Train LargePersonGroup (largePersonGroupId "slow") did not end within 100 ms');
  });

  it("rewrites one progress line in place on a terminal", async () => {
    await cli(["train", "person-group", "team"]);
    const { stderr } = await cli(["wait", "person-group", "team", "--interval", "100"], { isTTY: true });
    // Each update returns to the line's start and clears it (ESC [2K); the last ends the line.
    const [before, ...updates] = stderr.split("\r\u001b[2K");
    expect(before).toBe("");
    expect(updates.length).toBeGreaterThan(1);
    for (const update of updates)
      expect(update).toMatch(/^person-group team: (notStarted|running|succeeded) \(\d+\.\d s\)\n?$/);
    expect(stderr.endsWith("\n")).toBe(true);
  });
});

describe("the face-training command", () => {
  const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

  it("is the package's bin, a committed file that runs the built CLI", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    const linked = fileURLToPath(new URL(`../${manifest.bin["face-training"]}`, import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [linked, "--help"]);
    expect(stdout).toContain("Exit codes:");
  });

  it("prints a help a newcomer can follow, and exits 0", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--help"]);
    expect(stdout).toContain("face-training train <kind> <id>");
    // The kinds come from the spec's long-running operations, each with what it starts.
    expect(stdout).toMatch(/^ {2}person-group {9}train <personGroupId>: Train PersonGroup$/m);
    expect(stdout).toMatch(/^ {2}large-face-list {6}train <largeFaceListId>: Train LargeFaceList$/m);
    expect(stdout).toContain("Exit codes:");
    expect(stdout).toContain("FACE_ENDPOINT");
  });

  it("exits with the documented code from a real process", async () => {
    const child = promisify(execFile)(process.execPath, [bin, "status", "person-group", "nobody"], {
      env: { ...process.env, FACE_ENDPOINT: emulator.url, FACE_KEY: KEY },
    });
    await expect(child).rejects.toMatchObject({ code: EXIT.serviceError });
  });
});

describe("face-training <operation>: every operation of the spec", () => {
  it("creates a group, a person and a face from an image file, and lists them, printing JSON", async () => {
    expect((await cli(["create-person-group", "club", "--body", '{"name":"Club"}'])).code).toBe(EXIT.ok);
    const group = await cli(["get-person-group", "club", "--return-recognition-model", "true", "--json"]);
    expect(JSON.parse(group.stdout)).toEqual({
      personGroupId: "club",
      name: "Club",
      recognitionModel: "recognition_01",
    });
    const { personId } = JSON.parse(
      (await cli(["create-person-group-person", "club", "--body", '{"name":"Ann"}', "--json"])).stdout,
    );
    const image = fileURLToPath(new URL("../../../tools/demo-images/ann-1.png", import.meta.url));
    const face = await cli([
      "add-person-group-person-face",
      "club",
      personId,
      "--image",
      image,
      "--target-face",
      "1,2,30,40",
      "--json",
    ]);
    expect(face.code).toBe(EXIT.ok);
    for (const name of ["Ben", "Cy"])
      await cli(["create-person-group-person", "club", "--body", JSON.stringify({ name })]);
    const all = await cli(["get-person-group-persons", "club", "--top", "1", "--all", "--json"]);
    expect(
      JSON.parse(all.stdout)
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(["Ann", "Ben", "Cy"]);
  });

  it.each([
    ["a body that is not JSON", ["create-person-group", "club", "--body", "nope"], /--body is not JSON/],
    ["a missing body", ["create-person-group", "club"], /create-person-group: --body <json> is required/],
    ["a missing id", ["get-person-group"], /get-person-group: <personGroupId> is missing/],
    ["a value the spec forbids", ["get-person-groups", "--top", "5000"], /get-person-groups: --top must be 1-1000/],
    [
      "an image file that does not exist",
      ["add-face-list-face", "faces", "--image", "/nonexistent.png"],
      /--image \/nonexistent.png/,
    ],
  ])("exits 2 on %s, saying what is wrong", async (_name, args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });

  it("adds many image files one by one with a progress bar, and goes on past a file the service refuses", async () => {
    await cli(["create-large-face-list", "crowd", "--body", '{"name":"Crowd"}']);
    const images = ["ann-1", "ann-2", "ben-1", "ben-2"].map((name) =>
      fileURLToPath(new URL(`../../../tools/demo-images/${name}.png`, import.meta.url)),
    );
    // Big enough for the spec, but no image: the emulator answers InvalidImage, as the service would.
    const dir = await mkdtemp(join(tmpdir(), "cli-images-"));
    const notImage = join(dir, "notes.png");
    await writeFile(notImage, "x".repeat(2048));
    const files = [images[0], notImage, ...images.slice(1)].flatMap((file) => ["--image", file as string]);
    const { code, stdout, stderr } = await cli(
      ["add-large-face-list-face", "crowd", ...files, "--user-data", "crowd"],
      {
        isTTY: true,
      },
    );
    expect(code).toBe(EXIT.serviceError);
    const results = JSON.parse(stdout);
    expect(results.map((r: { file: string }) => r.file)).toEqual([images[0], notImage, ...images.slice(1)]);
    expect(results[1]).toMatchObject({ error: { status: 400, code: "InvalidImage" } });
    expect(results.filter((r: { persistedFaceId?: string }) => r.persistedFaceId)).toHaveLength(4);
    expect(stderr).toContain("[------------------------] 0/5 ann-1.png");
    expect(stderr).toContain("[########################] 5/5");
    expect(stderr).toContain("add-large-face-list-face: 4 of 5 files accepted, 1 refused");
    const listed = JSON.parse((await cli(["get-large-face-list-faces", "crowd", "--all", "--json"])).stdout);
    expect(listed).toHaveLength(4);
    await rm(dir, { recursive: true, force: true });
  });

  it("checks every image file before it sends the first: a missing or too small file adds nothing", async () => {
    await cli(["create-large-face-list", "crowd", "--body", '{"name":"Crowd"}']);
    const image = fileURLToPath(new URL("../../../tools/demo-images/ann-1.png", import.meta.url));
    const dir = await mkdtemp(join(tmpdir(), "cli-images-"));
    const tiny = join(dir, "tiny.png");
    await writeFile(tiny, "x".repeat(10));
    for (const [bad, message] of [
      ["/nonexistent.png", /--image \/nonexistent.png: ENOENT/],
      [tiny, /--image .*tiny.png: an image must be 1024 to 6291456 bytes; it has 10/],
    ] as const) {
      const { code, stderr } = await cli(["add-large-face-list-face", "crowd", "--image", image, "--image", bad]);
      expect(code).toBe(EXIT.usage);
      expect(stderr).toMatch(message);
    }
    expect(JSON.parse((await cli(["get-large-face-list-faces", "crowd", "--json"])).stdout)).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 3 on a service error, as one JSON object with --json", async () => {
    const { code, stdout } = await cli(["get-person-group", "nobody", "--json"]);
    expect(code).toBe(EXIT.serviceError);
    expect(JSON.parse(stdout)).toMatchObject({
      command: "get-person-group",
      error: { status: 404, code: "PersonGroupNotFound" },
    });
  });
});

describe("one table, one parser: a kind's words and the operation's name are one command", () => {
  /** A JSON output without what differs from one run to the next. */
  const steady = (stdout: string) => {
    const { elapsedMs: _, ...rest } = JSON.parse(stdout);
    return rest;
  };

  it.each([
    ["train person-group", ["train", "person-group", "team"], ["train-person-group", "team"]],
    ["status person-group", ["status", "person-group", "team"], ["get-person-group-training-status", "team"]],
    ["wait person-group", ["wait", "person-group", "team"], ["wait-for-train-person-group", "team"]],
  ])(
    "`%s` makes the same call as the operation's command, with the same output and exit code",
    async (_name, alias, named) => {
      await cli(["train", "person-group", "team", "--wait", "--interval", "100"]);
      const byAlias = await cli([...alias, "--json"]);
      // A second train while the first runs would be refused: let it end.
      await cli(["wait", "person-group", "team", "--interval", "100"]);
      const byName = await cli([...named, "--json"]);
      expect(byAlias.code).toBe(EXIT.ok);
      expect(byName.code).toBe(byAlias.code);
      expect(steady(byName.stdout)).toEqual(steady(byAlias.stdout));
      expect(steady(byAlias.stdout)).toMatchObject({ command: alias[0], kind: "person-group", personGroupId: "team" });
    },
  );

  it.each([
    [
      "a bad flag value",
      ["wait", "person-group", "team", "--interval", "0"],
      "--interval",
      'wait person-group: --interval must be a whole number of milliseconds from 100 to 3600000; got "0"',
    ],
    [
      "a missing argument",
      ["delete-person-group-person", "team"],
      "<personId>",
      "delete-person-group-person: <personId> is missing; usage: face-training delete-person-group-person <personGroupId> <personId>",
    ],
    [
      "an argument too many",
      ["get-person-groups", "team"],
      "team",
      'get-person-groups: "team" is one argument too many; usage: face-training get-person-groups',
    ],
    [
      "a flag of another command",
      ["status", "person-group", "team", "--wait"],
      "--wait",
      "status person-group: unknown flag --wait",
    ],
    [
      "a value for a switch",
      ["train-person-group", "team", "--wait=yes"],
      "--wait",
      'train-person-group: --wait takes no value; got "yes"',
    ],
    [
      "a flag without its value",
      ["get-person-groups", "--top"],
      "--top",
      "get-person-groups: --top needs a value: <integer>",
    ],
  ])("names the command, the argument or flag, and the rule, for %s", async (_name, args, parameter, message) => {
    const text = await cli(args);
    expect(text.code).toBe(EXIT.usage);
    expect(text.stderr).toBe(
      `face-training: ${message}\nRun face-training ${message.split(":")[0]} --help for usage.\n`,
    );
    const json = await cli([...args, "--json"]);
    expect(json.code).toBe(EXIT.usage);
    expect(JSON.parse(json.stdout).error).toEqual({ name: "UsageError", message, parameter });
  });

  it.each([
    ["a command", ["trian", "person-group", "team"], 'unknown command "trian": did you mean train?'],
    ["an operation", ["get-person-grup", "team"], 'unknown command "get-person-grup": did you mean get-person-group?'],
    ["a kind", ["status", "person-grup", "team"], 'got "person-grup"; did you mean person-group?'],
    [
      "a flag",
      ["get-person-group", "team", "--retrun-recognition-model", "true"],
      "unknown flag --retrun-recognition-model; did you mean --return-recognition-model?",
    ],
  ])("suggests the nearest name for a mistyped %s", async (_name, args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(message);
  });

  it("takes the flags before the command as after it", async () => {
    const after = await cli(["get-person-group", "team", "--endpoint", emulator.url, "--json"]);
    const before = await cli(["--endpoint", emulator.url, "--json", "get-person-group", "team"]);
    expect(before.code).toBe(EXIT.ok);
    expect(JSON.parse(before.stdout)).toEqual(JSON.parse(after.stdout));
  });

  it("prints a command's help, with all its names, arguments and flags, under either name", async () => {
    const byAlias = await cli(["train", "person-group", "--help"]);
    const byName = await cli(["train-person-group", "-h"]);
    expect(byAlias.code).toBe(EXIT.ok);
    expect(byName.stdout).toBe(byAlias.stdout);
    expect(byAlias.stdout).toContain("face-training train-person-group <personGroupId> [flags]");
    expect(byAlias.stdout).toContain("face-training train person-group <personGroupId> [flags]");
    expect(byAlias.stdout).toMatch(/^ {2}<personGroupId> +ID of the container\.$/m);
    expect(byAlias.stdout).toMatch(/^ {2}--wait +wait for it to end/m);
    expect(byAlias.stdout).toMatch(
      /^ {2}--timeout <ms> +give up waiting after this long, 1 to 2147483647 \(default 1800000/m,
    );
    const list = await cli(["get-person-group-persons", "--help"]);
    expect(list.stdout).toMatch(/^ {2}--top <integer> +The number of items/m);
    expect(list.stdout).toMatch(/^ {2}--all +every page of the list/m);
  });
});

describe("face-training on the person directory", () => {
  const preview = ["--api-version", "v1.2-preview.1"];

  it("waits for a directory write with --wait, after printing its answer", async () => {
    const body = JSON.stringify({ name: "Ann" });
    const { code, stdout, stderr } = await cli([
      "create-person",
      "--body",
      body,
      "--wait",
      "--interval",
      "100",
      ...preview,
    ]);
    expect(code, stderr).toBe(EXIT.ok);
    const accepted = JSON.parse(stdout.slice(0, stdout.indexOf("\n}\n") + 2));
    expect(accepted).toEqual({
      personId: expect.any(String),
      operationLocation: expect.stringContaining("/operations/"),
    });
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^create-person: succeeded in \d+\.\d s$/);
    expect(stderr.trimEnd().split("\n").at(-1)).toBe("create-person: succeeded");
    // Done: the person is there.
    const read = await cli(["get-person", accepted.personId, ...preview]);
    expect(JSON.parse(read.stdout)).toEqual({ personId: accepted.personId, name: "Ann" });
  });

  it("resumes a wait from the operation-Location alone, and refuses a URL of another path", async () => {
    const created = await cli(["create-person", "--body", JSON.stringify({ name: "Bo" }), ...preview]);
    const { operationLocation } = JSON.parse(created.stdout);
    const waited = await cli(["wait-for-create-person", operationLocation, "--interval", "100", "--json", ...preview]);
    expect(waited.code).toBe(EXIT.ok);
    expect(JSON.parse(waited.stdout)).toMatchObject({ result: { status: "succeeded" } });
    const wrong = await cli(["wait-for-create-person", `${emulator.url}/face/v1.2-preview.1/persons`, ...preview]);
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.stderr).toContain("must be a URL of /operations/{operationId}");
  });

  it("is refused on the GA version before anything is sent, naming the version that has it", async () => {
    const { code, stderr } = await cli(["create-person", "--body", JSON.stringify({ name: "Cy" })]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("v1.2-preview.1 has it");
  });
});
