import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The crash test (rounds of SIGKILL, about 40 s) runs on its own: `pnpm test:crash`, in CI.
    exclude: ["test/**/*.slow.test.ts"],
    // Each test starts an emulator (its schemas compiled), and in pnpm test they share the cores
    // with every other package's tests and with Chromium: vitest's 5 s is too tight there.
    testTimeout: 30_000,
  },
});
