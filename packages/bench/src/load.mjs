// `pnpm bench:load`: the emulator, in a process of its own, under three kinds of stress. It
// exits 1 if any request went wrong, the emulator crashed or answered a 5xx, or its memory grew
// past the bound. `--json` prints only the figures, for `pnpm bench` (BENCHMARKS.md).
//
// 1. Fuzz (fast-check, fixed seed): raw requests with random methods, paths built from the
//    spec's routes and random segments, percent-encodings, headers and bodies, some cut off
//    mid-way by a connection abort. Every answer must be < 500, and the emulator must live.
// 2. Load: REQUESTS requests, CONCURRENCY at a time, through the client, mixing valid status
//    reads with invalid requests (bad ids, unknown paths, wrong methods and versions, no key),
//    each of which must get the answer the spec says.
// 3. Memory: a stream of large bodies (5 MB images, and ones over twice the largest image the
//    spec takes, refused with 413 unread), the emulator's resident memory sampled before and after.
//
// Usage: pnpm bench:load [--requests N] [--concurrency N] [--fuzz-runs N] [--seed N] [--json]
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { parseArgs } from "node:util";
import { createFaceClient } from "@face-training/client";
import { operations } from "@face-training/spec";
import fc from "fast-check";
import { emulatorBin, serve } from "./serve.mjs";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "64" },
    "fuzz-runs": { type: "string", default: "500" },
    seed: { type: "string", default: "20261201" },
    "large-bodies": { type: "string", default: "60" },
    json: { type: "boolean", default: false },
  },
});
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const FUZZ_RUNS = Number(values["fuzz-runs"]);
const SEED = Number(values.seed);
const LARGE_BODIES = Number(values["large-bodies"]);
const RSS_BOUND_MB = 150;
const KEY = "bench-key";
const log = (...args) => values.json || console.error(...args);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024;

/** Sends raw bytes, optionally cutting the connection after `cutAfter` bytes; resolves with the status (0: none). */
function rawRequest(url, bytes, cutAfter) {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(Number(answer.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0));
    };
    socket.setTimeout(2000, done);
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      if (/\r\n\r\n/.test(answer)) done();
    });
    socket.on("error", done);
    socket.on("close", done);
    socket.on("connect", () => {
      if (cutAfter === undefined) socket.write(bytes);
      else {
        socket.write(bytes.subarray(0, cutAfter));
        socket.destroy();
        resolve(0);
      }
    });
  });
}

// --- 1. Fuzz ------------------------------------------------------------------------------
const templates = [...new Set(operations.map((o) => o.path)), "/", "/emulator/containers/persongroups/{id}"];
const segment = fc.oneof(
  fc.constantFrom("g", "team", "Bad Id", "..", ".", "%2e%2e", "%ZZ", "%", "a".repeat(65), "", "ü", "%00", "a/b"),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
);
const path = fc
  .record({
    template: fc.constantFrom(...templates),
    version: fc.constantFrom("v1.2", "v1.2-preview.1", "v9.9-bogus", "%ZZ", "", "v1.2/../v1.2"),
    ids: fc.array(segment, { minLength: 3, maxLength: 3 }),
    face: fc.boolean(),
    query: fc.option(fc.string({ unit: "grapheme-ascii", maxLength: 20 }), { nil: undefined }),
  })
  .map(({ template, version, ids, face, query }) => {
    let i = 0;
    const filled = template.replace(/\{\w+\}/g, () => (ids[i++] ?? "x").replace(/[\s]/g, "%20"));
    const prefix = template.startsWith("/emulator") || !face ? "" : `/face/${version}`;
    return `${prefix}${filled}${query === undefined ? "" : `?${query.replace(/[\s#]/g, "")}`}`;
  });
const header = fc.oneof(
  fc.constant(`Ocp-Apim-Subscription-Key: ${KEY}`),
  fc.constant("Ocp-Apim-Subscription-Key: wrong"),
  fc.constant("Authorization: Bearer x"),
  fc.constantFrom(
    "Content-Type: application/json",
    "Content-Type: application/octet-stream",
    "Content-Type: text/xml",
    "Content-Type: multipart/form-data; boundary=x",
    "Content-Type: ;;;",
  ),
  fc.constantFrom("Host: [::1", "Host: evil.example", "Host:", "Expect: 100-continue", "Transfer-Encoding: gzip"),
  fc
    .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/), fc.string({ unit: "grapheme-ascii", maxLength: 40 }))
    .map(([name, value]) => `${name}: ${value.replace(/[\r\n]/g, "")}`),
);
const body = fc.oneof(
  fc.constant(""),
  fc.json().map((j) => j),
  fc.constantFrom("{ not json", '{"outcome":"failed"}', '{"outcome":1}', "null", "[]", '{"url":"https://x/y.jpg"}'),
  fc.uint8Array({ maxLength: 4096 }).map((a) => Buffer.from(a).toString("latin1")),
);
const request = fc.record({
  method: fc.oneof(
    fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"),
    fc.stringMatching(/^[A-Z]{1,8}$/),
  ),
  path,
  headers: fc.array(header, { maxLength: 6 }),
  body,
  lengthLie: fc.constantFrom(0, 0, 0, 5, -1),
  // One request in five is cut off by the client part-way through.
  cut: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.nat({ max: 200 }), weight: 1 }),
});

async function fuzz(url) {
  const statuses = {};
  let fiveHundreds = 0;
  let example;
  await fc.assert(
    fc.asyncProperty(request, async ({ method, path: target, headers, body: text, lengthLie, cut }) => {
      const payload = Buffer.from(text, "latin1");
      const lines = [`${method} ${target} HTTP/1.1`, "Host: 127.0.0.1", ...headers];
      if (payload.length || lengthLie) lines.push(`Content-Length: ${Math.max(0, payload.length + lengthLie)}`);
      const bytes = Buffer.concat([
        Buffer.from(`${lines.join("\r\n")}\r\nConnection: close\r\n\r\n`, "latin1"),
        payload,
      ]);
      const status = await rawRequest(url, bytes, cut === undefined ? undefined : Math.min(cut, bytes.length - 1));
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 500) {
        fiveHundreds += 1;
        example ??= `${method} ${target} → ${status}`;
      }
      return true;
    }),
    { seed: SEED, numRuns: FUZZ_RUNS },
  );
  return { runs: FUZZ_RUNS, seed: SEED, fiveHundreds, statuses, example };
}

// --- 2. Mixed load --------------------------------------------------------------------------
async function load(url) {
  const client = createFaceClient({ endpoint: url, credential: { key: KEY }, retry: false });
  await client.trainPersonGroup("load");
  await client.waitForTrainPersonGroup("load", { intervalMs: 10 });
  const face = (path, init = {}) =>
    fetch(`${url}/face/${path}`, { ...init, headers: { "Ocp-Apim-Subscription-Key": KEY, ...init.headers } });
  // Each kind of request, with the answer it must get.
  const mix = [
    [200, () => client.getPersonGroupTrainingStatus("load").then(() => 200)],
    [200, () => client.getPersonGroupTrainingStatus("load").then(() => 200)],
    [400, () => face("v1.2/persongroups/Bad%20Id/training").then((r) => r.status)],
    [404, () => face("v1.2/persongroups/nobody/training").then((r) => r.status)],
    [404, () => face("v1.2/nothing/here").then((r) => r.status)],
    [404, () => face("v9.9-bogus/persongroups/load/training").then((r) => r.status)],
    [405, () => face("v1.2/persongroups/load/training", { method: "DELETE" }).then((r) => r.status)],
    [401, () => fetch(`${url}/face/v1.2/persongroups/load/training`).then((r) => r.status)],
  ];
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => mix[i % mix.length][1]()));
  const latencies = [];
  const errors = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const [expected, send] = mix[next % mix.length];
        next += 1;
        const t0 = performance.now();
        try {
          const status = await send();
          if (status !== expected) errors.push(new Error(`expected ${expected}, got ${status}`));
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    invalidShare: `${mix.filter(([s]) => s !== 200).length}/${mix.length}`,
    throughputPerSecond: Math.round(REQUESTS / seconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    errors: errors.length,
    firstError: errors[0]?.message,
  };
}

// --- 3. Memory under large bodies ------------------------------------------------------------
async function memory(url, pid) {
  const image = Buffer.alloc(5 * 1024 * 1024, 7);
  // Over the emulator's body limit: twice the largest image the spec takes.
  const limit = 2 * Math.max(...operations.map((o) => o.body?.image?.maxBytes ?? 0));
  const oversized = `POST /face/v1.2/persongroups/load/train HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: ${KEY}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${limit + 1}\r\nConnection: close\r\n\r\n`;
  const before = rssMb(pid);
  let peak = before;
  const statuses = {};
  for (let i = 0; i < LARGE_BODIES; i++) {
    // A 5 MB image the emulator reads and drops, then one over its limit it must refuse unread.
    const taken = await fetch(`${url}/face/v1.2/persongroups/load/train`, {
      method: "POST",
      headers: { "Ocp-Apim-Subscription-Key": KEY, "content-type": "application/octet-stream" },
      body: image,
    });
    await taken.arrayBuffer();
    const refused = await rawRequest(url, Buffer.from(oversized, "latin1"));
    statuses[taken.status] = (statuses[taken.status] ?? 0) + 1;
    statuses[refused] = (statuses[refused] ?? 0) + 1;
    peak = Math.max(peak, rssMb(pid));
  }
  const after = rssMb(pid);
  return {
    bodies: LARGE_BODIES * 2,
    megabytesSent: LARGE_BODIES * 5,
    rssBeforeMb: Math.round(before),
    rssPeakMb: Math.round(peak),
    rssAfterMb: Math.round(after),
    growthMb: Math.round(after - before),
    boundMb: RSS_BOUND_MB,
    statuses,
  };
}

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
let failed = false;
try {
  log("fuzzing…");
  const fuzzed = await fuzz(emulator.url);
  log("load…");
  const loaded = await load(emulator.url);
  log("large bodies…");
  const held = await memory(emulator.url, emulator.pid);
  // The emulator must still be the process it was, and serving.
  const alive = (await fetch(`${emulator.url}/emulator/containers`)).status === 200;
  const report = { fuzz: fuzzed, load: loaded, memory: held, alive };
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.table([{ runs: fuzzed.runs, seed: fuzzed.seed, "5xx": fuzzed.fiveHundreds, alive }]);
    console.table([loaded]);
    console.table([held]);
    console.log(JSON.stringify(report));
  }
  if (fuzzed.fiveHundreds) console.error(`fuzz: ${fuzzed.fiveHundreds} answers were 5xx, e.g. ${fuzzed.example}`);
  if (loaded.errors) console.error(`load: ${loaded.errors} requests went wrong; first: ${loaded.firstError}`);
  const overBound = held.rssPeakMb - held.rssBeforeMb > RSS_BOUND_MB || held.growthMb > RSS_BOUND_MB;
  if (overBound) console.error(`memory: grew past the ${RSS_BOUND_MB} MB bound`);
  failed = !alive || fuzzed.fiveHundreds > 0 || loaded.errors > 0 || overBound;
} finally {
  emulator.stop();
}
process.exitCode = failed ? 1 : 0;
