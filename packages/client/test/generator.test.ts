// The generator's output as a reviewer reads it: written from the table alone (the same text on
// every run), and typed by derivation (every result type comes from its operation's data through
// the one typed mechanism, none is asserted); and a bundle of its functions holds only the
// mechanism they use.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Operation, operations } from "@face-training/spec";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const surface = "../scripts/surface.mjs";
const { operationsModule } = (await import(surface)) as { operationsModule: (table: readonly Operation[]) => string };

describe("the generated operations", () => {
  it("of a part of the table are what that part alone gives, whatever ran before: the generator keeps no state", () => {
    const names = ["trainPersonGroup", "getPersonGroupTrainingStatus"];
    const part = operations.filter((operation) => names.includes(operation.name));
    const alone = operationsModule(part);
    operationsModule(operations);
    expect(operationsModule(part)).toBe(alone);
    // It imports only the models and the mechanism its operations use.
    expect(alone).toMatch(/import type \{ TrainingResult \} from/);
    expect(alone).not.toMatch(/\bencodeJson\b|\biteratorFunction\b/);
    expect(alone).toContain("export const waitForTrainPersonGroup: (");
  });

  it("assert no type: every function's result is what its operation's data says", () => {
    const file = readFileSync(new URL("../src/generated/operations.ts", import.meta.url), "utf8");
    const source = ts.createSourceFile("operations.ts", file, ts.ScriptTarget.Latest, true);
    const assertions: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node)) {
        assertions.push(node.getText(source).slice(0, 80));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(source.statements.length).toBeGreaterThan(100);
    expect(assertions).toEqual([]);
  });
});

describe("a bundle of operation functions", () => {
  /** The minified bundle of an app that calls one operation function, as a browser app's bundler makes it. */
  async function bundleOf(name: string) {
    const { build } = await import("esbuild");
    const { outputFiles } = await build({
      stdin: {
        contents: `import { createFaceContext, ${name} } from "./src/index.ts"; console.log(${name});`,
        resolveDir: fileURLToPath(new URL("..", import.meta.url)),
        loader: "ts",
      },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      alias: { "#platform": fileURLToPath(new URL("../src/platform/browser.ts", import.meta.url)) },
    });
    return outputFiles[0]?.text ?? "";
  }

  it("holds the form encoder only when it calls an operation with a form body", async () => {
    // The encoder writes each part's header itself (no FormData: its boundary and part headers
    // differ between runtimes, and a retry must send the same bytes).
    const marker = "multipart/form-data; boundary=";
    expect(await bundleOf("createLivenessWithVerifySession")).toContain(marker);
    for (const name of ["detect", "getSessionImage", "getPersonGroupTrainingStatus"]) {
      expect(await bundleOf(name)).not.toContain(marker);
    }
  });
});
