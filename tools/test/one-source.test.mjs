// "Nothing outside the spec names an operationId, a path or a container kind": the hand-written
// source of every package (not its generated/ folder) must not name any of the table's.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

const root = new URL("../../", import.meta.url).pathname;
const { operations } = JSON.parse(readFileSync(join(root, "spec/generated/operations.json"), "utf8"));

// The benchmarks drive the official client and bare HTTP baselines, which know the API only by
// its paths: they are measurements of the product, not part of it.
const MEASUREMENTS = ["bench"];

/** Every hand-written source file under packages/<name>/src. */
function sources() {
  return readdirSync(join(root, "packages"))
    .filter((name) => !MEASUREMENTS.includes(name))
    .flatMap((name) => {
      const src = join(root, "packages", name, "src");
      let files = [];
      try {
        files = readdirSync(src, { recursive: true });
      } catch {
        return [];
      }
      return files
        .filter((file) => /\.(ts|mts|mjs|js)$/.test(file) && !file.split("/").includes("generated"))
        .map((file) => join("packages", name, "src", file));
    });
}

const named = {
  operationId: operations.map((o) => o.operationId),
  "path template": [...new Set(operations.map((o) => o.path))],
  // A container kind, as a path segment or in a path: `persongroups`, `/largefacelists/`. A kind
  // is the first segment of a path that goes on to a container's id (`/persongroups/{…}`); the
  // first segment of an action's path (`/detect`, `/group`) is an English word, which the path
  // template check above already holds to its path (`/group`).
  "container kind": [...new Set(operations.flatMap((o) => o.path.match(/^\/(\w+)\/\{/)?.[1] ?? []))],
};

describe("the hand-written source", () => {
  it("finds files to check", () => assert.ok(sources().length > 10));

  for (const [what, values] of Object.entries(named)) {
    it(`names no ${what} of the spec`, () => {
      const found = [];
      for (const file of sources()) {
        const text = readFileSync(join(root, file), "utf8");
        for (const value of values) {
          const pattern = what === "container kind" ? new RegExp(`\\b${value}\\b`) : null;
          if (pattern ? pattern.test(text) : text.includes(value)) found.push(`${file}: ${value}`);
        }
      }
      assert.deepEqual(found, []);
    });
  }
});
