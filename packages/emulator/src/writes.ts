// Long-running writes (the person directory's): an operation whose `x-face-polling` names a
// `locationHeader` is applied when it is accepted, as durably as any other change (on disk before
// its answer with a data file), and answered with its success status and that header: the URL of
// its polling operation (an `operationStatus` role, read from the table), its path template
// filled with the write's own path parameters and a fresh id for the last. The write's status is
// a record at that path, kept in the store with the rest, so it survives a restart too.
//
// On the emulator's clock, a status is `notStarted` for `operationQueueMs`, `running` for
// `operationMs` after, then the write's `succeeded` value (the role's), with `createdTime`,
// `lastActionTime` and, once ended, `finishedTime`. A write that creates or updates something
// fails (its `failed` value, with a `message`) when that thing, or what it is in, is deleted
// before the write has finished: an added face whose person is deleted meanwhile, a dynamic
// person group's change when the group is deleted meanwhile. A delete does not fail.
//
// An unknown or malformed operation id is the polling operation's `notFound`. Statuses are kept
// as long as the data (the service forgets them after 48 hours).
import { randomUUID } from "node:crypto";
import type { LongRunning, Operation } from "@face-training/spec";
import { fill, lastParameter, type Roles } from "./kinds.js";
import type { Handler, Incoming, Reply } from "./replies.js";
import type { Store } from "./store.js";

type Fail = (status: number, code: string, message: string) => Reply;

/** A write's status, as its record keeps it. */
interface Write {
  /** When it was accepted, and its times then (a restart with other options changes later ones only). */
  acceptedAt: number;
  queueMs: number;
  runMs: number;
  /** What it created or updated, by concrete path: its failure when that is deleted before it ends. */
  target?: string;
  /** When it failed, and why. */
  failedAt?: number;
  message?: string;
}

export interface WritesOptions {
  roles: Roles;
  operations: readonly Operation[];
  store: Store;
  now: () => number;
  queueMs: number;
  runMs: number;
  publicUrl: () => string;
  fail: Fail;
}

const isSuccess = (reply: Reply) => reply.status >= 200 && reply.status < 300;

export function createWrites({ roles, operations, store, now, queueMs, runMs, publicUrl, fail }: WritesOptions) {
  const byId = new Map(operations.map((o) => [o.operationId, o]));
  /** The status operations of the writes, and how each write ends (its `x-face-polling`). */
  const pollingOf = (operation: Operation) => {
    const polling = operation.longRunning?.locationHeader && byId.get(operation.longRunning.pollingOperationId);
    if (!polling) return undefined;
    const parameter = lastParameter(polling.path);
    if (polling.role.action !== "operationStatus" || !parameter) {
      throw new Error(
        `${operation.operationId}: the emulator needs an operationStatus polling operation with the id last in its path`,
      );
    }
    return { polling, parameter };
  };
  /** How the writes a status operation reads end, from the first write polled by it. */
  const endingOf = (status: Operation): LongRunning | undefined =>
    operations.find((o) => o.longRunning?.pollingOperationId === status.operationId)?.longRunning;

  /** The writes not ended yet (by record path → target), for failing those whose target is deleted. */
  const pending = new Map<string, string>();
  const ended = (write: Write, at: number) =>
    write.failedAt !== undefined ? write.failedAt <= at : at >= write.acceptedAt + write.queueMs + write.runMs;
  for (const status of operations.filter((o) => o.role.action === "operationStatus")) {
    const parameter = lastParameter(status.path);
    if (!parameter) continue;
    const collection = status.path.slice(0, -`/{${parameter}}`.length);
    for (const [id, record] of store.page(fill(collection, {}))) {
      const write = record.$write as Write | undefined;
      if (write?.target && !ended(write, now()))
        pending.set(`${fill(collection, {})}/${encodeURIComponent(id)}`, write.target);
    }
  }

  /** What a write created or updated (its concrete path), from its role and answer. */
  const targetOf = (operation: Operation, incoming: Incoming, reply: Reply): string | undefined => {
    const type = roles.typeOf(operation);
    const { action } = operation.role;
    if (!type || (action !== "create" && action !== "update")) return undefined;
    if (operation.path === type.template) return fill(type.template, incoming.params);
    const id = (reply.body as Record<string, unknown> | undefined)?.[type.parameter];
    return typeof id === "string" ? fill(type.template, { ...incoming.params, [type.parameter]: id }) : undefined;
  };

  /** Fails the writes not ended whose target is at or under a path just deleted. */
  const deleted = (path: string) => {
    const at = now();
    for (const [recordPath, target] of pending) {
      const record = store.get(recordPath);
      const write = record?.$write as Write | undefined;
      if (!write || ended(write, at)) {
        pending.delete(recordPath);
        continue;
      }
      if (target !== path && !target.startsWith(`${path}/`)) continue;
      write.failedAt = at;
      write.message = `What this operation wrote (${target}) was deleted before it finished.`;
      store.changed(recordPath);
      pending.delete(recordPath);
    }
  };

  /**
   * An operation's handler with what makes it a long-running write: its answer carries the
   * status URL, its status is kept; and a delete fails the writes under what it deletes.
   */
  function around(operation: Operation, handle: Handler): Handler {
    const type = roles.typeOf(operation);
    const deletes = operation.role.action === "delete" && type;
    const polled = pollingOf(operation);
    if (!polled && !deletes) return handle;
    const header = operation.longRunning?.locationHeader as string;
    // The answer's other URL header (`Location`): the URL of what a create on a collection made.
    const created = operation.success.headers.find(
      (h) => h.name.toLowerCase() !== header?.toLowerCase() && h.schema.format === "uri",
    );
    return (incoming) => {
      const reply = handle(incoming);
      if (!isSuccess(reply)) return reply;
      if (deletes) deleted(fill(type.template, incoming.params));
      if (!polled) return reply;
      const { polling, parameter } = polled;
      const recordPath = fill(polling.path, { ...incoming.params, [parameter]: randomUUID() });
      const target = targetOf(operation, incoming, reply);
      const write: Write = { acceptedAt: now(), queueMs, runMs, ...(target && { target }) };
      store.put(recordPath, { $write: write });
      if (target) pending.set(recordPath, target);
      const base = `${publicUrl()}/face/${incoming.params.apiVersion}`;
      const headers: Record<string, string> = { ...reply.headers, [header]: `${base}${recordPath}` };
      if (created && target && operation.path !== type?.template) headers[created.name] = `${base}${target}`;
      return { ...reply, headers };
    };
  }

  /** The handler of an `operationStatus` operation, or undefined. */
  function behaviour(operation: Operation): Handler | undefined {
    if (operation.role.action !== "operationStatus") return undefined;
    const ending = endingOf(operation);
    const parameter = lastParameter(operation.path);
    if (!ending || !parameter) return undefined;
    const [succeeded] = ending.succeeded;
    const [failed] = ending.failed;
    const { notStarted, running } = ending;
    const missing = operation.errorCodes?.notFound;
    if (!missing) throw new Error(`${operation.operationId}: the emulator needs its notFound error code`);
    if (notStarted === undefined || running === undefined) {
      throw new Error(
        `${operation.operationId}: the emulator needs the notStarted and running statuses of its writes' x-face-polling`,
      );
    }
    return ({ params }) => {
      const write = store.get(fill(operation.path, params))?.$write as Write | undefined;
      if (!write) return fail(missing.status, missing.code, `Operation '${params[parameter]}' is not found.`);
      const at = now();
      const started = write.acceptedAt + write.queueMs;
      const finished = write.failedAt ?? started + write.runMs;
      const status =
        write.failedAt !== undefined && at >= write.failedAt
          ? failed
          : at < started
            ? notStarted
            : at < finished
              ? running
              : succeeded;
      const over = status === succeeded || status === failed;
      return {
        status: operation.success.status as number,
        body: {
          [ending.statusProperty]: status,
          createdTime: iso(write.acceptedAt),
          lastActionTime: iso(over ? finished : at < started ? write.acceptedAt : started),
          ...(over && { finishedTime: iso(finished) }),
          ...(status === failed && ending.messageProperty && { [ending.messageProperty]: write.message }),
        },
      };
    };
  }

  return { around, behaviour };
}

const iso = (ms: number) => new Date(ms).toISOString();
