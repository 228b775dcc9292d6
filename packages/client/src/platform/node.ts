// The default transport on Node (chosen by the "node" condition of the package's `#platform`
// import, so browser bundles never include it): node:http and node:https with keep-alive
// agents. Node's fetch pays for WHATWG streams and Request/Response objects on every call;
// this does the same exchange faster (see BENCHMARKS.md).
import type { Agent, IncomingHttpHeaders } from "node:http";
import type { Send, SendInit, WireResponse } from "./send.js";

type Module = typeof import("node:http") | typeof import("node:https");
interface Transport {
  agent: Agent;
  request: Module["request"];
}

// node:http and node:https (which loads TLS) are imported by the first request that needs them,
// not when the client is imported, so importing the client stays cheap (see BENCHMARKS.md).
const transports: Record<string, Promise<Transport>> = {};
const load = (protocol: "http" | "https"): Promise<Transport> => {
  transports[protocol] ??= import(`node:${protocol}`).then((module: Module) => ({
    agent: new module.Agent({ keepAlive: true }),
    request: module.request,
  }));
  return transports[protocol];
};

export const platformSend: Send = async (url, init) =>
  exchange(await load(url.startsWith("https:") ? "https" : "http"), url, init);

function exchange(
  transport: Transport,
  url: string,
  { method, headers, signal, body }: SendInit,
): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    // Like fetch: an abort rejects with the signal's reason, a network error with a TypeError,
    // which says what happened (`connect ECONNREFUSED 127.0.0.1:9`), not "fetch failed".
    const fail = (error: Error) =>
      reject(signal.aborted ? signal.reason : new TypeError(error.message, { cause: error }));
    if (signal.aborted) return fail(new Error("aborted"));
    const request = transport.request(url, { method, headers, agent: transport.agent, signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("end", () =>
        resolve(wireResponse(response.statusCode ?? 0, response.headers, Buffer.concat(chunks).toString("utf8"))),
      );
    });
    request.on("error", fail);
    request.end(body === undefined ? undefined : Buffer.from(body));
  });
}

function wireResponse(status: number, headers: IncomingHttpHeaders, text: string): WireResponse {
  const get = (name: string) => {
    const value = headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: {
      get,
      has: (name) => get(name) !== null,
      // For `raw`, which turns this into a fetch Response.
      entries: () => Object.keys(headers).map((name) => [name, get(name) as string]),
    } as WireResponse["headers"],
    text: async () => text,
  };
}
