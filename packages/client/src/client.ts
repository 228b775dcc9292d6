import type { Client, Middleware } from "openapi-fetch";
import { platformSend } from "#platform";
import { authorizerFor, type FaceCredential } from "./credentials.js";
import { faceApiError, TrainingFailedError } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { type apiVersions, defaultApiVersion, resultShapes, trainingOperations } from "./generated/rules.js";
import type { TrainingResult } from "./models.js";
import { type Call, sendWithFetch, type WireResponse } from "./platform/send.js";
import { createTransport, type RetryOptions, retryAfterMs, sleep } from "./transport.js";
import { checkNumbers, checkPathParameter, faceBaseUrl, type PathParameter } from "./validate.js";

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
 * Options of {@link createFaceClient}.
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
   * and of a train request on 429 only, waiting as `Retry-After` asks or with exponential
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
 * Options of one call.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { signal: AbortSignal.timeout(10_000) };
 * ```
 */
export interface RequestOptions {
  /** Cancels the call, retries and waits included; it then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Options of a wait for a training to end.
 *
 * @example
 * ```ts
 * const options: WaitOptions = { intervalMs: 5_000, onProgress: (r) => console.log(r.status) };
 * ```
 */
export interface WaitOptions extends RequestOptions {
  /**
   * The pause between two status requests, unless a response asks for another with `Retry-After`.
   * Training a small group takes seconds and a large one minutes: 2 s finds the end within 2 s
   * at 30 requests a minute, the same default as the official SDK's poller. On a tier limited
   * to fewer requests, the service answers 429 with `Retry-After`, which is honoured.
   * @default 2000
   */
  intervalMs?: number;
  /**
   * Give up after this long, rejecting with a `TimeoutError`; `Infinity` waits as long as the
   * training runs.
   * @default 1800000 (30 minutes)
   */
  timeoutMs?: number;
  /** Called with every status received, the last one included. */
  onProgress?: (result: TrainingResult) => void;
}

/**
 * A client of the Face training operations, made by {@link createFaceClient}: for each kind of
 * container (person group, large person group, large face list), start its training, read its
 * training status, and wait for the training to end.
 *
 * Every method rejects with {@link FaceValidationError} (nothing sent) when the id breaks the
 * spec's rules, with {@link FaceApiError} when the service answers with an error, and with the
 * signal's reason when aborted. The wait methods reject with {@link TrainingFailedError} when the
 * training fails, and need only the id, so a process that restarts can resume waiting.
 *
 * @example
 * ```ts
 * await client.trainPersonGroup("my-group");
 * const result = await client.waitForPersonGroupTraining("my-group");
 * ```
 */
export interface FaceClient {
  /**
   * Starts the training of a person group. Resolves as soon as the service accepts it, with the URL of
   * its training status; follow it with {@link FaceClient.waitForPersonGroupTraining}.
   *
   * @example
   * ```ts
   * await client.trainPersonGroup("my-person-group");
   * ```
   */
  trainPersonGroup(personGroupId: string, options?: RequestOptions): Promise<TrainingAccepted>;
  /**
   * Reads the training status of a person group.
   *
   * @example
   * ```ts
   * const { status, message } = await client.getPersonGroupTrainingStatus("my-person-group");
   * ```
   */
  getPersonGroupTrainingStatus(personGroupId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Polls the training status of a person group until the training ends: see {@link WaitOptions}.
   *
   * @example
   * ```ts
   * const result = await client.waitForPersonGroupTraining("my-person-group", {
   *   onProgress: ({ status }) => console.log(status),
   * });
   * ```
   */
  waitForPersonGroupTraining(personGroupId: string, options?: WaitOptions): Promise<TrainingResult>;
  /**
   * Starts the training of a large person group. Resolves as soon as the service accepts it, with the URL of
   * its training status; follow it with {@link FaceClient.waitForLargePersonGroupTraining}.
   *
   * @example
   * ```ts
   * await client.trainLargePersonGroup("my-large-person-group");
   * ```
   */
  trainLargePersonGroup(largePersonGroupId: string, options?: RequestOptions): Promise<TrainingAccepted>;
  /**
   * Reads the training status of a large person group.
   *
   * @example
   * ```ts
   * const { status, message } = await client.getLargePersonGroupTrainingStatus("my-large-person-group");
   * ```
   */
  getLargePersonGroupTrainingStatus(largePersonGroupId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Polls the training status of a large person group until the training ends: see {@link WaitOptions}.
   *
   * @example
   * ```ts
   * const result = await client.waitForLargePersonGroupTraining("my-large-person-group", {
   *   onProgress: ({ status }) => console.log(status),
   * });
   * ```
   */
  waitForLargePersonGroupTraining(largePersonGroupId: string, options?: WaitOptions): Promise<TrainingResult>;
  /**
   * Starts the training of a large face list. Resolves as soon as the service accepts it, with the URL of
   * its training status; follow it with {@link FaceClient.waitForLargeFaceListTraining}.
   *
   * @example
   * ```ts
   * await client.trainLargeFaceList("my-large-face-list");
   * ```
   */
  trainLargeFaceList(largeFaceListId: string, options?: RequestOptions): Promise<TrainingAccepted>;
  /**
   * Reads the training status of a large face list.
   *
   * @example
   * ```ts
   * const { status, message } = await client.getLargeFaceListTrainingStatus("my-large-face-list");
   * ```
   */
  getLargeFaceListTrainingStatus(largeFaceListId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Polls the training status of a large face list until the training ends: see {@link WaitOptions}.
   *
   * @example
   * ```ts
   * const result = await client.waitForLargeFaceListTraining("my-large-face-list", {
   *   onProgress: ({ status }) => console.log(status),
   * });
   * ```
   */
  waitForLargeFaceListTraining(largeFaceListId: string, options?: WaitOptions): Promise<TrainingResult>;
  /**
   * A typed openapi-fetch client with the same authentication, retries and timeouts: every
   * operation of the spec by its path, for what the methods above do not cover. openapi-fetch is
   * loaded on the first call, so applications that never use `raw` do not bundle it.
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

/**
 * The service accepted a training: it runs in the background.
 *
 * @example
 * ```ts
 * const { operationLocation } = await client.trainPersonGroup("my-group");
 * ```
 */
export interface TrainingAccepted {
  /** The URL of the container's training status (the `operation-Location` header). */
  operationLocation: string;
}

// Every kind of container the spec can train has its three methods above: adding a kind to the
// spec fails this check until the methods are declared and documented.
type Kind = keyof typeof trainingOperations;
type Assert<T extends true> = T;
export type _EveryKindHasItsMethods = Assert<
  FaceClient extends Record<`train${Kind}` | `get${Kind}TrainingStatus` | `waitFor${Kind}Training`, unknown>
    ? true
    : false
>;

/**
 * The API version used when none is given.
 *
 * @example
 * ```ts
 * createFaceClient({ endpoint, credential, apiVersion: DEFAULT_API_VERSION });
 * ```
 */
export const DEFAULT_API_VERSION: ApiVersion = defaultApiVersion;

/**
 * Creates a client of the Face training operations. Throws {@link FaceValidationError} for an
 * endpoint that is not https (but to loopback), a credential of neither kind, or options out of
 * range.
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
  const { retry, timeoutMs = 30_000 } = options;
  const baseUrl = faceBaseUrl(
    options.endpoint,
    options.apiVersion ?? DEFAULT_API_VERSION,
    options.allowInsecureConnection,
  );
  const [authorize, secret] = authorizerFor(options.credential);
  checkNumbers({ timeoutMs }, 1);
  checkNumbers(retry || {}, 0, "retry.");
  const send = createTransport(
    options.fetch ? sendWithFetch(options.fetch) : platformSend,
    authorize,
    retry,
    timeoutMs,
  );

  /**
   * Sends an operation of the table for one container id and returns the parsed body with the
   * response, or rejects: FaceValidationError for a bad id (nothing sent), FaceApiError for an
   * error or a success response that lacks the documented body or headers.
   */
  async function call(operation: Operation, id: string, signal?: AbortSignal): Promise<[unknown, WireResponse]> {
    const [placeholder, parameter] = operation.path.match(/\{(\w+)\}/) as [string, PathParameter];
    checkPathParameter(parameter, id);
    let response: WireResponse;
    let body: unknown;
    try {
      const url = baseUrl + operation.path.replace(placeholder, id);
      response = await send(url, { method: operation.method, headers: {}, signal });
      body = parseJson(await response.text());
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      // fetch reports a network error as a TypeError; an abort, a timeout or a credential's
      // own error is passed on as it is.
      throw e?.constructor === TypeError
        ? faceApiError(0, `Could not reach the Face API: ${e}`, {}, secret, undefined, e)
        : e;
    }
    const documented =
      "result" in operation
        ? matches(body, resultShapes[operation.result])
        : operation.headers.every((header) => response.headers.has(header));
    if (response.ok && documented) return [body, response];
    const expected = "result" in operation ? `a ${operation.result} body` : operation.headers.join(", ");
    throw faceApiError(
      response.status,
      response.ok && `The Face API answered without ${expected}`,
      body,
      secret,
      response,
    );
  }

  const client: Record<string, unknown> = { raw: lazyClient(baseUrl, send) };
  for (const [kind, { train, status }] of Object.entries(trainingOperations)) {
    const what = (id: string) => `${kind.replace(/\B[A-Z]/g, " $&").toLowerCase()} ${JSON.stringify(id)}`;

    client[`train${kind}`] = async (id: string, { signal }: RequestOptions = {}): Promise<TrainingAccepted> => {
      const [, response] = await call(train, id, signal);
      // Each required header of the 202, by its camelCase name: operation-Location → operationLocation.
      const camel = (header: string) => header.toLowerCase().replace(/-(.)/g, (_, c: string) => c.toUpperCase());
      return Object.fromEntries(
        train.headers.map((h) => [camel(h), response.headers.get(h)]),
      ) as unknown as TrainingAccepted;
    };

    client[`get${kind}TrainingStatus`] = async (id: string, { signal }: RequestOptions = {}) =>
      (await call(status, id, signal))[0];

    client[`waitFor${kind}Training`] = async (
      id: string,
      { intervalMs = 2000, timeoutMs = 1_800_000, signal, onProgress }: WaitOptions = {},
    ): Promise<TrainingResult> => {
      checkNumbers({ intervalMs }, 0);
      checkNumbers({ timeoutMs }, 1);
      const deadline = new AbortController();
      const timer = setTimeout(
        () =>
          deadline.abort(
            new DOMException(`Training of ${what(id)} did not end within ${timeoutMs} ms`, "TimeoutError"),
          ),
        Math.min(timeoutMs, 2 ** 31 - 1), // setTimeout's limit: about 24.8 days
      );
      const waitSignal = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
      try {
        for (;;) {
          const [body, response] = await call(status, id, waitSignal);
          const result = body as TrainingResult;
          onProgress?.(result);
          if (result.status === "succeeded") return result;
          if (result.status === "failed") throw new TrainingFailedError(what(id), result);
          await sleep(retryAfterMs(response) ?? intervalMs, waitSignal);
        }
      } finally {
        clearTimeout(timer);
      }
    };
  }
  return client as unknown as FaceClient;
}

/** An operation of the generated table: a train (required headers) or a status (result schema). */
type Operation =
  | { method: string; path: string; headers: readonly string[] }
  | { method: string; path: string; result: keyof typeof resultShapes };

/**
 * The openapi-fetch client for `raw`, loaded on its first call: a bundler puts openapi-fetch in
 * a chunk of its own, so an application that only calls the methods above does not ship it.
 * Middleware registered with `use` applies to every later call, as on openapi-fetch's client.
 */
function lazyClient(baseUrl: string, send: Call): Client<paths> {
  let client: Promise<Client<paths>> | undefined;
  const middleware: Middleware[] = [];
  return new Proxy({} as Client<paths>, {
    get: (_, method: keyof Client<paths>) =>
      method === "use"
        ? (...added: Middleware[]) => middleware.push(...added)
        : method === "eject"
          ? (...removed: Middleware[]) =>
              removed.map((m) => middleware.includes(m) && middleware.splice(middleware.indexOf(m), 1))
          : async (...args: unknown[]) => {
              client ??= import("./raw.js").then(({ createRawClient }) => createRawClient(baseUrl, send));
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

const parseJson = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {}
};

/** Whether a parsed body has every required property of a result, each of an allowed JSON type. */
function matches(body: unknown, shape: Record<string, readonly string[]>): boolean {
  return (
    body?.constructor === Object &&
    Object.entries(shape).every(([key, types]) => {
      const value = (body as Record<string, unknown>)[key];
      return types.includes(value === null ? "null" : typeof value);
    })
  );
}
