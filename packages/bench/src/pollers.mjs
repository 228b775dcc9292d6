// Pollers at scale: the emulator in a process of its own, `waits` trainings started and waited on
// all at once with the client's waitForTrainPersonGroup. Measures the status requests per
// second, each container's gaps between two polls against the requested interval, the timers
// the process holds (process.getActiveResourcesInfo(): the client's timers are ref'd ones),
// the memory, and what an abort of every wait leaves behind (timers, listeners on the signal).
// `node src/pollers.mjs [--waits n]` runs it alone.
import { getEventListeners, setMaxListeners } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createFaceClient } from "@face-training/client";
import { emulatorBin, serve } from "./serve.mjs";

const KEY = "bench-key";
const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Runs `fn` on every item, `limit` at a time. */
async function pool(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

export async function pollersAtScale({ waits = 1000, intervalMs = 1000, trainingMs = 8000 } = {}) {
  const emulator = await serve(emulatorBin, [
    "--port",
    "0",
    "--key",
    KEY,
    "--training-ms",
    String(trainingMs),
    "--queue-ms",
    "0",
  ]);
  try {
    const client = createFaceClient({ endpoint: emulator.url, credential: { key: KEY } });
    const create = (id) =>
      fetch(`${emulator.url}/emulator/containers/persongroups/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: "{}",
      }).then((response) => {
        if (response.status !== 201) throw new Error(`could not create ${id}: HTTP ${response.status}`);
      });
    const batch = (prefix) => Array.from({ length: waits }, (_, i) => `${prefix}-${i}`);

    // 1. Every wait to its end.
    const ids = batch("scale");
    await pool(ids, 32, create);
    await pool(ids, 32, (id) => client.trainPersonGroup(id));
    const polls = new Map(ids.map((id) => [id, []]));
    const baseTimers = timers();
    const baseMemory = process.memoryUsage();
    let peakTimers = 0;
    let peakHeap = 0;
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakTimers = Math.max(peakTimers, timers() - 1 - baseTimers); // not the sampler's own
      const { heapUsed, rss } = process.memoryUsage();
      peakHeap = Math.max(peakHeap, heapUsed);
      peakRss = Math.max(peakRss, rss);
    }, 50);
    const started = performance.now();
    await Promise.all(
      ids.map((id) =>
        client.waitForTrainPersonGroup(id, { intervalMs, onProgress: () => polls.get(id).push(performance.now()) }),
      ),
    );
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const requests = [...polls.values()].reduce((n, p) => n + p.length, 0);
    // A gap: from one status answer to the next, the interval plus one request's latency.
    const maxGaps = [...polls.values()].map((p) => Math.max(0, ...p.slice(1).map((t, i) => t - p[i])));
    const gaps = [...polls.values()].flatMap((p) => p.slice(1).map((t, i) => t - p[i]));
    const listing = await (await fetch(`${emulator.url}/emulator/containers`)).json();
    const served = listing.filter((c) => c.id.startsWith("scale-")).reduce((n, c) => n + c.statusRequests, 0);

    // 2. Every wait aborted at once, mid-wait: what is left behind.
    const aborted = batch("abort");
    await pool(aborted, 32, create);
    await pool(aborted, 32, (id) => client.trainPersonGroup(id));
    const controller = new AbortController();
    setMaxListeners(waits + 1, controller.signal); // one signal for every wait: no leak warning
    const beforeAbort = timers();
    const pending = aborted.map((id) =>
      client.waitForTrainPersonGroup(id, { intervalMs, signal: controller.signal }).then(
        () => "resolved",
        (e) => (e === controller.signal.reason ? "aborted" : e),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 2.5 * intervalMs));
    const timersMidWait = timers() - beforeAbort;
    const listenersMidWait = getEventListeners(controller.signal, "abort").length;
    controller.abort();
    const outcomes = await Promise.all(pending);
    return {
      waits,
      intervalMs,
      trainingMs,
      elapsedS: Math.round(elapsed * 10) / 10,
      requests,
      served,
      perSecond: Math.round(requests / elapsed),
      gapMs: {
        p50: Math.round(quantile(gaps, 0.5)),
        p99: Math.round(quantile(gaps, 0.99)),
        max: Math.round(Math.max(...maxGaps)),
      },
      peakTimers,
      memory: {
        heapBeforeMb: mb(baseMemory.heapUsed),
        heapPeakMb: mb(peakHeap),
        rssBeforeMb: mb(baseMemory.rss),
        rssPeakMb: mb(peakRss),
        perWaitKb: Math.round((peakHeap - baseMemory.heapUsed) / waits / 102.4) / 10,
      },
      abort: {
        timersMidWait,
        listenersMidWait,
        aborted: outcomes.filter((o) => o === "aborted").length,
        other: outcomes.filter((o) => o !== "aborted").length,
        timersLeft: timers() - beforeAbort,
        listenersLeft: getEventListeners(controller.signal, "abort").length,
      },
    };
  } finally {
    emulator.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      waits: { type: "string", default: "1000" },
      interval: { type: "string", default: "1000" },
      training: { type: "string", default: "8000" },
    },
  });
  console.log(
    JSON.stringify(
      await pollersAtScale({
        waits: Number(values.waits),
        intervalMs: Number(values.interval),
        trainingMs: Number(values.training),
      }),
      null,
      2,
    ),
  );
}
