// The throughput benchmark: every client against the same loopback server (fixture-server.mjs)
// running in a process of its own, so that the client's own cost is not hidden by the server's.
// Three calls (a status GET, a JSON-body POST, a 1 MB octet-stream upload), sequential and at 32
// in flight, each client's figure divided by the bare node:http floor of the same round; medians
// of alternating rounds. `node src/throughput.mjs [--rounds n] [--only status]` runs it alone
// (for profiling: `node --cpu-prof src/throughput.mjs --only status --candidates ours`; candidates
// are separated by `;`).
import { mkdirSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { AzureKeyCredential } from "@azure/core-auth";
import FaceClient, { isUnexpected } from "@azure-rest/ai-vision-face";
import { createFaceClient } from "@face-training/client";
import { openapiFile } from "@face-training/spec";
import { build } from "esbuild";
import createOpenapiFetch from "openapi-fetch";
import { serve } from "./serve.mjs";

const here = fileURLToPath(new URL("..", import.meta.url));
const KEY = "bench-key";
const GROUP = "g";
const PERSON = "25985303-c537-4467-b41d-bdb45cd95ca1";
const IMAGE = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
const PERSON_BODY = { name: "Ada Lovelace", userData: "bench" };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (...args) => console.error(...args);

export const FLOOR = "node:http keep-alive (floor)";
export const OURS = "@face-training/client";
export const OFFICIAL = "@azure-rest/ai-vision-face";
export const BARE_FETCH = "global fetch, bare";
export const TIGHT_FLOOR = "node:http keep-alive, URL parsed once";
/** The name of the other build of this client (BENCH_BASELINE_CLIENT), when one is measured. */
export const BASELINE = `${OURS} at ${process.env.BENCH_BASELINE_LABEL ?? "the baseline"}`;
export const SCENARIOS = {
  status: "status GET",
  person: "create person (JSON POST)",
  upload: "1 MB image upload (octet-stream POST)",
};

/**
 * Generates a client from our committed OpenAPI with @hey-api/openapi-ts (its fetch client and
 * SDK) into .tmp/hey-api, and bundles it with esbuild into one module Node can import.
 */
async function heyApi() {
  const { createClient } = await import("@hey-api/openapi-ts");
  const out = `${here}.tmp/hey-api`;
  mkdirSync(out, { recursive: true });
  await createClient({
    input: openapiFile("3.0"),
    output: { path: out },
    plugins: ["@hey-api/client-fetch", "@hey-api/sdk"],
    logs: { level: "silent" },
  });
  const file = `${here}.tmp/hey-api.mjs`;
  await build({
    stdin: {
      contents: `export { createClient } from "./hey-api/client/index.ts"; export * from "./hey-api/sdk.gen.ts";`,
      resolveDir: `${here}.tmp`,
      sourcefile: "hey-api-entry.ts",
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: file,
    logLevel: "error",
  });
  return import(file);
}

/** A `fetch` over node:http with a keep-alive agent: WHATWG Request in, Response out. */
function nodeHttpFetch(agent) {
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    return new Promise((resolve, reject) => {
      const sent = httpRequest(
        request.url,
        { method: request.method, headers: Object.fromEntries(request.headers), agent },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("error", reject);
          res.on("end", () => {
            const headers = new Headers();
            for (const [k, v] of Object.entries(res.headers)) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers }));
          });
        },
      );
      sent.on("error", reject);
      sent.end(body);
    });
  };
}

/** Node's fetch (undici) with no client on top: the answer's JSON parsed. */
async function bareFetch(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`fetch: ${response.status}`);
  return response.json();
}

/**
 * The floor: node:http with a keep-alive agent, the answer's JSON parsed. A JSON body is
 * serialized on every call, as any client must; bytes are written as they are.
 */
function floorCall(agent, url, method, contentType, body, parsedOnce = false) {
  // As most code calls it, with the URL (which http.request parses on every call); or with its
  // options parsed once, as this client's transport does.
  const { hostname, port, pathname } = new URL(url);
  const send = parsedOnce
    ? (options, callback) => httpRequest({ hostname, port, path: pathname, ...options }, callback)
    : (options, callback) => httpRequest(url, options, callback);
  return () =>
    new Promise((resolve, reject) => {
      const headers = { "ocp-apim-subscription-key": KEY };
      const payload = typeof body === "function" ? body() : body;
      if (contentType) {
        headers["content-type"] = contentType;
        headers["content-length"] = Buffer.byteLength(payload);
      }
      send({ method, headers, agent }, (res) => {
        let text = "";
        res
          .setEncoding("utf8")
          .on("data", (c) => (text += c))
          .on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(text))));
      })
        .on("error", reject)
        .end(payload);
    });
}

/** Every client's three calls, against the server at `endpoint`. */
async function candidates(endpoint) {
  const base = `${endpoint}/face/v1.2`;
  const headers = { "Ocp-Apim-Subscription-Key": KEY };
  const floorAgent = new Agent({ keepAlive: true });
  const fetchAgent = new Agent({ keepAlive: true });
  const ours = createFaceClient({ endpoint, credential: { key: KEY } });
  const official = FaceClient(endpoint, new AzureKeyCredential(KEY), { allowInsecureConnection: true });
  const openapiFetch = createOpenapiFetch({ baseUrl: base, headers });
  const openapiNodeFetch = createOpenapiFetch({ baseUrl: base, headers, fetch: nodeHttpFetch(fetchAgent) });
  const hey = await heyApi();
  // BENCH_BASELINE_CLIENT=path/to/dist/index.js: another build of this client (an earlier
  // commit's; BENCH_BASELINE_LABEL names it), measured beside this one, for before/after
  // figures from the same rounds.
  const baseline = process.env.BENCH_BASELINE_CLIENT
    ? (await import(process.env.BENCH_BASELINE_CLIENT)).createFaceClient({ endpoint, credential: { key: KEY } })
    : undefined;
  const heyClient = hey.createClient({ baseUrl: base, headers });
  const expect = (property) => (result) => {
    if (typeof result?.[property] !== "string") throw new Error(`no ${property} in ${JSON.stringify(result)}`);
  };
  const fromOpenapiFetch = (property) => (r) => {
    if (r.error || !r.response.ok) throw new Error(`openapi-fetch: ${r.response.status}`);
    expect(property)(r.data);
  };
  const fromOfficial = (property) => (r) => {
    if (isUnexpected(r)) throw new Error(`official: ${r.status}`);
    expect(property)(r.body);
  };
  const fromHey = fromOpenapiFetch;
  const statusPath = "/persongroups/{personGroupId}/training";
  const personPath = "/persongroups/{personGroupId}/persons";
  const facePath = "/persongroups/{personGroupId}/persons/{personId}/persistedfaces";
  const octet = { headers: { "content-type": "application/octet-stream" }, bodySerializer: (b) => b };
  const openapiFetchCalls = (client) => ({
    status: () =>
      client.GET(statusPath, { params: { path: { personGroupId: GROUP } } }).then(fromOpenapiFetch("status")),
    person: () =>
      client
        .POST(personPath, { params: { path: { personGroupId: GROUP } }, body: PERSON_BODY })
        .then(fromOpenapiFetch("personId")),
    upload: () =>
      client
        .POST(facePath, { params: { path: { personGroupId: GROUP, personId: PERSON } }, body: IMAGE, ...octet })
        .then(fromOpenapiFetch("persistedFaceId")),
  });
  return {
    agents: [floorAgent, fetchAgent],
    calls: {
      [FLOOR]: {
        status: floorCall(floorAgent, `${base}/persongroups/${GROUP}/training`, "GET"),
        person: floorCall(floorAgent, `${base}/persongroups/${GROUP}/persons`, "POST", "application/json", () =>
          JSON.stringify(PERSON_BODY),
        ),
        upload: floorCall(
          floorAgent,
          `${base}/persongroups/${GROUP}/persons/${PERSON}/persistedfaces`,
          "POST",
          "application/octet-stream",
          IMAGE,
        ),
      },
      [OURS]: {
        status: () => ours.getPersonGroupTrainingStatus(GROUP).then(expect("status")),
        person: () => ours.createPersonGroupPerson(GROUP, PERSON_BODY).then(expect("personId")),
        upload: () => ours.addPersonGroupPersonFace(GROUP, PERSON, IMAGE).then(expect("persistedFaceId")),
      },
      ...(baseline && {
        [BASELINE]: {
          status: () => baseline.getPersonGroupTrainingStatus(GROUP).then(expect("status")),
          person: () => baseline.createPersonGroupPerson(GROUP, PERSON_BODY).then(expect("personId")),
          upload: () => baseline.addPersonGroupPersonFace(GROUP, PERSON, IMAGE).then(expect("persistedFaceId")),
        },
      }),
      [OFFICIAL]: {
        status: () => official.path(statusPath, GROUP).get().then(fromOfficial("status")),
        person: () => official.path(personPath, GROUP).post({ body: PERSON_BODY }).then(fromOfficial("personId")),
        upload: () =>
          official
            .path(facePath, GROUP, PERSON)
            .post({ contentType: "application/octet-stream", body: IMAGE })
            .then(fromOfficial("persistedFaceId")),
      },
      [TIGHT_FLOOR]: {
        status: floorCall(floorAgent, `${base}/persongroups/${GROUP}/training`, "GET", undefined, undefined, true),
        person: floorCall(
          floorAgent,
          `${base}/persongroups/${GROUP}/persons`,
          "POST",
          "application/json",
          () => JSON.stringify(PERSON_BODY),
          true,
        ),
        upload: floorCall(
          floorAgent,
          `${base}/persongroups/${GROUP}/persons/${PERSON}/persistedfaces`,
          "POST",
          "application/octet-stream",
          IMAGE,
          true,
        ),
      },
      [BARE_FETCH]: {
        status: () => bareFetch(`${base}/persongroups/${GROUP}/training`, { headers }).then(expect("status")),
        person: () =>
          bareFetch(`${base}/persongroups/${GROUP}/persons`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify(PERSON_BODY),
          }).then(expect("personId")),
        upload: () =>
          bareFetch(`${base}/persongroups/${GROUP}/persons/${PERSON}/persistedfaces`, {
            method: "POST",
            headers: { ...headers, "content-type": "application/octet-stream" },
            body: IMAGE,
          }).then(expect("persistedFaceId")),
      },
      "openapi-fetch (global fetch)": openapiFetchCalls(openapiFetch),
      "openapi-fetch (node:http fetch)": openapiFetchCalls(openapiNodeFetch),
      "@hey-api/openapi-ts (fetch client)": {
        status: () =>
          hey
            .personGroupOperationsGetPersonGroupTrainingStatus({ client: heyClient, path: { personGroupId: GROUP } })
            .then(fromHey("status")),
        person: () =>
          hey
            .personGroupOperationsCreatePersonGroupPerson({
              client: heyClient,
              path: { personGroupId: GROUP },
              body: PERSON_BODY,
            })
            .then(fromHey("personId")),
        upload: () =>
          hey
            .personGroupOperationsAddPersonGroupPersonFacePersonGroupOperationsAddPersonGroupPersonFaceFromUrl({
              client: heyClient,
              path: { personGroupId: GROUP, personId: PERSON },
              body: IMAGE,
              ...octet,
            })
            .then(fromHey("persistedFaceId")),
      },
    },
  };
}

/** Calls per second of `call`, `n` calls with `concurrency` in flight. */
async function measure(call, n, concurrency) {
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < n) await call();
    }),
  );
  return n / ((performance.now() - t) / 1000);
}

/**
 * Runs every candidate on every scenario, sequential and at 32 in flight, for `rounds` rounds
 * (the candidates' order rotating each round). `counts[scenario]` = [sequential n, concurrent n].
 * Returns, per scenario, mode and candidate: the median calls/s and the median of the per-round
 * ratios to the floor and to the official client.
 */
export async function throughput({ rounds, counts, only, pick }) {
  const server = await serve(fileURLToPath(new URL("fixture-server.mjs", import.meta.url)));
  try {
    const { agents, calls } = await candidates(server.url);
    const names = Object.keys(calls).filter((n) => !pick || n === FLOOR || n === OFFICIAL || pick.includes(n));
    const scenarios = Object.keys(SCENARIOS).filter((s) => !only || only.includes(s));
    const modes = { sequential: 1, concurrent: 32 };
    const samples = {};
    for (const scenario of scenarios) {
      const [seq, conc] = counts[scenario];
      for (const name of names) await measure(calls[name][scenario], Math.ceil(conc / 4), 8); // JIT, sockets
      samples[scenario] = Object.fromEntries(
        Object.keys(modes).map((mode) => [mode, Object.fromEntries(names.map((name) => [name, []]))]),
      );
      for (let round = 0; round < rounds; round++) {
        // Rotate the order each round, so no candidate always runs first or last.
        const order = names.map((_, i) => names[(i + round) % names.length]);
        for (const [mode, concurrency] of Object.entries(modes)) {
          for (const name of order) {
            const n = mode === "sequential" ? seq : conc;
            samples[scenario][mode][name].push(await measure(calls[name][scenario], n, concurrency));
          }
        }
        log(`throughput: ${scenario}, round ${round + 1}/${rounds} done`);
      }
    }
    for (const agent of agents) agent.destroy();
    const result = {};
    for (const scenario of scenarios) {
      result[scenario] = {};
      for (const mode of Object.keys(modes)) {
        const s = samples[scenario][mode];
        result[scenario][mode] = Object.fromEntries(
          names.map((name) => [
            name,
            {
              perSecond: median(s[name]),
              vsFloor: median(s[name].map((x, i) => x / s[FLOOR][i])),
              vsOfficial: median(s[name].map((x, i) => x / s[OFFICIAL][i])),
            },
          ]),
        );
      }
    }
    return result;
  } finally {
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "5" },
      only: { type: "string" },
      candidates: { type: "string" },
      n: { type: "string", default: "2000" },
    },
  });
  const n = Number(values.n);
  const result = await throughput({
    rounds: Number(values.rounds),
    counts: { status: [n, 2 * n], person: [n, 2 * n], upload: [n / 10, n / 5] },
    only: values.only?.split(","),
    pick: values.candidates?.split(";").map((c) => (c === "ours" ? OURS : c)),
  });
  for (const [scenario, modes] of Object.entries(result)) {
    for (const [mode, rows] of Object.entries(modes)) {
      console.log(`\n${SCENARIOS[scenario]}, ${mode}`);
      console.table(
        Object.fromEntries(
          Object.entries(rows).map(([name, r]) => [
            name,
            {
              "calls/s": Math.round(r.perSecond),
              "vs floor": r.vsFloor.toFixed(2),
              "vs official": r.vsOfficial.toFixed(2),
            },
          ]),
        ),
      );
    }
  }
}
