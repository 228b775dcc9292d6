// The size budget: bundles one status call the way a browser application does (esbuild: bundle,
// minify, ESM, code splitting) and fails when what that call loads exceeds BUDGET bytes gzipped.
// `client.raw` loads openapi-fetch with import() on first use, so a bundler gives it a chunk of its
// own that a status call never loads; it is reported beside the budget, not in it.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 4000;
const dist = new URL("../dist/index.js", import.meta.url).pathname;

const { outputFiles, metafile } = await build({
  stdin: {
    contents: `import { createFaceClient } from ${JSON.stringify(dist)};
const client = createFaceClient({ endpoint: "https://my-resource.cognitiveservices.azure.com", credential: { key: "k" } });
console.log(await client.getPersonGroupTrainingStatus("my-group"));`,
    resolveDir: process.cwd(),
    sourcefile: "status-call.js",
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  splitting: true,
  outdir: "size",
  write: false,
  metafile: true,
});

// With code splitting, the lazily imported module is an entry point too: take the status call's.
const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === "status-call.js")?.[0];
const rows = outputFiles.map((file) => {
  const isEntry = file.path.endsWith(entry);
  return {
    chunk: isEntry ? "one status call" : "client.raw (loaded on first use)",
    minified: file.contents.length,
    gzip: gzipSync(file.contents).length,
    isEntry,
  };
});
console.table(rows.map(({ isEntry, ...row }) => row));
const loaded = rows.find((row) => row.isEntry)?.gzip ?? Number.POSITIVE_INFINITY;
if (loaded > BUDGET) {
  console.error(`One status call loads ${loaded} B gzipped: over the ${BUDGET} B budget.`);
  process.exit(1);
}
console.log(`One status call loads ${loaded} B gzipped, within the ${BUDGET} B budget.`);
