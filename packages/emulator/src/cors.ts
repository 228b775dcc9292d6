// CORS on the Face API routes, so that a web app served on another origin can call the emulator as
// it calls the service: a browser sends the key in a header of its own, so it first asks with a
// preflight (`OPTIONS`, no key), which is answered here, before the key check; every other
// request still needs the key. The emulator's own pages and routes (`/console`, `/emulator/…`)
// get no CORS: another origin's page cannot read them.
import { type Operation, operations } from "@face-training/spec";
import cors, { type FastifyCorsOptions } from "@fastify/cors";
import type { FastifyInstance } from "fastify";

/**
 * The response headers a client reads, which a page on another origin sees only when they are
 * exposed: those the spec declares (`Operation-Location`, `x-ms-error-code`), and those of the
 * transport (the request id of an error, the wait a 429 asks for).
 */
export const EXPOSED_HEADERS: string[] = [
  ...new Set([
    ...operations.flatMap((operation: Operation) =>
      [operation.success, ...operation.errors].flatMap((response) => response.headers.map((h) => h.name)),
    ),
    "apim-request-id",
    "Retry-After",
  ]),
];

/** The Face API's prefix: CORS applies to the routes under it only. */
const FACE = "/face/";

/**
 * Answers CORS on the Face API routes for the given origins (`["*"]` or none: any origin). Must be
 * awaited before the key check is added, so that a preflight is answered before it.
 */
export async function allowCrossOrigin(app: FastifyInstance, origins: readonly string[] = []): Promise<void> {
  const face: FastifyCorsOptions = {
    origin: origins.length === 0 || origins.includes("*") ? "*" : [...origins],
    methods: [...new Set(operations.map((operation) => operation.method))],
    exposedHeaders: EXPOSED_HEADERS,
  };
  await app.register(cors, {
    // A request without an Origin is not a CORS request: it goes on as before (the key check,
    // then its route or the 404/405 answers).
    delegator: (request, callback) =>
      callback(null, request.url.startsWith(FACE) && request.headers.origin ? face : { origin: false }),
  });
  // Train answers with its own `Access-Control-Expose-Headers: Operation-Location`, as the service
  // does; keep the others exposed beside it.
  app.addHook("onSend", async (_request, reply) => {
    if (!reply.hasHeader("access-control-allow-origin")) return;
    const given = String(reply.getHeader("access-control-expose-headers") ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean);
    const names = new Map([...given, ...EXPOSED_HEADERS].map((name) => [name.toLowerCase(), name]));
    reply.header("access-control-expose-headers", [...names.values()].join(", "));
  });
}
