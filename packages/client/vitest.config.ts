import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The tests run the TypeScript sources on Node: `#platform` is the Node transport's source
  // (package.json maps it to the built file for consumers). test/platform.test.ts covers the
  // fetch transport that browsers get.
  resolve: { alias: { "#platform": fileURLToPath(new URL("./src/platform/node.ts", import.meta.url)) } },
  test: {
    include: ["test/**/*.test.ts"],
  },
});
