// The Face API's routes, built from the operation table: one Fastify route per path and method,
// validated by the table's rules (validation.ts), each request handed to its
// operation's handler; and the service's answers to what no route takes (a validation failure,
// an unknown path, a known path with another method).
import { apiVersions, type Operation } from "@face-training/spec";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { checked } from "./checks.js";
import { error, type Handler, notFound, send } from "./replies.js";
import { closedRule, compileValidator } from "./validation.js";

/**
 * Adds a route for every path and method of the operations, each operation answered by its
 * handler; `settled` runs before an answer is sent (what the request changed is kept).
 */
export function addFaceRoutes(
  app: FastifyInstance,
  operations: readonly Operation[],
  behaviour: (operation: Operation) => Handler,
  settled: () => Promise<void> | undefined,
) {
  // One route per path and method of the spec, validated by its schemas. Operations that share
  // a route (add a face from bytes or from a URL) differ by their body's content type.
  const routes = new Map<string, Operation[]>();
  for (const operation of operations) {
    const route = `${operation.method} ${operation.path}`;
    routes.set(route, [...(routes.get(route) ?? []), operation]);
  }
  for (const shared of routes.values()) {
    // Each operation's handler, behind the checks the spec states beyond its schemas (an image's
    // size and signature, values allowed by another parameter), only where it states them.
    const handlers = shared.map((operation) => [operation, checked(operation, behaviour(operation))] as const);
    const [first] = shared as [Operation];
    // Operations of one content type share the route's body schema (any of theirs): the one a
    // request is taken for checks the body by its own rule too (a dynamic person group's update
    // with `addPersonIds` that are no list is refused, not taken as the plain update).
    const ownRules = new Map(
      shared.length > 1
        ? shared.flatMap((o) =>
            o.body?.rule
              ? [
                  [
                    o,
                    compileValidator({
                      schema: closedRule(o.body.rule, o.body.schema),
                      httpPart: "body",
                      contentType: o.body.contentType,
                    }),
                  ] as const,
                ]
              : [],
          )
        : [],
    );
    // Arrays in a query are comma-separated (explode: false): split them before validation.
    const arrays = first.parameters.filter((p) => p.in === "query" && p.schema.type === "array").map((p) => p.name);
    app.route({
      ...(arrays.length && {
        preValidation: async (request: FastifyRequest) => {
          const query = request.query as Record<string, unknown>;
          for (const name of arrays)
            if (typeof query[name] === "string") query[name] = (query[name] as string).split(",");
        },
      }),
      method: first.method,
      url: `/face/:apiVersion${first.path.replace(/\{(\w+)\}/g, ":$1")}`,
      schema: schemasOf(shared),
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        // The operations of the route that the request's API version has (the route's schema
        // refused a version none of them has).
        const { apiVersion } = request.params as { apiVersion: string };
        const here = handlers.filter(([o]) => !o.versions || o.versions.includes(apiVersion));
        // A body of a type none of them takes (a form sent where only JSON is): as Fastify answers
        // a type it has no parser for.
        const type = mediaType(request.headers["content-type"]);
        if (request.body !== undefined && type && !here.some(([o]) => !o.body || o.body.contentType === type)) {
          return send(reply, error(415, "BadArgument", `Unsupported Media Type: ${type}`));
        }
        const [operation, handle] =
          here.length === 1
            ? (here[0] as (typeof handlers)[number])
            : dispatch(here, request.headers["content-type"], request.body);
        const own = ownRules.get(operation);
        if (own && !own(request.body)) {
          const problems = (own.errors ?? []).map((e) => `body${e.instancePath.replace(/\//g, ".")} ${e.message}`);
          return send(reply, error(400, "BadArgument", `Invalid request: ${problems.join(", ")}.`));
        }
        const answer = handle({
          params: request.params as Record<string, string>,
          query: (request.query ?? {}) as Record<string, unknown>,
          body: request.body,
        });
        // What the request changed is on disk before its answer is sent.
        await settled();
        return send(reply, answer);
      },
    });
  }

  app.setErrorHandler(
    (e: Error & { validation?: unknown; validationContext?: string; statusCode?: number }, request, reply) => {
      if (e.validation) {
        // An unknown API version is an unknown path to the service.
        if (e.validationContext === "params" && /apiVersion/.test(e.message)) return send(reply, notFound());
        const unknown = unknownValue(e.validation, e.validationContext, request);
        return send(reply, error(400, "BadArgument", unknown ?? `Invalid request: ${e.message}.`));
      }
      const status = e.statusCode && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
      request.log.error(e);
      return send(reply, error(status, status === 500 ? "InternalServerError" : "BadArgument", e.message));
    },
  );

  // Unknown paths are 404; a known path with another method is 405, with the methods it has.
  const templates = operations.map((operation) => ({
    method: operation.method,
    pattern: new RegExp(`^/face/[^/]+${operation.path.replace(/\{\w+\}/g, "[^/]+")}$`),
  }));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const allowed = [...new Set(templates.filter((t) => t.pattern.test(path)).map((t) => t.method))];
    if (allowed.length) {
      return send(
        reply,
        error(405, "MethodNotAllowed", `Use ${allowed.join(" or ")} for this path.`, { Allow: allowed.join(", ") }),
      );
    }
    return send(reply, notFound());
  });
}

/**
 * The operation of a shared route a request is: the one whose body has its content type, and
 * among those (identify from a person group or from a large person group) the one whose required
 * body properties the body has, the most specific first; of those that all fit (a dynamic person
 * group's update, with or without person changes), the one whose properties cover the body's
 * with the fewest properties (a body of only a name is the plain update).
 */
function dispatch<T>(handlers: (readonly [Operation, T])[], contentType: string | undefined, body: unknown) {
  const type = mediaType(contentType);
  const typed = handlers.filter(([candidate]) => !candidate.body || candidate.body.contentType === type);
  const required = (o: Operation) => (o.body?.schema.required as string[] | undefined) ?? [];
  const properties = (o: Operation) => Object.keys((o.body?.schema.properties ?? {}) as object);
  const keys = body && typeof body === "object" && !Array.isArray(body) ? Object.keys(body) : [];
  const covers = (o: Operation) => keys.every((key) => properties(o).includes(key));
  const fits = typed
    .filter(([o]) => required(o).every((name) => keys.includes(name)))
    .sort(
      ([a], [b]) =>
        Number(covers(b)) - Number(covers(a)) ||
        required(b).length - required(a).length ||
        properties(a).length - properties(b).length,
    );
  return (fits[0] ?? typed[0] ?? handlers[0]) as readonly [Operation, T];
}

/** A content type without its parameters: `application/json; charset=utf-8` → `application/json`. */
const mediaType = (contentType: string | undefined) => contentType?.split(";")[0]?.trim().toLowerCase();

/**
 * Fastify's route schemas for the operations of one route: their path, query and header
 * parameters (the same for operations that share a route), and each JSON body by content type.
 */
function schemasOf(shared: Operation[]) {
  const [operation] = shared as [Operation];
  const object = (parameters: Operation["parameters"], extra: Record<string, unknown> = {}) => ({
    type: "object",
    properties: {
      ...extra,
      ...Object.fromEntries(
        parameters.map((p) => [p.in === "header" ? p.name.toLowerCase() : p.name, closedRule(p.rule, p.schema)]),
      ),
    },
    required: [...Object.keys(extra), ...parameters.filter((p) => p.required).map((p) => p.name)],
  });
  const of = (location: string) => operation.parameters.filter((p) => p.in === location);
  // Operations of one content type on the route (identify from a person group or a large person
  // group): the body is any of theirs.
  const jsonSchemas = new Map<string, unknown[]>();
  for (const { body } of shared) {
    if (body?.rule)
      jsonSchemas.set(body.contentType, [
        ...(jsonSchemas.get(body.contentType) ?? []),
        closedRule(body.rule, body.schema),
      ]);
  }
  const jsonBodies = [...jsonSchemas].map(
    ([contentType, schemas]) =>
      [contentType, { schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas } }] as const,
  );
  return {
    // An operation exists in the versions the table gives it (all when it names none): another
    // version's path is unknown to the service, 404.
    params: object(of("path"), {
      apiVersion: { type: "string", enum: [...new Set(shared.flatMap((o) => o.versions ?? apiVersions))] },
    }),
    ...(of("query").length && { querystring: object(of("query")) }),
    ...(of("header").length && { headers: object(of("header")) }),
    ...(jsonBodies.length && { body: { content: Object.fromEntries(jsonBodies) } }),
  };
}

interface ValidationProblem {
  keyword: string;
  instancePath: string;
  params: { allowedValues?: unknown[] };
}

/**
 * The service's message for a value outside a list of known values ("'detectionModel' is
 * invalid."), naming the value and the ones the emulator knows; undefined for other problems.
 */
function unknownValue(problems: unknown, context: string | undefined, request: FastifyRequest): string | undefined {
  const problem = (problems as ValidationProblem[]).find((p) => p.keyword === "enum" && p.params.allowedValues);
  if (!problem) return undefined;
  const steps = problem.instancePath.split("/").slice(1).map(decodeURIComponent);
  const source: Record<string, unknown> = { querystring: request.query, body: request.body, headers: request.headers };
  const value = steps.reduce<unknown>(
    (at, step) => (at as Record<string, unknown> | undefined)?.[step],
    source[context ?? ""],
  );
  const name = steps.filter((step) => !/^\d+$/.test(step)).join(".");
  return `'${name}' is invalid: the emulator knows ${problem.params.allowedValues?.join(", ")}, not ${JSON.stringify(value)}.`;
}
