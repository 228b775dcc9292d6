// The one mechanism behind every generated operation function, driven with operation data of the
// kinds the spec has or will have (query and header parameters, JSON and binary bodies), against
// a real local server.
import { startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceContext, FaceApiError, FaceValidationError } from "../src/index.js";
import { checkVersion, encodeBytes, encodeJson, invoke, type OperationSpec, pages } from "../src/operation.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const id = { type: "string", pattern: "^[a-z0-9-_]+$", minLength: 1, maxLength: 64 } as const;
const addFace: OperationSpec = {
  method: "POST",
  path: "/groups/{groupId}/faces",
  pathRules: [id],
  parameters: [
    ["targetFace", "query", false, { type: "array", items: { type: "integer", minimum: 0 }, minItems: 4, maxItems: 4 }],
    ["detectionModel", "query", false, { type: "string", enum: ["detection_01", "detection_03"] }],
    ["top", "query", true, { type: "integer", minimum: 1, maximum: 1000 }],
    ["x-trace", "header", false, { type: "string" }],
  ],
  body: {
    contentType: "application/json",
    encode: encodeJson,
    rule: {
      type: "object",
      required: ["url"],
      properties: { url: { type: "string" }, tags: { type: "array", items: { type: "string" } } },
    },
  },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addFaceBytes: OperationSpec = {
  ...addFace,
  parameters: addFace.parameters?.filter(([name]) => name !== "top") ?? [],
  body: { contentType: "application/octet-stream", encode: encodeBytes },
};

async function contextFor(reply = { status: 200, body: { persistedFaceId: "f" } as unknown }) {
  server = await startServer(() => reply);
  return createFaceContext({ endpoint: server.url, credential: { key: "k" }, retry: false });
}

describe("an operation's request", () => {
  it("puts path, query and header parameters where the spec says, encoded, arrays comma-joined", async () => {
    const context = await contextFor();
    const result = await invoke(context, addFace, [
      "g-1",
      { url: "https://x/a b.jpg" },
      { targetFace: [10, 20, 30, 40], detectionModel: "detection_03", top: 5, "x-trace": "t-1" },
    ]);
    expect(result).toEqual({ persistedFaceId: "f" });
    const [request] = server?.requests ?? [];
    expect(request?.url).toBe(
      "/face/v1.2/groups/g-1/faces?targetFace=10%2C20%2C30%2C40&detectionModel=detection_03&top=5",
    );
    expect(request?.headers["x-trace"]).toBe("t-1");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ url: "https://x/a b.jpg" });
  });

  it.each([
    ["a Uint8Array", () => new Uint8Array([1, 2, 3])],
    ["an ArrayBuffer", () => new Uint8Array([1, 2, 3]).buffer],
    ["a Blob", () => new Blob([new Uint8Array([1, 2, 3])])],
    ["a ReadableStream", () => new Blob([new Uint8Array([1, 2, 3])]).stream()],
  ])("sends an image given as %s as the raw bytes, application/octet-stream", async (_name, image) => {
    const context = await contextFor();
    await invoke(context, addFaceBytes, ["g", image()]);
    const [request] = server?.requests ?? [];
    expect(request?.headers["content-type"]).toBe("application/octet-stream");
    expect([...Buffer.from(request?.body ?? "", "latin1")]).toEqual([1, 2, 3]);
  });

  it.each([
    ["a required query parameter left out", ["g"], { url: "u" }, {}, "top", /is required|must be an integer/],
    ["a query value out of range", ["g"], { url: "u" }, { top: 1001 }, "top", /must be 1-1000/],
    [
      "a value the enum does not have",
      ["g"],
      { url: "u" },
      { top: 1, detectionModel: "detection_02" },
      "detectionModel",
      /must be one of "detection_01", "detection_03"/,
    ],
    [
      "an array of the wrong length",
      ["g"],
      { url: "u" },
      { top: 1, targetFace: [1, 2, 3] },
      "targetFace",
      /must have 4-4 items/,
    ],
    [
      "a negative array item",
      ["g"],
      { url: "u" },
      { top: 1, targetFace: [1, -2, 3, 4] },
      "targetFace[1]",
      /must be >= 0/,
    ],
    ["a body without a required field", ["g"], {}, { top: 1 }, "body.url", /is required/],
    ["a body field of the wrong type", ["g"], { url: "u", tags: [1] }, { top: 1 }, "body.tags[0]", /must be a string/],
    ["a bad path parameter", ["G 1"], { url: "u" }, { top: 1 }, "groupId", /must be 1-64 characters matching/],
  ])("refuses %s, naming it, before sending", async (_name, path, body, options, parameter, message) => {
    const context = await contextFor();
    const error = await invoke(context, addFace, [...(path as string[]), body, options]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceValidationError);
    expect(error).toMatchObject({ parameter });
    expect((error as Error).message).toMatch(message);
    expect(server?.requests).toHaveLength(0);
  });

  it("refuses an image that is not bytes", async () => {
    const context = await contextFor();
    await expect(invoke(context, addFaceBytes, ["g", "not bytes"])).rejects.toBeInstanceOf(FaceValidationError);
    expect(server?.requests).toHaveLength(0);
  });
});

describe("an operation's answer", () => {
  it("resolves with the documented response headers, camelCased, when the result is headers", async () => {
    const context = await contextFor({ status: 202, headers: { "operation-Location": "https://x/status" } } as never);
    const accepted: OperationSpec = {
      ...addFaceBytes,
      body: undefined as never,
      result: { headers: [["operation-Location", "operationLocation"]] },
    };
    await expect(invoke(context, accepted, ["g"])).resolves.toEqual({
      operationLocation: "https://x/status",
    });
  });

  it.each([
    ["an array where the result has one", { groups: [["a", "b"]], messyGroup: [] }, true],
    ["an object where the result has an array", { groups: { a: "b" } }, false],
  ])("tells an array property from an object: %s", async (_name, body, accepted) => {
    const context = await contextFor({ status: 200, body });
    const grouping: OperationSpec = { ...addFace, result: { name: "GroupingResult", shape: { groups: "array" } } };
    const outcome = invoke(context, grouping, ["g", { url: "https://x/y.jpg" }, { top: 1 }]);
    if (accepted) await expect(outcome).resolves.toEqual(body);
    else await expect(outcome).rejects.toThrow(/answered without a GroupingResult body/);
  });

  it("rejects a 2xx without the documented result with a FaceApiError naming it", async () => {
    const context = await contextFor({ status: 200, body: { unexpected: true } });
    const error = await invoke(context, addFaceBytes, ["g", new Uint8Array(1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceApiError);
    expect((error as Error).message).toMatch(/answered without a AddFaceResult body \(HTTP 200/);
  });
});

describe("a paged list", () => {
  const list: OperationSpec<{ groupId: string }[]> = {
    method: "GET",
    path: "/groups",
    parameters: [
      ["start", "query", false, { type: "string", maxLength: 64 }],
      ["top", "query", false, { type: "integer", minimum: 1, maximum: 1000 }],
    ],
    result: { name: "Group[]", items: { groupId: "string" } },
  };
  const paging = { startParameter: "start", topParameter: "top", nextStartProperty: "groupId", pageSize: 3 };
  const ids = ["a", "b", "c", "d", "e", "f", "g"];

  async function listing() {
    server = await startServer((request) => {
      const query = new URL(request.url, "http://x").searchParams;
      const after = ids.filter((id) => !query.has("start") || id > (query.get("start") ?? ""));
      return { status: 200, body: after.slice(0, Number(query.get("top"))).map((groupId) => ({ groupId })) };
    });
    return createFaceContext({ endpoint: server.url, credential: { key: "k" } });
  }

  it("walks every page at the spec's page size, each starting after the last item of the one before", async () => {
    const context = await listing();
    const seen: unknown[] = [];
    for await (const item of pages(context, list, paging, [], undefined))
      seen.push((item as { groupId: string }).groupId);
    expect(seen).toEqual(ids);
    expect(server?.requests.map((r) => r.url)).toEqual([
      "/face/v1.2/groups?top=3",
      "/face/v1.2/groups?start=c&top=3",
      "/face/v1.2/groups?start=f&top=3",
    ]);
  });

  it("takes the caller's page size and start, and requests nothing more once the caller stops", async () => {
    const context = await listing();
    for await (const item of pages(context, list, paging, [], { start: "b", top: 2 } as object)) {
      expect(item).toEqual({ groupId: "c" });
      break;
    }
    expect(server?.requests.map((r) => r.url)).toEqual(["/face/v1.2/groups?start=b&top=2"]);
  });

  it("rejects a page that is not a list of items with a FaceApiError", async () => {
    server = await startServer(() => ({ status: 200, body: { groupId: "a" } }));
    const context = createFaceContext({ endpoint: server.url, credential: { key: "k" } });
    await expect(pages(context, list, paging, [], undefined).next()).rejects.toBeInstanceOf(FaceApiError);
  });
});

describe("an operation that only some API versions have", () => {
  const previewOnly: OperationSpec<{ groupId: string }[]> = {
    method: "GET",
    path: "/groups",
    versions: { names: ["v1.2-preview.1"], check: checkVersion },
    result: { name: "Group[]", items: { groupId: "string" } },
  };
  const contextOf = async (apiVersion: string) => {
    server = await startServer(() => ({ status: 200, body: [{ groupId: "g" }] }));
    return createFaceContext({ endpoint: server.url, credential: { key: "k" }, retry: false, apiVersion });
  };

  it("is refused on a version of the spec that lacks it, naming the versions that have it, before anything is sent", async () => {
    const error = await invoke(await contextOf("v1.2"), previewOnly, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaceValidationError);
    expect(error).toMatchObject({ parameter: "apiVersion" });
    expect((error as Error).message).toBe("apiVersion v1.2 has no GET /groups: v1.2-preview.1 has it");
    expect(server?.requests).toHaveLength(0);
  });

  it("is sent on a version that has it, and on a version the spec does not know (the service judges)", async () => {
    await expect(invoke(await contextOf("v1.2-preview.1"), previewOnly, [])).resolves.toEqual([{ groupId: "g" }]);
    await server?.close();
    await expect(invoke(await contextOf("v1.4"), previewOnly, [])).resolves.toHaveLength(1);
    expect(server?.requests[0]?.url).toBe("/face/v1.4/groups");
  });
});
