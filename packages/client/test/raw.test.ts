import { inOrder, startServer, type TestServer } from "@face-training/test-server";
import { afterEach, describe, expect, it } from "vitest";
import { createFaceClient } from "../src/index.js";
import { trainingResult } from "./fixtures.js";

const training = trainingResult("running");

let server: TestServer | undefined;
afterEach(() => server?.close());

/** A middleware that sets a header to "on". */
const header = (name: string) => ({
  onRequest({ request }: { request: Request }) {
    request.headers.set(name, "on");
    return request;
  },
});

describe("client.raw", () => {
  it("is a plain property: awaiting it gives the client itself, and never an unhandled rejection", async () => {
    const client = createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com", credential: { key: "k" } });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      const raw = await Promise.race([
        Promise.resolve(client.raw),
        new Promise((_, reject) => setTimeout(() => reject(new Error("await client.raw never settled")), 500)),
      ]);
      expect(raw).toBe(client.raw);
      expect("then" in (client.raw as object) && (client.raw as { then?: unknown }).then).toBeFalsy();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", record);
    }
  });

  it("is a typed openapi-fetch client with the same authentication and retries", async () => {
    server = await startServer(inOrder({ status: 503 }, { status: 200, body: training }));
    const client = createFaceClient({
      endpoint: server.url,
      credential: { key: "raw-key" },
      retry: { baseDelayMs: 1 },
    });
    const { data, response } = await client.raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "g" } },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(training);
    expect(server.requests.map((r) => [r.url, r.headers["ocp-apim-subscription-key"]])).toEqual([
      ["/face/v1.2/persongroups/g/training", "raw-key"],
      ["/face/v1.2/persongroups/g/training", "raw-key"],
    ]);
  });

  it("returns the service's error body as openapi-fetch does", async () => {
    server = await startServer(
      inOrder({ status: 404, body: { error: { code: "PersonGroupNotFound", message: "Gone." } } }),
    );
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const { data, error } = await client.raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "g" } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: { code: "PersonGroupNotFound", message: "Gone." } });
  });

  it("applies middleware registered with use, until it is ejected", async () => {
    server = await startServer(inOrder({ status: 200, body: training }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    const tagged = header("x-tag");
    client.raw.use(tagged);
    const init = { params: { path: { personGroupId: "g" } } };
    await client.raw.GET("/persongroups/{personGroupId}/training", init);
    client.raw.eject(tagged);
    await client.raw.GET("/persongroups/{personGroupId}/training", init);
    expect(server.requests.map((r) => r.headers["x-tag"])).toEqual(["on", undefined]);
  });

  it("sends every method openapi-fetch has, each with the key and the middleware, request(method, …) too", async () => {
    server = await startServer(() => ({ status: 200, body: {} }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" }, retry: false });
    const tagged = header("x-tag");
    client.raw.use(tagged);
    const group = { params: { path: { personGroupId: "g" } } };
    // biome-ignore lint/suspicious/noExplicitAny: every method on one path, whatever the spec gives it
    const raw = client.raw as any;
    for (const method of ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"]) {
      await raw[method]("/persongroups/{personGroupId}", {
        ...group,
        ...(method !== "GET" && method !== "HEAD" && { body: {} }),
      });
    }
    await client.raw.request("get", "/persongroups/{personGroupId}", group);
    expect(typeof raw.TRACE).toBe("function");
    expect(
      server.requests.map((r) => [r.method, r.url, r.headers["ocp-apim-subscription-key"], r.headers["x-tag"]]),
    ).toEqual(
      ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "GET"].map((method) => [
        method,
        "/face/v1.2/persongroups/g",
        "k",
        "on",
      ]),
    );
  });

  it("keeps a call's own middleware with the client's", async () => {
    server = await startServer(() => ({ status: 200, body: training }));
    const client = createFaceClient({ endpoint: server.url, credential: { key: "k" } });
    client.raw.use(header("x-client"));
    await client.raw.GET("/persongroups/{personGroupId}/training", {
      params: { path: { personGroupId: "g" } },
      middleware: [header("x-call")],
    } as never);
    expect([server.requests[0]?.headers["x-client"], server.requests[0]?.headers["x-call"]]).toEqual(["on", "on"]);
  });

  it("has no member openapi-fetch does not have", () => {
    const client = createFaceClient({ endpoint: "https://x.cognitiveservices.azure.com", credential: { key: "k" } });
    expect((client.raw as unknown as Record<string, unknown>).fetch).toBeUndefined();
  });
});
