import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the server received. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body as UTF-8 text. */
  body: string;
  /** The body's bytes, as they arrived (an image, a multipart form). */
  bytes: Buffer;
  /** When it arrived (performance.now()). */
  at: number;
}

/** What the server answers with. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A string or bytes (a Uint8Array) are sent as they are; anything else as JSON. Omitted: an empty body. */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Cut the connection instead of answering: a network error for the client. */
  destroy?: boolean;
}

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface TestServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stops the server, cutting open connections; calling it again is harmless. */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port that answers each request with the handler's reply. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: bytes.toString("utf8"),
      bytes,
      at: performance.now(),
    };
    requests.push(recorded);
    const reply = await handler(recorded);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const as = typeof reply.body === "string" || reply.body instanceof Uint8Array ? "is" : "json";
    const body =
      reply.body === undefined ? "" : as === "is" ? (reply.body as string | Uint8Array) : JSON.stringify(reply.body);
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined && as === "json") headers["content-type"] ??= "application/json";
    res.writeHead(reply.status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    // Idempotent, so a test may close early and an afterEach hook may close again.
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}

/** A handler that answers with the replies in order, then repeats the last one. */
export function inOrder(...replies: Reply[]): Handler {
  let next = 0;
  return () => {
    const reply = replies[Math.min(next, replies.length - 1)];
    next += 1;
    if (!reply) throw new Error("inOrder needs at least one reply");
    return reply;
  };
}
export { spawnListening } from "./process.js";
