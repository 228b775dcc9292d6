// The project's Spectral rules catch what they are for, on edited copies of the committed OpenAPI.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const spec = new URL("../../spec/", import.meta.url).pathname;
const { defaultApiVersion } = JSON.parse(readFileSync(join(spec, "generated/operations.json"), "utf8"));
const committed = readFileSync(join(spec, `openapi/3.0.0/openapi.${defaultApiVersion}.yaml`), "utf8");

function lint(edit) {
  // Inside spec/, where the ruleset's file overrides (relative to it) apply as to the committed files.
  const dir = mkdtempSync(join(spec, "lint-test-"));
  try {
    const file = join(dir, "openapi.yaml");
    const edited = edit(committed);
    assert.notEqual(edited, committed, "the edit changed nothing");
    writeFileSync(file, edited);
    const result = spawnSync(
      join(spec, "node_modules/.bin/spectral"),
      ["lint", file, "--ruleset", join(spec, ".spectral.yaml"), "--fail-severity", "warn"],
      {
        encoding: "utf8",
      },
    );
    return { code: result.status, output: result.stdout + result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the Spectral ruleset", () => {
  it("passes the committed OpenAPI", () => {
    const { code, output } = lint((text) => `${text}\n`);
    assert.equal(code, 0, output);
  });

  it("fails an operationId not of the service's form", () => {
    const { code, output } = lint((text) =>
      text.replace("operationId: PersonGroupOperations_TrainPersonGroup", "operationId: trainGroup"),
    );
    assert.equal(code, 1);
    assert.match(output, /face-operation-id-form/);
  });

  it("fails an operation without a summary", () => {
    const { code, output } = lint((text) => text.replace("      summary: Train PersonGroup\n", ""));
    assert.equal(code, 1);
    assert.match(output, /face-operation-summary/);
  });

  it("fails an error default without x-ms-error-code", () => {
    const { code, output } = lint((text) => text.replace(/( {10})x-ms-error-code:\n/, "$1x-ms-other-code:\n"));
    assert.equal(code, 1);
    assert.match(output, /face-error-code-header/);
  });
});
