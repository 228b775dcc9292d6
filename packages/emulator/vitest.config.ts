import { defineConfig } from "vitest/config";

export default defineConfig({
  // The crash test (rounds of SIGKILL, about 40 s) runs on its own: `pnpm test:crash`, in CI.
  test: { include: ["test/**/*.test.ts"], exclude: ["test/**/*.slow.test.ts"] },
});
