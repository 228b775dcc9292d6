// "Nothing outside the spec names an operationId, a path or a container kind": the hand-written
// source of every package (not its generated/ folder) must not name any of the table's, nor
// restate an error code the spec declares (`x-face-error-codes`) or a parameter's or body
// property's default as the fallback of a value (`?? 10`, `{ top = 1000 }`).
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import ts from "typescript";

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
  // is the first segment of the path of an operation on a container (its role's resource), that
  // goes on to the container's id (`/persongroups/{…}`); the first segment of another path
  // (`/detect`, `/group`, the person directory's `/persons/{…}`, a status's `/operations/{…}`) is
  // an English word, which the path template check above already holds to its path.
  "container kind": [
    ...new Set(operations.flatMap((o) => (o.role.resource === "container" && o.path.match(/^\/(\w+)\/\{/)?.[1]) || [])),
  ],
};

/** Every error code the spec declares. */
const codes = new Set(operations.flatMap((o) => Object.values(o.errorCodes ?? {}).map((c) => c.code)));

/** Every default the spec gives a parameter or a body property, as JSON text. */
const defaults = new Set();
const collect = (schema) => {
  if (!schema || typeof schema !== "object") return;
  if (schema.default !== undefined) defaults.add(JSON.stringify(schema.default));
  for (const property of Object.values(schema.properties ?? {})) collect(property);
  collect(schema.items);
};
for (const operation of operations) {
  for (const parameter of operation.parameters) collect(parameter.schema);
  collect(operation.body?.schema);
}

/** The code's string literals (comments are not code), and the values it falls back to: `a ?? x`, `(a = x)`, `{ a = x }`. */
function literalsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const strings = [];
  const fallbacks = [];
  const literal = (node) =>
    node && (ts.isNumericLiteral(node) || ts.isStringLiteralLike(node))
      ? JSON.stringify(ts.isNumericLiteral(node) ? Number(node.text) : node.text)
      : undefined;
  const visit = (node) => {
    if (ts.isStringLiteralLike(node)) strings.push(node.text);
    if (ts.isTemplateExpression(node)) strings.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    const fallback =
      ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
        ? node.right
        : ts.isParameter(node) || ts.isBindingElement(node)
          ? node.initializer
          : undefined;
    const value = literal(fallback);
    if (value !== undefined)
      fallbacks.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${value}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { strings, fallbacks };
}

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

  it("restates no error code of the spec: codes are read from the operations' x-face-error-codes", () => {
    const found = [];
    for (const file of sources()) {
      const { strings } = literalsOf(file, readFileSync(join(root, file), "utf8"));
      for (const text of strings) for (const code of codes) if (text.includes(code)) found.push(`${file}: ${code}`);
    }
    assert.deepEqual(found, []);
  });

  it("falls back to no default of the spec: defaults are read from the operations' schemas", () => {
    const found = [];
    for (const file of sources()) {
      const { fallbacks } = literalsOf(file, readFileSync(join(root, file), "utf8"));
      for (const fallback of fallbacks) if (defaults.has(fallback.split(": ")[1])) found.push(`${file}:${fallback}`);
    }
    assert.deepEqual(found, []);
  });
});
