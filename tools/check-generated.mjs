// Fails when the working tree differs from the commit after `pnpm build`: a generated file
// (OpenAPI, generated types, API report) that was not regenerated and committed, or an orphan
// the build no longer produces. Run it on a clean checkout, after the build.
import { execFileSync } from "node:child_process";

const git = (...args) => execFileSync("git", args, { encoding: "utf8" });
const changed = git("status", "--porcelain", "--untracked-files=all").trimEnd();

if (changed) {
  console.error("Generated files differ from what `pnpm build` produces:\n");
  console.error(changed);
  console.error(`\n${git("diff", "--stat")}`);
  console.error("Run `pnpm build` and commit the result (or delete the orphans).");
  process.exit(1);
}
console.log("Generated files are current: the build changed nothing.");
