// The emulator's start: a Fastify server on 127.0.0.1 wired from its parts — authentication and
// faults (faults.ts), the Face API's routes from the operation table (routes.ts), what each
// operation does (training.ts, recognition.ts, resources.ts, references.ts, writes.ts,
// sessions.ts), the state they keep (store.ts), the emulator's own routes (admin.ts) and its
// console (console.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Operation, operations } from "@face-training/spec";
import Fastify from "fastify";
import { addAdminRoutes } from "./admin.js";
import { serveConsole } from "./console.js";
import { allowCrossOrigin } from "./cors.js";
import { type Faults, guard } from "./faults.js";
import { readForms } from "./forms.js";
import { readRoles } from "./kinds.js";
import { createRecognition } from "./recognition.js";
import { createReferences } from "./references.js";
import { answerUnparsable, error, type Handler, send } from "./replies.js";
import { createResources } from "./resources.js";
import { addFaceRoutes } from "./routes.js";
import { createSessions } from "./sessions.js";
import { memoryStore, openStore } from "./store.js";
import { type ContainerSeed, createTraining } from "./training.js";
import { compileValidator } from "./validation.js";
import { createWrites } from "./writes.js";

export type { Faults } from "./faults.js";
export type { ContainerSeed } from "./training.js";

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
  /**
   * How long a long-running write (the person directory's: a person or face added, a dynamic
   * person group changed, …) runs once accepted, in ms: its status reads `running` that long,
   * then `succeeded`. The write itself is applied when it is accepted. Default 200.
   */
  operationMs?: number;
  /** How long such a write's status reads `notStarted` before it runs, in ms. Default 50. */
  operationQueueMs?: number;
  /**
   * How long a liveness session's attempt runs once the device sent it (the emulator's own route,
   * `POST /emulator/liveness-sessions/{sessionId}/attempts`), in ms: the session reads its
   * running status that long, then its result (about 2 s in the recorded sessions). Default 2000.
   */
  livenessMs?: number;
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
   * A database file to keep the state in (containers, persons, faces, trainings, the statuses of
   * long-running writes): read at start when it exists; every change is on disk before its
   * answer is sent, so a local workflow
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

/**
 * The largest request body read: twice the largest image the spec takes (`x-face-image`), so that
 * an image just over its limit is answered as the service answers it (the spec's
 * `invalidImageSize` code, checks.ts), and a far larger one is refused unread (413).
 */
const BODY_LIMIT = 2 * Math.max(...operations.map((o) => o.body?.image?.maxBytes ?? 0));
/** The most files, and text fields, a form of the spec has: a form with more is refused (413). */
const formParts = (binary: boolean) =>
  Math.max(
    0,
    ...operations
      .filter((o) => o.body?.kind === ("multipart" as string))
      .map(
        (o) =>
          Object.values((o.body?.schema.properties ?? {}) as Record<string, { format?: string }>).filter(
            (p) => (p.format === "binary") === binary,
          ).length,
      ),
  );
const FORM_FILES = formParts(true);
const FORM_FIELDS = formParts(false);

/** Starts an emulator of the spec's operations on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const {
    key = "emulator-key",
    tokens = [],
    trainingMs = 2000,
    queueMs = 100,
    operationMs = 200,
    operationQueueMs = 50,
    livenessMs = 2000,
    faults = {},
    now = Date.now,
  } = options;
  const roles = readRoles(operations);
  // Every resource of the spec (containers, persons, faces), and the training of each container.
  const store = options.dataFile ? await openStore(options.dataFile) : memoryStore();
  const resources = createResources(roles, error, store);
  let publicUrl = options.publicUrl ?? "";
  const training = createTraining({ resources, roles, now, trainingMs, queueMs, publicUrl: () => publicUrl });
  for (const seed of options.containers ?? []) training.addContainer(seed);
  await store.durable();

  const references = createReferences(roles, store, error);
  const writes = createWrites({
    roles,
    operations,
    store,
    now,
    queueMs: operationQueueMs,
    runMs: operationMs,
    publicUrl: () => publicUrl,
    fail: error,
  });
  const recognition = createRecognition({
    roles,
    missing: (type, params) => resources.missing(type, params),
    facesUnder: (path) => resources.facesUnder(path),
    training: training.training,
    membersOf: references.membersOf,
    facesIn: (collection, image) => store.facesIn(collection, image),
    now,
    fail: error,
  });

  const sessions = createSessions({ operations, store, now, livenessMs, fail: error });

  /**
   * What the emulator does for an operation: train, recognize, read a write's status or a
   * container's references, keep a liveness session or a resource, or say it does not simulate
   * it; with the references it keeps (references.ts), as a long-running write where it is one
   * (writes.ts), and on a session's image where it names one (sessions.ts).
   */
  const behaviour = (operation: Operation): Handler =>
    writes.around(
      operation,
      references.around(
        operation,
        training.unlessTraining(
          operation,
          sessions.around(
            operation,
            training.behaviour(operation) ??
              recognition.behaviour(operation) ??
              writes.behaviour(operation) ??
              references.behaviour(operation) ??
              sessions.behaviour(operation) ??
              resources.behaviour(operation) ??
              (() =>
                error(
                  501,
                  "NotImplemented",
                  `The emulator validated this ${operation.operationId} request against the spec, but does not simulate it.`,
                )),
          ),
        ),
      ),
    );

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
  });
  app.setValidatorCompiler(compileValidator);
  await allowCrossOrigin(app, options.corsOrigins);
  app.addContentTypeParser("application/octet-stream", { parseAs: "buffer" }, (_request, body, done) =>
    done(null, body),
  );
  // Forms (a liveness session with verify): a file up to the body limit, so that an image just
  // over its limit is answered as the service answers it (checks.ts).
  await readForms(app, { fileSize: BODY_LIMIT, files: FORM_FILES, fields: FORM_FIELDS });
  // Authentication and faults come first, before a body is read.
  guard(app, key, tokens, faults);
  const settled = () => store.durable();
  addFaceRoutes(app, operations, behaviour, settled);
  addAdminRoutes(app, {
    kinds: training.kinds,
    addContainer: training.addContainer,
    listing: training.listing,
    sessions,
    key,
    settled,
  });
  serveConsole(app, key, sessions.decisions);
  app.addHook("onClose", async () => store.close());

  await app.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  app.server.keepAliveTimeout = 60_000;
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  publicUrl ||= url;
  return {
    url,
    addContainer: training.addContainer,
    close: () => app.close(),
  };
}
