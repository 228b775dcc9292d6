import { readdirSync, readFileSync } from "node:fs";
import { documentOf, operations } from "./openapi.js";

/** One HTTP exchange of a recording: the request as sent, the response as the service answered. */
export interface Exchange {
  request: { method: string; path: string; contentType?: string; body?: unknown };
  response: { status: number; headers?: Record<string, string>; body?: unknown };
}

/** A fixture file: where its exchanges come from, and the exchanges in the order they happened. */
export interface Recording {
  file: string;
  /** `live/…` (recorded from the service) or `documented/…` (built from its documentation). */
  kind: "live" | "documented";
  source: Record<string, string>;
  exchanges: Exchange[];
}

const root = new URL("../recordings/", import.meta.url);

/** Every fixture under test/recordings/live and test/recordings/documented. */
export function recordings(): Recording[] {
  return (["live", "documented"] as const).flatMap((kind) =>
    readdirSync(new URL(`${kind}/`, root))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => {
        const { source, exchanges } = JSON.parse(readFileSync(new URL(`${kind}/${name}`, root), "utf8"));
        return { file: `${kind}/${name}`, kind, source, exchanges };
      }),
  );
}

/** The operation of the committed OpenAPI an exchange is, by method and path template, if any. */
export function operationOf(exchange: Exchange): { operationId: string; path: string } | undefined {
  const path = new URL(exchange.request.path, "http://x").pathname.replace(/^\/face\/[^/]+/, "");
  const found = operations("3.0", documentOf(apiVersionOf(exchange))).find(
    ({ path: template, method }) =>
      method === exchange.request.method.toLowerCase() &&
      new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`).test(path),
  );
  return found && { operationId: found.operation.operationId, path: found.path };
}

/** The API version of a recorded request path: `/face/v1.2-preview.1/…` → `v1.2-preview.1`. */
export const apiVersionOf = (exchange: Exchange) => exchange.request.path.split("/")[2] ?? "";
