// The connection to the service, from --endpoint/--key/--api-version/--allow-insecure or the
// environment, and the client over it.
import { type ApiVersion, createFaceClient, type FaceClientMethods } from "@face-training/client";
import { UsageError } from "./usage-error.js";

/** The connection a command line and the environment give. */
export interface Connection {
  endpoint: string;
  key: string;
  apiVersion: string | undefined;
  allowInsecure: boolean;
}

/**
 * The connection from the flags, else FACE_ENDPOINT and FACE_KEY; a usage error of the command
 * when one is missing.
 */
export function connectionFrom(
  command: string,
  values: Record<string, unknown>,
  env: Record<string, string | undefined>,
): Connection {
  const endpoint = (values.endpoint as string | undefined) ?? env.FACE_ENDPOINT;
  const key = (values.key as string | undefined) ?? env.FACE_KEY;
  if (!endpoint) throw new UsageError(command, "--endpoint", "no endpoint: pass --endpoint or set FACE_ENDPOINT");
  if (!key) throw new UsageError(command, "--key", "no key: set FACE_KEY (or pass --key)");
  return {
    endpoint,
    key,
    apiVersion: values["api-version"] as string | undefined,
    allowInsecure: values["allow-insecure"] === true,
  };
}

/**
 * The client of a connection: every method, whatever its API version (known only when the command
 * runs); the client refuses a call of an operation the version lacks, naming the versions that have it.
 */
export function clientOf(connection: Connection): FaceClientMethods {
  return createFaceClient<ApiVersion>({
    endpoint: connection.endpoint,
    credential: { key: connection.key },
    allowInsecureConnection: connection.allowInsecure,
    ...(connection.apiVersion && { apiVersion: connection.apiVersion }),
  });
}
