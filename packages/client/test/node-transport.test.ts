// The Node transport (node:http and node:https, keep-alive, one clock for every timeout) at the
// level of one exchange: what a connection is reused for, what is spoken to an https origin, how
// concurrent timeouts each end on their own, and what a response reads as.
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { platformSend } from "../src/platform/node.js";

let servers: Pick<Server | TcpServer, "close">[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

/** An HTTP server on a free port of `host`, counting connections. */
async function serve(handler: Parameters<typeof createServer>[1], host = "127.0.0.1") {
  const server = createServer(handler);
  let connections = 0;
  server.on("connection", (socket) => {
    connections++;
    socket.unref();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  const origin = host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return { origin, connections: () => connections, server };
}

const get = (url: string, timeoutMs = 5000, signal?: AbortSignal) =>
  platformSend(url, { method: "GET", headers: {}, timeoutMs, signal });

describe("connections", () => {
  it("are kept alive: sequential requests to one origin share one", async () => {
    const { origin, connections } = await serve((_req, res) => res.end("ok"));
    for (let i = 0; i < 3; i++) expect((await get(`${origin}/face/x`)).text).toBe("ok");
    expect(connections()).toBe(1);
  });

  it("to an https origin speak TLS", async () => {
    const first: number[] = [];
    const tcp = createTcpServer((socket) => {
      socket.once("data", (data) => {
        first.push(data[0] as number);
        socket.destroy();
      });
    });
    servers.push(tcp);
    await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
    const { port } = tcp.address() as { port: number };
    await expect(get(`https://127.0.0.1:${port}/face/x`)).rejects.toBeInstanceOf(TypeError);
    expect(first).toEqual([0x16]); // a TLS handshake record
  });

  it("to an IPv6 host in brackets reach it", async () => {
    const { origin } = await serve((req, res) => res.end(req.url), "::1");
    expect((await get(`${origin}/face/v1.2/x`)).text).toBe("/face/v1.2/x");
  });

  it("that fail reject with a TypeError saying why, the network's error as its cause", async () => {
    const { origin, server } = await serve((_req, res) => res.end());
    await new Promise((resolve) => server.close(resolve));
    servers = [];
    const error = await get(`${origin}/face/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
  });

  /**
   * A server that answers each connection's first request and resets the connection when a second
   * one comes on it, as a server whose keep-alive timeout passed while the connection sat idle.
   */
  async function closingIdle() {
    const requests: string[] = [];
    let connections = 0;
    const sockets = new Set<Socket>();
    const server = createTcpServer((socket) => {
      connections++;
      sockets.add(socket);
      let served = 0;
      socket.on("data", (data) => {
        requests.push(data.toString("latin1").split("\r\n")[0] ?? "");
        if (served++ > 0) return socket.resetAndDestroy();
        socket.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok");
      });
    });
    // Closed with the connections the client keeps alive.
    servers.push({
      close: (done) => {
        for (const socket of sockets) socket.destroy();
        return server.close(done);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return {
      origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
      requests,
      connections: () => connections,
    };
  }

  it("kept alive but reset by the server when reused are sent again on another, whatever the method", async () => {
    const { origin, requests, connections } = await closingIdle();
    expect((await get(`${origin}/face/a`)).text).toBe("ok");
    const post = await platformSend(`${origin}/face/b`, { method: "POST", headers: {}, timeoutMs: 5000, body: "{}" });
    expect(post).toMatchObject({ status: 200, text: "ok" });
    expect(requests).toEqual(["GET /face/a HTTP/1.1", "POST /face/b HTTP/1.1", "POST /face/b HTTP/1.1"]);
    expect(connections()).toBe(2);
  });

  it("reset on a new connection reject with the TypeError of the reset, not sent again", async () => {
    const server = createTcpServer((socket) => {
      socket.on("data", () => socket.resetAndDestroy());
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const error = await get(`${origin}/face/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe("ECONNRESET");
  });
});

describe("timeouts", () => {
  it("end each exchange on its own, in the order of their deadlines, with a TimeoutError", async () => {
    const { origin } = await serve(() => {}); // never answers
    const ended: number[] = [];
    const calls = [300, 100, 200].map((timeoutMs) =>
      get(`${origin}/face/x`, timeoutMs).catch((e: Error) => {
        ended.push(timeoutMs);
        return e;
      }),
    );
    for (const error of await Promise.all(calls)) {
      expect(error).toMatchObject({ name: "TimeoutError", message: "The operation was aborted due to timeout" });
    }
    expect(ended).toEqual([100, 200, 300]);
  });

  it("leave an exchange that has ended alone, and time out one that started after it", async () => {
    let answered = 0;
    const { origin } = await serve((_req, res) => {
      if (answered++ < 2) res.end("ok"); // the first two are answered; later ones never are
    });
    // Two exchanges in flight together, both answered: both leave the clock's list.
    const [a, b] = await Promise.all([get(`${origin}/face/a`, 100), get(`${origin}/face/b`, 150)]);
    expect([a.text, b.text]).toEqual(["ok", "ok"]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // past both deadlines: nothing fires
    // The connections they left stay usable, and a new exchange still times out.
    await expect(get(`${origin}/face/c`, 50)).rejects.toMatchObject({ name: "TimeoutError" });
  });
});

describe("an abort", () => {
  it("that came before the exchange rejects with its reason, sending nothing", async () => {
    const { origin, connections } = await serve((_req, res) => res.end("ok"));
    const controller = new AbortController();
    controller.abort("gone");
    await expect(get(`${origin}/face/x`, 5000, controller.signal)).rejects.toBe("gone");
    expect(connections()).toBe(0);
  });

  it("during the exchange rejects with its reason", async () => {
    const { origin } = await serve(() => {});
    const controller = new AbortController();
    const pending = get(`${origin}/face/x`, 5000, controller.signal);
    setTimeout(() => controller.abort("stopped"), 20);
    await expect(pending).rejects.toBe("stopped");
  });
});

describe("a response", () => {
  it.each([
    [200, true],
    [204, true],
    [299, true],
    [300, false],
    [404, false],
  ])("with status %i is ok: %s", async (status, ok) => {
    const { origin } = await serve((_req, res) => res.writeHead(status).end());
    const response = await get(`${origin}/face/x`);
    expect([response.status, response.ok]).toEqual([status, ok]);
  });

  it("reads a body that came in many chunks whole, and an empty one as empty", async () => {
    const big = "x".repeat(1 << 20);
    const { origin } = await serve((req, res) => {
      if (req.url === "/empty") return res.end();
      res.write(big.slice(0, 1000));
      setTimeout(() => res.end(big.slice(1000)), 10);
    });
    expect((await get(`${origin}/big`)).text).toBe(big);
    expect((await get(`${origin}/empty`)).text).toBe("");
  });

  it("reads headers by any case, a repeated one joined, an absent one as null", async () => {
    const { origin } = await serve((_req, res) => {
      res.setHeader("Set-Cookie", ["a=1", "b=2"]);
      res.setHeader("x-ms-error-code", "Gone");
      res.end();
    });
    const { headers } = await get(`${origin}/face/x`);
    expect(headers.get("X-MS-Error-Code")).toBe("Gone");
    expect(headers.get("set-cookie")).toBe("a=1, b=2");
    expect(headers.get("retry-after")).toBeNull();
    expect([headers.has("x-ms-error-code"), headers.has("retry-after")]).toEqual([true, false]);
  });
});
