// The command line's checks of what it is given, before it starts: a seed file's entries are
// held to the same seed options as the admin route's body.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

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
