// `pnpm bench:scale [--quick]`: the emulator at the service's scale. One large person group is
// filled, through raw HTTP at CONCURRENCY, to each size in turn (1,000 / 10,000 / 100,000 /
// 1,000,000 persons); at each: creates per second (the last creates before the size), a page of
// 1,000 persons (its median time), identify (median, against a training of that size) and the
// emulator's resident memory; in memory and with --data, and then the restart time with --data
// at the largest size. The same for a base build (default 918a5ee, the emulator before its
// store; built in a temporary git worktree), which gets a time budget per mode: where it
// stopped is reported. The emulator runs in a process of its own.
//
// Writes its section of BENCHMARKS.md and BENCHMARKS-scale.svg (with --quick: into .tmp/,
// sizes 1,000 and 10,000, to keep the harness working in CI).
//
// Usage: pnpm bench:scale [--quick] [--sizes 1000,10000] [--base <ref> | --no-base] [--base-budget-s N]
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { scaleChart } from "./chart.mjs";
import { emulatorBin } from "./serve.mjs";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    base: { type: "string", default: "918a5ee" },
    "no-base": { type: "boolean", default: false },
    "base-budget-s": { type: "string" },
    // With --data each create waits for its synced commit, so the rate is what is in flight over
    // a commit's latency (a few ms to tens of ms on a busy disk): 64 at once, as bench:load sends.
    concurrency: { type: "string", default: "64" },
  },
});
const QUICK = values.quick;
const SIZES = (values.sizes ?? (QUICK ? "1000,10000" : "1000,10000,100000,1000000")).split(",").map(Number);
const CONCURRENCY = Number(values.concurrency);
const BASE_BUDGET_MS = Number(values["base-budget-s"] ?? (QUICK ? 60 : 240)) * 1000;
const KEY = "bench-key";
const GROUP = "scale";
const root = fileURLToPath(new URL("../../../", import.meta.url));
const log = (...args) => console.error(...args);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) / 1024;

/** A PNG-signed image of 2 KB: the face enrolled and looked for. */
const IMAGE = Buffer.alloc(2048);
IMAGE.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]);

/** Starts the emulator of `bin` in its own process; resolves once it listens, with how long that took. */
async function start(bin, args) {
  const began = performance.now();
  const child = spawn(
    process.execPath,
    ["--max-old-space-size=8192", bin, "--port", "0", "--key", KEY, "--training-ms", "0", "--queue-ms", "0", ...args],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  while (!/listening on (http\S+)/.test(output)) {
    const [chunk] = await Promise.race([
      once(child.stdout, "data"),
      once(child, "exit").then(() => Promise.reject(new Error(`the emulator exited: ${output}`))),
    ]);
    output += chunk;
  }
  child.stdout.resume();
  const url = new URL(output.match(/listening on (http\S+)/)[1]);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  /** A raw request: its status and parsed body. */
  const send = (method, path, body, type = "application/json") =>
    new Promise((resolve, reject) => {
      const bytes = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path: `/face/v1.2${path}`,
          headers: {
            "Ocp-Apim-Subscription-Key": KEY,
            "content-length": bytes?.length ?? 0,
            ...(bytes && { "content-type": type }),
          },
        },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString();
            resolve({ status: res.statusCode, body: text ? JSON.parse(text) : undefined });
          });
        },
      );
      req.on("error", reject);
      req.end(bytes);
    });
  const stop = async () => {
    agent.destroy();
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  };
  return { child, send, stop, startMs: performance.now() - began };
}

const ok = (answer, what) => {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/** Creates `count` persons at CONCURRENCY; stops early past `deadline`. Resolves with how many, and the ms. */
async function fill(send, count, deadline = Number.POSITIVE_INFINITY) {
  let next = 0;
  const began = performance.now();
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      next += 1;
      ok(await send("POST", `/largepersongroups/${GROUP}/persons`, { name: "p" }), "create a person");
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { created: next, ms: performance.now() - began };
}

/** Trains the group and waits for the end of its training. */
async function train(send) {
  ok(await send("POST", `/largepersongroups/${GROUP}/train`), "train");
  for (;;) {
    const status = ok(await send("GET", `/largepersongroups/${GROUP}/training`), "training status").status;
    if (status === "succeeded") return;
    if (status === "failed") throw new Error("the training failed");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Median ms of `runs` sequential calls. */
async function timed(runs, call) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await call(i);
    times.push(performance.now() - began);
  }
  return median(times);
}

/**
 * One build, one mode: the group filled to each size, measured there. `budgetMs`: give up past
 * it (the base build), reporting the size reached.
 */
async function run(bin, mode, budgetMs = Number.POSITIVE_INFINITY) {
  const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
  const dataFile = join(dir, "state.db");
  const emulator = await start(bin, mode === "--data" ? ["--data", dataFile] : []);
  const { send } = emulator;
  const began = performance.now();
  const deadline = began + budgetMs;
  const rows = [];
  let stored = 0;
  let stoppedAt;
  let restartMs;
  try {
    ok(await send("PUT", `/largepersongroups/${GROUP}`, { name: "Scale" }), "create the group");
    // One person with a face: what identify finds, whatever the size.
    const { personId } = ok(await send("POST", `/largepersongroups/${GROUP}/persons`, { name: "enrolled" }), "create");
    ok(
      await send(
        "POST",
        `/largepersongroups/${GROUP}/persons/${personId}/persistedfaces`,
        IMAGE,
        "application/octet-stream",
      ),
      "add a face",
    );
    stored = 1;
    const [{ faceId }] = ok(
      await send("POST", "/detect?returnFaceId=true", IMAGE, "application/octet-stream"),
      "detect",
    );
    // Warm-up, so that the first size is not measured cold: the same requests on another group,
    // deleted after.
    ok(await send("PUT", `/largepersongroups/${GROUP}-warm-up`, { name: "Warm-up" }), "create the warm-up group");
    await Promise.all(
      Array.from({ length: 3000 }, () => send("POST", `/largepersongroups/${GROUP}-warm-up/persons`, { name: "p" })),
    );
    for (let i = 0; i < 10; i++) await send("GET", `/largepersongroups/${GROUP}-warm-up/persons?top=1000`);
    ok(await send("DELETE", `/largepersongroups/${GROUP}-warm-up`), "delete the warm-up group");
    for (const size of SIZES) {
      // Creates per second with `size` stored: the last creates before it (a tenth, at most 10,000).
      const window = Math.min(10_000, Math.max(500, Math.floor(size / 10)));
      const before = await fill(send, size - window - stored, deadline);
      stored += before.created;
      if (stored < size - window) {
        stoppedAt = { stored, seconds: budgetMs / 1000 };
        break;
      }
      // In five parts, their median rate: a moment of noise on a shared machine moves one part only.
      const rates = [];
      for (let part = 5; part > 0 && stored < size; part--) {
        const last = await fill(send, Math.ceil((size - stored) / part), deadline);
        stored += last.created;
        rates.push(last.created / (last.ms / 1000));
      }
      if (stored < size) {
        stoppedAt = { stored, seconds: budgetMs / 1000 };
        break;
      }
      const createsPerSecond = Math.round(median(rates));
      const pageMs = await timed(5, (i) =>
        send(
          "GET",
          `/largepersongroups/${GROUP}/persons?top=1000${i % 2 && size >= 10_000 ? "&start=80000000-0000-0000-0000-000000000000" : ""}`,
        ).then((answer) => {
          if (ok(answer, "page").length !== Math.min(1000, size)) throw new Error(`a page of ${answer.body.length}`);
        }),
      );
      const trainBegan = performance.now();
      await train(send);
      const trainMs = performance.now() - trainBegan;
      const identifyMs = await timed(21, () =>
        send("POST", "/identify", { faceIds: [faceId], largePersonGroupId: GROUP }).then((answer) => {
          if (ok(answer, "identify")[0]?.candidates[0]?.personId !== personId) throw new Error("identify missed");
        }),
      );
      const row = {
        size,
        createsPerSecond,
        pageMs: round(pageMs),
        identifyMs: round(identifyMs),
        trainMs: round(trainMs),
        rssMb: Math.round(rssMb(emulator.child.pid)),
        // Since the group was created: how long it took to get here, measurements included.
        elapsedS: Math.round((performance.now() - began) / 1000),
      };
      rows.push(row);
      log(`${bin === emulatorBin ? "this build" : "base"} ${mode}:`, JSON.stringify(row));
    }
    if (mode === "--data" && !stoppedAt) {
      await emulator.stop();
      const again = await start(bin, ["--data", dataFile]);
      const answer = ok(await again.send("GET", `/largepersongroups/${GROUP}/persons?top=1`), "read after restart");
      restartMs = Math.round(again.startMs);
      if (answer.length !== 1) throw new Error("the restart lost the persons");
      await again.stop();
    }
  } finally {
    if (emulator.child.exitCode === null) await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows, stoppedAt, restartMs };
}

const round = (ms) => Math.round(ms * 100) / 100;

/** Builds the base's emulator in a temporary git worktree (this checkout's node_modules, linked); its bin and a cleanup. */
function buildBase(ref) {
  const dir = mkdtempSync(join(tmpdir(), "bench-scale-base-"));
  const git = (...args) => execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  git("worktree", "add", "--detach", "--quiet", dir, ref);
  const cleanup = () => {
    git("worktree", "remove", "--force", dir);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The base's own dependencies, from the local store (the same lockfile, or an older one).
    const pnpm = process.env.npm_execpath?.includes("pnpm") ? [process.execPath, process.env.npm_execpath] : ["pnpm"];
    execFileSync(pnpm[0], [...pnpm.slice(1), "install", "--offline", "--frozen-lockfile", "--silent"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CI: "1" },
    });
    execFileSync(pnpm[0], [...pnpm.slice(1), "--filter", "@face-training/emulator...", "build"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (e) {
    cleanup();
    throw e;
  }
  return { bin: join(dir, "packages/emulator/dist/bin.js"), cleanup };
}

const results = { this: {}, base: {} };
for (const mode of ["memory", "--data"]) results.this[mode] = await run(emulatorBin, mode);
let baseRef;
if (!values["no-base"]) {
  baseRef = execFileSync("git", ["rev-parse", "--short", values.base], { cwd: root, encoding: "utf8" }).trim();
  log(`building the base ${baseRef} in a temporary worktree`);
  const base = buildBase(baseRef);
  try {
    for (const mode of ["memory", "--data"]) results.base[mode] = await run(base.bin, mode, BASE_BUDGET_MS);
  } finally {
    base.cleanup();
  }
}

// --- The section of BENCHMARKS.md -------------------------------------------------------------
const fmt = (n) => (n === undefined ? "–" : n.toLocaleString("en-US"));
const at = (result, size) => result?.rows.find((r) => r.size === size);
const ratio = (a, b) => (a === undefined || b === undefined ? "–" : `${(a / b).toFixed(2)}×`);
const svgName = QUICK ? "BENCHMARKS-scale.quick.svg" : "BENCHMARKS-scale.svg";
const date = new Date().toISOString().slice(0, 10);
const lines = [
  "<!-- bench:scale: written by `pnpm bench:scale`; `pnpm bench` keeps it as it is -->",
  "## The emulator at scale",
  "",
  `Measured ${date} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, by \`pnpm bench:scale\`${QUICK ? " --quick (a smoke run, not for comparing)" : ""}. One large person group, filled with raw HTTP (node:http, keep-alive) at ${CONCURRENCY} creates at once; the emulator in a process of its own. *Creates/s* is the rate of the last creates before the size (a tenth of it, at most 10,000; the median of five parts); *page* the median of 5 reads of 1,000 persons (from the first id, and from the middle from 10,000 on); *identify* the median of 21, against a training of that size; *RSS* the emulator's resident memory there.${baseRef ? ` *Base* is ${baseRef} (the emulator before its store: one Map of every item, the whole state written as JSON after each change), built in a temporary worktree, with a budget of ${BASE_BUDGET_MS / 1000} s per mode.` : ""}`,
  "",
  `![Creates per second and page time by persons stored](${svgName})`,
  "",
];
for (const mode of ["memory", "--data"]) {
  const ours = results.this[mode];
  const base = results.base[mode];
  lines.push(
    `### ${mode === "memory" ? "In memory" : "With `--data` (every write synced before its answer)"}`,
    "",
    `| persons | creates/s | base | ×base | page of 1,000 (ms) | base | base ÷ this | identify (ms) | base | train (ms) | RSS (MB) | base |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const size of SIZES) {
    const a = at(ours, size);
    const b = at(base, size);
    lines.push(
      `| ${fmt(size)} | ${fmt(a?.createsPerSecond)} | ${fmt(b?.createsPerSecond)} | ${ratio(a?.createsPerSecond, b?.createsPerSecond)} | ${fmt(a?.pageMs)} | ${fmt(b?.pageMs)} | ${ratio(b?.pageMs, a?.pageMs)} | ${fmt(a?.identifyMs)} | ${fmt(b?.identifyMs)} | ${fmt(a?.trainMs)} | ${fmt(a?.rssMb)} | ${fmt(b?.rssMb)} |`,
    );
  }
  const first = at(ours, SIZES[0]);
  const last = at(ours, SIZES.at(-1));
  lines.push("");
  if (first && last) {
    lines.push(
      `Filled to ${fmt(last.size)} in ${fmt(last.elapsedS)} s. Creates/s at ${fmt(last.size)} are ${ratio(last.createsPerSecond, first.createsPerSecond)} those at ${fmt(first.size)}; a page of 1,000 ${fmt(last.pageMs)} ms at ${fmt(last.size)}, ${fmt(first.pageMs)} ms at ${fmt(first.size)}; identify ${fmt(last.identifyMs)} ms at ${fmt(last.size)}.`,
    );
  }
  if (base?.stoppedAt) {
    lines.push(
      `The base stopped at ${fmt(base.stoppedAt.stored)} persons, its budget of ${base.stoppedAt.seconds} s spent${base.rows.length ? "" : " before the first size"}.`,
    );
  }
  if (ours.restartMs !== undefined) {
    lines.push(
      `Restart with ${fmt(SIZES.at(-1))} persons (a new process, until it listens, its index read back from the database): ${fmt(ours.restartMs)} ms.`,
    );
  }
  lines.push("");
}
lines.push(
  "Reproduce: `npx -y pnpm@10.34.8 bench:scale` (about half an hour; `--quick` for a smoke run).",
  "<!-- /bench:scale -->",
);
const section = lines.join("\n");
const svg = scaleChart(results, {
  sizes: SIZES,
  subtitle: `${date}, Node ${process.version}${QUICK ? " (--quick)" : ""}`,
});
if (QUICK) {
  mkdirSync(`${root}.tmp`, { recursive: true });
  writeFileSync(`${root}.tmp/BENCHMARKS-scale.quick.md`, `${section}\n`);
  writeFileSync(`${root}.tmp/${svgName}`, svg);
} else {
  const file = `${root}BENCHMARKS.md`;
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const kept = /<!-- bench:scale[\s\S]*?<!-- \/bench:scale -->/;
  const updated = kept.test(text)
    ? text.replace(kept, section)
    : text.includes("## Reproduce")
      ? text.replace("## Reproduce", `${section}\n\n## Reproduce`)
      : `${text}\n${section}\n`;
  writeFileSync(file, updated);
  writeFileSync(`${root}${svgName}`, svg);
}
console.log(section);
log(`wrote the scale section${QUICK ? " to .tmp/" : " of BENCHMARKS.md"} and ${svgName}`);
