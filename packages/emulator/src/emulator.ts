import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ContainerKind, type Route, trainingRoutes } from "./spec.js";

/** A container to create: its kind by path segment (`persongroups`, …), id, and how its trainings end. */
export interface ContainerSeed {
  /** The path segment of its kind: `persongroups`, `largepersongroups` or `largefacelists`. */
  kind: string;
  id: string;
  /** How its trainings end. Default `"succeeded"`. */
  outcome?: "succeeded" | "failed";
  /** The failure message of a failed training. */
  message?: string;
  /** How long its trainings run, overriding the emulator's `trainingMs`. */
  trainingMs?: number;
}

/** Faults to inject into Face API responses (after authentication), by chance. */
export interface Faults {
  /** The share of requests answered 429 with `Retry-After`. Default 0. */
  throttleRate?: number;
  /** The `Retry-After` of a 429, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** The share of requests answered with `errorStatus`. Default 0. */
  errorRate?: number;
  /** The status of an injected error. Default 503. */
  errorStatus?: number;
  /** Extra latency of every response, in ms. Default 0. */
  latencyMs?: number;
  /** The seed of the random draws, so a faulty run can be repeated. Default 1. */
  seed?: number;
}

export interface EmulatorOptions {
  /** The subscription key it accepts. Default `"emulator-key"`. */
  key?: string;
  /** Bearer tokens it accepts besides the key. Default none. */
  tokens?: string[];
  /** Containers to create at start. */
  containers?: ContainerSeed[];
  /** How long a training runs once started, in ms. Default 2000. */
  trainingMs?: number;
  /** How long a training waits as `notStarted` before it runs, in ms. Default 100. */
  queueMs?: number;
  faults?: Faults;
  /** The port on 127.0.0.1; 0 picks a free one. Default 0. */
  port?: number;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`: the endpoint to give a client. */
  url: string;
  /** Creates (or replaces) a container. */
  addContainer(seed: ContainerSeed): void;
  /** Stops the server. */
  close(): Promise<void>;
}

interface Container extends Required<Omit<ContainerSeed, "message" | "trainingMs">> {
  message: string;
  trainingMs: number | undefined;
  createdAt: number;
  /** Status reads received: the emulator's answer to "how many requests did the poller send". */
  statusRequests: number;
  trainingStartedAt?: number;
  lastSuccessAt?: number;
  lastSuccessId?: string;
}

const UNAUTHORIZED =
  "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

/** Starts an emulator of the spec's training operations on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { key = "emulator-key", tokens = [], trainingMs = 2000, queueMs = 100, faults = {}, now = Date.now } = options;
  const routes = trainingRoutes();
  const kinds = new Map(routes.map((route) => [route.kind.segment, route.kind]));
  const containers = new Map<string, Container>();
  const random = mulberry32(faults.seed ?? 1);

  const addContainer = (seed: ContainerSeed) => {
    if (!kinds.has(seed.kind)) {
      throw new Error(
        `Unknown container kind ${JSON.stringify(seed.kind)}: use one of ${[...kinds.keys()].join(", ")}`,
      );
    }
    containers.set(`${seed.kind}/${seed.id}`, {
      kind: seed.kind,
      id: seed.id,
      outcome: seed.outcome ?? "succeeded",
      message: seed.message ?? "There are no faces in the container to train with.",
      trainingMs: seed.trainingMs,
      createdAt: now(),
      statusRequests: 0,
    });
  };
  for (const seed of options.containers ?? []) addContainer(seed);

  /**
   * The training status of a container now, settling a training that has ended, in the shape the
   * live service answers (its recorded sessions): `createdDateTime` is when the current training
   * was submitted and `lastActionDateTime` its last change; `lastSuccessfulTrainingDateTime` and
   * `lastSuccessfulTrainingId` appear once a training has succeeded, and `message` only on failure.
   */
  const statusOf = (container: Container) => {
    const started = container.trainingStartedAt;
    if (started === undefined) return undefined;
    const elapsed = now() - started;
    const duration = container.trainingMs ?? trainingMs;
    const status: string =
      elapsed < queueMs ? "notStarted" : elapsed < queueMs + duration ? "running" : container.outcome;
    const endedAt = started + queueMs + duration;
    if (status === "succeeded" && container.lastSuccessAt !== endedAt) {
      container.lastSuccessAt = endedAt;
      container.lastSuccessId = randomUUID();
    }
    const ended = status === container.outcome;
    return {
      status,
      createdDateTime: serviceTime(started),
      lastActionDateTime: serviceTime(ended ? endedAt : started),
      ...(container.lastSuccessAt !== undefined && {
        lastSuccessfulTrainingId: container.lastSuccessId,
        lastSuccessfulTrainingDateTime: serviceTime(container.lastSuccessAt),
      }),
      ...(status === "failed" && { message: container.message }),
    };
  };

  const handleFace = (request: IncomingMessage, path: string, apiVersion: string, origin: string): Reply => {
    const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (request.headers["ocp-apim-subscription-key"] !== key && !(bearer && tokens.includes(bearer))) {
      return error(401, "401", UNAUTHORIZED);
    }
    if (faults.throttleRate && random() < faults.throttleRate) {
      const seconds = faults.retryAfterSeconds ?? 1;
      return error(429, "429", `Rate limit is exceeded. Try again in ${seconds} seconds.`, {
        "Retry-After": String(seconds),
      });
    }
    if (faults.errorRate && random() < faults.errorRate) {
      return error(faults.errorStatus ?? 503, "ServiceUnavailable", "The service is temporarily unavailable.");
    }
    const match = routes
      .map((route) => [route, path.match(route.path)?.[1]] as const)
      .find(([, id]) => id !== undefined);
    if (!match) return error(404, "NotFound", "Resource not found.");
    const [route, rawId] = match as [Route, string];
    if (request.method !== route.method) return error(405, "MethodNotAllowed", `Use ${route.method} for this path.`);
    const id = safeDecode(rawId);
    const { kind } = route;
    if (id === undefined || !obeys(kind, id)) {
      return error(
        400,
        "BadArgument",
        `Invalid ${kind.parameter}: it must be ${kind.rule.minLength}-${kind.rule.maxLength} characters matching ${kind.rule.pattern.source}.`,
      );
    }
    const container = containers.get(`${kind.segment}/${id}`);
    const words = kind.name.replace(/\B[A-Z]/g, " $&").toLowerCase();
    if (!container) return error(404, `${kind.name}NotFound`, `${capitalize(words)} '${id}' is not found.`);
    if (route.action === "train") {
      const status = statusOf(container)?.status;
      // Training a container that is already training changes nothing, as on the service.
      if (status !== "notStarted" && status !== "running") container.trainingStartedAt = now();
      return {
        status: 202,
        headers: {
          "Operation-Location": `${origin}/face/${apiVersion}/${kind.segment}/${id}/training`,
          "Access-Control-Expose-Headers": "Operation-Location",
        },
      };
    }
    container.statusRequests += 1;
    const result = statusOf(container);
    if (!result) return error(404, `${kind.name}NotTrained`, `${capitalize(words)} '${id}' has not been trained.`);
    return { status: 200, body: result };
  };

  const handleAdmin = (request: IncomingMessage, path: string, body: string): Reply => {
    const [, kind = "", id = ""] = path.match(/^\/emulator\/containers\/(\w+)\/([^/]+)$/) ?? [];
    if (request.method === "PUT" && kind) {
      try {
        addContainer({ ...(body ? JSON.parse(body) : {}), kind, id: decodeURIComponent(id) });
      } catch (e) {
        return error(400, "BadArgument", (e as Error).message);
      }
      return { status: 201, body: { kind, id } };
    }
    if (request.method === "GET" && path === "/emulator/containers") {
      const listing = [...containers.values()].map((c) => ({
        kind: c.kind,
        id: c.id,
        outcome: c.outcome,
        statusRequests: c.statusRequests,
        // When the current training ends (ms since the epoch), for measuring a poller's lag.
        trainingEndsAt:
          c.trainingStartedAt === undefined ? null : c.trainingStartedAt + queueMs + (c.trainingMs ?? trainingMs),
      }));
      return { status: 200, body: listing };
    }
    return error(
      404,
      "NotFound",
      "Emulator admin routes: PUT /emulator/containers/{kind}/{id}, GET /emulator/containers.",
    );
  };

  const server = createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    const face = url.pathname.match(/^\/face\/([^/]+)(\/.*)$/);
    const reply = face
      ? handleFace(request, face[2] ?? "", face[1] ?? "", url.origin)
      : handleAdmin(request, url.pathname, body);
    if (face && faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    send(response, reply);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    addContainer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A FaceErrorResponse, with its code in x-ms-error-code as the spec says. */
function error(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "x-ms-error-code": code, ...headers }, body: { error: { code, message } } };
}

function send(response: ServerResponse, reply: Reply) {
  const headers: Record<string, string> = { "apim-request-id": randomUUID(), ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, { ...headers, "content-length": "0" }).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, { ...headers, "content-type": "application/json; charset=utf-8" }).end(text);
}

/** A time as the service writes it: UTC with six fractional digits, `2024-09-03T15:56:37.777955Z`. */
function serviceTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, "000Z");
}

function obeys(kind: ContainerKind, id: string): boolean {
  const { pattern, minLength, maxLength } = kind.rule;
  return id.length >= minLength && id.length <= maxLength && pattern.test(id);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A small seeded PRNG, so that a run with faults can be repeated exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
