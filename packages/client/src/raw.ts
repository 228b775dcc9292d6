// `client.raw`'s openapi-fetch client, in a module of its own: the client imports it with
// import() on the first raw call, so bundlers put it (and openapi-fetch) in a separate chunk.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import type { Call, WireResponse } from "./platform/send.js";

/** An openapi-fetch client that sends through the client's transport (auth, retries, timeouts). */
export function createRawClient(baseUrl: string, send: Call): Client<paths> {
  // openapi-fetch calls fetch with a Request and wants a Response back.
  const fetch = async (request: Request): Promise<Response> => {
    const body = request.body ? await request.arrayBuffer() : undefined;
    const headers = Object.fromEntries(request.headers);
    // A success's body as bytes, so that an image (`parseAs: "arrayBuffer"` or `"blob"`) arrives
    // byte for byte; openapi-fetch reads JSON from them as well.
    const wire = await send(request.url, {
      method: request.method,
      headers,
      signal: request.signal,
      body,
      binary: true,
    });
    return new Response(wire.bytes?.length ? wire.bytes : wire.text || null, {
      status: wire.status,
      headers: headersOf(wire),
    });
  };
  return createClient<paths>({ baseUrl, fetch });
}

/** A response's headers as fetch Headers: fetch's Headers and the Node transport's both have `entries`. */
function headersOf(wire: WireResponse): Headers {
  const headers = wire.headers as { entries?: () => Iterable<[string, string]> };
  return new Headers(headers.entries ? [...headers.entries()] : []);
}
