// The long-running operations: a container's training, started by its train operation and read
// by that operation's polling operation, on the emulator's clock. A training learns what the
// container holds when it starts (a snapshot), which is what recognition against the container
// matches once it has succeeded. Its state is kept in the container's record (`$training`), so
// that deleting the container forgets it, and a container created again starts untrained.
import { createHash } from "node:crypto";
import type { LongRunning, Operation } from "@face-training/spec";
import { type ContainerKind, fill, type Roles } from "./kinds.js";
import { error, type Handler, type Incoming, type Reply } from "./replies.js";
import type { Face, Resources } from "./resources.js";

/**
 * A seed's options beyond its kind and id, as a JSON Schema: what the admin route validates its
 * body by, and the command line a seed file's entries (`seedProblem`).
 */
export const SEED_OPTIONS = {
  outcome: { enum: ["succeeded", "failed"] },
  message: { type: "string" },
  trainingMs: { type: "number", minimum: 0 },
} as const;

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

/**
 * What is wrong with a seed read from a file (by `SEED_OPTIONS`), or undefined: its kind and id
 * are strings, its options of their type, in their values, not below their minimum.
 */
export function seedProblem(seed: unknown): string | undefined {
  if (!seed || typeof seed !== "object" || Array.isArray(seed)) return "a seed is an object";
  const fields = seed as Record<string, unknown>;
  for (const name of ["kind", "id"]) if (typeof fields[name] !== "string") return `its ${name} is a string`;
  for (const [name, rule] of Object.entries(SEED_OPTIONS) as [string, Record<string, unknown>][]) {
    const value = fields[name];
    if (value === undefined) continue;
    const enumeration = rule.enum as unknown[] | undefined;
    if (enumeration && !enumeration.includes(value)) return `its ${name} is one of ${enumeration.join(", ")}`;
    if (rule.type && typeof value !== rule.type) return `its ${name} is a ${rule.type}`;
    if (typeof rule.minimum === "number" && (value as number) < rule.minimum)
      return `its ${name} is at least ${rule.minimum}`;
  }
  return undefined;
}

export interface TrainingOptions {
  resources: Resources;
  roles: Roles;
  now: () => number;
  /** How long a training runs, and waits as `notStarted` before it runs, in ms. */
  trainingMs: number;
  queueMs: number;
  /** The URL clients reach the emulator at, for `Operation-Location`. */
  publicUrl: () => string;
}

export function createTraining({ resources, roles, now, trainingMs, queueMs, publicUrl }: TrainingOptions) {
  /** The kinds that train, by segment: the kinds a seed names. */
  const kinds = new Map([...roles.kinds.values()].flatMap((kind) => (kind.training ? [[kind.segment, kind]] : [])));
  const trainingAt = (path: string) => resources.get(path)?.$training as Container | undefined;
  const kindOf = (container: Container) => kinds.get(container.kind) as ContainerKind;
  const pathOf = (kind: ContainerKind, id: string) => fill(kind.template, { [kind.parameter]: id });

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
    const path = pathOf(kind, seed.id);
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
  const keep = (container: Container) => resources.changed(pathOf(kindOf(container), container.id));

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
    const phase = elapsed < queued ? "notStarted" : elapsed < queued + duration ? "running" : current.outcome;
    // Answered as its train's x-face-polling names the phase.
    const ending = kindOf(container).training?.start.longRunning as LongRunning;
    const status = phase === "succeeded" ? ending.succeeded[0] : phase === "failed" ? ending.failed[0] : ending[phase];
    const endedAt = started + queued + duration;
    if (phase === "succeeded" && container.lastSuccessAt !== endedAt) {
      container.lastSuccessAt = endedAt;
      container.trained = { items: current.items, version: current.version, learnt: current.learnt };
      keep(container);
    }
    const ended = phase === current.outcome;
    return {
      phase,
      status,
      createdDateTime: serviceTime(started),
      lastActionDateTime: serviceTime(ended ? endedAt : started),
      ...(container.lastSuccessAt !== undefined && {
        // The same success has the same id, across reads and restarts.
        lastSuccessfulTrainingId: uuidOf(`${container.kind}/${container.id}@${container.lastSuccessAt}`),
        lastSuccessfulTrainingDateTime: serviceTime(container.lastSuccessAt),
      }),
      ...(phase === "failed" && ending.messageProperty && { [ending.messageProperty]: current.message }),
    };
  };
  const isTraining = (container: Container | undefined) => {
    const phase = container && statusOf(container)?.phase;
    return phase === "notStarted" || phase === "running";
  };

  /** Starts a training of a container: it learns what the container holds now. */
  const startTraining = (container: Container) => {
    const kind = kindOf(container);
    const path = pathOf(kind, container.id);
    statusOf(container); // settle the last one first: its success stays reported
    const learnt = [...resources.facesUnder(path)];
    const outcome = container.outcome ?? (learnt.length > 0 ? "succeeded" : "failed");
    const message =
      outcome === "failed"
        ? (container.message ??
          `There is no persisted face in the ${kind.label.toLowerCase()} '${container.id}' to train with.`)
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
  const containerFor = (kind: ContainerKind, params: Record<string, string>): Container | Reply => {
    const id = params[kind.parameter] ?? "";
    const path = pathOf(kind, id);
    const notFound = kind.notFound ?? { status: 404, code: "NotFound" };
    if (!resources.has(path)) return error(notFound.status, notFound.code, `${kind.label} '${id}' is not found.`);
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
  const unlessTraining = (operation: Operation, handle: Handler): Handler => {
    const code = operation.errorCodes?.trainingNotFinished;
    const kind = roles.containerInPath(operation);
    if (!code || !kind) return handle;
    return (incoming: Incoming): Reply => {
      const id = incoming.params[kind.parameter] ?? "";
      if (!isTraining(trainingAt(pathOf(kind, id)))) return handle(incoming);
      return error(
        code.status,
        code.code,
        `${kind.label} '${id}' is under training. Try again after the training has finished.`,
      );
    };
  };

  /** The handler of a train or training-status operation, or undefined. */
  const behaviour = (operation: Operation): Handler | undefined => {
    const { action } = operation.role;
    const kind = roles.kindOf(operation);
    const training = kind?.training;
    if (!kind || !training) return undefined;
    if (action === "train") {
      return ({ params }) => {
        const container = containerFor(kind, params);
        if (!("kind" in container)) return container;
        startTraining(container);
        const location = fill(training.status.path, params);
        return {
          status: operation.success.status as number,
          headers: {
            "Operation-Location": `${publicUrl()}/face/${params.apiVersion}${location}`,
            "Access-Control-Expose-Headers": "Operation-Location",
          },
        };
      };
    }
    if (action === "trainingStatus") {
      return ({ params }) => {
        const container = containerFor(kind, params);
        if (!("kind" in container)) return container;
        container.statusRequests += 1;
        keep(container);
        const result = statusOf(container);
        if (!result) {
          const code = operation.errorCodes?.notTrained ?? training.notTrained;
          return error(code.status, code.code, `${kind.label} '${container.id}' is not trained.`);
        }
        const { phase: _, ...body } = result;
        return { status: operation.success.status as number, body };
      };
    }
    return undefined;
  };

  return {
    /** The kinds a seed can name: the segments of the kinds that train. */
    kinds: [...kinds.keys()],
    addContainer,
    behaviour,
    unlessTraining,
    /** What the last successful training of a container learnt, and whether one runs now. */
    training: (kind: ContainerKind, id: string) => {
      const container = trainingAt(pathOf(kind, id));
      if (container) statusOf(container); // settle a training that has ended
      return { ...(container?.trained && { learnt: container.trained.learnt }), running: isTraining(container) };
    },
    /** Every container with a training, as the emulator's own listing shows it. */
    listing: () =>
      [...resources.containers()]
        .flatMap(([, record]) => (record.$training ? [record.$training as Container] : []))
        .map((c) => {
          const path = pathOf(kindOf(c), c.id);
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
  };
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
