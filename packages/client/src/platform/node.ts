// The default transport on Node (chosen by the "node" condition of the package's `#platform`
// import, so browser bundles never include it): node:http and node:https with keep-alive
// agents. Node's fetch pays for WHATWG streams and Request/Response objects on every call;
// this does the same exchange faster (see BENCHMARKS.md). On the hot path: no URL parsing (the
// origin's options are kept), no AbortSignal and no timer per exchange (one clock times out
// every exchange in flight), a listener on the caller's signal only when there is one.
import type { Agent, ClientRequest, IncomingHttpHeaders, RequestOptions } from "node:http";
import type { Send, SendInit, WireResponse } from "./send.js";

type Module = typeof import("node:http") | typeof import("node:https");
/** What a request to one origin is sent with: its module's `request`, agent and address. */
interface Target {
  request: Module["request"];
  options: RequestOptions;
}

// node:http and node:https (which loads TLS) are imported by the first request that needs them,
// not when the client is imported, so importing the client stays cheap (see BENCHMARKS.md).
const modules: Record<string, Promise<{ request: Module["request"]; agent: Agent }>> = {};
const targets = new Map<string, Target>();

/** The target of an origin (`https://host:port`), its module loaded and its address parsed once. */
async function connect(origin: string): Promise<Target> {
  const { protocol, hostname, port } = new URL(origin);
  const name = protocol === "https:" ? "https" : "http";
  modules[name] ??= import(`node:${name}`).then((module: Module) => ({
    request: module.request,
    agent: new module.Agent({ keepAlive: true }),
  }));
  const { request, agent } = await modules[name];
  const target: Target = {
    request,
    // URL keeps an IPv6 host in brackets; node:http wants it without.
    options: { protocol, hostname: hostname.replace(/^\[(.*)\]$/, "$1"), port, agent },
  };
  targets.set(origin, target);
  return target;
}

/** An exchange in flight: when it times out, and how; a link of the list of those in flight. */
interface Watched {
  at: number;
  expire(): void;
  prev?: Watched | undefined;
  next?: Watched | undefined;
}

// The timeouts of every exchange in flight, on one clock: a timer armed at the earliest
// deadline, which expires what is due and re-arms for the next. An exchange that ends only
// leaves the list: no timer is set or cleared per exchange (a timer per exchange, set and
// cleared around each call, cost a tenth of a sequential call's throughput). The list is linked
// through the exchanges themselves, so that joining and leaving it allocate nothing. The timer
// is unref'd, as AbortSignal.timeout's is: an exchange in flight keeps the process alive by its
// socket.
let first: Watched | undefined;
let clock: ReturnType<typeof setTimeout> | undefined;
let clockAt = Number.POSITIVE_INFINITY;

function watch(exchange: Watched) {
  exchange.next = first;
  if (first) first.prev = exchange;
  first = exchange;
  if (exchange.at < clockAt) arm(exchange.at);
}

function unwatch(exchange: Watched) {
  if (exchange.prev) exchange.prev.next = exchange.next;
  else if (first === exchange) first = exchange.next;
  else return; // not in the list (any more)
  if (exchange.next) exchange.next.prev = exchange.prev;
  exchange.prev = exchange.next = undefined;
}

function arm(at: number) {
  clearTimeout(clock);
  clockAt = at;
  clock = setTimeout(sweep, at - performance.now()).unref();
}

function sweep() {
  clockAt = Number.POSITIVE_INFINITY;
  const now = performance.now();
  let next = Number.POSITIVE_INFINITY;
  for (let exchange = first; exchange; ) {
    const following = exchange.next;
    if (exchange.at <= now) {
      unwatch(exchange);
      exchange.expire();
    } else if (exchange.at < next) next = exchange.at;
    exchange = following;
  }
  if (next < clockAt) arm(next);
}

export const platformSend: Send = (url, init) => {
  const slash = url.indexOf("/", url.indexOf("//") + 2);
  const origin = slash < 0 ? url : url.slice(0, slash);
  const path = slash < 0 ? "/" : url.slice(slash);
  const target = targets.get(origin);
  return target ? exchange(target, path, init) : connect(origin).then((t) => exchange(t, path, init));
};

function exchange(target: Target, path: string, { method, headers, signal, timeoutMs, body, binary }: SendInit) {
  return new Promise<WireResponse>((resolve, reject) => {
    // Like fetch: an abort rejects with the signal's reason, the timeout with a TimeoutError, a
    // network error with a TypeError, which says what happened (`connect ECONNREFUSED
    // 127.0.0.1:9`), not "fetch failed". The first outcome wins; the exchange is then ended.
    if (signal?.aborted) return reject(signal.reason);
    let request: ClientRequest | undefined;
    const watched: Watched = {
      at: performance.now() + Math.min(timeoutMs, 2 ** 31 - 1), // setTimeout's limit: about 24.8 days
      expire: () => end(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    };
    let ended = false;
    const end = (error?: Error) => {
      ended = true;
      unwatch(watched);
      signal?.removeEventListener("abort", abort);
      if (error) {
        reject(error);
        request?.destroy();
      }
    };
    const abort = () => end(signal?.reason);
    const fail = (error: Error) => end(new TypeError(error.message, { cause: error }));
    watch(watched);
    signal?.addEventListener("abort", abort);
    const send = () => {
      let answered = false;
      request = target.request({ ...target.options, path, method, headers }, (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", fail);
        response.on("end", () => {
          end();
          const status = response.statusCode ?? 0;
          // A copy of their own, as fetch's arrayBuffer() gives: a Buffer may share its memory with others.
          if (binary && status >= 200 && status < 300) {
            return resolve(wireResponse(status, response.headers, "", new Uint8Array(Buffer.concat(chunks))));
          }
          const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))?.toString("utf8") ?? "";
          resolve(wireResponse(status, response.headers, text));
        });
      });
      const sent = request;
      sent.on("error", (error: Error & { code?: string }) => {
        // A kept-alive connection the server closed while idle (its keep-alive timeout passed as
        // the request left) resets before any answer: the server read nothing, so the request is
        // sent again, once per such connection, on another (Node's advice for `reusedSocket`).
        if (!ended && sent.reusedSocket && !answered && STALE.has(error.code ?? "")) return send();
        fail(error);
      });
      sent.end(body instanceof ArrayBuffer ? Buffer.from(body) : body);
    };
    send();
  });
}

/** The errors of a request on a kept-alive connection the server had closed. */
const STALE = new Set(["ECONNRESET", "EPIPE"]);

/** The response's headers, as fetch's Headers reads them: by any case of the name. */
class WireHeaders {
  constructor(private readonly headers: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.headers[name.toLowerCase()] !== undefined;
  }
  /** For `raw`, which turns this into a fetch Response. */
  entries(): [string, string][] {
    return Object.keys(this.headers).map((name) => [name, this.get(name) as string]);
  }
}

const wireResponse = (
  status: number,
  headers: IncomingHttpHeaders,
  text: string,
  bytes?: Uint8Array<ArrayBuffer>,
): WireResponse => ({
  status,
  ok: status >= 200 && status < 300,
  headers: new WireHeaders(headers),
  text,
  ...(bytes && { bytes }),
});
