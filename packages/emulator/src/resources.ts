// The emulator's state model for the resources of the spec, written once and driven by the
// roles of its operations (`x-face-role`, read by kinds.ts): what an operation creates, reads,
// updates, deletes or lists is its declared action on its declared resource (a container, a
// person, a face) of its kind of container; where that resource lives is its item path.
//
// - A create whose path names the id (`PUT /{segment}/{id}`) creates the item with
//   the id the caller chose (the operation's `alreadyExists` code if it exists); a create on the
//   collection makes a new id, answered as the operation's result (`{ personId }`,
//   `{ persistedFaceId }`).
// - A read answers the item, an update merges the body into it, a delete removes it and
//   everything under it; a list answers the collection's items in the order of their ids, paged
//   with the operation's `x-face-paging` parameters; a list whose result is one object (a
//   directory person's faces: `{ personId, persistedFaceIds }`) answers the item above the
//   collection with the collection's ids.
// - An answer holds only the fields its schema has: the id, the item's children where the schema
//   lists them (`persistedFaceIds`, `persistedFaces`), and a field only when asked for where a
//   query parameter asks for it (`returnRecognitionModel`).
// - A create on a collection that holds the operation's `x-face-capacity` items already is refused
//   with its `quotaExceeded` code.
// - A missing item, or a missing item above it, is a 404 with that resource's `notFound` code
//   (`PersonGroupNotFound`, `PersonNotFound`, `PersistedFaceNotFound`).
import { createHash, randomUUID } from "node:crypto";
import type { JsonSchema, Operation } from "@face-training/spec";
import { askedBy, childrenIn, fill, type ResourceType, type Roles, resultItem } from "./kinds.js";
import type { Handler, Incoming, Reply } from "./replies.js";
import type { Faces, Store } from "./store.js";

type Record_ = Record<string, unknown>;
type Fail = (status: number, code: string, message: string) => Reply;

/**
 * The resources of the spec and what its operations do to them, kept in a store: every item by
 * its concrete path (its template with the ids filled in).
 */
export function createResources(roles: Roles, fail: Fail, items: Store) {
  /** The children of each resource type: the types whose parent it is. */
  const childrenOf = (type: ResourceType) => roles.types.filter((t) => t.parent === type);
  /** The container a concrete path of a resource type is in. */
  const containerPath = (type: ResourceType, params: Record<string, string>) => {
    let top = type;
    while (top.parent) top = top.parent;
    return fill(top.template, params);
  };

  /** The first missing item on the way to a resource's item (itself included when `self`), as a 404. */
  function missing(type: ResourceType, params: Record<string, string>, self: boolean): Reply | undefined {
    const chain: ResourceType[] = [];
    for (let at = self ? type : type.parent; at; at = at.parent) chain.unshift(at);
    for (const item of chain) {
      if (!items.has(fill(item.template, params))) {
        const code = item.notFound ?? { status: 404, code: "NotFound" };
        return fail(code.status, code.code, `${item.label} '${params[item.parameter]}' is not found.`);
      }
    }
    return undefined;
  }

  /** An item as an answer's schema has it: its own fields, its id, its children. */
  function shaper(type: ResourceType, operation: Operation) {
    const schema = resultItem(operation);
    const declared = (schema?.properties ?? {}) as Record<string, JsonSchema>;
    const properties = Object.keys(declared);
    const children = childrenOf(type).flatMap((child) => {
      const listed = childrenIn(schema, child);
      return listed ? [{ ...listed, child }] : [];
    });
    const fieldsOfChild = (name: string) => Object.keys((declared[name]?.items?.properties ?? {}) as object);
    const arrays = new Set(properties.filter((name) => declared[name]?.type === "array"));
    return (path: string, params: Record<string, string>, query: Record<string, unknown>) => {
      const record = items.get(path) as Record_;
      const out: Record_ = {};
      for (const name of properties) {
        const asked = askedBy(operation, name);
        if (asked && query[asked.name] !== true) continue;
        const listed = children.find((c) => c.name === name);
        if (name === type.parameter) out[name] = params[name];
        else if (listed) {
          const under = fill(listed.child.collection, params);
          const all = items.inCreationOrder(under);
          out[name] =
            listed.as === "ids"
              ? all.map(([id]) => id)
              : all.map(([id, child]) =>
                  Object.fromEntries(
                    fieldsOfChild(name).flatMap((field) =>
                      field === listed.child.parameter
                        ? [[field, id]]
                        : child[field] === undefined
                          ? []
                          : [[field, child[field]]],
                    ),
                  ),
                );
        } else if (!arrays.has(name) && record[name] !== undefined) out[name] = record[name];
      }
      return out;
    };
  }

  /**
   * What a record keeps of a create or update: the body's fields and the query's (the answers
   * show only those their schemas have), and a fingerprint of a face's image (bytes or URL).
   */
  function fieldsOf(operation: Operation, { query, body }: Incoming): Record_ {
    const fields: Record_ = {};
    // The persons a container comes to reference or stops referencing are references, not fields
    // (references.ts keeps them).
    const { addPersonsProperty, removePersonsProperty } = operation.role;
    const addsFace = operation.role.action === "create" && operation.role.resource === "face";
    if (body instanceof Buffer) fields.$image = fingerprint(body);
    else if (body && typeof body === "object") {
      Object.assign(fields, body);
      for (const name of [addPersonsProperty, removePersonsProperty]) if (name) delete fields[name];
      if (addsFace) fields.$image = fingerprint(body);
    }
    for (const parameter of operation.parameters) {
      if (parameter.in === "query" && query[parameter.name] !== undefined)
        fields[parameter.name] = query[parameter.name];
    }
    if (addsFace) fields.$face = true;
    return fields;
  }

  /** The handler of an operation on the resources (by its role), or undefined when it acts on none the emulator keeps. */
  function behaviour(operation: Operation): Handler | undefined {
    const type = roles.typeOf(operation);
    if (!type) return undefined;
    const ok = (body?: unknown): Reply => ({
      status: operation.success.status as number,
      ...(body !== undefined && { body }),
    });
    const onItem = operation.path === type.template;
    const onCollection = operation.path === type.collection;

    switch (operation.role.action) {
      case "create":
        if (onItem) {
          return (incoming) => {
            const refused = missing(type, incoming.params, false);
            if (refused) return refused;
            const key = fill(type.template, incoming.params);
            if (items.has(key)) {
              const code = operation.errorCodes?.alreadyExists ?? { status: 409, code: "Conflict" };
              return fail(code.status, code.code, `${type.label} '${incoming.params[type.parameter]}' already exists.`);
            }
            items.put(key, fieldsOf(operation, incoming));
            return ok();
          };
        }
        if (onCollection) {
          return (incoming) => {
            const refused = missing(type, incoming.params, false);
            if (refused) return refused;
            if (
              operation.capacity !== undefined &&
              items.count(fill(type.collection, incoming.params)) >= operation.capacity
            ) {
              const code = operation.errorCodes?.quotaExceeded ?? { status: 403, code: "Forbidden" };
              return fail(
                code.status,
                code.code,
                `The limit of ${operation.capacity} is reached: no more can be added here.`,
              );
            }
            const id = randomUUID();
            const key = fill(type.template, { ...incoming.params, [type.parameter]: id });
            items.put(key, fieldsOf(operation, incoming));
            touch(type, incoming.params);
            return ok({ [type.parameter]: id });
          };
        }
        return undefined;
      case "read": {
        if (!onItem) return undefined;
        const shaped = shaper(type, operation);
        return (incoming) => {
          const refused = missing(type, incoming.params, true);
          if (refused) return refused;
          return ok(shaped(fill(type.template, incoming.params), incoming.params, incoming.query));
        };
      }
      case "update":
      case "delete":
        if (!onItem) return undefined;
        return (incoming) => {
          const refused = missing(type, incoming.params, true);
          if (refused) return refused;
          const key = fill(type.template, incoming.params);
          if (operation.role.action === "update") {
            Object.assign(items.get(key) as Record_, fieldsOf(operation, incoming));
            items.changed(key);
          } else items.delete(key);
          touch(type, incoming.params);
          return ok();
        };
      case "list": {
        if (!onCollection) return undefined;
        if (operation.success.body?.schema.type === "object" && type.parent) {
          // One object: the item above the collection, with the collection's ids.
          const parent = type.parent;
          const shapedParent = shaper(parent, operation);
          return (incoming) => {
            const refused = missing(type, incoming.params, false);
            if (refused) return refused;
            return ok(shapedParent(fill(parent.template, incoming.params), incoming.params, incoming.query));
          };
        }
        const shaped = shaper(type, operation);
        const paging = operation.paging;
        return (incoming) => {
          const refused = missing(type, incoming.params, false);
          if (refused) return refused;
          const start = paging ? (incoming.query[paging.startParameter] as string | undefined) : undefined;
          const top = paging
            ? ((incoming.query[paging.topParameter] as number | undefined) ?? paging.pageSize)
            : Number.POSITIVE_INFINITY;
          const page = items.page(fill(type.collection, incoming.params), start, top);
          return ok(
            page.map(([id]) => {
              const params = { ...incoming.params, [type.parameter]: id };
              return shaped(fill(type.template, params), params, incoming.query);
            }),
          );
        };
      }
      default:
        return undefined;
    }
  }

  /** How many direct items a container holds (persons of a group, faces of a face list). */
  function itemsIn(path: string): number {
    let count = 0;
    for (const collection of items.collectionsUnder(path)) count += items.count(collection);
    return count;
  }

  /** Marks a change under a container (not of the container's own fields): its version goes up. */
  function touch(type: ResourceType, params: Record<string, string>) {
    if (!type.parent) return;
    const root = containerPath(type, params);
    const record = items.get(root);
    if (record) {
      record.$version = ((record.$version as number | undefined) ?? 0) + 1;
      items.changed(root);
    }
  }

  return {
    behaviour,
    itemsIn,
    /**
     * The faces under a container, each with the id of the container's direct item it belongs to
     * (a person; in a face list, the face itself) and its image's fingerprint.
     */
    facesUnder: (path: string): Faces => items.faces(path),
    /** The 404 of the first missing item on the way to a resource's item (itself included), if any. */
    missing: (type: ResourceType, params: Record<string, string>) => missing(type, params, true),
    /** A count of the changes under a container, for telling whether it changed since a moment. */
    versionOf: (path: string) => (items.get(path)?.$version as number | undefined) ?? 0,
    /** Whether the item at a concrete path exists. */
    has: (path: string) => items.has(path),
    /** The record of the item at a concrete path (its fields; `$`-prefixed ones are the emulator's own). */
    get: (path: string) => items.get(path),
    /** Marks the record at a concrete path changed in place (its `$`-prefixed fields), to be kept. */
    changed: (path: string) => items.changed(path),
    /** The records of the containers, by concrete path. */
    containers: function* () {
      for (const kind of roles.kinds.values())
        for (const [id, record] of items.page(kind.collection))
          yield [`${kind.collection}/${encodeURIComponent(id)}`, record] as const;
    },
    /** Creates (or replaces) an item at a concrete path. */
    put: (path: string, fields: Record_) => items.put(path, fields),
  };
}

export type { Face } from "./store.js";
/** The resources of the spec in a store, and what its operations do to them. */
export type Resources = ReturnType<typeof createResources>;

/**
 * The fingerprint of an image: a hash of its bytes, or of its URL (the emulator never fetches
 * one), so the same image, sent again, is recognized.
 */
export function fingerprint(body: unknown): string {
  const hash = createHash("sha256");
  if (body instanceof Uint8Array) hash.update(body);
  else hash.update(`url:${String((body as { url?: unknown } | null)?.url ?? "")}`);
  return hash.digest("hex");
}
