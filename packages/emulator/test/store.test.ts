// The store's paths: a delete takes everything under a record's path, collections behind
// segments that are no record included (a directory person's faces, kept per recognition model).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open as openLmdb } from "lmdb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStore, openStore, type Store } from "../src/store.js";

describe("the store", () => {
  it("deletes the collections under a record, through segments that are no record, faces' index included", () => {
    const store = memoryStore();
    store.put("/people/p1", { name: "Ann" });
    store.put("/people/p1-b", { name: "Ben" });
    store.put("/people/p1/models/m4/faces/f1", { $face: true, $image: "one" });
    store.put("/people/p1/models/m3/faces/f2", { $face: true, $image: "one" });
    store.put("/people/p1/groups/g1", {});
    store.put("/people/p1-b/models/m4/faces/f3", { $face: true, $image: "one" });
    expect(store.facesIn("/people/p1/models/m4/faces", "one").map((f) => f.face)).toEqual(["f1"]);
    expect(store.faces("/people/p1").size).toBe(2);

    store.delete("/people/p1");
    for (const path of [
      "/people/p1",
      "/people/p1/models/m4/faces/f1",
      "/people/p1/models/m3/faces/f2",
      "/people/p1/groups/g1",
    ])
      expect(store.has(path)).toBe(false);
    expect(store.count("/people/p1/models/m4/faces")).toBe(0);
    expect(store.faces("/people/p1").size).toBe(0);
    expect(store.facesIn("/people/p1/models/m4/faces", "one")).toEqual([]);
    // Its neighbour in path order, whose id begins with its own, keeps everything.
    expect(store.has("/people/p1-b")).toBe(true);
    expect(store.facesIn("/people/p1-b/models/m4/faces", "one").map((f) => f.face)).toEqual(["f3"]);
    expect(store.page("/people").map(([id]) => id)).toEqual(["p1-b"]);
  });
});

describe("the store on disk", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "store-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Opens the store at `file`, lets `work` change it, writes the changes, and closes it. */
  async function session(file: string, work: (store: Store) => void) {
    const store = await openStore(file);
    work(store);
    await store.durable();
    await store.close();
  }
  const ids = (entries: [string, unknown][]) => entries.map(([id]) => id);
  const faceIds = (faces: Iterable<{ face: string }>) => [...faces].map((f) => f.face);

  it("reads back what it wrote: records, creation order, and faces in the order they were added", async () => {
    const file = join(dir, "data");
    await session(file, (store) => {
      store.put("/lists/l", { name: "L" });
      // Created in an order that is not the ids' order.
      for (const id of ["f3", "f1", "f2"]) store.put(`/lists/l/faces/${id}`, { $face: true, $image: "same" });
      store.put("/lists/l/faces/f0", { $face: true, $image: "other" });
      store.put("/groups/b", { name: "B" });
      store.put("/groups/a", { name: "A" });
      // Replaced: it keeps its place in the order of creation.
      store.put("/groups/b", { name: "B2" });
    });
    await session(file, (store) => {
      expect(store.get("/groups/b")).toEqual({ name: "B2" });
      expect(ids(store.page("/groups"))).toEqual(["a", "b"]);
      expect(ids(store.inCreationOrder("/groups"))).toEqual(["b", "a"]);
      expect(ids(store.inCreationOrder("/lists/l/faces"))).toEqual(["f3", "f1", "f2", "f0"]);
      expect(faceIds(store.faces("/lists/l"))).toEqual(["f3", "f1", "f2", "f0"]);
      expect(faceIds(store.faces("/lists/l").matching("same"))).toEqual(["f3", "f1", "f2"]);
      expect(faceIds(store.facesIn("/lists/l/faces", "other"))).toEqual(["f0"]);
      // What it creates next comes after everything it read back.
      store.put("/groups/0", { name: "Zero" });
      expect(ids(store.inCreationOrder("/groups"))).toEqual(["b", "a", "0"]);
    });
    await session(file, (store) => {
      expect(ids(store.inCreationOrder("/groups"))).toEqual(["b", "a", "0"]);
      // A deleted record is deleted on disk too, with what was under it.
      store.delete("/lists/l");
    });
    await session(file, (store) => {
      expect(store.has("/lists/l")).toBe(false);
      expect(store.count("/lists/l/faces")).toBe(0);
      expect(store.faces("/lists/l").size).toBe(0);
    });
  });

  it("moves a face in the index when it is replaced with another image, and drops an image's last face", () => {
    const store = memoryStore();
    store.put("/lists/l", {});
    store.put("/lists/l/faces/f1", { $face: true, $image: "one" });
    store.put("/lists/l/faces/f2", { $face: true, $image: "one" });
    store.put("/lists/l/faces/f1", { $face: true, $image: "two" });
    expect(faceIds(store.faces("/lists/l").matching("one"))).toEqual(["f2"]);
    expect(faceIds(store.faces("/lists/l").matching("two"))).toEqual(["f1"]);
    expect(store.faces("/lists/l").size).toBe(2);
    store.delete("/lists/l/faces/f2");
    expect(store.faces("/lists/l").matching("one")).toEqual([]);
    // A record that is no face leaves the index alone.
    store.put("/lists/l/faces/f1", { note: "no longer a face" });
    expect(store.faces("/lists/l").size).toBe(0);
  });

  it("pages a collection by id, after an id and at most top", () => {
    const store = memoryStore();
    for (const id of ["c", "a", "d", "b"]) store.put(`/groups/${id}`, {});
    expect(ids(store.page("/groups"))).toEqual(["a", "b", "c", "d"]);
    expect(ids(store.page("/groups", "a", 2))).toEqual(["b", "c"]);
    expect(ids(store.page("/groups", "bb"))).toEqual(["c", "d"]);
    expect(store.page("/groups", "d")).toEqual([]);
    expect(store.page("/nothing")).toEqual([]);
    expect(store.inCreationOrder("/nothing")).toEqual([]);
  });

  it("carries a JSON data file of the earlier format over into a database, keeping the JSON beside it", async () => {
    const file = join(dir, "state.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "face-training-emulator/1",
        items: [
          ["/groups/g", { name: "G" }],
          ["/groups/g/persons/p", { name: "P" }],
        ],
      }),
    );
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: string) => errors.push(line));
    try {
      await session(file, (store) => {
        expect(store.get("/groups/g/persons/p")).toEqual({ name: "P" });
        expect(ids(store.inCreationOrder("/groups"))).toEqual(["g"]);
      });
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual([
      `The data file ${file} was JSON: carried over into a database there; the JSON is kept as ${file}.v1.json`,
    ]);
    expect(JSON.parse(readFileSync(`${file}.v1.json`, "utf8")).items).toHaveLength(2);
    // Nothing of the carrying over is left, and the database opens as one from now on.
    expect(readdirSync(dir).sort()).toEqual(["state.json", "state.json-lock", "state.json.v1.json"].sort());
    await session(file, (store) => expect(store.get("/groups/g")).toEqual({ name: "G" }));
  });

  it.each([
    ["bytes that are no database", Buffer.from("not a database at all, and longer than its header")],
    ["a file too short to be one", Buffer.from("x")],
    ["an empty file", Buffer.alloc(0)],
  ])("refuses %s, naming the file, and leaves it as it was", async (_name, bytes) => {
    const file = join(dir, "data");
    writeFileSync(file, bytes);
    await expect(openStore(file)).rejects.toThrow(
      `The data file ${file} is neither the emulator's database nor its JSON state`,
    );
    expect(readFileSync(file)).toEqual(bytes);
  });

  it.each([
    ["JSON of another format", { format: "something/1", items: [] }],
    ["JSON without items", { format: "face-training-emulator/1" }],
    ["an item that is no pair", { format: "face-training-emulator/1", items: ["/groups/g"] }],
    ["an item whose path is no string", { format: "face-training-emulator/1", items: [[1, {}]] }],
    ["an item whose record is no object", { format: "face-training-emulator/1", items: [["/groups/g", ["x"]]] }],
    ["an item whose record is null", { format: "face-training-emulator/1", items: [["/groups/g", null]] }],
    [
      "one bad item among good ones",
      {
        format: "face-training-emulator/1",
        items: [
          ["/groups/g", {}],
          ["/groups/h", 3],
        ],
      },
    ],
  ])("refuses %s, saying what the format is", async (_name, data) => {
    const file = join(dir, "state.json");
    writeFileSync(file, JSON.stringify(data));
    await expect(openStore(file)).rejects.toThrow(
      `The data file ${file} is not the emulator's state ({ "format": "face-training-emulator/1"`,
    );
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });

  it("refuses JSON it cannot parse, and an object with no format", async () => {
    const file = join(dir, "state.json");
    writeFileSync(file, "  { broken");
    await expect(openStore(file)).rejects.toThrow(`The data file ${file} is not JSON`);
    writeFileSync(file, " {}");
    await expect(openStore(file)).rejects.toThrow("is not the emulator's state");
  });

  it("refuses a database of another format, naming it", async () => {
    const file = join(dir, "data");
    const other = openLmdb<string, string>({ path: file, noSubdir: true, encoding: "string" });
    other.putSync("format", "something-else/9");
    await other.close();
    await expect(openStore(file)).rejects.toThrow(
      `The data file ${file} is not the emulator's database (its format is "something-else/9", not face-training-emulator/2)`,
    );
    // A database with records but no format is not taken as new either.
    const unnamed = join(dir, "unnamed");
    const db = openLmdb<string, string>({ path: unnamed, noSubdir: true, encoding: "string" });
    db.putSync("/groups/g", JSON.stringify([0, {}]));
    await db.close();
    await expect(openStore(unnamed)).rejects.toThrow("its format is undefined");
  });
});
