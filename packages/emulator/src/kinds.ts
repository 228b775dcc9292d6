// The one reader of what the spec's resources are, from each operation's declared role
// (`x-face-role`: its action, the resource it acts on, the kind of container): which kinds of
// container there are, the persons and faces in them, each one's path, id parameter and error
// codes, and how a container trains. The emulator's state model, its recognizer, its training and
// its console all ask this reader, never a path's shape or an operation's name.
//
// What a role does not declare is structural, and derived here once: a resource's item path is
// the path of its read, update or delete (or a create that names the id), its id the last
// parameter of that path, its collection that path without the id; a container kind's segment
// (the name seeds and the admin routes use) is the first of its path. The person directory's
// persons and faces are the resource types of no container; a kind whose create or update names
// `addPersonsProperty` references directory persons (a dynamic person group) instead of holding
// its own, listed by its `members` operation, and each person's containers of that kind by its
// `references` one.
import type { ErrorCode, JsonSchema, Operation, Role } from "@face-training/spec";

/** A kind of resource: a kind of container, or the persons or the faces of one. */
export interface ResourceType {
  resource: NonNullable<Role["resource"]>;
  /** The kind of container it is or is in (`PersonGroup`); none for the person directory's. */
  container: string | undefined;
  /** Its item path: `/{segment}/{containerId}/{persons' segment}/{personId}`. */
  template: string;
  /** Its id's path parameter: the item path's last. */
  parameter: string;
  /** Its id's JSON Schema. */
  idSchema: JsonSchema;
  /** Its collection's path: the item path without the id. */
  collection: string;
  /** The resource it is in (a person's container; a face's person, or its container). */
  parent: ResourceType | undefined;
  /** Its REST operations, by action. */
  operations: Partial<Record<RestAction, Operation[]>>;
  /** The service's code for one that does not exist, from its read, update or delete. */
  notFound: ErrorCode | undefined;
  /** A name for people, as the service's messages write it: `Person group`, `Person`, `Persisted face`. */
  label: string;
  /**
   * The path parameters of its collection that are neither its parent's nor its own id: what its
   * items are kept apart by under their parent (a directory person's faces, by `recognitionModel`).
   */
  partition: string[];
}

/** How a kind of container references persons of the directory instead of holding its own. */
export interface References {
  /** The directory's persons it references. */
  persons: ResourceType;
  /** The operation that lists the persons a container references (`members`), and its result's list property. */
  members: Operation | undefined;
  membersProperty: string | undefined;
  /** The operation that lists a person's containers of the kind (`references`), and its result's list property. */
  references: Operation | undefined;
  referencesProperty: string | undefined;
}

/** A kind of container: a resource type with its name, segment, what it holds and its training. */
export interface ContainerKind extends ResourceType {
  /** The role's name of it: `PersonGroup`. */
  name: string;
  /** The first segment of its path, the name seeds and the admin routes use. */
  segment: string;
  /** Its persons, when it holds persons. */
  persons: ResourceType | undefined;
  /** Its faces (a person's, when it holds persons). */
  faces: ResourceType | undefined;
  /** Its training, when it trains: the operations that start and read it, and their codes. */
  training: Training | undefined;
  /** How it references directory persons, when it does. */
  references: References | undefined;
}

export interface Training {
  start: Operation;
  status: Operation;
  /** The code for a container never trained (its status operation's `notTrained`). */
  notTrained: ErrorCode;
  /** The code for a container under training (its train operation's `trainingNotFinished`), if declared. */
  trainingNotFinished: ErrorCode | undefined;
}

/** The size limits and formats of an image body (`x-face-image`). */
export type ImageRule = NonNullable<NonNullable<Operation["body"]>["image"]>;

// What the table holds that the spec package's types do not declare yet (spec/index.d.ts): a
// form body's file part, and the keys of a liveness session's roles.

/** The file part of a form body (`multipart/form-data`): the table's `filePart`, if it has one. */
export const filePartOf = (operation: Operation) => (operation.body as { filePart?: string } | undefined)?.filePart;

/** A role as the liveness sessions' operations declare it (spec/scripts/roles.mjs). */
export type SessionRole = Omit<Role, "resource"> & {
  resource?: Role["resource"] | "session" | "sessionImage";
  /** The kind of session (`liveness`). */
  session?: string;
  /** A create's body properties: the token's time to live, whether to keep the session image, the reference image, the threshold. */
  timeToLiveProperty?: string;
  keepImageProperty?: string;
  referenceImageProperty?: string;
  /** A detect's body property naming a session image to detect in. */
  sessionImageProperty?: string;
};
export const sessionRoleOf = (operation: Operation) => operation.role as SessionRole;

export type RestAction = "create" | "read" | "update" | "delete" | "list";
const REST: readonly string[] = ["create", "read", "update", "delete", "list"];

/** What the service calls a person and a face in its messages (a container is named by its kind). */
const LABELS = { person: "Person", face: "Persisted face" } as const;

/** The last path parameter of a path that ends with one: an item's id parameter. */
export const lastParameter = (path: string) => path.match(/\/\{(\w+)\}$/)?.[1];
const keyOf = (resource: string, container: string | undefined) => `${container ?? ""}/${resource}`;

/** `PersonGroup` → `Person group`. */
const spaced = (name: string) => name.replace(/\B[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** The resource types of the spec, by the roles of its operations. */
export function readRoles(operations: readonly Operation[]) {
  const byKey = new Map<string, { resource: ResourceType["resource"]; container?: string; operations: Operation[] }>();
  for (const operation of operations) {
    const { action, resource, container } = operation.role;
    if (!resource || !REST.includes(action)) continue;
    const key = keyOf(resource, container);
    const entry = byKey.get(key) ?? { resource, ...(container && { container }), operations: [] };
    entry.operations.push(operation);
    byKey.set(key, entry);
  }

  const types = new Map<string, ResourceType>();
  // Containers first, then persons, then faces: each one's parent is read before it.
  for (const resource of ["container", "person", "face"] as const) {
    for (const [key, entry] of byKey) {
      if (entry.resource !== resource) continue;
      const item = entry.operations.find((o) => o.role.action !== "list" && lastParameter(o.path));
      const parameter = item && lastParameter(item.path);
      // Without an item path (only a create and a list), the emulator cannot keep it.
      if (!item || !parameter) continue;
      const template = item.path;
      const parent =
        resource === "container"
          ? undefined
          : resource === "person"
            ? types.get(keyOf("container", entry.container))
            : (types.get(keyOf("person", entry.container)) ?? types.get(keyOf("container", entry.container)));
      if (parent && !template.startsWith(`${parent.template}/`)) {
        throw new Error(`${item.operationId}: the emulator needs a ${resource}'s path under its ${parent.resource}'s`);
      }
      const grouped: Partial<Record<RestAction, Operation[]>> = {};
      for (const o of entry.operations) {
        const action = o.role.action as RestAction;
        grouped[action] = [...(grouped[action] ?? []), o];
      }
      const parentParameters = new Set(parent ? [...parent.template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]) : []);
      types.set(key, {
        resource,
        container: entry.container,
        template,
        parameter,
        idSchema: item.parameters.find((p) => p.name === parameter)?.schema ?? {},
        collection: template.slice(0, -`/{${parameter}}`.length),
        parent,
        operations: grouped,
        notFound: entry.operations.find((o) => o.path === template && o.errorCodes?.notFound)?.errorCodes?.notFound,
        label: resource === "container" ? spaced(entry.container ?? "") : LABELS[resource],
        partition: [...template.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1] as string)
          .filter((name) => name !== parameter && !parentParameters.has(name)),
      });
    }
  }

  /** The resource type a REST operation acts on, by its role. */
  const typeOf = (operation: Operation) =>
    operation.role.resource ? types.get(keyOf(operation.role.resource, operation.role.container)) : undefined;

  const kinds = new Map<string, ContainerKind>();
  for (const type of types.values()) {
    if (type.resource !== "container" || !type.container) continue;
    const name = type.container;
    const start = operations.find((o) => o.role.action === "train" && o.role.container === name);
    const status = start && operations.find((o) => o.operationId === start.longRunning?.pollingOperationId);
    const notTrained = status?.errorCodes?.notTrained;
    if (start && (!status || !notTrained)) {
      throw new Error(`${start.operationId}: the emulator needs its polling operation and that one's notTrained code`);
    }
    // Persons of the directory it references, when its create or update names them.
    const directoryPersons = types.get(keyOf("person", undefined));
    const referencing = type.operations.create?.some((o) => o.role.addPersonsProperty) ?? false;
    if (referencing && !directoryPersons) {
      throw new Error(`${name}: the emulator needs the directory's persons its addPersonsProperty names`);
    }
    const members = operations.find((o) => o.role.action === "members" && o.role.container === name);
    const references = operations.find((o) => o.role.action === "references" && o.role.container === name);
    // The kind is its container's resource type, extended: a person's parent is its kind.
    const kind: ContainerKind = Object.assign(type, {
      name,
      segment: type.template.split("/")[1] ?? "",
      persons: types.get(keyOf("person", name)),
      faces: types.get(keyOf("face", name)),
      training:
        start && status && notTrained
          ? { start, status, notTrained, trainingNotFinished: start.errorCodes?.trainingNotFinished }
          : undefined,
      references:
        referencing && directoryPersons
          ? {
              persons: directoryPersons,
              members,
              membersProperty: members && listProperty(members),
              references,
              referencesProperty: references && listProperty(references),
            }
          : undefined,
    });
    kinds.set(name, kind);
  }

  /** The kind of container an operation's role names. */
  const kindOf = (operation: Operation) => (operation.role.container ? kinds.get(operation.role.container) : undefined);

  const directoryPersons = types.get(keyOf("person", undefined));
  return {
    /** Every kind of container, by its role's name (`PersonGroup`), in the table's order. */
    kinds,
    /** The person directory: its persons and their faces (the resource types of no container), if the spec has it. */
    directory: directoryPersons && {
      persons: directoryPersons,
      faces: types.get(keyOf("face", undefined)),
    },
    /** Every resource type the emulator can keep. */
    types: [...types.values()],
    typeOf,
    kindOf,
    /**
     * The kind of container an operation names by a path parameter (train, delete a container, …),
     * and that container's id; undefined for one that names it in its body (identify, …).
     */
    containerInPath(operation: Operation): ContainerKind | undefined {
      const kind = kindOf(operation);
      return kind && operation.parameters.some((p) => p.in === "path" && p.name === kind.parameter) ? kind : undefined;
    },
  };
}

export type Roles = ReturnType<typeof readRoles>;

/**
 * The one array property of an operation's object result: what a `members` or `references`
 * answer lists (`{ personIds }`).
 */
export function listProperty(operation: Operation): string {
  const properties = Object.entries((operation.success.body?.schema.properties ?? {}) as Record<string, JsonSchema>);
  const lists = properties.filter(([, schema]) => schema.type === "array").map(([name]) => name);
  if (lists.length !== 1)
    throw new Error(`${operation.operationId}: the emulator needs one list property in its result`);
  return lists[0] as string;
}

/** A path template with the ids filled in. */
export const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));

/** The schema of a result, or of each item of an array result. */
export function resultItem(operation: Operation): JsonSchema | undefined {
  const schema = operation.success.body?.schema;
  return schema?.type === "array" ? (schema.items as JsonSchema) : schema;
}

/**
 * The query parameter that asks for a property of an operation's result, if it has one
 * (`returnRecognitionModel` for `recognitionModel`, `returnFaceAttributes` for `faceAttributes`):
 * the property is in an answer only when asked for. The spec does not declare which parameter
 * asks for which property, so this is read from their names, here only (a proposed
 * `x-face-returns` on the parameter would declare it).
 */
export function askedBy(operation: Operation, property: string) {
  return operation.parameters.find(
    (p) => p.in === "query" && p.name.toLowerCase() === `return${property}`.toLowerCase(),
  );
}

/**
 * The property of an answer's schema that lists a child resource of the item answered, and how:
 * by ids (a person's `persistedFaceIds`: strings of the child's id schema) or as records (a face
 * list's `persistedFaces`: objects with the child's id property). The roles do not say which
 * property lists the children; their schemas do, so it is read from them, here only: the one
 * array property of either form (a proposed `x-face-role` key on the read, `itemsProperty`,
 * would declare it).
 */
export function childrenIn(schema: JsonSchema | undefined, child: ResourceType) {
  const properties = Object.entries((schema?.properties ?? {}) as Record<string, JsonSchema>);
  const lists = properties.flatMap(([name, property]): { name: string; as: "ids" | "records" }[] => {
    const items = property.type === "array" ? (property.items as JsonSchema | undefined) : undefined;
    if (!items) return [];
    if (items.type === "object" && items.properties?.[child.parameter]) return [{ name, as: "records" }];
    if (items.type === child.idSchema.type && items.format === child.idSchema.format && items.format)
      return [{ name, as: "ids" }];
    return [];
  });
  if (lists.length > 1) {
    throw new Error(`The answer lists ${child.template} in ${lists.map((l) => l.name).join(" and ")}: which is it?`);
  }
  return lists[0];
}
