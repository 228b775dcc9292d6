import createClient, { type Client } from "openapi-fetch";
import { authorizerFor, type FaceCredential } from "./credentials.js";
import { faceBaseUrl } from "./endpoint.js";
import { FaceApiError, isRecord, requestIdOf } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import type { TrainingResult } from "./models.js";

/**
 * A Face API version. The known ones are completed by the editor; any other string is accepted,
 * so a version released after this package still works.
 *
 * @example
 * ```ts
 * const apiVersion: ApiVersion = "v1.2";
 * ```
 */
export type ApiVersion = "v1.1-preview.1" | "v1.2-preview.1" | "v1.2" | (string & {});

/**
 * Options of {@link createFaceClient}.
 *
 * @example
 * ```ts
 * const options: FaceClientOptions = {
 *   endpoint: "https://my-resource.cognitiveservices.azure.com",
 *   credential: { key: process.env.FACE_KEY! },
 * };
 * ```
 */
export interface FaceClientOptions {
  /** The resource endpoint, for example `https://my-resource.cognitiveservices.azure.com`. */
  endpoint: string;
  /** A subscription key (`{ key }`) or a token credential (any `@azure/identity` credential). */
  credential: FaceCredential;
  /**
   * The Face API version.
   * @default "v1.2-preview.1"
   */
  apiVersion?: ApiVersion;
  /**
   * The `fetch` to send requests with.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Allow plain http to a host other than loopback. The key or token then crosses the network
   * in clear text: only for trusted networks, such as a local emulator in a container.
   * @default false
   */
  allowInsecureConnection?: boolean;
}

/**
 * Options of one call.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { signal: AbortSignal.timeout(10_000) };
 * ```
 */
export interface RequestOptions {
  /** Cancels the call; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * A client of the Face training operations, made by {@link createFaceClient}.
 *
 * @example
 * ```ts
 * const result = await client.getPersonGroupTrainingStatus("my-group");
 * ```
 */
export interface FaceClient {
  /**
   * Reads the training status of a person group.
   * Rejects with {@link FaceApiError} when the service answers with an error.
   *
   * @example
   * ```ts
   * const { status, message } = await client.getPersonGroupTrainingStatus("my-group");
   * ```
   */
  getPersonGroupTrainingStatus(personGroupId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * The typed openapi-fetch client underneath, with authentication applied: every operation of
   * the spec by its path, for what the methods above do not cover.
   *
   * @example
   * ```ts
   * const { data, error, response } = await client.raw.GET("/persongroups/{personGroupId}/training", {
   *   params: { path: { personGroupId: "my-group" } },
   * });
   * ```
   */
  readonly raw: Client<paths>;
}

/** The API version used when none is given. */
export const DEFAULT_API_VERSION = "v1.2-preview.1";

/**
 * Creates a client of the Face training operations.
 *
 * @example
 * ```ts
 * import { createFaceClient } from "@face-training/client";
 *
 * const client = createFaceClient({
 *   endpoint: "https://my-resource.cognitiveservices.azure.com",
 *   credential: { key: process.env.FACE_KEY! },
 * });
 * const { status } = await client.getPersonGroupTrainingStatus("my-group");
 * ```
 */
export function createFaceClient(options: FaceClientOptions): FaceClient {
  const baseUrl = faceBaseUrl(
    options.endpoint,
    options.apiVersion ?? DEFAULT_API_VERSION,
    options.allowInsecureConnection ?? false,
  );
  const authorize = authorizerFor(options.credential);
  const baseFetch = options.fetch ?? globalThis.fetch;

  // Authentication is applied per request inside fetch, so `raw` is authenticated too.
  const authenticatedFetch = async (request: Request): Promise<Response> => {
    await authorize(request.headers, request.signal);
    return baseFetch(request);
  };
  const raw = createClient<paths>({ baseUrl, fetch: authenticatedFetch });

  return {
    raw,
    async getPersonGroupTrainingStatus(personGroupId, { signal } = {}) {
      const { response, data, error } = await raw.GET("/persongroups/{personGroupId}/training", {
        params: { path: { personGroupId } },
        parseAs: "text",
        ...(signal ? { signal } : {}),
      });
      if (!response.ok) throw FaceApiError.fromResponse(response, error);
      return readResult(response, data);
    },
  };
}

/**
 * The TrainingResult in the text of a 2xx response, or a FaceApiError when it is not one.
 * (openapi-fetch parses error bodies itself, but would throw a SyntaxError on a malformed 2xx one.)
 */
function readResult(response: Response, text: string | undefined): TrainingResult {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!isRecord(body) || typeof body.status !== "string") {
    throw FaceApiError.create({
      status: response.status,
      reason: "The Face API answered with a body that is not a TrainingResult",
      requestId: requestIdOf(response),
    });
  }
  return body as TrainingResult;
}
