// Tests of tools/spec-diff.mjs: each one edits the TypeSpec in a temporary worktree of HEAD,
// rebuilds the OpenAPI there, and runs the diff against HEAD, as a reviewer's branch would.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";

const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const worktrees = [];

/** A worktree of HEAD with its spec files edited (`{ "models.tsp": text => text }`) and its OpenAPI rebuilt. */
function branch(edits, extraFiles = {}) {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-test-"));
  execFileSync("git", ["worktree", "add", "--detach", "--quiet", dir, "HEAD"], { cwd: root });
  worktrees.push(dir);
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  symlinkSync(join(root, "spec/node_modules"), join(dir, "spec/node_modules"), "dir");
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, "spec", file);
    const text = readFileSync(path, "utf8");
    const edited = edit(text);
    assert.notEqual(edited, text, `the edit of ${file} changed nothing`);
    writeFileSync(path, edited);
  }
  for (const [file, content] of Object.entries(extraFiles)) writeFileSync(join(dir, file), content);
  execFileSync(join(root, "spec/node_modules/.bin/tsp"), ["compile", "."], { cwd: join(dir, "spec"), stdio: "pipe" });
  return dir;
}

function specDiff(dir, ...args) {
  // This checkout's script, run in the branch's worktree (it diffs the checkout it runs in).
  const script = join(root, "tools/spec-diff.mjs");
  const result = spawnSync(process.execPath, [script, "--base", "HEAD", ...args], { cwd: dir, encoding: "utf8" });
  return { code: result.status, report: result.stdout, stderr: result.stderr };
}

after(() => {
  for (const dir of worktrees) {
    execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: root });
    rmSync(dir, { recursive: true, force: true });
  }
});

// Removing a required field: from the model, and from the example that sets it.
const removeCreated = {
  "models.tsp": (text) => text.replace(/\n\s*\/\*\*[^/]*created time[^/]*\*\/\n\s*createdDateTime: utcDateTime;/, ""),
  "examples.tsp": (text) => text.replace(/\n\s*createdDateTime: utcDateTime\.fromISO\("[^"]+"\),/g, ""),
};

describe("pnpm spec:diff", () => {
  it("fails on removing a required TrainingResult field, naming the field as breaking", () => {
    const { code, report } = specDiff(branch(removeCreated));
    assert.equal(code, 1, report);
    assert.match(report, /🔴 breaking \| removed \| `TrainingResult\.createdDateTime` \|/);
    assert.match(report, /breaking, NOT acknowledged/);
    assert.match(report, /- Changed: .*PersonGroupOperations_GetPersonGroupTrainingStatus/);
  });

  it("passes on adding an optional field, rating it non-breaking", () => {
    const addProgress = (text) =>
      text.replace(
        "  message?: string | null;",
        "  message?: string | null;\n\n  /** Percent done. */\n  progress?: int32;",
      );
    const { code, report } = specDiff(branch({ "models.tsp": addProgress }));
    assert.equal(code, 0, report);
    assert.match(report, /\*\*0\*\* breaking/);
    assert.match(report, /🟢 non-breaking \| added \| `TrainingResult\.progress` \|/);
  });

  it("rates removing a known value of the open OperationStatus union as breaking", () => {
    const removeFailed = (text) => text.replace(/\n\s*\/\*\* The operation is failed\. \*\/\n\s*failed: "failed",/, "");
    const { code, report } = specDiff(branch({ "models.tsp": removeFailed }));
    assert.equal(code, 1, report);
    assert.match(
      report,
      /🔴 breaking \| modified \| `OperationStatus \(values\)` \| Known values of the open union `OperationStatus` were removed: `failed`/,
    );
  });

  it("passes a breaking change acknowledged by a major changeset for the client", () => {
    const changeset = {
      ".changeset/drop-created.md": '---\n"@face-training/client": major\n---\n\nDrop createdDateTime.\n',
    };
    const { code, report } = specDiff(branch(removeCreated, changeset));
    assert.equal(code, 0, report);
    assert.match(report, /breaking, acknowledged/);
  });

  it("writes the report to the --out file too", () => {
    const dir = branch(removeCreated);
    const { report } = specDiff(dir, "--out", ".tmp/review.md", "--allow-breaking");
    assert.equal(readFileSync(join(dir, ".tmp/review.md"), "utf8").trim(), report.trim());
  });
});
