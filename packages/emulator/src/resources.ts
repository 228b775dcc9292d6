// The emulator's state model for the resources of the spec, written once and driven by the
// operation table: which operations create, read, update, delete and list what is read from
// their methods and path templates, as REST has them. An item is a path ending in a parameter
// (`/{segment}/{id}`, nested as deep as the spec nests); its collection is that path without
// the parameter.
//
// - PUT on an item creates it with the id the caller chose (the operation's `alreadyExists` code
//   if it exists); POST on a collection creates an item with a new id, answered as the
//   operation's result (`{ personId }`, `{ persistedFaceId }`).
// - GET on an item reads it, PATCH merges the body into it, DELETE removes it and everything
//   under it; GET on a collection lists its items in the order of their ids, paged with the
//   operation's `x-face-paging` parameters.
// - An answer holds only the fields its schema has: an id under its parameter's name, arrays of
//   the ids of an item's children (`persistedFaceIds`), and a field `x` only when asked for with a
//   `returnX` query parameter when the operation has one (`returnRecognitionModel`).
// - A POST on a collection that holds the operation's `x-face-capacity` items already is refused
//   with its `quotaExceeded` code.
// - A missing item, or a missing ancestor, is a 404 with the `notFound` code of the operations on
//   that item's path (`PersonGroupNotFound`, `PersonNotFound`, `PersistedFaceNotFound`).
import { createHash, randomUUID } from "node:crypto";
import type { Operation } from "@face-training/spec";
import type { Incoming, Reply } from "./replies.js";
import type { Faces, Store } from "./store.js";

type Record_ = Record<string, unknown>;
type Fail = (status: number, code: string, message: string) => Reply;

const isItem = (path: string) => /\/\{\w+\}$/.test(path);
const lastParameter = (path: string) => path.match(/\{(\w+)\}$/)?.[1] ?? "";
/** The item path a path belongs to: itself if it is one, else the nearest one above it. */
const ownerOf = (path: string): string | undefined => {
  const parts = path.split("/");
  while (parts.length > 1 && !/^\{\w+\}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts.length > 1 ? parts.join("/") : undefined;
};
/** The item path above an item path. */
const parentOf = (item: string) => ownerOf(item.replace(/\/[^/]+\/\{\w+\}$/, ""));
const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));

/**
 * The resources of the spec and what its operations do to them, kept in a store: every item by
 * its concrete path (its template with the ids filled in).
 */
export function createResources(operations: readonly Operation[], fail: Fail, items: Store) {
  const templates = new Set(operations.map((o) => o.path).filter(isItem));
  /** The service's not-found code for a missing item, by item template. */
  const notFound = new Map<string, string>();
  for (const operation of operations) {
    const code = operation.errorCodes?.notFound?.code;
    const owner = ownerOf(operation.path);
    if (code && owner && isItem(operation.path) && operation.path === owner) notFound.set(owner, code);
  }
  /** The first missing item on the way to `template` (itself included when `self`), as a 404. */
  function missing(template: string, params: Record<string, string>, self: boolean): Reply | undefined {
    const chain: string[] = [];
    for (let at = self ? template : ownerOf(template); at; at = parentOf(at)) chain.unshift(at);
    if (!self && template === chain.at(-1)) chain.pop();
    for (const item of chain) {
      if (!items.has(fill(item, params))) {
        const code = notFound.get(item) ?? "NotFound";
        const id = params[lastParameter(item)];
        return fail(404, code, `${words(code)} '${id}' is not found.`);
      }
    }
    return undefined;
  }

  /** An item as an answer's schema has it: its own fields, its id, its children's ids. */
  function shaped(
    template: string,
    path: string,
    params: Record<string, string>,
    query: Record<string, unknown>,
    operation: Operation,
  ) {
    const record = items.get(path) as Record_;
    const schema = (
      operation.success.body?.schema.type === "array"
        ? operation.success.body.schema.items
        : operation.success.body?.schema
    ) as { properties?: Record<string, { type?: string }> } | undefined;
    const out: Record_ = {};
    for (const [name, property] of Object.entries(schema?.properties ?? {})) {
      const asked = operation.parameters.find(
        (p) => p.in === "query" && p.name.toLowerCase() === `return${name}`.toLowerCase(),
      );
      if (asked && query[asked.name] !== true) continue;
      if (name === lastParameter(template)) out[name] = params[name];
      else if (property.type === "array") {
        const children = childIds(template, path, name) ?? childRecords(template, path, name, property);
        if (children) out[name] = children;
      } else if (record[name] !== undefined) out[name] = record[name];
    }
    return out;
  }

  /** The ids of an item's children for an array property named after their parameter (`persistedFaceIds`). */
  function childIds(template: string, path: string, property: string): string[] | undefined {
    for (const child of templates) {
      const parameter = lastParameter(child);
      if (parentOf(child) !== template || `${parameter}s` !== property) continue;
      return items
        .inCreationOrder(`${path}${child.slice(template.length).replace(/\/\{\w+\}$/, "")}`)
        .map(([id]) => id);
    }
    return undefined;
  }

  /**
   * An item's children, shaped by the array's item schema, for an array property named after
   * their collection (`persistedFaces` for `…/persistedfaces/{persistedFaceId}`).
   */
  function childRecords(template: string, path: string, property: string, schema: { items?: unknown; type?: string }) {
    for (const child of templates) {
      if (parentOf(child) !== template) continue;
      const collection = child.slice(template.length).replace(/\/\{\w+\}$/, "");
      if (collection.slice(1).toLowerCase() !== property.toLowerCase()) continue;
      const parameter = lastParameter(child);
      const properties = Object.keys((schema.items as { properties?: object } | undefined)?.properties ?? {});
      return items.inCreationOrder(`${path}${collection}`).map(([id, record]) => {
        return Object.fromEntries(
          properties.flatMap((name) =>
            name === parameter ? [[name, id]] : record[name] === undefined ? [] : [[name, record[name]]],
          ),
        );
      });
    }
    return undefined;
  }

  /**
   * What a record keeps of a create or update: the body's fields and the query's (the answers
   * show only those their schemas have), and a fingerprint of an image body.
   */
  function fieldsOf(operation: Operation, { query, body }: Incoming): Record_ {
    const fields: Record_ = {};
    if (body instanceof Buffer) fields.$image = fingerprint(body);
    else if (body && typeof body === "object") {
      Object.assign(fields, body);
      if (takesImages(operation)) fields.$image = fingerprint(body);
    }
    for (const parameter of operation.parameters) {
      if (parameter.in === "query" && query[parameter.name] !== undefined)
        fields[parameter.name] = query[parameter.name];
    }
    return fields;
  }

  /** The handler of an operation on the resources, or undefined when it does not act on one. */
  function behaviour(operation: Operation): ((incoming: Incoming) => Reply) | undefined {
    const { method, path } = operation;
    const ok = (body?: unknown): Reply => ({
      status: operation.success.status as number,
      ...(body !== undefined && { body }),
    });
    const item = isItem(path);
    const collection =
      !item && templates.has(`${path}/{${itemParameterUnder(path)}}`)
        ? `${path}/{${itemParameterUnder(path)}}`
        : undefined;

    if (item && method === "PUT") {
      return (incoming) => {
        const refused = missing(path, incoming.params, false);
        if (refused) return refused;
        const key = fill(path, incoming.params);
        if (items.has(key)) {
          const code = operation.errorCodes?.alreadyExists;
          return fail(
            code?.status ?? 409,
            code?.code ?? "Conflict",
            `${words(code?.code ?? "")} '${incoming.params[lastParameter(path)]}' already exists.`,
          );
        }
        items.put(key, fieldsOf(operation, incoming));
        return ok();
      };
    }
    if (item && (method === "GET" || method === "PATCH" || method === "DELETE")) {
      return (incoming) => {
        const refused = missing(path, incoming.params, true);
        if (refused) return refused;
        const key = fill(path, incoming.params);
        if (method === "GET") return ok(shaped(path, key, incoming.params, incoming.query, operation));
        if (method === "PATCH") {
          Object.assign(items.get(key) as Record_, fieldsOf(operation, incoming));
          items.changed(key);
          touch(key);
          return ok();
        }
        items.delete(key);
        touch(key);
        return ok();
      };
    }
    if (collection && method === "POST") {
      const parameter = lastParameter(collection);
      // Its route takes an image (from bytes; its sibling on the route, from a URL): it adds a face.
      const addsFaces = takesImages(operation);
      return (incoming) => {
        const refused = missing(collection, incoming.params, false);
        if (refused) return refused;
        if (operation.capacity !== undefined && items.count(fill(path, incoming.params)) >= operation.capacity) {
          const code = operation.errorCodes?.quotaExceeded ?? { status: 403, code: "QuotaExceeded" };
          return fail(
            code.status,
            code.code,
            `The limit of ${operation.capacity} is reached: no more can be added here.`,
          );
        }
        const id = randomUUID();
        const key = fill(collection, { ...incoming.params, [parameter]: id });
        items.put(key, { ...fieldsOf(operation, incoming), ...(addsFaces && { $face: true }) });
        touch(key);
        return ok({ [parameter]: id });
      };
    }
    if (collection && method === "GET") {
      const parameter = lastParameter(collection);
      return (incoming) => {
        const refused = missing(collection, incoming.params, false);
        if (refused) return refused;
        const paging = operation.paging;
        const start = paging ? (incoming.query[paging.startParameter] as string | undefined) : undefined;
        const top = paging
          ? ((incoming.query[paging.topParameter] as number | undefined) ?? paging.pageSize)
          : Number.POSITIVE_INFINITY;
        const page = items.page(fill(path, incoming.params), start, top);
        return ok(
          page.map(([id]) => {
            const params = { ...incoming.params, [parameter]: id };
            return shaped(collection, fill(collection, params), params, incoming.query, operation);
          }),
        );
      };
    }
    return undefined;
  }

  /** The routes that take an image: from bytes, or (a sibling on the route) from a URL. */
  const imageRoutes = new Set(operations.filter((o) => o.body?.image).map((o) => `${o.method} ${o.path}`));
  const takesImages = (operation: Operation) => imageRoutes.has(`${operation.method} ${operation.path}`);

  /** The parameter of the items under a collection path, if the spec has an item path there. */
  function itemParameterUnder(path: string): string {
    for (const template of templates)
      if (template.startsWith(`${path}/{`) && parentOf(template) === ownerOf(path)) return lastParameter(template);
    return "";
  }

  /** How many direct items a container holds (persons of a group, faces of a face list). */
  function itemsIn(path: string): number {
    let count = 0;
    for (const collection of items.collectionsUnder(path)) count += items.count(collection);
    return count;
  }

  /**
   * The faces under a container, each with the id of the container's direct item it belongs to
   * (a person; in a face list, the face itself) and its image's fingerprint.
   */
  const facesUnder = (path: string): Faces => items.faces(path);

  /** Marks a change under a container (not of the container's own fields): its version goes up. */
  function touch(key: string) {
    const root = key.split("/").slice(0, 3).join("/");
    const record = items.get(root);
    if (record && root !== key) {
      record.$version = ((record.$version as number | undefined) ?? 0) + 1;
      items.changed(root);
    }
  }

  return {
    behaviour,
    itemsIn,
    facesUnder,
    /** The 404 of the first missing item on the way to a template's item (itself included), if any. */
    missing: (template: string, params: Record<string, string>) => missing(template, params, true),
    /** The template of the items under an item template by their parameter (`…/persons/{personId}`). */
    itemTemplate: (parent: string, parameter: string) =>
      [...templates].find((t) => parentOf(t) === parent && lastParameter(t) === parameter),
    /** A count of the changes under a container, for telling whether it changed since a moment. */
    versionOf: (path: string) => (items.get(path)?.$version as number | undefined) ?? 0,
    /** Whether the item at a concrete path exists. */
    has: (path: string) => items.has(path),
    /** The record of the item at a concrete path (its fields; `$`-prefixed ones are the emulator's own). */
    get: (path: string) => items.get(path),
    /** Marks the record at a concrete path changed in place (its `$`-prefixed fields), to be kept. */
    changed: (path: string) => items.changed(path),
    /** The records of the top-level items (the containers), by concrete path. */
    containers: function* () {
      for (const collection of items.collectionsUnder(""))
        for (const [id, record] of items.page(collection))
          yield [`${collection}/${encodeURIComponent(id)}`, record] as const;
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

/** `PersonGroupNotFound` → `Person group`: the resource's name as the service's messages write it. */
export const words = (code: string) =>
  code.replace(/(NotFound|NotTrained|Exists)$/, "").replace(/\B[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
