#!/usr/bin/env node
import { run } from "./cli.js";

// Ctrl-C stops a wait at once; the exit code then follows the shell's convention (128 + SIGINT).
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  signal: controller.signal,
}).catch((error: unknown) => {
  if (controller.signal.aborted) return 130;
  process.stderr.write(`face-training: ${(error as Error)?.message ?? error}\n`);
  return 3;
});
process.exitCode = code;
