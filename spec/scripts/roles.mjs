// What each operation does, and to what: its `x-face-role`, declared in the TypeSpec and checked
// here when the table is built, so that the client, the emulator and the CLI read an operation's
// behaviour from its declaration, never from its name, its path or the shape of its result.
//
//   action          what it does                                       what else it declares
//   create, read,   the REST verbs on one resource                     resource, container (but
//   update, delete,                                                     a person or face of the
//   list                                                                person directory has none)
//   create, update  … of a container that references persons of the     addPersonsProperty,
//                   person directory (a dynamic person group)           [removePersonsProperty]
//   train           starts the training of a container (long-running)  container
//   trainingStatus  reads it (the train's polling operation)           container
//   detect          detects the faces of an image                      —
//   identify        who, of a container's persons (or of the directory  faceProperty, and container,
//                   persons listed in the body), each face is           containerProperty, or
//                                                                       personsProperty; [limitProperty,
//                                                                       thresholdProperty]
//   verify          whether two faces are one person, or a face is a   faceProperty, and
//                   person of a container (or of the directory)         otherFaceProperty, or
//                                                                       personProperty [with container,
//                                                                       containerProperty]
//   findSimilar     faces like a face, among other faces of the body,  faceProperty, and
//                   or in a container                                   otherFaceProperty, or
//                                                                       container, containerProperty;
//                                                                       [limitProperty, modeProperty
//                                                                       with everyFaceMode]
//   group           groups faces by likeness                           faceProperty
//   operationStatus reads a long-running write's status (its polling)  —
//   members         lists the persons a container references           container
//   references      lists the containers of a kind referencing a person container
//   create, read,   a liveness session of a kind (`session`): created   session; a create's
//   delete          with a token for a device's Liveness SDK, read for   [timeToLiveProperty,
//                   its attempts                                        keepImageProperty,
//                                                                       referenceImageProperty,
//                                                                       thresholdProperty,
//                                                                       deviceProperty]
//                                                                       a read's statuses
//                                                                       (notStarted, running, done)
//   list, audit     … the sessions of a kind, or the requests made with  session
//                   one session's token (its audit entries)
//   read            the image a liveness session kept (`sessionImage`)  —
//   detect          … or the faces of that image                        [sessionImageProperty]
//
// `resource` is `container`, `person`, `face`, `session` or `sessionImage`; `container` names a kind of container
// (`PersonGroup`), which some `create` of a `container` declares. The `…Property` keys name the
// body properties the action reads: the container, the person (or persons), the face (or faces)
// it recognizes, the face (or faces) it compares with, how many candidates at most, the
// confidence threshold, a session's device (its `deviceCorrelationId`), the persons to reference or stop referencing, and the mode (a dotted
// name is a property of a JSON part: `Parameters.authTokenTimeToLiveInSeconds`); `everyFaceMode` is the mode's value that ranks every face, not only the same
// person's. The emulator reads a request by these, never by a property's name.

import { openUnionValues } from "./open-union.mjs";

const SESSION_PROPERTIES = [
  "timeToLiveProperty",
  "keepImageProperty",
  "referenceImageProperty",
  "thresholdProperty",
  "deviceProperty",
];
const ACTIONS = {
  create: { needs: ["resource"], optional: ["container", "addPersonsProperty", "session", ...SESSION_PROPERTIES] },
  read: { needs: ["resource"], optional: ["container", "session", "statuses"] },
  update: { needs: ["resource"], optional: ["container", "addPersonsProperty", "removePersonsProperty"] },
  delete: { needs: ["resource"], optional: ["container", "session"] },
  list: { needs: ["resource"], optional: ["container", "session"] },
  audit: { needs: ["resource"], optional: ["session"] },
  train: { needs: ["container"] },
  trainingStatus: { needs: ["container"] },
  detect: { needs: [], optional: ["sessionImageProperty"] },
  identify: {
    needs: ["faceProperty"],
    together: ["container", "containerProperty"],
    otherwise: "personsProperty",
    optional: ["limitProperty", "thresholdProperty"],
  },
  verify: {
    needs: ["faceProperty"],
    // Against a person (of a container, or of the directory), or against another face.
    oneOf: ["personProperty", "otherFaceProperty"],
    together: ["container", "containerProperty"],
    togetherWith: "personProperty",
  },
  findSimilar: {
    needs: ["faceProperty"],
    together: ["container", "containerProperty"],
    otherwise: "otherFaceProperty",
    optional: ["limitProperty", "modeProperty", "everyFaceMode"],
  },
  group: { needs: ["faceProperty"] },
  operationStatus: { needs: [] },
  members: { needs: ["container"] },
  references: { needs: ["container"] },
};
const RESOURCES = ["container", "person", "face", "session", "sessionImage"];
const PROPERTIES = [
  "containerProperty",
  "personProperty",
  "personsProperty",
  "addPersonsProperty",
  "removePersonsProperty",
  "faceProperty",
  "otherFaceProperty",
  "limitProperty",
  "thresholdProperty",
  "modeProperty",
  "timeToLiveProperty",
  "keepImageProperty",
  "referenceImageProperty",
  "deviceProperty",
  "sessionImageProperty",
];
const KEYS = ["action", "resource", "container", "session", ...PROPERTIES, "everyFaceMode", "statuses"];
/** The statuses a session's read declares: before the device's attempt, while it runs, once its result is in. */
const SESSION_STATUSES = ["notStarted", "running", "done"];

const declare = `declare what it does with @extension("x-face-role", #{ action: …, … }), action one of ${Object.keys(ACTIONS).join(", ")} (see spec/scripts/roles.mjs)`;

/** The schema of a body property, by its name or a dotted path of names. */
export function propertyAt(schema, path) {
  return path.split(".").reduce((at, name) => at?.properties?.[name], schema);
}

/** An operation's role, from its `x-face-role`, checked on its own; throws naming what to declare. */
export function roleOf(operationId, extension, body) {
  if (!extension) throw new Error(`${operationId} has no role: ${declare}`);
  const action = ACTIONS[extension.action];
  if (!action)
    throw new Error(`${operationId}: x-face-role action ${JSON.stringify(extension.action)} is unknown: ${declare}`);
  const unknown = Object.keys(extension).filter((key) => !KEYS.includes(key));
  if (unknown.length)
    throw new Error(`${operationId}: x-face-role has unknown keys ${unknown.join(", ")} (it takes ${KEYS.join(", ")})`);
  const missing = action.needs.filter((key) => extension[key] === undefined);
  if (missing.length) throw new Error(`${operationId}: x-face-role ${extension.action} needs ${missing.join(", ")}`);
  const together = action.together ?? [];
  const given = together.filter((key) => extension[key] !== undefined);
  if (given.length && given.length < together.length) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} takes ${together.join(", ")} together, or none of them`,
    );
  }
  // Against a container, or (its `otherwise`) against other faces of the body: one of the two.
  const againstFaces = action.otherwise !== undefined && extension[action.otherwise] !== undefined;
  if (action.otherwise && given.length > 0 === againstFaces) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} takes ${together.join(", ")} or ${action.otherwise}: one of the two`,
    );
  }
  if (action.oneOf && action.oneOf.filter((key) => extension[key] !== undefined).length !== 1) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} takes ${action.oneOf.join(" or ")}: one of the two`,
    );
  }
  if (action.togetherWith && given.length && extension[action.togetherWith] === undefined) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} takes ${together.join(", ")} only with ${action.togetherWith}`,
    );
  }
  if ((extension.modeProperty === undefined) !== (extension.everyFaceMode === undefined)) {
    throw new Error(`${operationId}: x-face-role takes modeProperty and everyFaceMode together`);
  }
  const allowed = new Set([
    "action",
    ...action.needs,
    ...together,
    ...(action.otherwise ? [action.otherwise] : []),
    ...(action.oneOf ?? []),
    ...(action.optional ?? []),
  ]);
  const extra = Object.keys(extension).filter((key) => !allowed.has(key));
  if (extra.length)
    throw new Error(`${operationId}: x-face-role ${extension.action} does not take ${extra.join(", ")}`);
  if (extension.resource !== undefined && !RESOURCES.includes(extension.resource)) {
    throw new Error(`${operationId}: x-face-role resource must be one of ${RESOURCES.join(", ")}`);
  }
  if (
    (extension.addPersonsProperty ?? extension.removePersonsProperty) !== undefined &&
    extension.resource !== "container"
  ) {
    throw new Error(`${operationId}: x-face-role ${extension.action} references persons only of a container`);
  }
  if ((extension.resource === "session") !== (extension.session !== undefined)) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} names a session kind (session) exactly for a session`,
    );
  }
  if (
    extension.resource !== "session" &&
    SESSION_PROPERTIES.some((key) => key !== "thresholdProperty" && extension[key] !== undefined)
  ) {
    throw new Error(
      `${operationId}: x-face-role ${extension.action} takes ${SESSION_PROPERTIES.join(", ")} only for a session`,
    );
  }
  if ((extension.action === "read" && extension.resource === "session") !== (extension.statuses !== undefined)) {
    throw new Error(
      `${operationId}: x-face-role read of a session declares its statuses (#{ ${SESSION_STATUSES.join(", ")} }), and only it`,
    );
  }
  if (
    extension.statuses !== undefined &&
    (Object.keys(extension.statuses).sort().join() !== [...SESSION_STATUSES].sort().join() ||
      !Object.values(extension.statuses).every((value) => typeof value === "string"))
  ) {
    throw new Error(`${operationId}: x-face-role statuses takes ${SESSION_STATUSES.join(", ")}, each a status value`);
  }
  if (extension.resource === "container" && extension.container === undefined) {
    throw new Error(`${operationId}: x-face-role ${extension.action} of a container needs the container's kind`);
  }
  for (const key of PROPERTIES) {
    if (extension[key] !== undefined && !propertyAt(body?.schema, extension[key])) {
      throw new Error(`${operationId}: x-face-role ${key} ${extension[key]} is not a property of its body`);
    }
  }
  if (extension.everyFaceMode !== undefined) {
    const mode = body.schema.properties[extension.modeProperty];
    const values = mode.enum ?? openUnionValues(mode) ?? [];
    if (!values.includes(extension.everyFaceMode)) {
      throw new Error(
        `${operationId}: x-face-role everyFaceMode ${extension.everyFaceMode} is not a value of ${extension.modeProperty} (${values.join(", ")})`,
      );
    }
  }
  return { ...extension };
}

/** Checks the roles against each other: every container kind is created somewhere; trainings pair with their status. */
export function checkRoles(operations) {
  const kinds = new Set(
    operations
      .filter((o) => o.role.action === "create" && o.role.resource === "container")
      .map((o) => o.role.container),
  );
  for (const { operationId, role, longRunning, success } of operations) {
    const header = longRunning?.locationHeader;
    if (header && !success.headers.some((h) => h.name.toLowerCase() === header.toLowerCase() && h.required)) {
      throw new Error(`${operationId}: x-face-polling locationHeader ${header} is not a required header of its answer`);
    }
    if (role.container !== undefined && !kinds.has(role.container)) {
      throw new Error(
        `${operationId}: x-face-role names container ${role.container}, which no operation creates (kinds: ${[...kinds].join(", ")})`,
      );
    }
    if (longRunning) {
      // The properties the polling names are its status's.
      const status = operations.find((o) => o.operationId === longRunning.pollingOperationId);
      const properties = status?.success.body?.schema.properties ?? {};
      for (const key of ["statusProperty", "messageProperty", "lastSucceededProperty"]) {
        if (longRunning[key] !== undefined && !properties[longRunning[key]]) {
          throw new Error(
            `${operationId}: x-face-polling ${key} ${longRunning[key]} is not a property of ${longRunning.pollingOperationId}'s result`,
          );
        }
      }
      // Its status values are the status's.
      const statusSchema = properties[longRunning.statusProperty];
      const known = (statusSchema && (statusSchema.enum ?? openUnionValues(statusSchema))) ?? [];
      const named = [longRunning.notStarted, longRunning.running, ...longRunning.succeeded, ...longRunning.failed];
      for (const value of named.filter((v) => v !== undefined)) {
        if (!known.includes(value)) {
          throw new Error(
            `${operationId}: x-face-polling names the status ${value}, not a value of ${longRunning.pollingOperationId}'s ${longRunning.statusProperty} (${known.join(", ")})`,
          );
        }
      }
    }
    if (role.statuses) {
      // A session read's statuses are values of its result's `status`.
      const status = success.body?.schema.properties?.status;
      const values = (status && (status.enum ?? openUnionValues(status))) ?? [];
      for (const [name, value] of Object.entries(role.statuses)) {
        if (!values.includes(value)) {
          throw new Error(
            `${operationId}: x-face-role statuses.${name} ${value} is not a value of its result's status (${values.join(", ")})`,
          );
        }
      }
    }
    if (role.action === "train") {
      const status = operations.find((o) => o.operationId === longRunning?.pollingOperationId);
      if (status?.role.action !== "trainingStatus" || status.role.container !== role.container) {
        throw new Error(
          `${operationId}: a train is long-running (x-face-polling), polled by the trainingStatus of its container ${role.container}`,
        );
      }
    }
  }
}
