import { createHash, randomUUID } from "node:crypto";
import { createServer, STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { apiVersions, type JsonSchema, type Operation, openUnionValues, operations } from "@face-training/spec";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { serveConsole } from "./console.js";
import { allowCrossOrigin } from "./cors.js";
import { type ResourceKind, resourceKinds } from "./model.js";
import { createRecognition } from "./recognition.js";
import { createResources, type Face, type Incoming, type Reply, words } from "./resources.js";
import { memoryStore, openStore } from "./store.js";

/** A container to create: its kind by path segment (see `resourceKinds()`), id, and how its trainings end. */
export interface ContainerSeed {
  /** The path segment of its kind, one of `resourceKinds()`. */
  kind: string;
  id: string;
  /**
   * How its trainings end, whatever it holds. Default `"succeeded"`. (A container created
   * through the Face API trains by what it holds: it fails with no face to learn.)
   */
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
  /**
   * The URL clients reach it at, for the URLs it hands out (`Operation-Location`); never taken
   * from the request's `Host`. Default the address it listens on.
   */
  publicUrl?: string;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
  /**
   * A database file to keep the state in (containers, persons, faces, trainings): read at start
   * when it exists; every change is on disk before its answer is sent, so a local workflow
   * survives a restart, or a crash. A JSON data file of the emulator's earlier format is carried
   * over into a database once (the JSON kept as `<file>.v1.json`). Default none (in memory).
   */
  dataFile?: string;
  /**
   * How long a request may take to arrive, headers and body: a client that sends slower is
   * answered 408 and disconnected. Default 30000.
   */
  requestTimeoutMs?: number;
  /**
   * The origins whose pages may call the Face API routes (CORS): `"https://app.example"`, or
   * `"*"`. Default any origin (it is local). A preflight is answered before the key check.
   */
  corsOrigins?: string[];
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`: the endpoint to give a client. */
  url: string;
  /** Creates (or replaces) a container. */
  addContainer(seed: ContainerSeed): void;
  /** Stops the server: refuses new requests, lets those in flight finish, frees the port. */
  close(): Promise<void>;
}

/** What a container held when a training started: what that training learns. */
interface Snapshot {
  /** Its direct items (persons of a group, faces of a face list). */
  items: number;
  /** The container's content version (see `resources.versionOf`). */
  version: number;
  /** The faces it learnt: what recognition against it matches. */
  learnt: Face[];
}

/** A container's training, kept in its record. */
interface Container {
  kind: string;
  id: string;
  /** How its trainings end; undefined: by what it holds. */
  outcome: "succeeded" | "failed" | undefined;
  message: string | undefined;
  trainingMs: number | undefined;
  /** Status reads received: the emulator's answer to "how many requests did the poller send". */
  statusRequests: number;
  trainingStartedAt?: number;
  /** The content and the outcome of the current (or last) training. */
  current?: Snapshot & { outcome: "succeeded" | "failed"; message?: string; queueMs: number; durationMs: number };
  lastSuccessAt?: number;
  /** What the last successful training learnt. */
  trained?: Snapshot;
}

const UNAUTHORIZED =
  "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";
/** The largest request body the service takes: an image of 6 MB. */
const BODY_LIMIT = 6 * 1024 * 1024;
// JSON Schema keywords of the spec's schemas that are annotations, not rules; ajv's strict mode
// would refuse the OpenAPI ones.
const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "title",
  "xml",
  "externalDocs",
  "readOnly",
  "writeOnly",
]);

/** Starts an emulator of the spec's operations on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { key = "emulator-key", tokens = [], trainingMs = 2000, queueMs = 100, faults = {}, now = Date.now } = options;
  const kinds = resourceKinds();
  // Every resource of the spec (containers, persons, faces), and the training of each container.
  const store = options.dataFile ? await openStore(options.dataFile) : memoryStore();
  const resources = createResources(operations, (status, code, message) => error(status, code, message), store);
  // A container's training is kept in its record ($training), so that deleting the container
  // forgets it, and a container created again starts untrained.
  const trainingAt = (path: string) => resources.get(path)?.$training as Container | undefined;
  const itemPath = (kind: string, id: string) => `/${kind}/${encodeURIComponent(id)}`;
  const random = mulberry32(faults.seed ?? 1);
  let publicUrl = options.publicUrl ?? "";

  const addContainer = (seed: ContainerSeed) => {
    const kind = kinds.get(seed.kind);
    if (!kind) {
      throw new Error(
        `Unknown container kind ${JSON.stringify(seed.kind)}: use one of ${[...kinds.keys()].join(", ")}`,
      );
    }
    const rule = kind.idSchema as { pattern?: string; minLength?: number; maxLength?: number };
    if (
      seed.id.length < (rule.minLength ?? 0) ||
      seed.id.length > (rule.maxLength ?? Number.POSITIVE_INFINITY) ||
      (rule.pattern && !new RegExp(rule.pattern).test(seed.id))
    ) {
      throw new Error(
        `Invalid ${kind.parameter} ${JSON.stringify(seed.id)}: it must be ${rule.minLength}-${rule.maxLength} characters matching ${rule.pattern}`,
      );
    }
    const path = itemPath(seed.kind, seed.id);
    if (!resources.has(path)) resources.put(path, { name: seed.id });
    setTraining(path, {
      kind: seed.kind,
      id: seed.id,
      outcome: seed.outcome ?? "succeeded",
      message: seed.message,
      trainingMs: seed.trainingMs,
      statusRequests: 0,
    });
  };
  const setTraining = (path: string, training: Container) => {
    (resources.get(path) as Record<string, unknown>).$training = training;
    resources.changed(path);
  };
  /** Marks a container's training changed, to be kept with its record. */
  const keep = (container: Container) => resources.changed(itemPath(container.kind, container.id));
  for (const seed of options.containers ?? []) addContainer(seed);
  await store.durable();

  /**
   * The training status of a container now, settling a training that has ended, in the shape the
   * live service answers (its recorded sessions): `createdDateTime` is when the current training
   * was submitted and `lastActionDateTime` its last change; `lastSuccessfulTrainingDateTime` and
   * `lastSuccessfulTrainingId` appear once a training has succeeded, and `message` only on failure.
   */
  const statusOf = (container: Container) => {
    const started = container.trainingStartedAt;
    const current = container.current;
    if (started === undefined || !current) return undefined;
    const elapsed = now() - started;
    const { queueMs: queued, durationMs: duration } = current;
    const status: string = elapsed < queued ? "notStarted" : elapsed < queued + duration ? "running" : current.outcome;
    const endedAt = started + queued + duration;
    if (status === "succeeded" && container.lastSuccessAt !== endedAt) {
      container.lastSuccessAt = endedAt;
      container.trained = { items: current.items, version: current.version, learnt: current.learnt };
      keep(container);
    }
    const ended = status === current.outcome;
    return {
      status,
      createdDateTime: serviceTime(started),
      lastActionDateTime: serviceTime(ended ? endedAt : started),
      ...(container.lastSuccessAt !== undefined && {
        // The same success has the same id, across reads and restarts.
        lastSuccessfulTrainingId: uuidOf(`${container.kind}/${container.id}@${container.lastSuccessAt}`),
        lastSuccessfulTrainingDateTime: serviceTime(container.lastSuccessAt),
      }),
      ...(status === "failed" && { message: current.message }),
    };
  };
  const isTraining = (container: Container | undefined) => {
    const status = container && statusOf(container)?.status;
    return status === "notStarted" || status === "running";
  };

  /** Starts a training of a container: it learns what the container holds now. */
  const startTraining = (container: Container) => {
    const path = itemPath(container.kind, container.id);
    statusOf(container); // settle the last one first: its success stays reported
    const learnt = [...resources.facesUnder(path)];
    const outcome = container.outcome ?? (learnt.length > 0 ? "succeeded" : "failed");
    const message =
      outcome === "failed"
        ? (container.message ??
          `There is no persisted face in the ${words(kinds.get(container.kind)?.notFound ?? "").toLowerCase()} '${container.id}' to train with.`)
        : undefined;
    container.trainingStartedAt = now();
    container.current = {
      items: resources.itemsIn(path),
      version: resources.versionOf(path),
      learnt,
      outcome,
      ...(message && { message }),
      // Its times are fixed when it starts: a restart with other options changes the next one.
      queueMs,
      durationMs: container.trainingMs ?? trainingMs,
    };
    keep(container);
  };

  /**
   * The training of the container an operation names (a container created through the Face API
   * trains with the emulator's defaults), or the service's not-found answer.
   */
  const containerFor = (kind: ResourceKind, params: Record<string, string>): Container | Reply => {
    const id = params[kind.parameter] ?? "";
    const path = itemPath(kind.segment, id);
    if (!resources.has(path)) return error(404, kind.notFound, `${words(kind.notFound)} '${id}' is not found.`);
    if (!trainingAt(path)) {
      setTraining(path, {
        kind: kind.segment,
        id,
        outcome: undefined,
        message: undefined,
        trainingMs: undefined,
        statusRequests: 0,
      });
    }
    return trainingAt(path) as Container;
  };

  /**
   * An operation that the service refuses while its container trains (its
   * `trainingNotFinished` code): that refusal, before what it does.
   */
  const unlessTraining = (operation: Operation, handle: (incoming: Incoming) => Reply) => {
    const code = operation.errorCodes?.trainingNotFinished;
    const kind = kinds.get(operation.path.split("/")[1] ?? "");
    if (!code || !kind) return handle;
    return (incoming: Incoming): Reply => {
      const id = incoming.params[kind.parameter] ?? "";
      if (!isTraining(trainingAt(itemPath(kind.segment, id)))) return handle(incoming);
      return error(
        code.status,
        code.code,
        `${words(kind.notFound)} '${id}' is under training. Try again after the training has finished.`,
      );
    };
  };

  const recognition = createRecognition(operations, {
    kinds,
    missing: (template, params) => resources.missing(template, params),
    itemTemplate: (parent, parameter) => resources.itemTemplate(parent, parameter),
    facesUnder: (path) => resources.facesUnder(path),
    training: (segment, id) => {
      const container = trainingAt(itemPath(segment, id));
      if (container) statusOf(container); // settle a training that has ended
      return { ...(container?.trained && { learnt: container.trained.learnt }), running: isTraining(container) };
    },
    now,
    fail: (status, code, message) => error(status, code, message),
  });

  /** What the emulator does for an operation: start a job, read its status, or say it does not simulate it. */
  const behaviour = (operation: Operation) => unlessTraining(operation, simulate(operation));
  const simulate = (operation: Operation): ((incoming: Incoming) => Reply) => {
    for (const kind of kinds.values()) {
      if (operation === kind.start) {
        return ({ params }) => {
          const container = containerFor(kind, params);
          if (!("kind" in container)) return container;
          startTraining(container);
          const location = kind.status.path.replace(`{${kind.parameter}}`, encodeURIComponent(container.id));
          return {
            status: operation.success.status as number,
            headers: {
              "Operation-Location": `${publicUrl}/face/${params.apiVersion}${location}`,
              "Access-Control-Expose-Headers": "Operation-Location",
            },
          };
        };
      }
      if (operation === kind.status) {
        return ({ params }) => {
          const container = containerFor(kind, params);
          if (!("kind" in container)) return container;
          container.statusRequests += 1;
          keep(container);
          const result = statusOf(container);
          if (!result) {
            return error(404, kind.notStarted, `${words(kind.notStarted)} '${container.id}' is not trained.`);
          }
          return { status: operation.success.status as number, body: result };
        };
      }
    }
    const recognizes = recognition.behaviour(operation);
    if (recognizes) return recognizes;
    const crud = resources.behaviour(operation);
    if (crud) return crud;
    return () =>
      error(
        501,
        "NotImplemented",
        `The emulator validated this ${operation.operationId} request against the spec, but does not simulate it.`,
      );
  };

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // Node checks for requests over their time no more often than connectionsCheckingInterval
    // (30 s by default): check often enough for the timeout to hold.
    serverFactory: (handler) =>
      createServer(
        { requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1000, requestTimeout / 4)) },
        handler,
      ),
    // On close: idle keep-alive connections at once, busy ones once their answer is sent.
    forceCloseConnections: "idle",
    // Malformed URLs and the like: a FaceErrorResponse too.
    frameworkErrors: (e, _request, reply) => send(reply, error(400, "BadArgument", e.message)),
    // A request Node's HTTP parser cannot read (a broken request line or header, headers too
    // large, too slow to arrive): answered as the service answers, then the connection closed.
    clientErrorHandler: answerUnparsable,
    ajv: { customOptions: { strict: false } },
  });
  await allowCrossOrigin(app, options.corsOrigins);
  app.addContentTypeParser("application/octet-stream", { parseAs: "buffer" }, (_request, body, done) =>
    done(null, body),
  );

  // Authentication and faults come first, before a body is read.
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/face/")) return;
    const bearer = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    if (request.headers["ocp-apim-subscription-key"] !== key && !(bearer && tokens.includes(bearer))) {
      return send(reply, error(401, "401", UNAUTHORIZED));
    }
    if (faults.throttleRate && random() < faults.throttleRate) {
      const seconds = faults.retryAfterSeconds ?? 1;
      return send(
        reply,
        error(429, "429", `Rate limit is exceeded. Try again in ${seconds} seconds.`, {
          "Retry-After": String(seconds),
        }),
      );
    }
    if (faults.errorRate && random() < faults.errorRate) {
      return send(
        reply,
        error(faults.errorStatus ?? 503, "ServiceUnavailable", "The service is temporarily unavailable."),
      );
    }
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("apim-request-id", randomUUID());
    if (faults.latencyMs && request.url.startsWith("/face/")) {
      await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    }
  });

  // One route per path and method of the spec, validated by its schemas. Operations that share
  // a route (add a face from bytes or from a URL) differ by their body's content type.
  const routes = new Map<string, Operation[]>();
  for (const operation of operations) {
    const route = `${operation.method} ${operation.path}`;
    routes.set(route, [...(routes.get(route) ?? []), operation]);
  }
  for (const shared of routes.values()) {
    // Each operation's handler, behind the checks the spec states beyond its schemas (an image's
    // size and signature, values allowed by another parameter), only where it states them.
    const handlers = shared.map((operation) => [operation, checked(operation, behaviour(operation))] as const);
    const [first] = shared as [Operation];
    // Arrays in a query are comma-separated (explode: false): split them before validation.
    const arrays = first.parameters.filter((p) => p.in === "query" && p.schema.type === "array").map((p) => p.name);
    app.route({
      ...(arrays.length && {
        preValidation: async (request: FastifyRequest) => {
          const query = request.query as Record<string, unknown>;
          for (const name of arrays)
            if (typeof query[name] === "string") query[name] = (query[name] as string).split(",");
        },
      }),
      method: first.method,
      url: `/face/:apiVersion${first.path.replace(/\{(\w+)\}/g, ":$1")}`,
      schema: schemasOf(shared),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const [, handle] =
          handlers.length === 1
            ? (handlers[0] as (typeof handlers)[number])
            : dispatch(handlers, request.headers["content-type"], request.body);
        const answer = handle({
          params: request.params as Record<string, string>,
          query: (request.query ?? {}) as Record<string, unknown>,
          body: request.body,
        });
        // What the request changed is on disk before its answer is sent.
        await store.durable();
        return send(reply, answer);
      },
    });
  }

  app.setErrorHandler(
    (e: Error & { validation?: unknown; validationContext?: string; statusCode?: number }, request, reply) => {
      if (e.validation) {
        // An unknown API version is an unknown path to the service.
        if (e.validationContext === "params" && /apiVersion/.test(e.message)) return send(reply, notFound());
        const unknown = unknownValue(e.validation, e.validationContext, request);
        return send(reply, error(400, "BadArgument", unknown ?? `Invalid request: ${e.message}.`));
      }
      const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
      request.log.error(e);
      return send(reply, error(status, status === 500 ? "InternalServerError" : "BadArgument", e.message));
    },
  );

  // Unknown paths are 404; a known path with another method is 405, with the methods it has.
  const templates = operations.map((operation) => ({
    method: operation.method,
    pattern: new RegExp(`^/face/[^/]+${operation.path.replace(/\{\w+\}/g, "[^/]+")}$`),
  }));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const allowed = [...new Set(templates.filter((t) => t.pattern.test(path)).map((t) => t.method))];
    if (allowed.length) {
      return send(
        reply,
        error(405, "MethodNotAllowed", `Use ${allowed.join(" or ")} for this path.`, { Allow: allowed.join(", ") }),
      );
    }
    return send(reply, notFound());
  });

  // Admin routes, outside the Face API's paths.
  app.put(
    "/emulator/containers/:kind/:id",
    {
      schema: {
        params: { type: "object", properties: { kind: { enum: [...kinds.keys()] }, id: { type: "string" } } },
        body: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            outcome: { enum: ["succeeded", "failed"] },
            message: { type: "string" },
            trainingMs: { type: "number", minimum: 0 },
          },
        },
      },
    },
    async (request, reply) => {
      const { kind, id } = request.params as { kind: string; id: string };
      try {
        addContainer({ ...((request.body as object | null) ?? {}), kind, id });
      } catch (e) {
        return send(reply, error(400, "BadArgument", (e as Error).message));
      }
      await store.durable();
      return send(reply, { status: 201, body: { kind, id } });
    },
  );
  app.get("/emulator/containers", async (_request, reply) =>
    send(reply, {
      status: 200,
      body: [...resources.containers()]
        .flatMap(([, record]) => (record.$training ? [record.$training as Container] : []))
        .map((c) => {
          const path = itemPath(c.kind, c.id);
          return {
            kind: c.kind,
            id: c.id,
            outcome: c.outcome ?? "by content",
            statusRequests: c.statusRequests,
            // When the current training ends (ms since the epoch), for measuring a poller's lag.
            trainingEndsAt:
              c.trainingStartedAt === undefined || !c.current
                ? null
                : c.trainingStartedAt + c.current.queueMs + c.current.durationMs,
            // What it holds, what its last successful training learnt, and whether it has
            // changed since: the service identifies against what was trained.
            content: { items: resources.itemsIn(path), faces: resources.facesUnder(path).size },
            trained: c.trained ? { items: c.trained.items, faces: c.trained.learnt.length } : null,
            changedSinceTraining: c.trained ? c.trained.version !== resources.versionOf(path) : null,
          };
        }),
    }),
  );

  serveConsole(app, key);

  app.addHook("onClose", async () => store.close());

  await app.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  app.server.keepAliveTimeout = 60_000;
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  publicUrl ||= url;
  return {
    url,
    addContainer,
    close: () => app.close(),
  };
}

/** A handler behind the operation's checks beyond its schemas, if the spec states any. */
function checked(operation: Operation, handle: (incoming: Incoming) => Reply): (incoming: Incoming) => Reply {
  const dependent = operation.parameters.some((p) => p.allowedBy);
  const image = operation.body?.image;
  if (!dependent && !image) return handle;
  return (incoming) =>
    (dependent && dependentRefusal(operation, incoming.query)) ||
    (image && imageRefusal(operation, incoming.body)) ||
    handle(incoming);
}

/**
 * The service's answer to a parameter value that another parameter's value does not allow
 * (`x-face-allowed-by`: an attribute the detection model does not offer).
 */
function dependentRefusal(operation: Operation, query: Record<string, unknown>): Reply | undefined {
  for (const parameter of operation.parameters) {
    const rule = parameter.allowedBy;
    const given = query[parameter.name];
    if (!rule || !Array.isArray(given)) continue;
    const by = String(
      query[rule.parameter] ?? operation.parameters.find((p) => p.name === rule.parameter)?.schema.default,
    );
    const refused = given.filter((value) => rule.values[by] && !rule.values[by]?.includes(String(value)));
    if (refused.length) {
      return error(
        400,
        "BadArgument",
        `'${parameter.name}' is invalid: ${refused.join(", ")} is not supported by ${rule.parameter} '${by}'.`,
      );
    }
  }
  return undefined;
}

// The first bytes of each image format the spec names (`x-face-image`).
const SIGNATURES: Record<string, number[]> = {
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif: [0x47, 0x49, 0x46, 0x38],
  bmp: [0x42, 0x4d],
};

/**
 * The service's answer to an image body it would not take: outside the spec's size limits, or
 * not an image of a format it names (by its signature; the emulator does not decode images).
 */
function imageRefusal(operation: Operation, body: unknown): Reply | undefined {
  const image = operation.body?.image;
  if (!image || !(body instanceof Buffer)) return undefined;
  const codes = operation.errorCodes ?? {};
  if (body.length < image.minBytes || body.length > image.maxBytes) {
    const code = codes.invalidImageSize ?? { status: 400, code: "InvalidImageSize" };
    return error(code.status, code.code, `Image size is too ${body.length < image.minBytes ? "small" : "big"}.`);
  }
  const known = image.formats.some((format) => SIGNATURES[format]?.every((byte, i) => body[i] === byte));
  if (!known) {
    const code = codes.invalidImage ?? { status: 400, code: "InvalidImage" };
    return error(code.status, code.code, "Decoding error, image format unsupported.");
  }
  return undefined;
}

/**
 * The operation of a shared route a request is: the one whose body has its content type, and
 * among those (identify from a person group or from a large person group) the one whose required
 * body properties the body has, the most specific first.
 */
function dispatch<T>(handlers: (readonly [Operation, T])[], contentType: string | undefined, body: unknown) {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  const typed = handlers.filter(([candidate]) => !candidate.body || candidate.body.contentType === type);
  const required = (o: Operation) => (o.body?.schema.required as string[] | undefined) ?? [];
  const fits = typed
    .filter(([o]) => required(o).every((name) => body && typeof body === "object" && name in body))
    .sort(([a], [b]) => required(b).length - required(a).length);
  return (fits[0] ?? typed[0] ?? handlers[0]) as readonly [Operation, T];
}

/**
 * Fastify's route schemas for the operations of one route: their path, query and header
 * parameters (the same for operations that share a route), and each JSON body by content type.
 */
function schemasOf(shared: Operation[]) {
  const [operation] = shared as [Operation];
  const object = (parameters: Operation["parameters"], extra: Record<string, unknown> = {}) => ({
    type: "object",
    properties: {
      ...extra,
      ...Object.fromEntries(
        parameters.map((p) => [p.in === "header" ? p.name.toLowerCase() : p.name, rules(p.schema)]),
      ),
    },
    required: [...Object.keys(extra), ...parameters.filter((p) => p.required).map((p) => p.name)],
  });
  const of = (location: string) => operation.parameters.filter((p) => p.in === location);
  // Operations of one content type on the route (identify from a person group or a large person
  // group): the body is any of theirs.
  const jsonSchemas = new Map<string, unknown[]>();
  for (const { body } of shared) {
    if (body?.kind === "json")
      jsonSchemas.set(body.contentType, [...(jsonSchemas.get(body.contentType) ?? []), rules(body.schema)]);
  }
  const jsonBodies = [...jsonSchemas].map(
    ([contentType, schemas]) =>
      [contentType, { schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas } }] as const,
  );
  return {
    params: object(of("path"), { apiVersion: { type: "string", enum: apiVersions } }),
    ...(of("query").length && { querystring: object(of("query")) }),
    ...(of("header").length && { headers: object(of("header")) }),
    ...(jsonBodies.length && { body: { content: Object.fromEntries(jsonBodies) } }),
  };
}

/**
 * A schema without its annotations, as the emulator validates it. An open union (known values, or
 * any string: the service may add values) is closed to its known values: those are what the
 * emulator simulates, so a value it does not know is refused (`unknownValue` says which) rather
 * than answered as if it were one it knows.
 */
function rules(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rules);
  if (!schema || typeof schema !== "object") return schema;
  const known = openUnionValues(schema as JsonSchema);
  if (known) {
    const { anyOf: _, ...rest } = schema as JsonSchema;
    return rules({ ...rest, type: "string", enum: known });
  }
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, value]) => [key, key === "properties" ? mapValues(value, rules) : rules(value)]),
  );
}

const mapValues = (record: object, f: (value: unknown) => unknown) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

interface ValidationProblem {
  keyword: string;
  instancePath: string;
  params: { allowedValues?: unknown[] };
}

/**
 * The service's message for a value outside a list of known values ("'detectionModel' is
 * invalid."), naming the value and the ones the emulator knows; undefined for other problems.
 */
function unknownValue(problems: unknown, context: string | undefined, request: FastifyRequest): string | undefined {
  const problem = (problems as ValidationProblem[]).find((p) => p.keyword === "enum" && p.params.allowedValues);
  if (!problem) return undefined;
  const steps = problem.instancePath.split("/").slice(1).map(decodeURIComponent);
  const source: Record<string, unknown> = { querystring: request.query, body: request.body, headers: request.headers };
  const value = steps.reduce<unknown>(
    (at, step) => (at as Record<string, unknown> | undefined)?.[step],
    source[context ?? ""],
  );
  const name = steps.filter((step) => !/^\d+$/.test(step)).join(".");
  return `'${name}' is invalid: the emulator knows ${problem.params.allowedValues?.join(", ")}, not ${JSON.stringify(value)}.`;
}

/**
 * Node's HTTP parser could not read a request: a FaceErrorResponse, written to the socket as
 * Fastify's default handler writes its own (there is no reply object yet), then the socket closed.
 */
function answerUnparsable(e: Error & { code?: string }, socket: Duplex) {
  if (e.code === "ECONNRESET" || socket.destroyed) return;
  const [status, code, message] =
    e.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "RequestTimeout", "The request took too long to arrive."]
      : e.code === "HPE_HEADER_OVERFLOW"
        ? [431, "BadArgument", "The request's headers are too large."]
        : [400, "BadArgument", "The request could not be parsed as HTTP."];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `x-ms-error-code: ${code}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(e);
}

/** A FaceErrorResponse, with its code in x-ms-error-code as the spec says. */
function error(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "x-ms-error-code": code, ...headers }, body: { error: { code, message } } };
}

const notFound = () => error(404, "NotFound", "Resource not found.");

function send(reply: FastifyReply, { status, headers = {}, body }: Reply) {
  reply.code(status).headers(headers);
  return body === undefined ? reply.send() : reply.type("application/json; charset=utf-8").send(JSON.stringify(body));
}

/** A UUID derived from a text: the same text, the same id. */
function uuidOf(text: string): string {
  const hex = createHash("sha256").update(text).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16] ?? "0", 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A time as the service writes it: UTC with six fractional digits, `2024-09-03T15:56:37.777955Z`. */
function serviceTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, "000Z");
}

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
