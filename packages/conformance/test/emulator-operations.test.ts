// Every operation of the table, through the packed client, against the emulator started from its
// command line as `pnpm emulator` starts it; every answer checked against the committed OpenAPI.
// Table-driven: what an operation needs first (its container, person, face) is found from the
// path templates and made by the operation that creates it, so a new operation is covered
// without a new test; an operation only in some API versions is called by a client of its first.
// A long-running write that names its status by a URL (`locationHeader`) is waited on from that
// URL, and a status read by such a URL is read from a write's. Then the enroll → train workflow
// of each trainable kind, end to end.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { FaceClient } from "@face-training/client";
import { type Operation, operations } from "@face-training/spec";
import { spawnListening } from "@face-training/test-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkingFetch } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";
import { argumentsOf, image } from "./support/samples.js";

const bin = fileURLToPath(import.meta.resolve("@face-training/emulator").replace(/index\.js$/, "bin.js"));
let child: ChildProcess;
let packed: typeof import("@face-training/client");
let client: FaceClient;
/** The emulator's address. */
let url: string;
/** A client of each API version, for the operations the default version lacks. */
const clients = new Map<string, FaceClient>();
const problems: string[] = [];

beforeAll(async () => {
  // A training waits 1 s queued, so that a second one sent at once finds it unfinished.
  ({ child } = await spawnListening(process.execPath, [
    bin,
    ...["--port", "0", "--key", "table-key", "--queue-ms", "1000", "--training-ms", "50"],
    ...["--operation-queue-ms", "0", "--operation-ms", "20", "--liveness-ms", "20"],
  ]).then(async (started) => {
    packed = await importPackedClient();
    url = started.url;
    client = packed.createFaceClient({
      endpoint: started.url,
      credential: { key: "table-key" },
      fetch: checkingFetch(problems),
      retry: false,
    });
    for (const apiVersion of new Set(operations.flatMap((o) => o.versions ?? []))) {
      clients.set(
        apiVersion,
        packed.createFaceClient({
          endpoint: started.url,
          credential: { key: "table-key" },
          fetch: checkingFetch(problems),
          retry: false,
          apiVersion,
        }),
      );
    }
    return started;
  }));
});
afterAll(async () => {
  child.kill("SIGTERM");
  if (child.exitCode === null) await once(child, "exit");
});
beforeEach(() => {
  problems.length = 0;
});

/** The operation of each method name: its own, its waiter's, its iterator's. */
const byName = new Map(
  operations.flatMap((o) =>
    [o.name, o.longRunning?.waiterName, o.paging?.iteratorName].flatMap((name) => (name ? [[name, o] as const] : [])),
  ),
);
// biome-ignore lint/suspicious/noExplicitAny: the methods are called by their names in the table
const method = (name: string): ((...args: unknown[]) => any) => {
  // The default version's client, or for an operation it lacks, one of the operation's first version.
  const versions = byName.get(name)?.versions;
  const by = versions && !versions.includes(packed.DEFAULT_API_VERSION) ? clients.get(versions[0] as string) : client;
  const found = (by as unknown as Record<string, unknown>)[name];
  if (typeof found !== "function") throw new Error(`The packed client has no method ${name}`);
  return found as (...args: unknown[]) => unknown;
};
const byId = new Map(operations.map((o) => [o.operationId, o]));

/**
 * The operation that makes what a path parameter names: a PUT on the item's path (the caller
 * picks the id), or a POST on its collection that answers the id.
 */
function creatorOf(operation: Operation, parameter: string): Operation {
  const item = operation.path.slice(0, operation.path.indexOf(`{${parameter}}`) + parameter.length + 2);
  const collection = item.slice(0, item.lastIndexOf("/"));
  const creator =
    (operation.method === "PUT" && operation.path === item ? operation : undefined) ??
    operations.find((o) => o.method === "PUT" && o.path === item) ??
    operations.find(
      (o) =>
        o.method === "POST" &&
        o.path === collection &&
        (o.success.body?.schema.properties as Record<string, unknown> | undefined)?.[parameter],
    );
  if (!creator) throw new Error(`${operation.operationId}: no operation of the table creates {${parameter}}`);
  return creator;
}

let fresh = 0;
/** Makes everything an operation's path names, in the order of its path; the values of its path parameters. */
async function prepare(operation: Operation, given: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = { ...given };
  // A status read by the URL a write answers with: its ids are that URL's.
  const start = startedBy(operation);
  if (start?.longRunning?.locationHeader) {
    const location = await written(start);
    const template = operation.path.split("/");
    const segments = new URL(location).pathname.split("/").slice(-template.length);
    template.forEach((part, i) => {
      if (part.startsWith("{")) values[part.slice(1, -1)] = segments[i];
    });
    return values;
  }
  for (const parameter of operation.parameters.filter((p) => p.in === "path" && !(p.name in given))) {
    // A parameter of known values (a recognition model) names no resource: a sampled value.
    if (parameter.schema.enum || parameter.schema.anyOf) continue;
    // A session's image: made by a device's attempt.
    if (operation.role.resource === "sessionImage") {
      values[parameter.name] = await sessionImage();
      continue;
    }
    const creator = creatorOf(operation, parameter.name);
    if (creator.method === "PUT") {
      values[parameter.name] = `table-${++fresh}`;
      if (creator !== operation) await method(creator.name)(...argumentsOf(creator, values));
    } else {
      values[parameter.name] = (await method(creator.name)(...argumentsOf(creator, values)))[parameter.name];
    }
  }
  return values;
}

/** Container id parameters (`personGroupId`), with the operation that creates that container (empty). */
const containers = new Map(
  operations.flatMap((o) => {
    const [, parameter] = o.path.match(/^\/\w+\/\{(\w+)\}$/) ?? [];
    return o.method === "PUT" && parameter && !o.role.addPersonsProperty ? [[parameter, o] as const] : [];
  }),
);

/**
 * Runs a long-running write that answers the URL of its status (`locationHeader`), what it needs
 * made first, and waits for it to end; the URL.
 */
async function written(write: Operation): Promise<string> {
  const path = await prepare(write);
  const result = await method(write.name)(...argumentsOf(write, path));
  const location = result[write.longRunning?.locationProperty as string];
  await ended(write, [location, {}]);
  return location;
}

/** A person of the directory (no container) with a face, both written and waited on; its id. */
async function directoryPerson(): Promise<string> {
  const create = operations.find(
    (o) => o.role.action === "create" && o.role.resource === "person" && !o.role.container,
  );
  const add = operations.find(
    (o) => o.role.action === "create" && o.role.resource === "face" && !o.role.container && o.body?.image,
  );
  if (!create || !add) throw new Error("No operation of the table creates a directory person and its face");
  // Its id: the property of the create's result that names it (its path parameter under the add).
  const idName = create.success.body?.schema.required?.[0] as string;
  const person = await method(create.name)(...argumentsOf(create));
  await ended(create, [person[create.longRunning?.locationProperty as string], {}]);
  const face = await method(add.name)(...argumentsOf(add, { [idName]: person[idName] }));
  await ended(add, [face[add.longRunning?.locationProperty as string], {}]);
  return person[idName];
}

/**
 * A container made ready for recognition: created, holding a face (and the person it belongs
 * to, where faces belong to persons), trained if its kind trains. The ids, by parameter name.
 */
async function enrolled(create: Operation, parameter: string): Promise<Record<string, unknown>> {
  const given = { [parameter]: `table-${++fresh}` };
  await method(create.name)(...argumentsOf(create, given));
  const add = operations.find((o) => o.body?.image && o.path.startsWith(`${create.path}/`));
  const values = add ? await prepare(add, given) : given;
  if (add) await method(add.name)(...argumentsOf(add, values));
  const train = operations.find((o) => o.longRunning && o.path.startsWith(`${create.path}/`));
  if (train) {
    await method(train.name)(...argumentsOf(train, values));
    await ended(train, argumentsOf(train, values));
  }
  return values;
}

/**
 * The id of an image a liveness session kept: a session created to keep its image, whose device
 * attempt (the emulator's own route, with the session's token) sent one; read once it succeeded.
 */
async function sessionImage(): Promise<string> {
  const create = operations.find(
    (o) => o.role.action === "create" && o.role.keepImageProperty && o.body?.kind === "json",
  );
  const read = operations.find((o) => o.role.action === "read" && o.role.session === create?.role.session);
  if (!create || !read) throw new Error("No operation of the table creates a liveness session that keeps its image");
  const [body, options] = argumentsOf(create) as [Record<string, unknown>, object];
  const session = await method(create.name)({ ...body, [create.role.keepImageProperty as string]: true }, options);
  const attempt = await fetch(`${url}/emulator/liveness-sessions/${session.sessionId}/attempts`, {
    method: "POST",
    headers: { authorization: `Bearer ${session.authToken}`, "content-type": "application/json" },
    body: JSON.stringify({ decision: "realface", image: Buffer.from(image(2048)).toString("base64") }),
  });
  expect(attempt.status).toBe(202);
  for (;;) {
    const { results } = await method(read.name)(session.sessionId);
    const id = results.attempts[0]?.result?.sessionImageId;
    if (id) return id;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A face id, from the operation that detects faces in an image (an image body, no path). */
async function detectedFaceId(): Promise<unknown> {
  const detect = operations.find((o) => o.body?.image && !o.parameters.some((p) => p.in === "path"));
  if (!detect) throw new Error("No operation of the table detects faces in an image");
  const [face] = await method(detect.name)(...argumentsOf(detect));
  return face.faceId;
}

/**
 * What a JSON body refers to, made first: the containers it names (ready for recognition, and
 * the person in it when it names one too), and faces detected for the face ids it carries.
 */
async function prepareBody(operation: Operation): Promise<Record<string, unknown>> {
  const schema = operation.body?.kind === "json" ? operation.body.schema : undefined;
  const required = (schema?.required as string[] | undefined) ?? [];
  const values: Record<string, unknown> = {};
  for (const name of required) {
    const create = containers.get(name);
    if (create) Object.assign(values, await enrolled(create, name));
  }
  // The directory persons its role names: those it identifies among, references, or verifies against.
  const { personsProperty, addPersonsProperty, personProperty, container } = operation.role;
  for (const name of [personsProperty, addPersonsProperty, container ? undefined : personProperty]) {
    const property = name ? (schema?.properties as Record<string, { type?: string }> | undefined)?.[name] : undefined;
    if (!name || !property) continue;
    const personId = await directoryPerson();
    values[name] = property?.type === "array" ? [personId] : personId;
  }
  // The session image it detects in.
  if (operation.role.sessionImageProperty) values[operation.role.sessionImageProperty] = await sessionImage();
  for (const name of required) {
    const property = (schema?.properties as Record<string, { type?: string }> | undefined)?.[name];
    if (values[name] !== undefined || !/^faceId/.test(name)) continue;
    const faceId = await detectedFaceId();
    values[name] = property?.type === "array" ? [faceId] : faceId;
  }
  return values;
}

/** The long-running operation whose status an operation reads, if it is a polling operation. */
const startedBy = (operation: Operation) =>
  operations.find((o) => o.longRunning?.pollingOperationId === operation.operationId);

/** Waits for a long-running operation to end, either way: a failure is an answer too (by its URL when it answers one: `[url, options]`). */
async function ended(start: Operation, args: unknown[]) {
  const waiter = start.longRunning?.waiterName ?? "";
  return method(waiter)(...args.slice(0, -1), { intervalMs: 20 }).catch((error: unknown) => {
    if (error instanceof packed.OperationFailedError) return error.result;
    throw error;
  });
}

describe("every operation of the table, through the packed client, against the emulator's command line", () => {
  it.for(operations.map((o) => [o.operationId, o] as const))("%s", async ([, operation]) => {
    const path = await prepare(operation);
    const args = argumentsOf(operation, path);
    const references = await prepareBody(operation);
    const bodyAt = operation.parameters.filter((p) => p.in === "path").length;
    if (Object.keys(references).length) args[bodyAt] = { ...(args[bodyAt] as object), ...references };
    const start = startedBy(operation);
    if (start && !start.longRunning?.locationHeader) {
      await method(start.name)(...argumentsOf(start, path));
      await ended(start, argumentsOf(start, path));
    }

    // It resolves with what its success answer holds: the body's JSON (an array where the spec
    // says one), the headers a body-less answer carries, or nothing. (Each answer is also checked
    // against the OpenAPI: `problems`.)
    const result = await method(operation.name)(...args);
    const success = operation.success;
    const headers = success.headers.filter((h) => h.required);
    if (success.body) expect(Array.isArray(result), "an array result").toBe(success.body.schema.type === "array");
    else if (headers.length) expect(Object.keys(result ?? {}).length).toBe(headers.length);
    else expect(result).toBeUndefined();

    // A write that answers the URL of its status ends, having succeeded.
    const location = operation.longRunning?.locationProperty;
    if (location) {
      const final = await ended(operation, [result[location], {}]);
      expect(operation.longRunning?.succeeded).toContain(final[operation.longRunning?.statusProperty as string]);
    }

    // What the call did, by its role, seen from the other operations on its path.
    const codes = operation.errorCodes ?? {};
    const { action, resource } = operation.role;
    if (action === "create" && codes.alreadyExists) {
      await expect(method(operation.name)(...args)).rejects.toMatchObject(codes.alreadyExists);
    }
    if (action === "delete") {
      const read = operations.find(
        (o) => o.role.action === "read" && o.role.resource === resource && o.path === operation.path,
      );
      if (read?.errorCodes?.notFound) {
        await expect(method(read.name)(...argumentsOf(read, path))).rejects.toMatchObject(read.errorCodes.notFound);
      }
    }
    if (action === "train") {
      const { longRunning } = operation;
      if (!longRunning) throw new Error(`${operation.operationId} trains, so it must be long-running`);
      if (codes.trainingNotFinished) {
        await expect(method(operation.name)(...args)).rejects.toMatchObject(codes.trainingNotFinished);
      }
      // The container holds nothing: its training fails, saying so, and the waiter ends with
      // what the status operation then reads.
      const final = await ended(operation, args);
      expect(longRunning.failed).toContain(final[longRunning.statusProperty]);
      expect(final.message).toMatch(/no persisted face/);
      const polling = byId.get(longRunning.pollingOperationId) as Operation;
      await expect(method(polling.name)(...argumentsOf(polling, path))).resolves.toEqual(final);
    }
    expect(problems).toEqual([]);
  });
});

// The workflow a user runs, for each kind that trains: enroll, page, train, wait, read, delete.
describe.each([
  ["PersonGroup", true],
  ["LargePersonGroup", true],
  ["LargeFaceList", false],
] as const)("the %s workflow, through the packed client, against the emulator's command line", (kind, persons) => {
  it("creates, enrolls from bytes and a URL, pages, trains, waits, reads the status, deletes", async () => {
    const id = `workflow-${kind.toLowerCase()}`;
    await method(`create${kind}`)(id, { name: kind, userData: "workflow" });
    const faceIds: string[] = [];
    const owners: string[] = [];
    for (const name of ["ann", "bob", "cyd"]) {
      const at = persons ? [id, (await method(`create${kind}Person`)(id, { name })).personId] : [id];
      owners.push(at.at(-1));
      const face = persons ? `add${kind}PersonFace` : `add${kind}Face`;
      faceIds.push((await method(face)(...at, image(4096), { userData: name })).persistedFaceId);
      faceIds.push((await method(`${face}FromUrl`)(...at, { url: `https://example.com/${name}.jpg` })).persistedFaceId);
    }
    // Listed page by page, two at a time, in the order of their ids.
    const listed: string[] = [];
    const iterator = persons ? `iterate${kind}Persons` : `iterate${kind}Faces`;
    for await (const entry of method(iterator)(id, { top: 2 }))
      listed.push(persons ? entry.personId : entry.persistedFaceId);
    expect(listed).toEqual(persons ? [...owners].sort() : [...faceIds].sort());

    await method(`train${kind}`)(id);
    const result = await method(`waitForTrain${kind}`)(id, { intervalMs: 25 });
    expect(result.status).toBe("succeeded");
    const status = await method(`get${kind}TrainingStatus`)(id);
    expect(status).toMatchObject({
      status: "succeeded",
      lastSuccessfulTrainingDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(Date.parse(status.lastSuccessfulTrainingDateTime)).toBeGreaterThan(Date.parse(status.createdDateTime));

    await method(`delete${kind}`)(id);
    const gone = await method(`get${kind}`)(id).catch((error: unknown) => error);
    expect(gone).toBeInstanceOf(packed.FaceApiError);
    expect(gone).toMatchObject({ status: 404, code: `${kind}NotFound` });
    await expect(method(`get${kind}TrainingStatus`)(id)).rejects.toMatchObject({ code: `${kind}NotFound` });
    expect(problems).toEqual([]);
  });
});

// What training is for: enroll two people, train, then recognize a new upload of an enrolled
// image as its person, and a stranger as nobody; verify and find-similar agree.
describe.each([
  ["PersonGroup", "personGroupId"],
  ["LargePersonGroup", "largePersonGroupId"],
] as const)(
  "recognition against a %s, through the packed client, against the emulator's command line",
  (kind, idName) => {
    it("identifies an enrolled image as its person and a stranger as nobody; verify and find-similar agree", async () => {
      const id = `recognize-${kind.toLowerCase()}`;
      const [ann, ben, stranger] = [image(4096), image(4096), image(4096)];
      ben[100] = 1;
      stranger[100] = 2;
      await method(`create${kind}`)(id, { name: kind, recognitionModel: "recognition_04" });
      const persons: string[] = [];
      for (const [name, photo] of [
        ["Ann", ann],
        ["Ben", ben],
      ] as const) {
        const { personId } = await method(`create${kind}Person`)(id, { name });
        await method(`add${kind}PersonFace`)(id, personId, photo, { detectionModel: "detection_03" });
        persons.push(personId);
      }
      const detected = async (photo: Uint8Array<ArrayBuffer>) => {
        const options = { detectionModel: "detection_03", recognitionModel: "recognition_04", returnFaceId: true };
        const [face] = await method("detect")(photo.slice(), options);
        return face.faceId as string;
      };
      const [annAgain, strangerFace] = [await detected(ann), await detected(stranger)];
      // Not trained yet: the error says which container, and how to train it.
      const untrained = await method(`identifyFrom${kind}`)({ faceIds: [annAgain], [idName]: id }).catch(
        (e: unknown) => e,
      );
      expect(untrained).toBeInstanceOf(packed.FaceApiError);
      expect(untrained).toMatchObject({ status: 400, code: `${kind}NotTrained` });
      expect((untrained as Error).message).toContain(
        `${idName} "${id}" is not trained: call train${kind}("${id}"), then waitForTrain${kind}("${id}")`,
      );

      await method(`train${kind}`)(id);
      await method(`waitForTrain${kind}`)(id, { intervalMs: 25 });
      const identified = await method(`identifyFrom${kind}`)({ faceIds: [annAgain, strangerFace], [idName]: id });
      expect(identified).toEqual([
        { faceId: annAgain, candidates: [{ personId: persons[0], confidence: expect.any(Number) }] },
        { faceId: strangerFace, candidates: [] },
      ]);
      await expect(
        method(`verifyFrom${kind}`)({ faceId: annAgain, [idName]: id, personId: persons[0] }),
      ).resolves.toMatchObject({ isIdentical: true });
      await expect(
        method(`verifyFrom${kind}`)({ faceId: strangerFace, [idName]: id, personId: persons[0] }),
      ).resolves.toMatchObject({ isIdentical: false });
      const benFace = await detected(ben);
      await expect(
        method("findSimilar")({ faceId: annAgain, faceIds: [benFace, await detected(ann)] }),
      ).resolves.toEqual([{ faceId: expect.not.stringMatching(benFace), confidence: expect.any(Number) }]);
      await expect(method("verifyFaceToFace")({ faceId1: annAgain, faceId2: benFace })).resolves.toMatchObject({
        isIdentical: false,
      });
      expect(problems).toEqual([]);
    });
  },
);
