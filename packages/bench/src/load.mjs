// Load benchmark: sends REQUESTS training-status requests, CONCURRENCY at a time, through the
// client to the emulator running in its own process (so the two do not share an event loop),
// and reports throughput, p50/p99 latency and errors. It exits 1 if any request failed.
// Usage: pnpm bench:load [--requests N] [--concurrency N]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createFaceClient } from "@face-training/client";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "2000" }, concurrency: { type: "string", default: "64" } },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const KEY = "bench-key";

/** Starts the emulator's command line on a free port with one trained person group. */
async function startEmulator() {
  const bin = fileURLToPath(import.meta.resolve("@face-training/emulator").replace(/index\.js$/, "bin.js"));
  const child = spawn(
    process.execPath,
    [bin, "--port", "0", "--key", KEY, "--container", "persongroups/load", "--training-ms", "0", "--queue-ms", "0"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  while (!/listening on (\S+)/.test(output)) {
    const [chunk] = await Promise.race([
      once(child.stdout, "data"),
      once(child, "exit").then(() => Promise.reject(new Error(output))),
    ]);
    output += chunk;
  }
  return { url: output.match(/listening on (\S+)/)[1], stop: () => child.kill("SIGTERM") };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const emulator = await startEmulator();
try {
  const client = createFaceClient({ endpoint: emulator.url, credential: { key: KEY } });
  await client.trainPersonGroup("load");
  await client.waitForPersonGroupTraining("load", { intervalMs: 10 });
  // Warm-up: JIT, connections.
  await Promise.all(Array.from({ length: CONCURRENCY }, () => client.getPersonGroupTrainingStatus("load")));

  const latencies = [];
  const errors = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        try {
          await client.getPersonGroupTrainingStatus("load");
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const report = {
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    throughputPerSecond: Math.round(REQUESTS / seconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    errors: errors.length,
  };
  console.table([report]);
  console.log(JSON.stringify(report));
  if (errors.length) {
    console.error(`${errors.length} requests failed; first: ${errors[0]?.message}`);
    process.exitCode = 1;
  }
} finally {
  emulator.stop();
}
