import { platformSend } from "#platform";
import { authorizerFor, type FaceCredential } from "./credentials.js";
import { type apiVersions, defaultApiVersion } from "./generated/versions.js";
import { type Call, sendWithFetch } from "./platform/send.js";
import { createTransport, type RetryOptions } from "./transport.js";
import { checkNumbers, faceBaseUrl } from "./validate.js";

/**
 * A Face API version. The versions the spec describes are completed by the editor; any other
 * string is accepted, so a version released after this package still works.
 *
 * @example
 * ```ts
 * const apiVersion: ApiVersion = "v1.2";
 * ```
 */
export type ApiVersion = (typeof apiVersions)[number] | (string & {});

/**
 * The API version used when none is given: the newest generally available version the spec
 * declares.
 *
 * @example
 * ```ts
 * createFaceClient({ endpoint, credential, apiVersion: DEFAULT_API_VERSION });
 * ```
 */
export const DEFAULT_API_VERSION: ApiVersion = defaultApiVersion;

/**
 * Options of {@link createFaceClient} and {@link createFaceContext}.
 *
 * @example
 * ```ts
 * const options: FaceClientOptions = {
 *   endpoint: "https://my-resource.cognitiveservices.azure.com",
 *   credential: { key: process.env.FACE_KEY! },
 *   retry: { maxRetries: 5 },
 *   timeoutMs: 10_000,
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
   * @default {@link DEFAULT_API_VERSION}, the newest generally available version the spec describes
   */
  apiVersion?: ApiVersion;
  /**
   * The `fetch` to send requests with. By default the client uses `node:http`/`node:https` with
   * keep-alive on Node (several times the throughput of Node's fetch) and `globalThis.fetch`
   * elsewhere.
   * @default the platform's transport
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Allow plain http to a host other than loopback. The key or token then crosses the network
   * in clear text: only for trusted networks, such as a local emulator in a container.
   * @default false
   */
  allowInsecureConnection?: boolean;
  /**
   * Retries of idempotent requests on network errors, timeouts and 408, 429, 500, 502, 503, 504,
   * and of other requests (POST) on 429 only, waiting as `Retry-After` asks or with exponential
   * backoff; `false` sends every request once.
   * @default `{ maxRetries: 3, baseDelayMs: 500, maxDelayMs: 10000, maxRetryAfterMs: 60000 }`
   */
  retry?: RetryOptions | false;
  /**
   * How long one attempt may take, response body included, before it is abandoned (and retried).
   * @default 30000
   */
  timeoutMs?: number;
}

/**
 * What the operation functions send with (`getPersonGroupTrainingStatus(context, …)`): the API's
 * base URL, and inside, the transport (authentication, retries, timeouts). Made only by
 * {@link createFaceContext}. Calling the operation functions rather than a {@link FaceClient}'s
 * methods lets a bundler keep only the operations an application calls.
 *
 * @example
 * ```ts
 * const context: FaceContext = createFaceContext({ endpoint, credential: { key } });
 * ```
 */
export interface FaceContext {
  /** `{endpoint}/face/{apiVersion}`. */
  readonly baseUrl: string;
}

/** The context as the operation functions use it. */
export interface Context extends FaceContext {
  /** The API version of the base URL, for refusing an operation it does not have. */
  readonly apiVersion: string;
  /** Sends a request with authentication, retries and timeouts. */
  readonly send: Call;
  /** Every secret the requests have carried, to cut out of anything an error repeats. */
  readonly secret: () => readonly string[];
}

/**
 * Creates the context the operation functions send with. Throws {@link FaceValidationError} for
 * an endpoint that is not https (but to loopback), a credential of neither kind, or options out
 * of range.
 *
 * @example
 * ```ts
 * import { createFaceContext, getPersonGroupTrainingStatus } from "@face-training/client";
 *
 * const face = createFaceContext({ endpoint, credential: { key: process.env.FACE_KEY! } });
 * const { status } = await getPersonGroupTrainingStatus(face, "my-group");
 * ```
 */
export function createFaceContext(options: FaceClientOptions): FaceContext {
  const { retry, timeoutMs = 30_000 } = options;
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  const baseUrl = faceBaseUrl(options.endpoint, apiVersion, options.allowInsecureConnection);
  const [authorize, secret] = authorizerFor(options.credential);
  checkNumbers({ timeoutMs }, 1);
  checkNumbers(retry || {}, 0, "retry.");
  const send = createTransport(
    options.fetch ? sendWithFetch(options.fetch) : platformSend,
    authorize,
    retry,
    timeoutMs,
  );
  const context: Context = { baseUrl, apiVersion, send, secret };
  return context;
}
