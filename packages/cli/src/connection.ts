// What every face-training command shares: the exit codes, the usage error, and the connection
// to the service from --endpoint/--key/--api-version/--allow-insecure or the environment.
import { createFaceClient, type FaceClient } from "@face-training/client";

/** The exit codes, documented in --help. */
export const EXIT = { ok: 0, operationFailed: 1, usage: 2, serviceError: 3, timedOut: 4 } as const;

/** A command line the CLI cannot take. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The connection flags, for parseArgs. */
export const CONNECTION_FLAGS = {
  endpoint: { type: "string" },
  key: { type: "string" },
  "api-version": { type: "string" },
  "allow-insecure": { type: "boolean", default: false },
} as const;

/** The connection a command line and the environment give. */
export interface Connection {
  endpoint: string;
  key: string;
  apiVersion: string | undefined;
  allowInsecure: boolean;
}

/** The connection from the flags, else FACE_ENDPOINT and FACE_KEY; a usage error when one is missing. */
export function connectionFrom(values: Record<string, unknown>, env: Record<string, string | undefined>): Connection {
  const endpoint = (values.endpoint as string | undefined) ?? env.FACE_ENDPOINT;
  const key = (values.key as string | undefined) ?? env.FACE_KEY;
  if (!endpoint) throw new UsageError("no endpoint: pass --endpoint or set FACE_ENDPOINT");
  if (!key) throw new UsageError("no key: set FACE_KEY (or pass --key)");
  return {
    endpoint,
    key,
    apiVersion: values["api-version"] as string | undefined,
    allowInsecure: values["allow-insecure"] === true,
  };
}

/** The client of a connection. */
export function clientOf(connection: Connection): FaceClient {
  return createFaceClient({
    endpoint: connection.endpoint,
    credential: { key: connection.key },
    allowInsecureConnection: connection.allowInsecure,
    ...(connection.apiVersion && { apiVersion: connection.apiVersion }),
  });
}
