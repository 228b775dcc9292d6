// What each operation does, and to what: its `x-face-role`, declared in the TypeSpec and checked
// here when the table is built, so that the client, the emulator and the CLI read an operation's
// behaviour from its declaration, never from its name, its path or the shape of its result.
//
//   action          what it does                                       what else it declares
//   create, read,   the REST verbs on one resource                     resource, container (but
//   update, delete,                                                     a person or face of the
//   list                                                                person directory has none)
//   train           starts the training of a container (long-running)  container
//   trainingStatus  reads it (the train's polling operation)           container
//   detect          detects the faces of an image                      —
//   identify        who, of a container's persons, each face is        container, containerProperty
//   verify          whether two faces are one person (no container),   [container, containerProperty,
//                   or a face is a container's person                   personProperty]
//   findSimilar     faces like a face, among the body's faceIds (no    [container, containerProperty]
//                   container), or in a container
//   group           groups faces by likeness                           —
//
// `resource` is `container`, `person` or `face`; `container` names a kind of container
// (`PersonGroup`), which some `create` of a `container` declares; `containerProperty` and
// `personProperty` are the body properties that name the container and the person.

const ACTIONS = {
  create: { needs: ["resource"], optional: ["container"] },
  read: { needs: ["resource"], optional: ["container"] },
  update: { needs: ["resource"], optional: ["container"] },
  delete: { needs: ["resource"], optional: ["container"] },
  list: { needs: ["resource"], optional: ["container"] },
  train: { needs: ["container"] },
  trainingStatus: { needs: ["container"] },
  detect: { needs: [] },
  identify: { needs: ["container", "containerProperty"] },
  verify: { needs: [], together: ["container", "containerProperty", "personProperty"] },
  findSimilar: { needs: [], together: ["container", "containerProperty"] },
  group: { needs: [] },
};
const RESOURCES = ["container", "person", "face"];
const KEYS = ["action", "resource", "container", "containerProperty", "personProperty"];

const declare = `declare what it does with @extension("x-face-role", #{ action: …, … }), action one of ${Object.keys(ACTIONS).join(", ")} (see spec/scripts/roles.mjs)`;

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
  const allowed = new Set(["action", ...action.needs, ...together, ...(action.optional ?? [])]);
  const extra = Object.keys(extension).filter((key) => !allowed.has(key));
  if (extra.length)
    throw new Error(`${operationId}: x-face-role ${extension.action} does not take ${extra.join(", ")}`);
  if (extension.resource !== undefined && !RESOURCES.includes(extension.resource)) {
    throw new Error(`${operationId}: x-face-role resource must be one of ${RESOURCES.join(", ")}`);
  }
  if (extension.resource === "container" && extension.container === undefined) {
    throw new Error(`${operationId}: x-face-role ${extension.action} of a container needs the container's kind`);
  }
  for (const key of ["containerProperty", "personProperty"]) {
    if (extension[key] !== undefined && !body?.schema?.properties?.[extension[key]]) {
      throw new Error(`${operationId}: x-face-role ${key} ${extension[key]} is not a property of its body`);
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
  for (const { operationId, role, longRunning } of operations) {
    if (role.container !== undefined && !kinds.has(role.container)) {
      throw new Error(
        `${operationId}: x-face-role names container ${role.container}, which no operation creates (kinds: ${[...kinds].join(", ")})`,
      );
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
