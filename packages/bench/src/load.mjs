// Load benchmark: sends REQUESTS training-status requests, CONCURRENCY at a time, through the
// client to the emulator running in its own process (so the two do not share an event loop),
// and reports throughput, p50/p99 latency and errors. It exits 1 if any request failed.
// Usage: pnpm bench:load [--requests N] [--concurrency N]
import { parseArgs } from "node:util";
import { createFaceClient } from "@face-training/client";
import { emulatorBin, serve } from "./serve.mjs";

const { values } = parseArgs({
  options: { requests: { type: "string", default: "2000" }, concurrency: { type: "string", default: "64" } },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const KEY = "bench-key";

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// One trained person group, trainings instant: only status reads are measured.
const emulator = await serve(emulatorBin, [
  "--port",
  "0",
  "--key",
  KEY,
  "--container",
  "persongroups/load",
  "--training-ms",
  "0",
  "--queue-ms",
  "0",
]);
try {
  const client = createFaceClient({ endpoint: emulator.url, credential: { key: KEY } });
  await client.trainPersonGroup("load");
  await client.waitForTrainPersonGroup("load", { intervalMs: 10 });
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
