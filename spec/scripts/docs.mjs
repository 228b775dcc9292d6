// `pnpm run docs`: the rendered API reference (Redocly build-docs, scripts inlined so the page
// works offline) of the default API version's OpenAPI 3.0 document, in docs/index.html.
import { execFileSync } from "node:child_process";
import { openapiFile } from "../index.js";

execFileSync("redocly", ["build-docs", openapiFile("3.0"), "--inlineBundle", "-o", "docs/index.html"], {
  stdio: "inherit",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
