// What the emulator reads from the spec's roles when it starts, and a spec it cannot keep refused
// there, naming the operation and what it needs: the message a spec author adding an operation
// sees, rather than an emulator that answers wrongly. Each table below is the spec's own with one
// fact taken away, found by role, never by name.
import { type Operation, operations } from "@face-training/spec";
import { describe, expect, it } from "vitest";
import { childrenIn, listProperty, readRoles, resultItem, sessionRoleOf } from "../src/kinds.js";
import { error } from "../src/replies.js";
import { createSessions } from "../src/sessions.js";
import { memoryStore } from "../src/store.js";
import { createWrites } from "../src/writes.js";

/** The spec's operations, copied so that a test can take a fact away. */
const table = (): Operation[] => structuredClone(operations);
const trainable = (ops: Operation[]) => ops.find((o) => o.role.action === "train" && o.longRunning) as Operation;

describe("a spec the emulator cannot keep", () => {
  it("is refused when a person's path is not under its container's, naming the operation", () => {
    const ops = table();
    const container = ops.find((o) => o.role.resource === "person" && o.role.container)?.role.container;
    const persons = ops.filter((o) => o.role.resource === "person" && o.role.container === container);
    const [, segment] = (persons[0] as Operation).path.split("/");
    for (const o of persons) o.path = o.path.replace(`/${segment}/`, "/elsewhere/");
    const item = persons.find((o) => o.role.action !== "list" && /\}$/.test(o.path)) as Operation;
    expect(() => readRoles(ops)).toThrow(
      `${item.operationId}: the emulator needs a person's path under its container's`,
    );
  });

  it("is refused when a training's status operation has no notTrained code, naming the train", () => {
    const ops = table();
    const start = trainable(ops);
    const status = ops.find((o) => o.operationId === start.longRunning?.pollingOperationId) as Operation;
    delete status.errorCodes?.notTrained;
    expect(() => readRoles(ops)).toThrow(
      `${start.operationId}: the emulator needs its polling operation and that one's notTrained code`,
    );
    // Nor without the status operation at all.
    expect(() => readRoles(ops.filter((o) => o !== status))).toThrow(`${start.operationId}: the emulator needs`);
  });

  it("is refused when a container references persons and the spec has no directory of them", () => {
    const ops = table();
    const referencing = ops.find((o) => o.role.action === "create" && o.role.addPersonsProperty) as Operation;
    const withoutDirectory = ops.filter((o) => !(o.role.resource === "person" && !o.role.container));
    expect(() => readRoles(withoutDirectory)).toThrow(
      `${referencing.role.container}: the emulator needs the directory's persons its addPersonsProperty names`,
    );
  });

  it("is refused when a members answer has two lists, naming the operation", () => {
    const members = table().find((o) => o.role.action === "members") as Operation;
    expect(listProperty(members)).toMatch(/\w/);
    const schema = members.success.body?.schema as { properties: Record<string, unknown> };
    schema.properties.more = { type: "array", items: { type: "string" } };
    expect(() => listProperty(members)).toThrow(`${members.operationId}: the emulator needs one list property`);
  });

  it("is refused when an answer lists a child in two properties, naming both", () => {
    const { types } = readRoles(operations);
    const person = types.find((t) => t.resource === "person" && t.container) as (typeof types)[number];
    const face = types.find((t) => t.resource === "face" && t.parent === person) as (typeof types)[number];
    const schema = structuredClone(resultItem(person.operations.read?.[0] as Operation)) as {
      properties: Record<string, unknown>;
    };
    const listed = childrenIn(schema, face);
    expect(listed?.as).toBe("ids");
    schema.properties.copy = schema.properties[listed?.name as string];
    expect(() => childrenIn(schema, face)).toThrow(`${listed?.name} and copy: which is it?`);
  });
});

describe("a spec whose long-running writes the emulator cannot keep", () => {
  /** Builds the emulator's writes over a table and every operation's handler, as the emulator does when it starts. */
  const writesOver = (ops: Operation[]) => {
    const writes = createWrites({
      roles: readRoles(ops),
      operations: ops,
      store: memoryStore(),
      now: () => 0,
      queueMs: 0,
      runMs: 0,
      publicUrl: () => "",
      fail: error,
    });
    for (const o of ops) {
      writes.around(o, () => ({ status: 200 }));
      writes.behaviour(o);
    }
  };
  const polled = (ops: Operation[]) => {
    const write = ops.find((o) => o.longRunning?.locationHeader && o.role.action !== "train") as Operation;
    return [write, ops.find((o) => o.operationId === write.longRunning?.pollingOperationId) as Operation] as const;
  };

  it("is kept as it is", () => {
    expect(() => writesOver(table())).not.toThrow();
  });

  it("is refused when a write is polled by an operation that is no operationStatus, naming the write", () => {
    const ops = table();
    const [write, status] = polled(ops);
    status.role = { ...status.role, action: "read" };
    expect(() => writesOver(ops)).toThrow(
      `${write.operationId}: the emulator needs an operationStatus polling operation`,
    );
  });

  it("is refused when a status read has no notFound code, or its writes name no notStarted and running", () => {
    const ops = table();
    const [, status] = polled(ops);
    delete status.errorCodes?.notFound;
    expect(() => writesOver(ops)).toThrow(`${status.operationId}: the emulator needs its notFound error code`);
    const again = table();
    const [, read] = polled(again);
    for (const o of again.filter((o) => o.longRunning?.pollingOperationId === read.operationId)) {
      delete (o.longRunning as { running?: string }).running;
    }
    expect(() => writesOver(again)).toThrow(
      `${read.operationId}: the emulator needs the notStarted and running statuses of its writes' x-face-polling`,
    );
  });
});

describe("what the emulator reads from the roles", () => {
  it("keeps every container kind the spec declares, with its segment, persons, faces and training", () => {
    const { kinds } = readRoles(operations);
    const declared = new Set(operations.filter((o) => o.role.resource === "container").map((o) => o.role.container));
    expect(new Set(kinds.keys())).toEqual(declared);
    for (const kind of kinds.values()) {
      expect(kind.template).toBe(`/${kind.segment}/{${kind.parameter}}`);
      if (kind.persons) expect(kind.persons.template.startsWith(`${kind.template}/`)).toBe(true);
      const trains = operations.some((o) => o.role.action === "train" && o.role.container === kind.name);
      expect(Boolean(kind.training)).toBe(trains);
    }
  });
});

describe("a spec whose liveness sessions the emulator cannot keep", () => {
  /** Builds the emulator's sessions over a table, as the emulator does when it starts. */
  const sessionsOver = (ops: Operation[]) =>
    createSessions({ operations: ops, store: memoryStore(), now: () => 0, livenessMs: 0, fail: error });
  /** A session kind's read, the one whose answer lists its attempts (v1.2's), and that kind's create. */
  const kindOf = (ops: Operation[]) => {
    const read = ops.find(
      (o) =>
        o.role.resource === "session" &&
        o.role.action === "read" &&
        (o.success.body?.schema.properties as Record<string, unknown> | undefined)?.results,
    ) as Operation;
    const { session } = sessionRoleOf(read);
    const create = ops.find((o) => sessionRoleOf(o).session === session && o.role.action === "create");
    return { read, create: create as Operation };
  };
  /** The value at a path of keys in a schema, to take a fact away from. */
  const at = (schema: unknown, ...path: string[]) =>
    path.reduce((value, key) => (value as Record<string, unknown>)[key], schema) as Record<string, unknown>;
  const attempts = (read: Operation) =>
    at(read.success.body?.schema, "properties", "results", "properties", "attempts", "items", "properties");

  it("is kept as it is", () => {
    expect(sessionsOver(table()).decisions.length).toBeGreaterThan(0);
  });

  it("is refused when a kind's read has no notFound code, naming the kind", () => {
    const ops = table();
    const { read } = kindOf(ops);
    delete read.errorCodes?.notFound;
    expect(() => sessionsOver(ops)).toThrow(
      `Liveness sessions of kind ${sessionRoleOf(read).session}: the emulator needs their read, its id last, its notFound code`,
    );
  });

  it("is refused when no create gives its token's time to live a default, naming the create", () => {
    const ops = table();
    const { create } = kindOf(ops);
    const property = sessionRoleOf(create).timeToLiveProperty as string;
    for (const o of ops)
      delete (o.body?.schema.properties as Record<string, { default?: unknown }> | undefined)?.[property]?.default;
    expect(() => sessionsOver(ops)).toThrow(
      `${create.operationId}: the emulator needs a default for its timeToLiveProperty`,
    );
  });

  it("is refused when a read declares no statuses, or its attempts' status lacks the done one, naming the read", () => {
    const ops = table();
    const { read } = kindOf(ops);
    const { statuses } = read.role;
    delete read.role.statuses;
    expect(() => sessionsOver(ops)).toThrow(`${read.operationId}: the emulator needs the statuses its role declares`);

    const other = table();
    const again = kindOf(other).read;
    attempts(again).attemptStatus = { type: "string", enum: ["NotStarted", "Running"] };
    expect(() => sessionsOver(other)).toThrow(
      `${again.operationId}: its attempts' status has no ${statuses?.done}, its done status`,
    );
  });

  it("is refused when the decisions a device may report are not in the read's schema, naming the property", () => {
    const ops = table();
    const { read } = kindOf(ops);
    at(attempts(read), "result", "properties").livenessDecision = { type: "string" };
    expect(() => sessionsOver(ops)).toThrow(
      "The emulator needs the values of livenessDecision in the session's schema",
    );
  });
});
