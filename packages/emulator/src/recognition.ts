// What the emulator recognizes, deterministically, by each operation's declared role
// (`x-face-role`: detect, identify, verify, findSimilar, group), never by its name or the shape of
// its result; the role also says which kind of container the body names, and by which property.
//
// - Detect answers one face per image. Its faceId stands for a fingerprint of the image (a hash
//   of its bytes, or of its URL, which is never fetched) and expires after `faceIdTimeToLive`;
//   its rectangle and landmarks are made from the fingerprint, its attributes (only those asked
//   for) are fixed placeholders made from their schemas.
// - Recognition matches fingerprints: a face detected in the same image bytes as a face added to
//   person P identifies as P, verifies as P, and is similar to that face, with confidence 0.95;
//   any other image matches nothing (confidence 0.05 where an answer needs one).
// - The role names the body's properties: the faces recognized (`faceProperty`), those compared
//   with (`otherFaceProperty`), the limit, the threshold and the mode; the request is read by
//   those, never by a property's name.
// - The container the role names in the body (`containerProperty`) must exist; one that
//   trains must have been trained, and what is matched is what its last successful training
//   learnt (faces added since do not count until it trains again), as on the service. A face list,
//   which does not train, is matched as it is now, as are a person's faces for verify.
// - Persons of the directory (no container, no training) are matched as they are now: those the
//   body lists (`personsProperty`, each one a directory person, else the operation's
//   `personNotFound`), those a referencing container names (a dynamic person group's members),
//   or the one it names for verify (`personProperty` without a container). Only their faces of
//   the query face's recognition model count: a directory face is kept under the values of its
//   path's partition parameters (kinds.ts), and a detected face remembers the values its detect
//   had of the parameters of those names.
// What it does not simulate: real face detection (every image holds exactly one face, even one
// that is no photograph), similarity between different images, and the attribute values.
import { randomUUID } from "node:crypto";
import { type JsonSchema, type Operation, openUnionValues } from "@face-training/spec";
import { askedBy, type ContainerKind, fill, type ResourceType, type Roles, resultItem } from "./kinds.js";
import { error, type Incoming, isReply, type Reply } from "./replies.js";
import { type Face, fingerprint } from "./resources.js";
import { type Faces, facesOf as indexed } from "./store.js";

type Fail = (status: number, code: string, message: string) => Reply;
type Body = Record<string, unknown>;

/** What recognition needs of the emulator's state. */
export interface RecognitionState {
  /** The spec's kinds of container and the resources in them. */
  roles: Roles;
  /** The 404 of the first missing item on the way to a resource's item (itself included), if any. */
  missing(type: ResourceType, params: Record<string, string>): Reply | undefined;
  /** The faces a container holds now. */
  facesUnder(path: string): Faces;
  /** What the last successful training of a container learnt, and whether one runs now. */
  training(kind: ContainerKind, id: string): { learnt?: Face[]; running: boolean };
  /** The persons a referencing container references (a dynamic person group's members). */
  membersOf(kind: ContainerKind, id: string): string[];
  /** The faces of an image's fingerprint in one collection (a directory person's of one recognition model). */
  facesIn(collection: string, image: string): Face[];
  now(): number;
  fail: Fail;
}

/** A face detected: its image's fingerprint, and its detect's parameter values (its recognition model). */
interface Detected {
  image: string;
  by: Record<string, string>;
}

/** The faces that match a detected face, each by its candidate's id (`item`). */
type Matcher = (face: Detected) => Face[];

/** A confidence that says "the same face", and one that says "another face". */
export const SAME = 0.95;
export const OTHER = 0.05;

const propertiesOf = (schema: JsonSchema | undefined): Record<string, JsonSchema> =>
  (schema?.properties as Record<string, JsonSchema> | undefined) ?? {};

export function createRecognition(state: RecognitionState) {
  const { fail } = state;
  /** Faces detected, by faceId: the fingerprint of their image and when they expire. */
  const detected = new Map<string, Detected & { expiresAt: number }>();
  const directory = state.roles.directory;

  /** The 404 (or the operation's `personNotFound`) of a directory person that does not exist. */
  function missingPerson(operation: Operation, personId: string): Reply | undefined {
    const persons = directory?.persons;
    if (!persons) return fail(400, "BadArgument", "The emulator has no person directory.");
    const absent = state.missing(persons, { [persons.parameter]: personId });
    const code = operation.errorCodes?.personNotFound;
    if (absent && code) return fail(code.status, code.code, `${persons.label} '${personId}' is not found.`);
    return absent;
  }

  /** A directory person's faces of a detected face's image, under its recognition model. */
  function directoryFaces(personId: string, face: Detected): Face[] {
    const persons = directory?.persons;
    const faces = directory?.faces;
    if (!persons || !faces) return [];
    // The values of the collection's partition parameters (its recognition model) are the query face's.
    const partition = Object.fromEntries(faces.partition.map((name) => [name, face.by[name] ?? ""]));
    const collection = fill(faces.collection, { ...partition, [persons.parameter]: personId });
    return state.facesIn(collection, face.image).map((f) => ({ ...f, item: personId }));
  }
  const amongPersons =
    (persons: string[]): Matcher =>
    (face) =>
      persons.flatMap((p) => directoryFaces(p, face));

  /** The container an operation's body names, by its role: its kind, the id, and its concrete path. */
  function containerOf(operation: Operation, body: Body) {
    const kind = state.roles.kindOf(operation);
    const { containerProperty } = operation.role;
    const id = containerProperty ? body[containerProperty] : undefined;
    if (!kind || typeof id !== "string") return undefined;
    return { kind, id, path: fill(kind.template, { [kind.parameter]: id }) };
  }

  /** A detected face by its faceId, or the operation's answer to one that is unknown or expired. */
  function faceOf(operation: Operation, faceId: unknown): Detected | Reply {
    const face = detected.get(String(faceId));
    if (face && face.expiresAt > state.now()) return face;
    detected.delete(String(faceId));
    const message = `Face '${String(faceId)}' is not found (unknown, or expired).`;
    // An operation that declares no code for it (group): a bad argument of its body.
    const code = operation.errorCodes?.faceNotFound;
    return code ? fail(code.status, code.code, message) : error(400, "BadArgument", message);
  }

  /**
   * The faces to match against a container: what its last training learnt if its kind trains,
   * what it holds now if not; or the service's answer when it is missing or not trained.
   */
  function facesOf(operation: Operation, body: Body, trained: boolean): Faces | Matcher | Reply {
    const container = containerOf(operation, body);
    if (!container) return fail(400, "BadArgument", "The request names no container.");
    const { kind, id } = container;
    const what = `${kind.label} '${id}'`;
    const missing = state.missing(kind, { [kind.parameter]: id });
    // The operation's own code when it has one (these answer a missing container 400), else the container's.
    const notFound = operation.errorCodes?.notFound;
    if (missing && !notFound) return missing;
    if (missing && notFound) return fail(notFound.status, notFound.code, `${what} is not found.`);
    if (kind.references) return amongPersons(state.membersOf(kind, id));
    if (!kind.training || !trained) {
      const faces = state.facesUnder(container.path);
      const empty = operation.errorCodes?.notReady;
      if (!faces.size && empty) return fail(empty.status, empty.code, `${what} is empty.`);
      return faces;
    }
    const { learnt, running } = state.training(kind, id);
    if (learnt) return indexed(learnt);
    // The operation's codes, else its container's (its train's and its training status's).
    const notTrained = operation.errorCodes?.notTrained ?? kind.training.notTrained;
    const underTraining = operation.errorCodes?.trainingNotFinished ?? kind.training.trainingNotFinished;
    const code = running && underTraining ? underTraining : notTrained;
    return fail(
      code.status,
      code.code,
      running
        ? `${what} is under training and has never been trained before: wait for the training to finish.`
        : `${what} is not trained.`,
    );
  }

  function detect(operation: Operation, item: JsonSchema) {
    return ({ query, body }: Incoming): Reply => {
      const image = fingerprint(body);
      const faceId = randomUUID();
      // What it was detected with (its recognition model, …), the request's or the spec's default.
      const by = Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === "query")
          .flatMap((p) => {
            const value = query[p.name] ?? p.schema.default;
            return typeof value === "string" ? [[p.name, value]] : [];
          }),
      );
      const ttl = Number(query.faceIdTimeToLive ?? parameterDefault(operation, "faceIdTimeToLive"));
      detected.set(faceId, { image, by, expiresAt: state.now() + ttl * 1000 });
      const face: Body = {};
      for (const [name, schema] of Object.entries(propertiesOf(item))) {
        // A property a query parameter asks for is there only when asked for; an array parameter
        // (`returnFaceAttributes`) names the parts of it to return.
        const ask = askedBy(operation, name);
        const asked = ask ? (query[ask.name] ?? ask.schema.default) : true;
        if (asked === false || asked === undefined || (Array.isArray(asked) && asked.length === 0)) continue;
        const value =
          name === "faceId"
            ? faceId
            : (schema.type === "string" || openUnionValues(schema)) && !schema.format
              ? (query[name] ?? parameterDefault(operation, name) ?? synthesized(schema, image))
              : synthesized(schema, image, Array.isArray(asked) ? asked.map(String) : undefined);
        face[name] = value;
      }
      return { status: operation.success.status as number, body: [face] };
    };
  }

  function identify(operation: Operation, item: JsonSchema) {
    const candidate = propertiesOf(item).candidates?.items as JsonSchema | undefined;
    const idName = Object.keys(propertiesOf(candidate)).find((name) => name !== "confidence");
    if (!idName)
      throw new Error(`${operation.operationId}: the emulator needs a candidate's id property in its result`);
    const { personsProperty } = operation.role;
    return ({ body }: Incoming): Reply => {
      const request = body as Body;
      // Among the directory persons the body lists, or the persons of the container it names.
      let match: Matcher;
      if (personsProperty) {
        const persons = facesIn(request, personsProperty).map(String);
        for (const personId of persons) {
          const absent = missingPerson(operation, personId);
          if (absent) return absent;
        }
        match = amongPersons(persons);
      } else {
        const faces = facesOf(operation, request, true);
        if (isReply(faces)) return faces;
        match = matcher(faces);
      }
      // No threshold given: every candidate counts.
      const threshold = Number(bodyValue(operation, request, operation.role.thresholdProperty) ?? 0);
      const max = limitOf(operation, request);
      const results = [];
      for (const faceId of facesIn(request, operation.role.faceProperty)) {
        const face = faceOf(operation, faceId);
        if (isReply(face)) return face;
        const matched = [...new Set(match(face).map((f) => f.item))];
        results.push({
          faceId,
          candidates: SAME >= threshold ? matched.slice(0, max).map((id) => ({ [idName]: id, confidence: SAME })) : [],
        });
      }
      return { status: operation.success.status as number, body: results };
    };
  }

  function verify(operation: Operation) {
    const { container: against, personProperty, faceProperty, otherFaceProperty } = operation.role;
    return ({ body }: Incoming): Reply => {
      const request = body as Body;
      let same: boolean;
      if (otherFaceProperty !== undefined) {
        // Face to face: the face and the other face its role names.
        const one = faceOf(operation, bodyValue(operation, request, faceProperty));
        const two = faceOf(operation, bodyValue(operation, request, otherFaceProperty));
        if (isReply(one)) return one;
        if (isReply(two)) return two;
        same = one.image === two.image;
      } else if (!against) {
        // A directory person (no container in its role).
        const face = faceOf(operation, bodyValue(operation, request, faceProperty));
        if (isReply(face)) return face;
        const personId = personProperty ? request[personProperty] : undefined;
        if (typeof personId !== "string") return fail(400, "BadArgument", "The request names no person.");
        const absent = missingPerson(operation, personId);
        if (absent) return absent;
        same = directoryFaces(personId, face).length > 0;
      } else {
        const face = faceOf(operation, bodyValue(operation, request, faceProperty));
        if (isReply(face)) return face;
        const faces = facesOf(operation, request, false);
        if (isReply(faces)) return faces;
        const match = matcher(faces);
        // The person its role names, one of the container's persons.
        const container = containerOf(operation, request);
        const persons = container?.kind.persons;
        const personId = personProperty ? request[personProperty] : undefined;
        if (!container || !persons || typeof personId !== "string")
          return fail(400, "BadArgument", "The request names no person.");
        const absent = state.missing(persons, {
          [container.kind.parameter]: container.id,
          [persons.parameter]: personId,
        });
        if (absent) return absent;
        same = match(face).some((f) => f.item === personId);
      }
      return {
        status: operation.success.status as number,
        body: { isIdentical: same, confidence: same ? SAME : OTHER },
      };
    };
  }

  function findSimilar(operation: Operation) {
    return ({ body }: Incoming): Reply => {
      const request = body as Body;
      const { faceProperty, otherFaceProperty, modeProperty, everyFaceMode } = operation.role;
      const face = faceOf(operation, bodyValue(operation, request, faceProperty));
      if (isReply(face)) return face;
      const max = limitOf(operation, request);
      const everyFace = modeProperty !== undefined && bodyValue(operation, request, modeProperty) === everyFaceMode;
      let scored: { id: Body; confidence: number }[];
      // Among the other faces of the body, or (its role names a container) in the container.
      if (!operation.role.container) {
        scored = [];
        for (const faceId of facesIn(request, otherFaceProperty)) {
          const other = faceOf(operation, faceId);
          if (isReply(other)) return other;
          scored.push({ id: { faceId }, confidence: other.image === face.image ? SAME : OTHER });
        }
      } else {
        const faces = facesOf(operation, request, true);
        if (isReply(faces)) return faces;
        if (typeof faces === "function") return fail(400, "BadArgument", "The container holds no faces of its own.");
        // By the index: the faces of the same image first (as they were added), then, for
        // matchFace, the others as they come, until there are enough.
        scored = faces.matching(face.image).map((f) => ({ id: { persistedFaceId: f.face }, confidence: SAME }));
        if (everyFace) {
          for (const f of faces) {
            if (scored.length >= max) break;
            if (f.image !== face.image) scored.push({ id: { persistedFaceId: f.face }, confidence: OTHER });
          }
        }
      }
      // matchPerson: only faces of the same person; matchFace: the most similar, whoever they are.
      const ranked = scored
        .filter((s) => everyFace || s.confidence === SAME)
        .sort((a, b) => b.confidence - a.confidence);
      return {
        status: operation.success.status as number,
        body: ranked.slice(0, max).map((s) => ({ ...s.id, confidence: s.confidence })),
      };
    };
  }

  function group(operation: Operation, item: JsonSchema) {
    // The faces with no similar counterpart go in the result's other property (`messyGroup`).
    const messyName = Object.keys(propertiesOf(item)).find((name) => name !== "groups");
    if (!messyName) throw new Error(`${operation.operationId}: the emulator needs a result property besides groups`);
    return ({ body }: Incoming): Reply => {
      const byImage = new Map<string, unknown[]>();
      for (const faceId of facesIn(body as Body, operation.role.faceProperty)) {
        const face = faceOf(operation, faceId);
        if (isReply(face)) return face;
        byImage.set(face.image, [...(byImage.get(face.image) ?? []), faceId]);
      }
      const all = [...byImage.values()];
      return {
        status: operation.success.status as number,
        body: { groups: all.filter((g) => g.length > 1), [messyName]: all.filter((g) => g.length === 1).flat() },
      };
    };
  }

  /** The handler of an operation that recognizes (by its role), or undefined. */
  function behaviour(operation: Operation): ((incoming: Incoming) => Reply) | undefined {
    const item = resultItem(operation);
    if (!item) return undefined;
    switch (operation.role.action) {
      case "detect":
        return detect(operation, item);
      case "identify":
        return identify(operation, item);
      case "verify":
        return verify(operation);
      case "findSimilar":
        return findSimilar(operation);
      case "group":
        return group(operation, item);
      default:
        return undefined;
    }
  }

  return { behaviour };
}

/** The faces of a container as a matcher (a referencing container's already is one). */
const matcher = (faces: Faces | Matcher): Matcher =>
  typeof faces === "function" ? faces : (face) => faces.matching(face.image);

const parameterDefault = (operation: Operation, name: string) =>
  operation.parameters.find((p) => p.name === name)?.schema.default;
/** The value of the body property a role names: the request's, else its schema's default. */
const bodyValue = (operation: Operation, request: Body, name: string | undefined) =>
  name === undefined
    ? undefined
    : (request[name] ?? (propertiesOf(operation.body?.schema)[name] as JsonSchema | undefined)?.default);
/** The faces in the body property a role names: one faceId, or a list of them. */
const facesIn = (request: Body, name: string | undefined): unknown[] => {
  const value = name === undefined ? undefined : request[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};
/** How many candidates to answer at most: the body's, else its schema's default, else all. */
const limitOf = (operation: Operation, request: Body) =>
  Number(bodyValue(operation, request, operation.role.limitProperty) ?? Number.POSITIVE_INFINITY);

/**
 * A value of a schema, fixed by a fingerprint: numbers within their bounds, the first value of
 * an enum, empty lists; `only` keeps the named properties of an object (the attributes asked for).
 */
export function synthesized(schema: JsonSchema, image: string, only?: string[]): unknown {
  if (schema.enum) return schema.enum[0];
  // An open union: one of its known values.
  const known = openUnionValues(schema);
  if (known) return known[0];
  if (Array.isArray(schema.anyOf)) return synthesized(schema.anyOf[0] as JsonSchema, image, only);
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1)
    return synthesized(schema.allOf[0] as JsonSchema, image, only);
  switch (schema.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(propertiesOf(schema))
          .filter(([name]) => !only || only.includes(name))
          .map(([name, property], i) => [name, synthesized(property, `${image}:${name}:${i}`)]),
      );
    case "integer":
    case "number": {
      const fraction = Number.parseInt(hashOf(image).slice(0, 8), 16) / 0xffffffff;
      const min = Number(schema.minimum ?? 0);
      const max = Number(schema.maximum ?? (schema.type === "integer" ? min + 400 : min + 1));
      const value = min + (max - min) * fraction;
      return schema.type === "integer" ? Math.round(value) : Math.round(value * 1000) / 1000;
    }
    case "boolean":
      return false;
    case "array":
      return [];
    default:
      return "";
  }
}

/** A short stable hash of a text (FNV-1a, hex): enough to spread placeholder values. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}
