// The generated surface covers the spec: every operation of the table is a method of the packed
// client's FaceClient and an exported function, every long-running one has its waiter, and the
// documents carry what a generator needs to know it is long-running.
import { operations } from "@face-training/spec";
import { beforeAll, describe, expect, it } from "vitest";
import { documents } from "./support/openapi.js";
import { importPackedClient } from "./support/packed.js";

type Client = typeof import("@face-training/client");
let packed: Client;
beforeAll(async () => {
  packed = await importPackedClient();
});

describe("the packed client", () => {
  it("has every operation of the committed OpenAPI as a method and as an exported function", () => {
    const client = packed.createFaceClient({
      endpoint: "https://x.cognitiveservices.azure.com",
      credential: { key: "k" },
    });
    const published = Object.values<Record<string, { operationId: string }>>(documents["3.0"].paths).flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    // Every OpenAPI operation is in the table (a shared route is several table entries).
    for (const operationId of published) {
      expect(operations.some((o) => operationId.split(/_(?=[A-Z]\w*Operations_)/).includes(o.operationId))).toBe(true);
    }
    for (const { name } of operations) {
      expect(typeof (client as unknown as Record<string, unknown>)[name], name).toBe("function");
      expect(typeof (packed as unknown as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("has an iterator for every paged list, and for nothing else", () => {
    const client = packed.createFaceClient({
      endpoint: "https://x.cognitiveservices.azure.com",
      credential: { key: "k" },
    });
    const iterators = Object.keys(client).filter((key) => key.startsWith("iterate"));
    expect(iterators.sort()).toEqual(operations.flatMap((o) => (o.paging ? [o.paging.iteratorName] : [])).sort());
  });

  it("has a waiter for every long-running operation, and for nothing else", () => {
    const client = packed.createFaceClient({
      endpoint: "https://x.cognitiveservices.azure.com",
      credential: { key: "k" },
    });
    const waiters = Object.keys(client).filter((key) => key.startsWith("waitFor"));
    expect(waiters.sort()).toEqual(
      operations
        .filter((o) => o.longRunning)
        .map((o) => o.longRunning?.waiterName)
        .sort(),
    );
  });
});

describe.each(["3.0", "3.1"] as const)("the OpenAPI %s document", (version) => {
  it("marks every train operation long-running, linked to a status operation of the document", () => {
    const all = Object.values<Record<string, Record<string, unknown>>>(documents[version].paths).flatMap((item) =>
      Object.values(item),
    );
    const lros = all.filter((operation) => operation["x-ms-long-running-operation"] === true);
    expect(lros.map((o) => o.operationId).sort()).toEqual(
      all
        .filter((o) => /_Train/.test(o.operationId as string))
        .map((o) => o.operationId)
        .sort(),
    );
    for (const lro of lros) {
      expect(lro["x-ms-long-running-operation-options"]).toEqual({ "final-state-via": "operation-location" });
      const polling = lro["x-face-polling"] as { operationId: string; statusProperty: string };
      expect(polling).toMatchObject({ statusProperty: "status", succeeded: ["succeeded"], failed: ["failed"] });
      expect(all.some((o) => o.operationId === polling.operationId)).toBe(true);
    }
  });
});
