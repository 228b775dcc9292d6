// Mutation testing of the emulator with Stryker, in groups of source files: a whole run takes
// hours on two cores, and Stryker writes its incremental file only when a run ends, so a run cut
// short keeps nothing. Each group is a run of its own (stryker.config.json with the group's files
// to mutate, and its own incremental file and report under .tmp/mutation/groups/), so that what
// a group measured survives the next group being stopped, and a later run starts from it.
//
//   node scripts/mutation.mjs            every group, then the score over all of them
//   node scripts/mutation.mjs 3          group 3 only (1-based), then the score so far
//   node scripts/mutation.mjs --score    the score from the groups' reports, running nothing
//   node scripts/mutation.mjs --force    re-judge every mutant (a new test re-judges survivors)
//
// The groups are the files Stryker mutates (the config's `mutate`), packed by size into GROUPS
// groups of about the same size, in a stable order: the same files give the same groups.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GROUPS = 6;
const root = new URL("..", import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8"));
const dir = join(root, ".tmp/mutation/groups");

/** A glob of `mutate` (`**` any path, `*` any name) as a regular expression. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .split(/(\*\*\/?|\*)/)
      .map((part) =>
        part.startsWith("**") ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
      )
      .join("")}$`,
  );

/** The files of `mutate` (its globs, less its `!` exclusions), largest first. */
function files() {
  const include = config.mutate.filter((p) => !p.startsWith("!")).map(globToRegExp);
  const exclude = config.mutate.filter((p) => p.startsWith("!")).map((p) => globToRegExp(p.slice(1)));
  return readdirSync(root, { recursive: true })
    .filter((file) => !/^(node_modules|\.tmp|dist)\//.test(file))
    .filter((file) => include.some((r) => r.test(file)) && !exclude.some((r) => r.test(file)))
    .map((file) => ({ file, size: statSync(join(root, file)).size }))
    .sort((a, b) => b.size - a.size || a.file.localeCompare(b.file));
}

/** The files packed into GROUPS groups: each file, largest first, to the smallest group so far. */
function groups() {
  const packed = Array.from({ length: GROUPS }, () => ({ files: [], size: 0 }));
  for (const { file, size } of files()) {
    const smallest = packed.reduce((a, b) => (b.size < a.size ? b : a));
    smallest.files.push(file);
    smallest.size += size;
  }
  return packed.map((group) => group.files.sort());
}

function run(index, group, force) {
  const name = `g${index + 1}`;
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        ...config,
        $schema: undefined,
        mutate: group,
        incrementalFile: `.tmp/mutation/groups/${name}.incremental.json`,
        tempDirName: `.tmp/stryker-${name}`,
        htmlReporter: { fileName: `.tmp/mutation/groups/${name}.html` },
        jsonReporter: { fileName: `.tmp/mutation/groups/${name}.report.json` },
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\n${name} of ${GROUPS}: ${group.join(", ")}`);
  const args = ["stryker", "run", file, ...(force ? ["--force"] : [])];
  const { status } = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
  if (status !== 0) throw new Error(`Stryker failed on ${name} (exit ${status})`);
}

/** Stryker's score over every group's report: (killed + timed out) / (every valid mutant). */
function score() {
  const counts = {};
  let reports = 0;
  for (let index = 0; index < GROUPS; index++) {
    const file = join(dir, `g${index + 1}.report.json`);
    if (!existsSync(file)) continue;
    reports += 1;
    for (const { mutants } of Object.values(JSON.parse(readFileSync(file, "utf8")).files)) {
      for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
    }
  }
  const n = (status) => counts[status] ?? 0;
  const detected = n("Killed") + n("Timeout");
  const valid = detected + n("Survived") + n("NoCoverage");
  const percent = valid ? ((100 * detected) / valid).toFixed(2) : "n/a";
  console.log(
    `\nMutation score over ${reports} of ${GROUPS} groups: ${percent} % of ${valid} mutants (${n("Killed")} killed, ${n("Timeout")} timed out, ${n("Survived")} survived, ${n("NoCoverage")} not covered; ${n("CompileError") + n("RuntimeError")} errors, ${n("Ignored")} ignored)`,
  );
}

const argv = process.argv.slice(2);
if (argv.includes("--groups")) {
  for (const [i, group] of groups().entries()) console.log(`g${i + 1}: ${group.join(", ")}`);
  process.exit(0);
}
mkdirSync(dir, { recursive: true });
if (!argv.includes("--score")) {
  const all = groups();
  const picked = argv.find((a) => /^\d+$/.test(a));
  const indexes = picked ? [Number(picked) - 1] : all.map((_, i) => i);
  if (indexes.some((i) => !all[i])) throw new Error(`There are ${GROUPS} groups: 1 to ${GROUPS}`);
  for (const i of indexes) run(i, all[i], argv.includes("--force"));
}
score();
