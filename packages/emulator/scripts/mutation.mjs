// Mutation testing of the emulator with Stryker, in groups of source files. A whole run takes
// hours on two cores, and Stryker writes its incremental file only when a run ends, so a run cut
// short keeps nothing. Each group is a run of its own, and its incremental file, which holds every
// mutant's result, is kept in the repository (mutation/gN.incremental.json): what a group
// measured survives the next group being stopped, a fresh clone, and the next session. A later
// run starts from it: Stryker re-runs only the mutants whose code changed, whose killing test
// changed or went, and the ones that lived when a new or changed test covers them.
//
//   node scripts/mutation.mjs            every group, then the score over all of them
//   node scripts/mutation.mjs 3          group 3 only (1-based), then the score
//   node scripts/mutation.mjs --score    the score from the kept results, running nothing
//   node scripts/mutation.mjs --groups   the groups' files
//   node scripts/mutation.mjs --force    re-judge every mutant of the groups run
//
// The groups are the files Stryker mutates (the config's `mutate`). A file stays in the group
// whose kept results hold it; a new file goes to the smallest group, largest files first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const GROUPS = 8;
const root = new URL("..", import.meta.url).pathname;
const config = JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8"));
const kept = join(root, "mutation");
const reports = join(root, ".tmp/mutation/groups");
const keptFile = (index) => join(kept, `g${index + 1}.incremental.json`);

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

/** A group's kept results (Stryker's incremental report), if it has run. */
function results(index) {
  const file = keptFile(index);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** The groups: each file in the group whose results hold it, the others packed by size. */
function groups() {
  const packed = Array.from({ length: GROUPS }, () => ({ files: [], size: 0 }));
  const home = new Map();
  for (let index = 0; index < GROUPS; index++) {
    for (const file of Object.keys(results(index)?.files ?? {})) home.set(file, index);
  }
  const all = files();
  for (const { file, size } of all.filter(({ file }) => home.has(file))) {
    packed[home.get(file)].files.push(file);
    packed[home.get(file)].size += size;
  }
  for (const { file, size } of all.filter(({ file }) => !home.has(file))) {
    const smallest = packed.reduce((a, b) => (b.size < a.size ? b : a));
    smallest.files.push(file);
    smallest.size += size;
  }
  return packed.map((group) => group.files.sort());
}

function run(index, group, force) {
  const name = `g${index + 1}`;
  const file = join(reports, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        ...config,
        $schema: undefined,
        mutate: group,
        incrementalFile: `mutation/${name}.incremental.json`,
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

/**
 * Stryker's score over the kept results, per file and in all: (killed + timed out) / (every
 * valid mutant). A file whose source, or a test file whose source, differs from what its group
 * was measured on is named: its figures are those of the older code until its group runs again.
 */
/** Whether a file is gone or differs from the source its group was measured on. */
const changed = (file, source) => {
  const path = join(root, file);
  return !existsSync(path) || readFileSync(path, "utf8") !== source;
};

function score() {
  const total = {};
  const rows = [];
  const byGroup = [];
  const stale = new Set();
  let measured = 0;
  for (let index = 0; index < GROUPS; index++) {
    const report = results(index);
    if (!report) continue;
    measured += 1;
    const group = {};
    byGroup.push([`g${index + 1}`, group]);
    for (const [file, { source, mutants }] of Object.entries(report.files)) {
      if (changed(file, source)) stale.add(`${file} (g${index + 1})`);
      const counts = {};
      for (const { status } of mutants) {
        for (const tally of [counts, group, total]) tally[status] = (tally[status] ?? 0) + 1;
      }
      rows.push([file, counts]);
    }
    for (const [file, { source }] of Object.entries(report.testFiles ?? {})) {
      if (changed(file, source)) stale.add(`${file} (g${index + 1}'s tests)`);
    }
  }
  const line = (counts) => {
    const n = (status) => counts[status] ?? 0;
    const detected = n("Killed") + n("Timeout");
    const valid = detected + n("Survived") + n("NoCoverage");
    const percent = valid ? ((100 * detected) / valid).toFixed(2) : "n/a";
    return `${percent} % of ${valid} mutants (${n("Killed")} killed, ${n("Timeout")} timed out, ${n("Survived")} survived, ${n("NoCoverage")} not covered; ${n("CompileError") + n("RuntimeError")} errors, ${n("Ignored")} ignored)`;
  };
  console.log("");
  for (const [file, counts] of rows.sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${file}: ${line(counts)}`);
  console.log("");
  for (const [name, counts] of byGroup) console.log(`${name}: ${line(counts)}`);
  console.log(`\nMutation score over ${measured} of ${GROUPS} groups: ${line(total)}`);
  if (stale.size) console.log(`Changed since measured (run their groups again): ${[...stale].join(", ")}`);
}

const argv = process.argv.slice(2);
if (argv.includes("--groups")) {
  for (const [i, group] of groups().entries()) console.log(`g${i + 1}: ${group.join(", ")}`);
  process.exit(0);
}
mkdirSync(reports, { recursive: true });
mkdirSync(kept, { recursive: true });
if (!argv.includes("--score")) {
  const all = groups();
  const picked = argv.find((a) => /^\d+$/.test(a));
  const indexes = picked ? [Number(picked) - 1] : all.map((_, i) => i);
  if (indexes.some((i) => !all[i])) throw new Error(`There are ${GROUPS} groups: 1 to ${GROUPS}`);
  for (const i of indexes) run(i, all[i], argv.includes("--force"));
}
score();
