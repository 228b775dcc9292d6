import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// Stryker's runs (stryker.config.json). Stryker switches mutants on inside the test process, so a
// test that only talks to emulators in child processes (signals.test.ts: `pnpm start`, built
// code) can kill none; it would only add its seconds to each of the thousands of runs.
export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ["test/**/*.slow.test.ts", "test/signals.test.ts"] } }),
);
