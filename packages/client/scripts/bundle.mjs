// Bundles the client's JavaScript into dist/ with esbuild: one module for the entry point (a
// graph of ten small modules costs Node several times as long to import), the two `#platform`
// transports, and `raw` as a chunk of its own behind import(). openapi-fetch stays a dependency
// and `#platform` stays an import, resolved by the consumer's platform. tsc emits the
// declarations (tsconfig*.json); this emits only JavaScript.
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

// JavaScript from an earlier build (tsc emits only declarations here): nothing stale ships.
const dist = new URL("../dist/", import.meta.url).pathname;
for (const file of readdirSync(dist, { recursive: true })) {
  if (/\.js(\.map)?$/.test(file)) rmSync(join(dist, file));
}
await build({
  entryPoints: ["src/index.ts", "src/node.ts", "src/platform/node.ts", "src/platform/browser.ts"],
  outbase: "src",
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["#platform", "openapi-fetch", "node:*"],
  sourcemap: true,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
