// Bundles the console's script (src/console-app) for browsers with esbuild: our client, its
// `#platform` import resolved to the fetch transport, and the operation table the console reads
// its kinds from. The emulator serves it at /console/app.js (src/console.ts).
import { build } from "esbuild";

await build({
  entryPoints: ["src/console-app/main.ts"],
  outfile: "dist/console-app.js",
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
