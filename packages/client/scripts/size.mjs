// The size budget: bundles one status call the way a browser application does (esbuild: bundle,
// minify, ESM) and fails when what that call loads exceeds BUDGET bytes gzipped, both with code
// splitting (an app's bundler) and as one file without it (many Worker and library builds).
// The call uses the operation functions (`createFaceContext` + `getPersonGroupTrainingStatus`),
// so the bundle holds only that operation: every other operation must tree-shake away. The whole
// client (`createFaceClient`, every method and `raw`) has a budget of its own, WHOLE_BUDGET bytes
// gzipped in one file (openapi-fetch, behind `raw`'s import(), included): what each operation
// costs the whole client, multiplied by every operation of the spec, must stay under it.
// `raw` loads openapi-fetch with import(): with splitting it is a chunk a status call never loads.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 4000;
const WHOLE_BUDGET = 12000;
const dist = new URL("../dist/index.js", import.meta.url).pathname;
const endpoint = `{ endpoint: "https://my-resource.cognitiveservices.azure.com", credential: { key: "k" } }`;
const entries = {
  "one status call": `import { createFaceContext, getPersonGroupTrainingStatus } from ${JSON.stringify(dist)};
console.log(await getPersonGroupTrainingStatus(createFaceContext(${endpoint}), "my-group"));`,
  "the whole client": `import { createFaceClient } from ${JSON.stringify(dist)};
const client = createFaceClient(${endpoint});
console.log(await client.getPersonGroupTrainingStatus("my-group"));`,
};

/** The gzipped size of what an entry loads at once, and of the chunks it may load later. */
async function measure(contents, splitting) {
  const { outputFiles, metafile } = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    splitting,
    outdir: "size",
    write: false,
    metafile: true,
  });
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === "entry.js")?.[0];
  const gzip = (file) => gzipSync(file.contents).length;
  const first = outputFiles.find((file) => file.path.endsWith(entry));
  return {
    minified: first.contents.length,
    gzip: gzip(first),
    lazy: outputFiles.filter((file) => file !== first).reduce((sum, file) => sum + gzip(file), 0),
  };
}

const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  for (const splitting of [true, false]) {
    const size = await measure(contents, splitting);
    rows.push({ bundle: name, splitting, minified: size.minified, gzip: size.gzip, "later chunks (gzip)": size.lazy });
  }
}
console.table(rows);
let failed = false;
const budgets = [
  { bundle: "one status call", what: "One status call", budget: BUDGET },
  { bundle: "the whole client", what: "The whole client", budget: WHOLE_BUDGET },
];
for (const { bundle, what, budget } of budgets) {
  for (const row of rows.filter((r) => r.bundle === bundle)) {
    // With splitting, what loads at once; in one file, everything (the whole client's `raw` too).
    const how = row.splitting ? "with code splitting" : "in one file";
    const size = row.gzip;
    if (size > budget) {
      console.error(`${what} loads ${size} B gzipped ${how}: over the ${budget} B budget.`);
      failed = true;
    } else console.log(`${what} loads ${size} B gzipped ${how}, within the ${budget} B budget.`);
  }
}
if (failed) process.exit(1);
