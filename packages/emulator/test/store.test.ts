// The store's paths: a delete takes everything under a record's path, collections behind
// segments that are no record included (a directory person's faces, kept per recognition model).
import { describe, expect, it } from "vitest";
import { memoryStore } from "../src/store.js";

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
