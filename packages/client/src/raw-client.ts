import type { Client, Middleware } from "openapi-fetch";
import type { Context, FaceContext } from "./context.js";
import type { paths } from "./generated/openapi.js";

const MEMBERS = new Set<string | symbol>([
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
  "request",
  "use",
  "eject",
]);

/**
 * The openapi-fetch client for `raw`, loaded on its first call: a bundler puts openapi-fetch in
 * a chunk of its own, so an application that only calls the methods does not ship it.
 * Middleware registered with `use` applies to every later call, as on openapi-fetch's client.
 */
export function lazyRawClient(context: FaceContext): Client<paths> {
  let client: Promise<Client<paths>> | undefined;
  const middleware: Middleware[] = [];
  return new Proxy({} as Client<paths>, {
    // Only openapi-fetch's own members: anything else (`then`, so `await client.raw` is the
    // client itself, not a call that never settles) is undefined, as on a plain object.
    get: (_, method: keyof Client<paths>) =>
      !MEMBERS.has(method)
        ? undefined
        : method === "use"
          ? (...added: Middleware[]) => middleware.push(...added)
          : method === "eject"
            ? (...removed: Middleware[]) =>
                removed.map((m) => middleware.includes(m) && middleware.splice(middleware.indexOf(m), 1))
            : async (...args: unknown[]) => {
                client ??= import("./raw.js").then(({ createRawClient }) =>
                  createRawClient(context.baseUrl, (context as Context).send),
                );
                const init = method === "request" ? 2 : 1; // request(method, path, init); GET(path, init)
                args[init] = {
                  ...(args[init] as object),
                  middleware: [...middleware, ...((args[init] as { middleware?: [] })?.middleware ?? [])],
                };
                // biome-ignore lint/suspicious/noExplicitAny: forwards any openapi-fetch call as it is
                return ((await client)[method] as any)(...args);
              },
  });
}
