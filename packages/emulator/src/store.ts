// The emulator's store: records keyed by their concrete path (`/{segment}/{id}/…`, as the
// resources fill the spec's templates), each in the collection its path ends in (the path without
// its last segment), every collection a B+ tree ordered by id. What it costs does not grow with
// what it holds elsewhere:
//
// - get, put, delete of one record: O(log n) (a delete also removes what is under the record, at
//   the cost of what that is);
// - a page of a collection in id order (`after` exclusive, `top`): O(log n + page);
// - the size of a collection: O(1);
// - the faces under a container (records marked `$face`, by their image's fingerprint `$image`):
//   an index kept as faces come and go, looked up by image; those of one collection under it (a
//   directory person's faces of one recognition model) by the same index.
//
// A record's path may have segments between it and the collections under it that are no record
// (`/{segment}/{id}/{sub}/{value}/{collection}/{id}`): a delete also removes the collections
// under such segments below the record's path, found by their paths in order (an index of those
// segments alone: a store without them pays nothing for it).
//
// Durable (`openStore(file)`), every change of a request is written to an LMDB database in one
// transaction, synced to disk, before `durable()` resolves; the memory is its index, read back
// from the database at start. In memory (`memoryStore()`), `durable()` has nothing to wait for.
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { open as openLmdb, type RootDatabase } from "lmdb";

// A CommonJS module whose class is its `default` export (required, as bundlers and Node's ESM
// loader do not agree on what a default import of it is).
const { default: BTree } = createRequire(import.meta.url)("sorted-btree") as typeof import("sorted-btree");
type Tree = InstanceType<typeof BTree<string, Node>>;

export type Fields = Record<string, unknown>;

/** A face a container holds: the direct item it belongs to (a person; in a face list, the face itself), its own id, its image's fingerprint. */
export interface Face {
  item: string;
  face: string;
  image: string;
}

/** Faces, in the order they were added, looked up by image. */
export interface Faces extends Iterable<Face> {
  readonly size: number;
  /** The faces of an image's fingerprint, in the order they were added. */
  matching(image: string): Face[];
}

export interface Store {
  /** The record at a concrete path. */
  get(path: string): Fields | undefined;
  has(path: string): boolean;
  /** Creates the record at a path, or replaces it (keeping its place in the order of creation). */
  put(path: string, record: Fields): void;
  /** Marks a record changed in place, to be written with the request's other changes. */
  changed(path: string): void;
  /** Removes a record and every record under it. */
  delete(path: string): void;
  /** How many records a collection (a path without its last segment) holds. */
  count(collection: string): number;
  /** The records of a collection in id order, after an id (exclusive), at most `top`: `[id, record]`. */
  page(collection: string, after?: string, top?: number): [string, Fields][];
  /** The records of a collection in the order they were created: `[id, record]`. */
  inCreationOrder(collection: string): [string, Fields][];
  /** The collections directly under a record, by concrete path. */
  collectionsUnder(path: string): string[];
  /** The faces under a container (a record of a top-level collection). */
  faces(container: string): Faces;
  /** The faces of an image's fingerprint in one collection under a container, in the order they were added. */
  facesIn(collection: string, image: string): Face[];
  /** Writes the changes made since the last call; resolves once they are on disk (undefined: nothing to wait for). */
  durable(): Promise<void> | undefined;
  /** Waits for the writes in flight, and closes the database. */
  close(): Promise<void>;
}

interface Node {
  /** Its place in the order of creation. */
  seq: number;
  record: Fields;
}

/** The format of a database, in its own key (paths begin with `/`). */
const FORMAT_KEY = "format";
const FORMAT = "face-training-emulator/2";
/** The format of the JSON data files of the emulator before it kept a database. */
const JSON_FORMAT = "face-training-emulator/1";
const LMDB_MAGIC = 0xbeefc0de;

const collectionOf = (path: string) => path.slice(0, path.lastIndexOf("/"));
const idOf = (path: string) => {
  const id = path.slice(path.lastIndexOf("/") + 1);
  return id.includes("%") ? decodeURIComponent(id) : id;
};
/** The container a path is in: its first two segments (`/{segment}/{id}`). */
const containerOf = (path: string) => {
  const second = path.indexOf("/", 1);
  const third = second < 0 ? -1 : path.indexOf("/", second + 1);
  return third < 0 ? path : path.slice(0, third);
};

class FaceIndex implements Faces {
  private readonly all = new Map<string, Face>();
  private readonly byImage = new Map<string, Map<string, Face>>();
  get size() {
    return this.all.size;
  }
  add(key: string, face: Face) {
    this.remove(key);
    this.all.set(key, face);
    entry(this.byImage, face.image, () => new Map<string, Face>()).set(key, face);
  }
  remove(key: string) {
    const face = this.all.get(key);
    if (!face) return;
    this.all.delete(key);
    const same = this.byImage.get(face.image);
    same?.delete(key);
    if (same?.size === 0) this.byImage.delete(face.image);
  }
  matching(image: string): Face[] {
    return [...(this.byImage.get(image)?.values() ?? [])];
  }
  /** The faces of an image whose key (their path) is in a collection. */
  matchingIn(image: string, collection: string): Face[] {
    return [...(this.byImage.get(image) ?? [])].flatMap(([key, face]) =>
      collectionOf(key) === collection ? [face] : [],
    );
  }
  [Symbol.iterator]() {
    return this.all.values();
  }
}

const NO_FACES: Faces = { size: 0, matching: () => [], [Symbol.iterator]: () => [][Symbol.iterator]() };
const indexed = new WeakMap<readonly Face[], Faces>();

/** Faces kept as a list (what a training learnt), indexed by image once. */
export function facesOf(list: readonly Face[]): Faces {
  return entry(indexed, list, () => {
    const index = new FaceIndex();
    for (const [i, face] of list.entries()) index.add(String(i), face);
    return index;
  });
}

/** A store in memory: gone when the process ends. */
export function memoryStore(): Store {
  return createStore(undefined);
}

/**
 * A store kept in an LMDB database at `file`: read back now if it exists. A JSON data file of the
 * emulator's earlier format there is carried over into a database once, and kept beside it
 * as `<file>.v1.json`.
 */
export async function openStore(file: string): Promise<Store> {
  const legacy = legacyState(file);
  if (legacy) await migrate(file, legacy);
  let db: RootDatabase<string, string>;
  try {
    db = openLmdb<string, string>({ path: file, noSubdir: true, encoding: "string", overlappingSync: false });
    const format = db.get(FORMAT_KEY);
    if (format === undefined && (db.getStats() as { entryCount: number }).entryCount === 0)
      db.putSync(FORMAT_KEY, FORMAT);
    else if (format !== FORMAT) throw new Error(`its format is ${JSON.stringify(format)}, not ${FORMAT}`);
  } catch (e) {
    throw new Error(
      `The data file ${file} is not the emulator's database (${(e as Error).message}); move it away or choose another file`,
    );
  }
  return createStore(db);
}

function createStore(db: RootDatabase<string, string> | undefined): Store {
  const nodes = new Map<string, Node>();
  const collections = new Map<string, Tree>();
  /** The collections under each record (and under "", the top-level ones). */
  const under = new Map<string, Set<string>>();
  /** The paths with collections under them that are no record, in path order. */
  const deep = new BTree<string, true>();
  const faces = new Map<string, FaceIndex>();
  /** Paths changed since the last `durable()`. */
  const dirty = new Set<string>();
  let seq = 0;
  let writing: Promise<unknown> = Promise.resolve();

  const insert = (path: string, node: Node) => {
    const collection = collectionOf(path);
    const tree = entry(collections, collection, () => {
      const holder = collectionOf(collection);
      entry(under, holder, () => {
        // Its parent, a record, is kept before it (and read back before it, in key order).
        if (holder && !nodes.has(holder)) deep.set(holder, true);
        return new Set<string>();
      }).add(collection);
      return new BTree<string, Node>();
    });
    tree.set(idOf(path), node);
    nodes.set(path, node);
    if (node.record.$face) {
      const container = containerOf(path);
      const index = entry(faces, container, () => new FaceIndex());
      // Its item: the container's direct item (`/…/{item}[/…/{face}]`); a face list's face is its own.
      const [item = "", , ...rest] = path
        .slice(container.length + 1)
        .split("/")
        .slice(1);
      index.add(path, {
        item: decodeURIComponent(item),
        face: decodeURIComponent(rest.at(-1) ?? item),
        image: String(node.record.$image ?? ""),
      });
    }
  };

  /** Forgets a record and what is under it; `inCollection`: also takes it out of its collection's tree. */
  const remove = (path: string, inCollection = true) => {
    for (const collection of under.get(path) ?? []) {
      // The whole collection goes: its tree is dropped, not edited while it is walked.
      for (const id of collections.get(collection)?.keys() ?? [])
        remove(`${collection}/${encodeURIComponent(id)}`, false);
      collections.delete(collection);
    }
    under.delete(path);
    // The collections under segments below it that are no record (contiguous in path order
    // after `path/`; ids are encoded, so an id holds no `/`).
    if (deep.size) {
      const within = `${path}/`;
      const holders: string[] = [];
      for (const key of deep.keys(within)) {
        if (!key.startsWith(within)) break;
        holders.push(key);
      }
      for (const holder of holders) {
        deep.delete(holder);
        remove(holder, false);
      }
    }
    forget(path, inCollection);
  };

  /** Forgets one record; `inCollection`: also takes it out of its collection's tree. */
  const forget = (path: string, inCollection: boolean) => {
    const node = nodes.get(path);
    if (!node) return;
    nodes.delete(path);
    if (inCollection) collections.get(collectionOf(path))?.delete(idOf(path));
    if (node.record.$face) {
      const container = containerOf(path);
      faces.get(container)?.remove(path);
      if (faces.get(container)?.size === 0) faces.delete(container);
    }
    dirty.add(path);
  };

  if (db) {
    // Read back in key order (each collection's tree then grows at its right end, the cheap way);
    // the faces are indexed in the order of their creation, as they were added.
    const faceNodes: [string, Node][] = [];
    for (const { key, value } of db.getRange()) {
      if (!key.startsWith("/")) continue;
      const [at, record] = JSON.parse(value) as [number, Fields];
      const node = { seq: at, record };
      if (record.$face) faceNodes.push([key, node]);
      else insert(key, node);
      if (at >= seq) seq = at + 1;
    }
    faceNodes.sort((a, b) => a[1].seq - b[1].seq);
    for (const [path, node] of faceNodes) insert(path, node);
  }

  return {
    get: (path) => nodes.get(path)?.record,
    has: (path) => nodes.has(path),
    put(path, record) {
      const existing = nodes.get(path);
      if (existing?.record.$face) faces.get(containerOf(path))?.remove(path);
      insert(path, { seq: existing?.seq ?? seq++, record });
      dirty.add(path);
    },
    changed(path) {
      if (nodes.has(path)) dirty.add(path);
    },
    delete: (path) => remove(path),
    count: (collection) => collections.get(collection)?.size ?? 0,
    page(collection, after, top = Number.POSITIVE_INFINITY) {
      const tree = collections.get(collection);
      if (!tree) return [];
      const out: [string, Fields][] = [];
      const from = after === undefined ? tree.minKey() : tree.nextHigherKey(after);
      if (from === undefined) return out;
      for (const [id, node] of tree.entries(from)) {
        if (out.length >= top) break;
        out.push([id, node.record]);
      }
      return out;
    },
    inCreationOrder(collection) {
      const tree = collections.get(collection);
      if (!tree) return [];
      return [...tree.entries()].sort((a, b) => a[1].seq - b[1].seq).map(([id, node]) => [id, node.record]);
    },
    collectionsUnder: (path) => [...(under.get(path) ?? [])],
    faces: (container) => faces.get(container) ?? NO_FACES,
    facesIn: (collection, image) => faces.get(containerOf(collection))?.matchingIn(image, collection) ?? [],
    durable() {
      if (!db || dirty.size === 0) {
        dirty.clear();
        return undefined;
      }
      // The values as they are now: a record changed later is written again by its own request.
      const writes = [...dirty].map((path) => {
        const node = nodes.get(path);
        return [path, node ? JSON.stringify([node.seq, node.record]) : undefined] as const;
      });
      dirty.clear();
      // Issued in one event turn, they are committed in one transaction (lmdb-js batches a turn's
      // writes, and those of the requests around it, into one synced commit).
      const committed = Promise.all(
        writes.map(([path, value]) => (value === undefined ? db.remove(path) : db.put(path, value))),
      );
      writing = committed;
      return committed.then(() => undefined);
    },
    async close() {
      if (!db) return;
      await writing.catch(() => undefined);
      await db.close();
    },
  };
}

/** The records of a JSON data file of the earlier format at `file`, or undefined if it is not one. */
function legacyState(file: string): [string, Fields][] | undefined {
  if (!existsSync(file)) return undefined;
  const head = Buffer.alloc(64);
  const fd = openSync(file, "r");
  const read = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  if (!/^\s*\{/.test(head.subarray(0, read).toString("utf8"))) {
    // LMDB's meta page: its magic number where this LMDB writes it. Opening anything else as a
    // database is not safe (the native code may crash on it).
    if (read < 28 || head.readUInt32LE(24) !== LMDB_MAGIC) {
      throw new Error(
        `The data file ${file} is neither the emulator's database nor its JSON state; move it away or choose another file`,
      );
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`The data file ${file} is not JSON: ${(e as Error).message}`);
  }
  const items = (data as { items?: unknown } | null)?.items;
  if (
    (data as { format?: unknown }).format !== JSON_FORMAT ||
    !Array.isArray(items) ||
    !items.every((entry) => Array.isArray(entry) && typeof entry[0] === "string" && isObject(entry[1]))
  ) {
    throw new Error(
      `The data file ${file} is not the emulator's state ({ "format": "${JSON_FORMAT}", "items": [[path, record], …] }); move it away or choose another file`,
    );
  }
  return items as [string, Fields][];
}

/**
 * Carries a JSON data file over into a database at the same path: the JSON file is copied to
 * `<file>.v1.json`, the database is written beside it, then takes its name (a rename, atomic). A
 * crash on the way leaves the JSON file in place, to be carried over at the next start.
 */
async function migrate(file: string, items: [string, Fields][]) {
  const building = `${file}.migrating`;
  rmSync(building, { force: true });
  rmSync(`${building}-lock`, { force: true });
  copyFileSync(file, `${file}.v1.json`);
  const db = openLmdb<string, string>({ path: building, noSubdir: true, encoding: "string", overlappingSync: false });
  await db.transaction(() => {
    db.put(FORMAT_KEY, FORMAT);
    for (const [i, [path, record]] of items.entries()) db.put(path, JSON.stringify([i, record]));
  });
  await db.close();
  renameSync(building, file);
  rmSync(`${building}-lock`, { force: true });
  console.error(
    `The data file ${file} was JSON: carried over into a database there; the JSON is kept as ${file}.v1.json`,
  );
}

/** The value of a key in a map, made and set first if it has none. */
function entry<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
