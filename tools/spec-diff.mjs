// `pnpm spec:diff [--base <ref>] [--out <file>] [--allow-breaking]`: what changed in the API.
//
// Builds the base revision's OpenAPI in a temporary git worktree (with this checkout's
// toolchain), compares it with the working tree's using `redocly diff`, and writes a markdown
// report (operations added, removed and changed; every change rated breaking or not, naming the
// schema and field) to stdout and to --out (default .tmp/spec-diff.md).
//
// Policy: a breaking change fails (exit 1) unless it is acknowledged, by a changeset added
// since the base that bumps @face-training/client by `major`, or by --allow-breaking.
// Redocly rates removing a value from an open union (OperationStatus) as a patch; we rate it
// breaking: the documented set shrinks, clients lose a literal they may switch on.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { openUnionValues } from "../spec/index.js";

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    out: { type: "string", default: ".tmp/spec-diff.md" },
    "allow-breaking": { type: "boolean", default: false },
  },
});
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: "utf8", ...options }).trim();
const root = run("git", ["rev-parse", "--show-toplevel"]);
const bin = (name) => join(root, "spec/node_modules/.bin", name);
/**
 * The OpenAPI 3.0 document of the default API version in a checkout: named by the operation
 * table's `defaultApiVersion`, or the single `openapi.yaml` of revisions before versioning.
 */
function documentIn(dir) {
  const table = join(dir, "spec/generated/operations.json");
  const name = existsSync(table)
    ? `openapi.${JSON.parse(readFileSync(table, "utf8")).defaultApiVersion}.yaml`
    : "openapi.yaml";
  return join(dir, "spec/openapi/3.0.0", name);
}

/** The base: --base, else where this branch left main (HEAD itself on main). */
function baseRef() {
  if (values.base) return values.base;
  try {
    return run("git", ["merge-base", "HEAD", "main"]);
  } catch {
    return "HEAD";
  }
}

/** Checks the base out in a temporary worktree and compiles its TypeSpec there. */
function buildBase(ref) {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
  run("git", ["worktree", "add", "--detach", "--quiet", dir, ref], { cwd: root });
  try {
    symlinkSync(join(root, "spec/node_modules"), join(dir, "spec/node_modules"), "dir");
    run(bin("tsp"), ["compile", "."], { cwd: join(dir, "spec"), stdio: "pipe" });
    return readFileSync(documentIn(dir), "utf8");
  } finally {
    run("git", ["worktree", "remove", "--force", dir], { cwd: root });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `#/components/schemas/TrainingResult/properties/createdDateTime` → `TrainingResult.createdDateTime`. */
function where(pointer = "") {
  const parts = pointer
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (parts[0] === "components") {
    const [, , schema, ...rest] = parts;
    const fields = rest.filter((_, i) => rest[i - 1] === "properties");
    const tail = rest.at(-1) === "required" ? " (required)" : rest.includes("enum") ? " (values)" : "";
    return `${[schema, ...fields].join(".")}${tail}`;
  }
  if (parts[0] === "paths")
    return `${(parts[2] ?? "").toUpperCase()} ${parts[1]}${parts.length > 3 ? ` ${parts.slice(3).join("/")}` : ""}`;
  return parts.join(".");
}

/** Every `METHOD path` of a document, with its operationId and the components it reaches. */
function operationsOf(doc) {
  const reach = (node, seen = new Set()) => {
    if (!node || typeof node !== "object") return seen;
    if (typeof node.$ref === "string" && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      reach(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((at, key) => at?.[key], doc),
        seen,
      );
    }
    for (const value of Object.values(node)) reach(value, seen);
    return seen;
  };
  const operations = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      operations.set(`${method.toUpperCase()} ${path}`, { operationId: operation.operationId, refs: reach(operation) });
    }
  }
  return operations;
}

/** Values removed from open unions (`anyOf: [{type: string}, {enum}]`): breaking by our policy. */
function removedOpenUnionValues(base, revision) {
  const changes = [];
  for (const [name, schema] of Object.entries(base.components?.schemas ?? {})) {
    const before = openUnionValues(schema);
    const after = openUnionValues(revision.components?.schemas?.[name]);
    if (!before || !after) continue;
    const removed = before.filter((value) => !after.includes(value));
    if (removed.length) {
      changes.push({
        breaking: true,
        kind: "modified",
        pointer: `#/components/schemas/${name}/anyOf/1/enum`,
        message: `Known values of the open union \`${name}\` were removed: ${removed.map((v) => `\`${v}\``).join(", ")} (Redocly rates this a patch; we rate it breaking).`,
      });
    }
  }
  return changes;
}

/** Whether a changeset added since the base bumps the published client by `major`. */
function acknowledged(ref) {
  const added = run("git", ["diff", "--name-only", "--diff-filter=A", ref, "--", ".changeset"], { cwd: root }).split(
    "\n",
  );
  const untracked = run("git", ["ls-files", "--others", "--exclude-standard", "--", ".changeset"], { cwd: root }).split(
    "\n",
  );
  return [...added, ...untracked]
    .filter((file) => file.endsWith(".md") && !file.endsWith("README.md") && existsSync(join(root, file)))
    .some((file) =>
      /^\s*["']?@face-training\/client["']?\s*:\s*major\s*$/m.test(readFileSync(join(root, file), "utf8")),
    );
}

const ref = baseRef();
const short = run("git", ["rev-parse", "--short", ref], { cwd: root });
const baseText = buildBase(ref);
const revisionText = readFileSync(documentIn(root), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "spec-diff-docs-"));
writeFileSync(join(scratch, "base.yaml"), baseText);
writeFileSync(join(scratch, "revision.yaml"), revisionText);
const report = JSON.parse(
  run(bin("redocly"), ["diff", "base.yaml", "revision.yaml", "--format", "json", "--fail-on", "none"], {
    cwd: scratch,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    stdio: ["ignore", "pipe", "ignore"],
  }),
);
rmSync(scratch, { recursive: true, force: true });

const base = parse(baseText);
const revision = parse(revisionText);
const changes = [
  ...report.changes.map((change) => {
    const pointer = change.revision?.pointer ?? change.base?.pointer ?? change.path;
    const message = change.verdicts.map((v) => v.message).join(" ") || `${change.kind}: \`${where(pointer)}\``;
    return { breaking: change.impact === "major", kind: change.kind, pointer, message };
  }),
  ...removedOpenUnionValues(base, revision),
];

const before = operationsOf(base);
const after = operationsOf(revision);
const label = (key, ops) => `\`${key}\` (${ops.get(key).operationId})`;
const added = [...after.keys()].filter((key) => !before.has(key));
const removed = [...before.keys()].filter((key) => !after.has(key));
const changed = [...after.keys()].filter(
  (key) =>
    before.has(key) &&
    changes.some(
      ({ pointer }) =>
        pointer.includes(`/paths/${key.split(" ")[1].replace(/\//g, "~1")}/`) ||
        [...after.get(key).refs].some((r) => pointer.startsWith(`${r}/`) || pointer === r),
    ),
);

const breaking = changes.filter((c) => c.breaking);
const ack = breaking.length > 0 && (values["allow-breaking"] || acknowledged(ref));
const verdict =
  breaking.length === 0 ? "no breaking change" : ack ? "breaking, acknowledged" : "breaking, NOT acknowledged";
const lines = [
  `## Spec diff: ${short} → working tree`,
  "",
  `**${breaking.length}** breaking · **${changes.length - breaking.length}** non-breaking — ${verdict}`,
  "",
  "### Operations",
  "",
  `- Added: ${added.map((k) => label(k, after)).join(", ") || "none"}`,
  `- Removed: ${removed.map((k) => label(k, before)).join(", ") || "none"}`,
  `- Changed: ${changed.map((k) => label(k, after)).join(", ") || "none"}`,
  "",
];
if (changes.length) {
  lines.push("### Changes", "", "| | Change | Where | Details |", "| --- | --- | --- | --- |");
  for (const c of changes.sort((a, b) => Number(b.breaking) - Number(a.breaking))) {
    lines.push(
      `| ${c.breaking ? "🔴 breaking" : "🟢 non-breaking"} | ${c.kind} | \`${where(c.pointer)}\` | ${c.message.replace(/\|/g, "\\|")} |`,
    );
  }
  lines.push("");
}
if (breaking.length) {
  lines.push(
    ack
      ? "Breaking changes are acknowledged (a major changeset for @face-training/client, or --allow-breaking)."
      : 'Breaking changes need acknowledging: add a changeset with `"@face-training/client": major` (`pnpm changeset`), or pass --allow-breaking.',
    "",
  );
}
const markdown = lines.join("\n");
mkdirSync(dirname(join(root, values.out)), { recursive: true });
writeFileSync(join(root, values.out), markdown);
console.log(markdown);
process.exitCode = breaking.length && !ack ? 1 : 0;
