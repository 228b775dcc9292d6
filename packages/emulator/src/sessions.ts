// Liveness sessions, by role (`x-face-role`: `create`, `read` and `delete` of a `session` of a
// kind, its `session`; `read` of a `sessionImage`; a `detect` naming a `sessionImageProperty`),
// never by an operation's name or path: an app's server creates a session and hands its token to
// a device; the device makes the attempt; the server reads the session for its result.
//
// - A create makes a session with a fresh id (the read's last path parameter) and a random token,
//   which expires `timeToLiveProperty` seconds later on the emulator's clock (the property's
//   default when the body has none). It answers the token once; reads answer it empty, as the
//   service does. A session of a kind whose create names a `referenceImageProperty` (with verify)
//   keeps the fingerprint of that image (the form's file part, checked as every image body is:
//   checks.ts) and answers its face as a verify reference, detected as detect detects it
//   (recognition.ts); a `thresholdProperty` is the confidence from which a match is identical.
// - The device's side is not in the contract: the emulator's own route (admin.ts) takes one
//   attempt per session, authenticated with the session's token (or the emulator's key, for the
//   console, whose page has the key but never a token); the attempt's result is read
//   `livenessMs` after it arrived (the session reads its running status until then, without its
//   model version, as recorded), then its succeeded status with the attempt: its decision, its
//   face's rectangle (from the image the device saw, as detect finds it; a fixed one without an
//   image), a digest (the SHA-256 of that image, or of the attempt), the session image's id when
//   the session keeps its image, and, with verify, whether the face seen is the reference's (the
//   same image: the recognizer's "same face" confidence; another: its "other face" one).
// - A kept image is a record of its own (a `sessionImage` read answers its bytes; a detect naming
//   it detects in those bytes exactly as a detect from bytes would); deleting the session deletes
//   its images. Sessions and images are kept in the store with the rest: what was answered
//   survives a restart, or a crash.
//
// The status values are the spec's (the session read's status union: not started, running,
// succeeded, in the spec's order), and so are the model version (the newest the union names),
// the decisions a device may report, and a reference's quality (the best the union names).
// Sessions do not expire (the service forgets them after 48 hours).
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import {
  defaultApiVersion,
  type ErrorCode,
  type JsonSchema,
  type Operation,
  openUnionValues,
} from "@face-training/spec";
import { formatOf, imageProblem } from "./checks.js";
import { fill, lastParameter, sessionRoleOf as roleOf } from "./kinds.js";
import { OTHER, SAME, synthesized } from "./recognition.js";
import type { Handler, Incoming, Reply } from "./replies.js";
import { fingerprint } from "./resources.js";
import type { Store } from "./store.js";

type Fail = (status: number, code: string, message: string, headers?: Record<string, string>) => Reply;
type Body = Record<string, unknown>;

/** A session as its record keeps it (`$session`). */
interface Session {
  kind: string;
  /** The SHA-256 of its token (the token itself is only in the create's answer). */
  tokenHash: string;
  createdAt: number;
  expiresAt: number;
  keepImage: boolean;
  /** With verify: the reference image's fingerprint, the threshold of an identical match. */
  reference?: string;
  threshold?: number;
  deviceCorrelationId?: string;
  attempts: Attempt[];
}

/** An attempt the device made, and what it came to. */
interface Attempt {
  attemptId: number;
  decision: string;
  /** When it arrived, and how long it runs (a restart with other options changes later ones only). */
  at: number;
  runMs: number;
  digest: string;
  /** The fingerprint of the image the device saw, if it sent one. */
  image?: string;
  sessionImageId?: string;
  /** The request's id (`apim-request-id`) and size, for its audit entry. */
  requestId?: string;
  contentLength?: number;
}

/** A kind of session: where its sessions are kept, and what its create reads. */
interface SessionKind {
  name: string;
  /** Its item path (the read's), the id's parameter, and its collection. */
  template: string;
  parameter: string;
  collection: string;
  notFound: ErrorCode;
  /** The token's time to live when the create's body names none, in seconds. */
  timeToLive: number;
  /** The quality its answers give a verify reference, when its reads have verify references. */
  referenceQuality: string | undefined;
  /** Its read's status values: not started, running, succeeded (the spec's order). */
  /** What its read declares it reads before the device's attempt, while it runs, once its result is in. */
  statuses: { notStarted: string; running: string; done: string };
  /**
   * Whether its sessions are audited (a kind with an `audit` operation, v1.2-preview.1's): its
   * reads answer the session's fields and its latest audit entry (`result`), its create only the
   * id and the token; otherwise (v1.2's) the session with its attempts (`results`).
   */
  audited: boolean;
  /** The API version its sessions are of (the first that has its read): the device calls that version's routes. */
  apiVersion: string;
  /** The model version its answers name (the newest its schema names). */
  modelVersion: string | undefined;
}

export interface SessionsOptions {
  operations: readonly Operation[];
  store: Store;
  now: () => number;
  /** How long an attempt runs once the device sent it, in ms: its session reads running that long. */
  livenessMs: number;
  fail: Fail;
}

const propertiesOf = (schema: JsonSchema | undefined): Record<string, JsonSchema> =>
  (schema?.properties as Record<string, JsonSchema> | undefined) ?? {};
/** The schema at a path of property names (an array's items stepped through). */
const at = (schema: JsonSchema | undefined, ...names: string[]) =>
  names.reduce<JsonSchema | undefined>((s, name) => {
    const inner = s?.type === "array" ? (s.items as JsonSchema | undefined) : s;
    return propertiesOf(inner)[name];
  }, schema);
const valuesOf = (schema: JsonSchema | undefined, what: string): readonly string[] => {
  const values = schema && (openUnionValues(schema) ?? (schema.enum as string[] | undefined));
  if (!values?.length) throw new Error(`The emulator needs the values of ${what} in the session's schema`);
  return values;
};
/** The value at a dotted path of property names. */
const valueAt = (body: Body, path: string): unknown =>
  path.split(".").reduce<unknown>((value, name) => (value as Body | undefined)?.[name], body);
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest();
/**
 * A session image's id: 44 base64url characters, as the recorded ones (`AZMKlsBU…`), but for its
 * first, a letter, never a dash, which a command line would read as an option.
 */
const imageIdOf = (bytes: Uint8Array) =>
  `${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(bytes[0] ?? 0) % 26]}${Buffer.from(bytes).toString("base64url").slice(1)}`;

/** The schema a session's read answers (every kind's read has the same session fields). */
const sessionSchema = (operations: readonly Operation[]) =>
  operations
    .filter((o) => roleOf(o).resource === "session" && o.role.action === "read")
    .map((o) => o.success.body?.schema)
    .find((schema) => at(schema, "results") !== undefined);

/** The decisions a device may report: the values of the session read's `livenessDecision` (none without a session read). */
export function deviceDecisions(operations: readonly Operation[]): readonly string[] {
  const schema = sessionSchema(operations);
  return schema ? valuesOf(at(schema, "results", "attempts", "result", "livenessDecision"), "livenessDecision") : [];
}

/**
 * What a request on the device's route bears: its `Authorization` header (the session's token,
 * `Bearer <authToken>`, as the Liveness SDK sends it), and whether it bears the emulator's key
 * instead (checked by the caller, which knows the key: admin.ts).
 */
export interface DeviceCredential {
  authorization: string | undefined;
  keyHolder: boolean;
}

export function createSessions({ operations, store, now, livenessMs, fail }: SessionsOptions) {
  const sessionOperations = operations.filter((o) => roleOf(o).resource === "session");
  const creates = sessionOperations.filter((o) => o.role.action === "create");
  /** A body property's default, from the create that names it or any other session create (a form's schema has none). */
  const defaultOf = (create: Operation | undefined, property: string | undefined) =>
    property === undefined
      ? undefined
      : [create, ...creates]
          .map((o) => propertiesOf(o?.body?.schema)[property]?.default)
          .find((value) => value !== undefined);

  const kinds = new Map<string, SessionKind>();
  for (const name of new Set(sessionOperations.map((o) => roleOf(o).session ?? ""))) {
    const of = (action: string) =>
      sessionOperations.find((o) => roleOf(o).session === name && o.role.action === action);
    const read = of("read");
    const parameter = read && lastParameter(read.path);
    const notFound = read?.errorCodes?.notFound;
    if (!read || !parameter || !notFound) {
      throw new Error(
        `Liveness sessions of kind ${name}: the emulator needs their read, its id last, its notFound code`,
      );
    }
    const create = of("create");
    const role = create ? roleOf(create) : { action: "create" as const };
    const timeToLive = Number(defaultOf(create, role.timeToLiveProperty));
    if (create && !(timeToLive > 0)) {
      throw new Error(`${create.operationId}: the emulator needs a default for its timeToLiveProperty`);
    }
    const readSchema = read.success.body?.schema;
    const { statuses } = roleOf(read);
    if (!statuses) throw new Error(`${read.operationId}: the emulator needs the statuses its role declares`);
    const attemptStatus = at(readSchema, "results", "attempts", "attemptStatus");
    if (attemptStatus && !valuesOf(attemptStatus, "attemptStatus").includes(statuses.done)) {
      throw new Error(`${read.operationId}: its attempts' status has no ${statuses.done}, its done status`);
    }
    const audited = of("audit") !== undefined;
    const quality = audited
      ? at(of("create")?.success.body?.schema, "verifyImage", "qualityForRecognition")
      : at(readSchema, "results", "verifyReferences", "qualityForRecognition");
    const version = audited
      ? at(readSchema, "result", "response", "body", "modelVersionUsed")
      : at(readSchema, "modelVersion");
    kinds.set(name, {
      name,
      template: read.path,
      parameter,
      collection: read.path.slice(0, -`/{${parameter}}`.length),
      notFound,
      timeToLive,
      referenceQuality: quality && valuesOf(quality, "qualityForRecognition").at(-1),
      statuses,
      audited,
      apiVersion: read.versions?.[0] ?? defaultApiVersion,
      modelVersion: version && valuesOf(version, "modelVersion").at(-1),
    });
  }
  const imageRead = operations.find((o) => roleOf(o).resource === "sessionImage" && o.role.action === "read");
  const imageParameter = imageRead && lastParameter(imageRead.path);
  /** The images the device may send: those a detect from bytes takes, refused with its codes. */
  const bytesDetect = operations.find((o) => o.role.action === "detect" && o.body?.kind === "binary" && o.body.image);

  // What the answers hold, from the read's schema.
  const schema = sessionSchema(operations);
  const decisions = deviceDecisions(operations);
  const rectangleSchema = at(schema, "results", "attempts", "result", "targets", "color", "faceRectangle") ?? {};

  const pathOf = (kind: SessionKind, id: string) => fill(kind.template, { [kind.parameter]: id });
  const imagePathOf = (id: string) =>
    imageRead && imageParameter ? fill(imageRead.path, { [imageParameter]: id }) : "";
  const sessionAt = (path: string) => store.get(path)?.$session as Session | undefined;

  /** A face as detect finds it in an image of that fingerprint: its rectangle. */
  const rectangleOf = (image: string) => synthesized(rectangleSchema, image);

  /** The session's status now: not started before its attempt, running while it runs, then succeeded. */
  const statusOf = (session: Session) => {
    const { notStarted, running, done } = (kinds.get(session.kind) as SessionKind).statuses;
    const last = session.attempts.at(-1);
    if (!last) return notStarted;
    return now() < last.at + last.runMs ? running : done;
  };
  const isRunning = (session: Session) => statusOf(session) === kinds.get(session.kind)?.statuses.running;
  const isDone = (session: Session) => statusOf(session) === kinds.get(session.kind)?.statuses.done;
  /** The attempts whose result is in (all but one still running). */
  const finished = (session: Session) => (isDone(session) ? session.attempts : session.attempts.slice(0, -1));
  const iso = (ms: number) => new Date(ms).toISOString();

  /** An audited session's fields, as its list and its read answer them (v1.2-preview.1). */
  const itemOf = (id: string, session: Session): Body => ({
    id,
    createdDateTime: iso(session.createdAt),
    ...(session.attempts[0] && { sessionStartDateTime: iso(session.attempts[0].at) }),
    sessionExpired: now() >= session.expiresAt,
    ...(session.deviceCorrelationId !== undefined && { deviceCorrelationId: session.deviceCorrelationId }),
    authTokenTimeToLiveInSeconds: Math.round((session.expiresAt - session.createdAt) / 1000),
  });

  /** An attempt as the audit entry of the device's request (v1.2-preview.1). */
  function auditEntryOf(kind: SessionKind, id: string, session: Session, attempt: Attempt): Body {
    const outcome = attemptOf(session, attempt).result as Body;
    const verify = outcome.verifyResult as Body | undefined;
    return {
      id: attempt.attemptId,
      sessionId: id,
      requestId: attempt.requestId ?? randomUUID(),
      receivedDateTime: iso(attempt.at),
      request: {
        url: `/face/${kind.apiVersion}/${kind.collection.replace(/^\/|\/sessions$/g, "")}`,
        method: "POST",
        contentLength: attempt.contentLength ?? 0,
        contentType: attempt.image !== undefined ? "multipart/form-data" : "application/json",
      },
      response: {
        body: {
          livenessDecision: attempt.decision,
          target: {
            faceRectangle: rectangleOf(attempt.image ?? ""),
            fileName: "content.bin",
            timeOffsetWithinFile: 0,
            imageType: "Color",
          },
          ...(kind.modelVersion !== undefined && { modelVersionUsed: kind.modelVersion }),
          ...(verify && {
            verifyResult: {
              verifyImage: {
                faceRectangle: rectangleOf(session.reference ?? ""),
                qualityForRecognition: kind.referenceQuality,
              },
              ...verify,
            },
          }),
        },
        statusCode: 200,
        latencyInMilliseconds: attempt.runMs,
      },
      digest: attempt.digest,
      ...(attempt.sessionImageId !== undefined && { sessionImageId: attempt.sessionImageId }),
    };
  }

  /** A session as its create or read answers it. */
  function answer(kind: SessionKind, id: string, session: Session, token: string | undefined): Body {
    const status = statusOf(session);
    const done = finished(session);
    const { reference } = session;
    if (kind.audited) {
      if (token !== undefined) {
        return {
          [kind.parameter]: id,
          authToken: token,
          ...(reference !== undefined && {
            verifyImage: { faceRectangle: rectangleOf(reference), qualityForRecognition: kind.referenceQuality },
          }),
        };
      }
      const last = done.at(-1);
      return { ...itemOf(id, session), status, ...(last && { result: auditEntryOf(kind, id, session, last) }) };
    }
    const { modelVersion } = kind;
    const { running } = kind.statuses;
    return {
      [kind.parameter]: id,
      // Reads answer it empty, as the service does: only the create hands it out.
      authToken: token ?? "",
      status,
      // While an attempt runs, the recorded reads leave the model version out.
      ...(status !== running && modelVersion !== undefined && { modelVersion }),
      results: {
        attempts: done.map((attempt) => attemptOf(session, attempt)),
        ...(reference !== undefined &&
          kind.referenceQuality !== undefined && {
            verifyReferences: [
              {
                // The recorded create answers name the reference's type `image`; reads leave it out.
                ...(token !== undefined && { referenceType: "image" }),
                faceRectangle: rectangleOf(reference),
                qualityForRecognition: kind.referenceQuality,
              },
            ],
          }),
      },
    };
  }

  function attemptOf(session: Session, attempt: Attempt): Body {
    const seen = attempt.image;
    const same = seen !== undefined && seen === session.reference;
    const matchConfidence = same ? SAME : OTHER;
    return {
      attemptId: attempt.attemptId,
      // An attempt whose result is in reads as its session then does (checked against its values above).
      attemptStatus: (kinds.get(session.kind) as SessionKind).statuses.done,
      result: {
        livenessDecision: attempt.decision,
        targets: { color: { faceRectangle: rectangleOf(seen ?? "") } },
        digest: attempt.digest,
        ...(attempt.sessionImageId !== undefined && { sessionImageId: attempt.sessionImageId }),
        ...(session.reference !== undefined && {
          verifyResult: {
            matchConfidence,
            isIdentical: session.threshold === undefined ? same : matchConfidence >= session.threshold,
          },
        }),
      },
    };
  }

  const missing = (operation: Operation, kind: SessionKind) => {
    const code = operation.errorCodes?.notFound ?? kind.notFound;
    // The service's words (recorded).
    return fail(code.status, code.code, "Session Id is not found. The session id is expired or does not exist.");
  };

  function create(operation: Operation, kind: SessionKind): Handler {
    // This create's own role: a kind's creates may read different properties (v1.2-preview.1's
    // with verify: one from JSON, one from a form with the reference image).
    const { timeToLiveProperty, keepImageProperty, referenceImageProperty, thresholdProperty, deviceProperty } =
      roleOf(operation);
    return ({ body }: Incoming): Reply => {
      const fields = (body ?? {}) as Body;
      // A role's property may be a form part's (`Parameters.authTokenTimeToLiveInSeconds`).
      const request = new Proxy(fields, { get: (target, name) => valueAt(target, String(name)) });
      const id = randomUUID();
      // Hex: a token never starts with a dash, which a command line (`attempt --token …`) reads as an option.
      const token = randomBytes(32).toString("hex");
      const given = timeToLiveProperty === undefined ? undefined : request[timeToLiveProperty];
      const seconds = typeof given === "number" ? given : kind.timeToLive;
      const reference = referenceImageProperty !== undefined ? request[referenceImageProperty] : undefined;
      const threshold = thresholdProperty !== undefined ? request[thresholdProperty] : undefined;
      const device = deviceProperty !== undefined ? request[deviceProperty] : undefined;
      const session: Session = {
        kind: kind.name,
        tokenHash: sha256(token).toString("hex"),
        createdAt: now(),
        expiresAt: now() + seconds * 1000,
        keepImage: keepImageProperty !== undefined && request[keepImageProperty] === true,
        ...(reference instanceof Uint8Array && { reference: fingerprint(reference) }),
        ...(typeof threshold === "number" && { threshold }),
        ...(typeof device === "string" && { deviceCorrelationId: device }),
        attempts: [],
      };
      store.put(pathOf(kind, id), { $session: session });
      return { status: operation.success.status as number, body: answer(kind, id, session, token) };
    };
  }

  function read(operation: Operation, kind: SessionKind): Handler {
    return ({ params }) => {
      const id = params[kind.parameter] ?? "";
      const session = sessionAt(pathOf(kind, id));
      if (!session) return missing(operation, kind);
      return { status: operation.success.status as number, body: answer(kind, id, session, undefined) };
    };
  }

  function remove(operation: Operation, kind: SessionKind): Handler {
    return ({ params }) => {
      const id = params[kind.parameter] ?? "";
      const path = pathOf(kind, id);
      const session = sessionAt(path);
      if (!session) return missing(operation, kind);
      for (const attempt of session.attempts)
        if (attempt.sessionImageId !== undefined) store.delete(imagePathOf(attempt.sessionImageId));
      store.delete(path);
      return { status: operation.success.status as number };
    };
  }

  /** A kind's sessions, by id ascending, from the one after the `start` parameter, `top` of them. */
  function list(operation: Operation, kind: SessionKind): Handler {
    return ({ query }) => {
      const paging = operation.paging;
      const start = paging ? (query[paging.startParameter] as string | undefined) : undefined;
      const top = paging ? (query[paging.topParameter] as number | undefined) : undefined;
      const body = store
        .page(kind.collection, start, top)
        .flatMap(([id, record]) => (record.$session ? [itemOf(id, record.$session as Session)] : []));
      return { status: operation.success.status as number, body };
    };
  }

  /** A session's audit entries: its device's requests whose result is in. */
  function audit(operation: Operation, kind: SessionKind): Handler {
    return ({ params }) => {
      const id = params[kind.parameter] ?? "";
      const session = sessionAt(pathOf(kind, id));
      if (!session) return missing(operation, kind);
      const body = finished(session).map((attempt) => auditEntryOf(kind, id, session, attempt));
      return { status: operation.success.status as number, body };
    };
  }

  /** A session image's bytes, if it is kept. */
  const imageBytes = (id: unknown): Buffer | undefined => {
    const record = typeof id === "string" ? store.get(imagePathOf(id)) : undefined;
    return typeof record?.$bytes === "string" ? Buffer.from(record.$bytes, "base64") : undefined;
  };
  const imageMissing = (operation: Operation, id: unknown) => {
    const code = operation.errorCodes?.notFound ?? { status: 404, code: "NotFound" };
    return fail(code.status, code.code, `Session image '${String(id)}' is not found.`);
  };

  function readImage(operation: Operation): Handler {
    const contentType = operation.success.body?.contentType ?? "application/octet-stream";
    return ({ params }) => {
      const id = imageParameter ? params[imageParameter] : undefined;
      const bytes = imageBytes(id);
      if (!bytes) return imageMissing(operation, id);
      const format = bytesDetect?.body?.image && formatOf(bytesDetect.body.image, bytes);
      const file = `${id}.${format === "jpeg" ? "jpg" : (format ?? "bin")}`;
      return {
        status: operation.success.status as number,
        headers: {
          "content-type": contentType,
          "content-disposition": `attachment; filename=${file}; filename*=UTF-8''${encodeURIComponent(file)}`,
        },
        body: bytes,
      };
    };
  }

  /** The handler of a session's or a session image's operation, by its role, or undefined. */
  function behaviour(operation: Operation): Handler | undefined {
    const role = roleOf(operation);
    if (role.resource === "sessionImage" && role.action === "read") return readImage(operation);
    const kind = role.resource === "session" ? kinds.get(role.session ?? "") : undefined;
    if (!kind) return undefined;
    switch (role.action) {
      case "create":
        return create(operation, kind);
      case "read":
        return read(operation, kind);
      case "delete":
        return remove(operation, kind);
      case "list":
        return list(operation, kind);
      case "audit":
        return audit(operation, kind);
      default:
        return undefined;
    }
  }

  /** A detect that names a session image (its role's `sessionImageProperty`): detected in its bytes, as a detect from bytes. */
  function around(operation: Operation, handle: Handler): Handler {
    const property = roleOf(operation).sessionImageProperty;
    if (operation.role.action !== "detect" || property === undefined) return handle;
    return (incoming) => {
      const id = (incoming.body as Body | undefined)?.[property];
      const bytes = imageBytes(id);
      if (!bytes) return imageMissing(operation, id);
      return handle({ ...incoming, body: bytes });
    };
  }

  /** The session of an id, of whichever kind, and its path. */
  const find = (id: string) => {
    for (const kind of kinds.values()) {
      const path = pathOf(kind, id);
      const session = sessionAt(path);
      if (session) return { kind, path, session };
    }
    return undefined;
  };

  /**
   * The session a device's request may act on: the one of the id whose token the request bears
   * (`Authorization: Bearer <token>`), or any session when it bears the emulator's key (whose
   * holder could create and delete sessions anyway: the console's buttons use it); unexpired and
   * unused either way. Otherwise the refusal, 401.
   */
  function authorize(id: string, { authorization, keyHolder }: DeviceCredential) {
    const token = authorization?.match(/^Bearer (.+)$/)?.[1];
    const found = find(id);
    // Refused as the emulator refuses a wrong key (faults.ts).
    const refuse = (why: string) => fail(401, "401", why);
    if (keyHolder) {
      if (!found) return refuse("The session is not found (or was deleted).");
    } else {
      if (!token)
        return refuse(
          "The session's token is missing: send it as Authorization: Bearer <authToken> (or the emulator's key as Ocp-Apim-Subscription-Key).",
        );
      if (!found || !timingSafeEqual(sha256(token), Buffer.from(found.session.tokenHash, "hex")))
        return refuse("The session's token is not this session's (or the session was deleted).");
    }
    if (now() >= found.session.expiresAt) return refuse("The session's token has expired.");
    if (found.session.attempts.length > 0)
      return refuse("The session's token was used: the session's attempt is done.");
    return found;
  }

  /**
   * Records the device's attempt on a session it is authorized for: its decision, and the image
   * it saw (bytes), if any; the session image kept when the session keeps its image.
   */
  function attempt(id: string, credential: DeviceCredential, decision: string, bytes: Buffer | undefined) {
    const found = authorize(id, credential);
    if ("status" in found) return found;
    const refused =
      bytes && bytesDetect?.body?.image && imageProblem(bytesDetect.body.image, bytesDetect.errorCodes ?? {}, bytes);
    if (refused) return refused;
    const { session, path } = found;
    const attemptId = session.attempts.length + 1;
    const sessionImageId = bytes && session.keepImage && imageRead ? imageIdOf(randomBytes(33)) : undefined;
    if (bytes && sessionImageId !== undefined)
      store.put(imagePathOf(sessionImageId), { $bytes: bytes.toString("base64"), $session: path });
    session.attempts.push({
      attemptId,
      decision,
      at: now(),
      runMs: livenessMs,
      digest: sha256(bytes ?? `${id}/${attemptId}/${decision}`)
        .toString("hex")
        .toUpperCase(),
      ...(bytes && { image: fingerprint(bytes) }),
      ...(sessionImageId !== undefined && { sessionImageId }),
      requestId: randomUUID(),
      contentLength: bytes?.length ?? 0,
    });
    store.changed(path);
    return { status: 202, body: { [found.kind.parameter]: id, attemptId } } satisfies Reply;
  }

  return {
    behaviour,
    around,
    /** The decisions a device may report (the spec's). */
    decisions,
    authorize,
    attempt,
    /** Every session, as the emulator's own listing shows it. */
    listing: () =>
      [...kinds.values()].flatMap((kind) =>
        store.page(kind.collection).flatMap(([id, record]) => {
          const session = record.$session as Session | undefined;
          if (!session) return [];
          const last = session.attempts.at(-1);
          const status = statusOf(session);
          return [
            {
              kind: kind.name,
              id,
              status,
              /** Whether an attempt runs now (its result is due). */
              running: isRunning(session),
              /** Whether the device's route takes its attempt now: none made yet, its token unexpired. */
              acceptsAttempt: session.attempts.length === 0 && now() < session.expiresAt,
              decision: isDone(session) && last ? last.decision : null,
              createdAt: new Date(session.createdAt).toISOString(),
              tokenExpiresAt: new Date(session.expiresAt).toISOString(),
              keepsImage: session.keepImage,
              verifies: session.reference !== undefined,
            },
          ];
        }),
      ),
  };
}

export type Sessions = ReturnType<typeof createSessions>;
