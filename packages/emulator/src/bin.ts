#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { operations } from "@face-training/spec";
import { SESSIONS_ROUTE } from "./admin.js";
import { runAttempt } from "./device.js";
import { type ContainerSeed, type EmulatorOptions, startEmulator } from "./emulator.js";
import { resourceKinds } from "./model.js";
import { deviceDecisions } from "./sessions.js";
import { SEED_OPTIONS, seedProblem } from "./training.js";

const kinds = [...resourceKinds().keys()];
/** The port of the command line, fixed so that a local workflow finds it (the library's default, 0, picks a free one). */
const DEFAULT_PORT = 5080;
/** Where `attempt` finds the emulator when not told: the command line's own address. */
const DEFAULT_URL = `http://127.0.0.1:${DEFAULT_PORT}`;
const decisions = deviceDecisions(operations);
/** A seed's options as the help of --seed-file writes them: `"outcome"?: "succeeded" | "failed", …`. */
const SEED_SHAPE = Object.entries(SEED_OPTIONS)
  .map(([name, rule]: [string, { enum?: readonly string[]; type?: string; minimum?: number }]) => {
    const type = rule.enum ? rule.enum.map((v) => JSON.stringify(v)).join(" | ") : rule.type;
    return `"${name}"?: ${type}${rule.minimum === undefined ? "" : ` >= ${rule.minimum}`}`;
  })
  .join(", ");

const HELP = `face-training-emulator: a local Face API, on 127.0.0.1. Its routes and their validation are
the spec's operations; it simulates their long-running operations (training, and the person
directory's writes).

Usage: pnpm emulator [options]
       pnpm emulator attempt <sessionId> --token <authToken> --decision <decision> [--image <file>] [--url <url>]

Options:
  --port <n>              port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --public-url <url>      the URL clients reach it at, for the URLs it hands out
                          (default http://127.0.0.1:<port>; never the request's Host)
  --key <key>             the Ocp-Apim-Subscription-Key it accepts (default emulator-key)
  --token <token>         a bearer token it accepts besides the key (repeatable)
  --container <kind/id[:failed]>
                          create a container, e.g. ${kinds[0]}/team or ${kinds.at(-1)}/faces:failed
                          (repeatable; kinds: ${kinds.join(", ")})
  --seed-file <file>      create the containers listed in a JSON file:
                          [{ "kind": "${kinds[0]}", "id": "team", "outcome": "failed" }]
  --data <file>           keep the state (containers, persons, faces, trainings) in a
                          database file (LMDB): read back at start, every change on
                          disk before its answer; a JSON data file of the earlier
                          format is carried over (default: in memory, gone when it stops)
  --training-ms <n>       how long a training runs (default 2000)
  --queue-ms <n>          how long a training waits as notStarted (default 100)
  --operation-ms <n>      how long a person directory write runs once accepted
                          (applied at once; its status reads running; default 200)
  --operation-queue-ms <n>
                          how long such a write's status reads notStarted (default 50)
  --liveness-ms <n>       how long a liveness session's attempt runs once the device
                          sent it (its session reads Running; default 2000)
  --throttle-rate <0-1>   share of requests answered 429 with Retry-After (default 0)
  --retry-after <s>       Retry-After of those 429s, in seconds (default 1)
  --error-rate <0-1>      share of requests answered with --error-status (default 0)
  --error-status <n>      status of injected errors (default 503)
  --latency-ms <n>        extra latency of every response (default 0)
  --cors-origin <origin>  an origin whose pages may call the Face API routes, e.g.
                          http://localhost:5173 (repeatable or comma-separated;
                          default any origin); preflights are answered before the key check
  --request-timeout <ms>  answer 408 to a request that takes longer to arrive (default 30000)
  --random-seed <n>       seed of the fault draws (default 1)
  -h, --help              show this help

Its console, a page that shows what it holds (containers, persons, faces, trainings, live),
is at /console.
Containers can also be created while it runs: PUT /emulator/containers/{kind}/{id}
with an optional JSON body { "outcome": "failed", "trainingMs": 500 }.
A liveness session's device is played by POST ${SESSIONS_ROUTE}/{sessionId}/attempts
with the session's token (Authorization: Bearer <authToken>, or the emulator's key as
Ocp-Apim-Subscription-Key) and a JSON body
{ "decision": "<decision>", "image": "<base64 of the face the device saw>" },
or from a shell by the attempt command (decisions: ${decisions.join(", ")}; attempt --help).
It runs until SIGINT or SIGTERM.`;

// `attempt <sessionId> …`: the device's side of a liveness session (device.ts), then exit.
if (process.argv[2] === "attempt") {
  process.exit(await runAttempt(process.argv.slice(3), decisions, DEFAULT_URL));
}

const { values } = parseArgs({
  options: {
    port: { type: "string", default: String(DEFAULT_PORT) },
    "public-url": { type: "string" },
    key: { type: "string", default: "emulator-key" },
    token: { type: "string", multiple: true, default: [] },
    container: { type: "string", multiple: true, default: [] },
    "seed-file": { type: "string" },
    data: { type: "string" },
    "training-ms": { type: "string" },
    "queue-ms": { type: "string" },
    "operation-ms": { type: "string" },
    "operation-queue-ms": { type: "string" },
    "liveness-ms": { type: "string" },
    "throttle-rate": { type: "string" },
    "retry-after": { type: "string" },
    "error-rate": { type: "string" },
    "error-status": { type: "string" },
    "latency-ms": { type: "string" },
    "request-timeout": { type: "string" },
    "cors-origin": { type: "string", multiple: true, default: [] },
    "random-seed": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** A number option, or exit with a message naming it. */
function number(
  name: string,
  text: string | undefined,
  min: number,
  max = Number.POSITIVE_INFINITY,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(
      `--${name} must be a number from ${min}${Number.isFinite(max) ? ` to ${max}` : ""}; got ${JSON.stringify(text)}`,
    );
    process.exit(2);
  }
  return value;
}

const containers: ContainerSeed[] = values.container.map((spec) => {
  const [, kind = "", id = "", outcome] = spec.match(/^(\w+)\/([^:]+)(?::(succeeded|failed))?$/) ?? [];
  if (!kind) {
    console.error(`--container must be kind/id or kind/id:failed, e.g. ${kinds[0]}/team; got ${JSON.stringify(spec)}`);
    process.exit(2);
  }
  return { kind, id, ...(outcome && { outcome: outcome as "succeeded" | "failed" }) };
});
if (values["seed-file"]) containers.push(...seedFile(values["seed-file"]));

/** The containers of a --seed-file, or exit with a message naming the file and what is wrong. */
function seedFile(file: string): ContainerSeed[] {
  let seeds: unknown;
  try {
    seeds = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`--seed-file ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
  const problem = Array.isArray(seeds)
    ? seeds.map((seed, i) => [i, seedProblem(seed)] as const).find(([, p]) => p)
    : ([undefined, "it is not an array"] as const);
  if (problem) {
    const [at, what] = problem;
    console.error(
      `--seed-file ${file} must hold [{ "kind": string, "id": string, ${SEED_SHAPE} }]: ${at === undefined ? what : `entry ${at}: ${what}`}`,
    );
    process.exit(2);
  }
  return seeds as ContainerSeed[];
}

/** An absolute http(s) URL without a trailing slash, or exit with a message naming --public-url. */
function publicUrl(text: string): string {
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    console.error(`--public-url must be an absolute http or https URL; got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return text.replace(/\/+$/, "");
}

/** The --cors-origin values (each an origin, `scheme://host[:port]`, or `*`), or exit naming the bad one. */
function corsOrigins(texts: string[]): string[] {
  const origins = texts.flatMap((text) => text.split(",")).map((text) => text.trim().replace(/\/+$/, ""));
  for (const origin of origins) {
    if (origin === "*") continue;
    if (!URL.canParse(origin) || !/^https?:$/.test(new URL(origin).protocol) || new URL(origin).origin !== origin) {
      console.error(
        `--cors-origin must be an origin such as http://localhost:5173 (scheme, host and port; no path), or *; got ${JSON.stringify(origin)}`,
      );
      process.exit(2);
    }
  }
  return origins;
}

/** `{ [key]: value }`, or nothing when the option was not given. */
const given = <K extends string>(key: K, value: number | undefined) => (value === undefined ? {} : { [key]: value });

const options: EmulatorOptions = {
  port: number("port", values.port, 0, 65535) ?? DEFAULT_PORT,
  ...(values["public-url"] && { publicUrl: publicUrl(values["public-url"]) }),
  key: values.key,
  tokens: values.token,
  containers,
  ...(values.data && { dataFile: values.data }),
  corsOrigins: corsOrigins(values["cors-origin"]),
  ...given("trainingMs", number("training-ms", values["training-ms"], 0)),
  ...given("queueMs", number("queue-ms", values["queue-ms"], 0)),
  ...given("operationMs", number("operation-ms", values["operation-ms"], 0)),
  ...given("operationQueueMs", number("operation-queue-ms", values["operation-queue-ms"], 0)),
  ...given("livenessMs", number("liveness-ms", values["liveness-ms"], 0)),
  ...given("requestTimeoutMs", number("request-timeout", values["request-timeout"], 1, 2 ** 31 - 1)),
  faults: {
    ...given("throttleRate", number("throttle-rate", values["throttle-rate"], 0, 1)),
    ...given("retryAfterSeconds", number("retry-after", values["retry-after"], 0)),
    ...given("errorRate", number("error-rate", values["error-rate"], 0, 1)),
    ...given("errorStatus", number("error-status", values["error-status"], 400, 599)),
    ...given("latencyMs", number("latency-ms", values["latency-ms"], 0)),
    ...given("seed", number("random-seed", values["random-seed"], 0)),
  },
};

try {
  const emulator = await startEmulator(options);
  console.log(`Face emulator listening on ${emulator.url}`);
  console.log(`  console: ${emulator.url}/console  (what it holds, live)`);
  console.log(`  endpoint: ${emulator.url}   key: ${options.key === "emulator-key" ? "emulator-key" : "(as given)"}`);
  console.log(
    `  seeded containers: ${containers.map((c) => `${c.kind}/${c.id}`).join(", ") || "none (create them through the Face API)"}`,
  );
  console.log(
    `  CORS: ${options.corsOrigins?.length && !options.corsOrigins.includes("*") ? options.corsOrigins.join(", ") : "any origin (--cors-origin limits it)"}`,
  );
  console.log(`  state: ${options.dataFile ? `kept in ${options.dataFile}` : "in memory (--data <file> keeps it)"}`);
  // SIGINT and SIGTERM close it cleanly: requests in flight finish, then the port is freed.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await emulator.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Started by a package script (`pnpm emulator`), it stops with the package manager: pnpm does
  // not pass a SIGTERM on, and the emulator would be left holding the port.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && stop(), 250).unref();
  }
} catch (error) {
  console.error(`face-training-emulator: ${(error as Error).message}`);
  process.exit(1);
}
