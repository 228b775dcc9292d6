// The one mechanism behind every generated operation function: validate the arguments against
// the spec's rules, build the request, send it through the context's transport, and read the
// answer (the documented result, or a FaceApiError). And the one poller behind every waiter.
import type { Context, FaceContext } from "./context.js";
import { type FaceApiError, FaceValidationError, faceApiError, OperationFailedError } from "./errors.js";
import { apiVersions } from "./generated/versions.js";
import { DEADLINE, type WireResponse } from "./platform/send.js";
import { retryAfterMs, sleep } from "./transport.js";
import { check, checkNumbers, type Rule } from "./validate.js";

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
 * Options of a wait for a long-running operation to end.
 *
 * @example
 * ```ts
 * const options: WaitOptions = { intervalMs: 5_000, onProgress: (r) => console.log(r) };
 * ```
 */
export interface WaitOptions<T = unknown> extends RequestOptions {
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
   * operation runs.
   * @default 1800000 (30 minutes)
   */
  timeoutMs?: number;
  /** Called with every status received, the last one included. */
  onProgress?: (result: T) => void;
}

/** The defaults of a wait (`WaitOptions`), for tools that offer the same choice (the CLI). */
export const WAIT_DEFAULTS = { intervalMs: 2000, timeoutMs: 1_800_000 } as const;

/** A query or header parameter of an operation: name, where it goes, whether it is required, its rule. */
export type ParameterSpec = readonly [name: string, location: "query" | "header", required: boolean, rule: Rule];

/**
 * The JSON types (`string`, `number`, `boolean`, `object`, `array`, `null`) each required
 * property of a result may hold, space-separated (`"string null"`): what a result must have. No
 * type's name is part of another's, so a type is allowed when the text includes its name.
 */
export type Shape = Readonly<Record<string, string>>;

/** A documented response header of a result: its name, and the result's property for it (`operationLocation`). */
export type ResultHeader = readonly [name: string, key: string];

/**
 * An operation of the spec, as the generator writes it: the data the operation functions send.
 * `Result` is the type of what it resolves with (the spec's model of its answer), carried by the
 * type alone, so that {@link invoke}, {@link pages} and {@link poll} return it without a cast.
 */
export interface OperationSpec<Result = unknown> {
  readonly method: string;
  /**
   * The path template under the base URL, with `{name}` for each path parameter: the positional
   * arguments, in path order.
   */
  readonly path: string;
  /** The rules of the path parameters, in path order. */
  readonly pathRules?: readonly Rule[];
  /** The query and header parameters, taken from the call's options. */
  readonly parameters?: readonly ParameterSpec[];
  /**
   * The request body: its content type, and the encoder of its kind ({@link encodeJson} with the
   * body's rule, {@link encodeBytes} with an image's size, {@link encodeForm} with the form
   * fields' rule and the file part), referred to only by operations that have a body, so that a
   * bundle of the others leaves them out.
   */
  readonly body?: BodySpec;
  /**
   * The result: the shape of a JSON body (or of each item of an array), the response headers it
   * consists of, or the body's bytes (`bytes`: a success whose content type is not JSON, an image).
   */
  readonly result?:
    | { readonly name: string; readonly shape: Shape; readonly headers?: readonly ResultHeader[] }
    | { readonly name: string; readonly items: Shape; readonly headers?: undefined }
    | { readonly headers: readonly ResultHeader[] }
    | { readonly bytes: true; readonly headers?: undefined };
  /**
   * The API versions that have the operation, when not every version of the spec has it, and
   * {@link checkVersion} to refuse the others: referred to only by such operations, so that a
   * bundle of the others leaves it out.
   */
  readonly versions?: VersionsSpec;
  /**
   * Refuses, before anything is sent, a call whose options break a rule that ties one parameter's
   * values to another's ({@link allowedBy}): set only on such operations, so that a bundle of the
   * others leaves the check out.
   */
  readonly refuse?: (options: Record<string, unknown> | undefined) => void;
  /**
   * Adds to the FaceApiError of an error answer what the caller can do about it ({@link untrained}:
   * which container to train), from the call's body: set only on such operations.
   */
  readonly explain?: (error: FaceApiError, body: unknown) => void;
  /** Never set: the type of the result, for the compiler (see the interface's doc). */
  readonly resultType?: Result;
}

/** What a request body is sent as: JSON text, or bytes (an image, a serialized form). */
export type Payload = string | Uint8Array | ArrayBuffer;

/** A request body of an operation, as the generator writes it. */
export interface BodySpec {
  readonly contentType: string;
  /**
   * Checks the body (and, for a form, the fields among the call's options) and encodes it; may
   * set the request's content type itself (a form's, with its boundary).
   */
  readonly encode: (
    body: unknown,
    spec: BodySpec,
    headers: Record<string, string>,
    options: Record<string, unknown> | undefined,
  ) => Payload | Promise<Payload>;
  /** A JSON body's rule, an image's size (`minLength`, `maxLength` in bytes), or a form's fields' rule. */
  readonly rule?: Rule;
  /** A form's file part: its name, and its size rule. */
  readonly file?: readonly [name: string, rule?: Rule];
}

/** The API versions that have an operation, and the check that refuses the others. */
export interface VersionsSpec {
  readonly names: readonly string[];
  readonly check: (apiVersion: string, operation: OperationSpec) => void;
}

/**
 * A parameter whose values depend on another's (`x-face-allowed-by`): its name, the other's,
 * the other's default, and the values allowed by each of the other's values.
 */
export type AllowedBy = readonly (readonly [
  name: string,
  by: string,
  byDefault: unknown,
  values: Readonly<Record<string, readonly string[]>>,
])[];

/** How a list pages, as the spec's `x-face-paging` says. */
export interface PagingSpec {
  readonly startParameter: string;
  readonly topParameter: string;
  readonly nextStartProperty: string;
  readonly pageSize: number;
}

/** How a long-running operation ends, as the spec's `x-face-polling` says. */
export interface PollingSpec {
  readonly statusProperty: string;
  readonly succeeded: readonly string[];
  readonly failed: readonly string[];
  /** The property of the status that says why it failed. */
  readonly messageProperty?: string;
}

/** An image or other bytes to upload. */
export type BinaryBody = Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>;

/**
 * Sends one operation and resolves with its result: the JSON body, the documented response
 * headers (camelCased: `operation-Location` → `operationLocation`), the body's bytes (an
 * operation answering an image), or undefined (no content). Rejects with
 * FaceValidationError when an argument breaks the spec's rules (nothing sent), FaceApiError for
 * an error answer or a success without the documented result, the signal's reason when aborted.
 */
export async function invoke<Result>(
  context: FaceContext,
  operation: OperationSpec<Result>,
  args: readonly unknown[],
): Promise<Result> {
  // The context as the mechanism sees it (Context), cast where used: an alias would cost the
  // bundle of every call a variable.
  operation.versions?.check((context as Context).apiVersion, operation);
  // The URL and headers, every argument checked against its rule first, from the call's
  // arguments: the path parameters in path order, the body when the operation has one, the options.
  let position = 0;
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(check(name, args[position], operation.pathRules?.[position++] ?? {}))),
  );
  const body = operation.body && args[position++];
  const options = args[position] as Record<string, unknown> | undefined;
  let query = "";
  const headers: Record<string, string> = {};
  for (const [name, location, required, rule] of operation.parameters ?? []) {
    const value = options?.[name];
    // A required one missing is refused by its rule.
    if (value === undefined && !required) continue;
    const text = String(check(name, value, rule)); // an array's items comma-joined
    if (location === "query") query += `${query ? "&" : "?"}${encodeURIComponent(name)}=${encodeURIComponent(text)}`;
    else headers[name] = text;
  }
  const url = (context as Context).baseUrl + path + query;
  operation.refuse?.(options);
  let payload: Payload | undefined;
  const { body: spec, result } = operation;
  if (spec) payload = await spec.encode(body, spec, headers, options);
  const signal = options?.signal as AbortSignal | undefined;
  let response: WireResponse;
  try {
    response = await (context as Context).send(url, {
      method: operation.method,
      headers,
      signal,
      body: payload,
      binary: (result as { bytes?: true } | undefined)?.bytes,
    });
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    // fetch reports a network error as a TypeError; an abort, a timeout or a credential's own
    // error is passed on as it is.
    if (e?.constructor !== TypeError) throw e;
    // fetch's own message is "fetch failed"; what happened is in its cause.
    const cause = (e as TypeError).cause as (Error & { code?: string }) | undefined;
    const fromCause = (e as TypeError).message === "fetch failed" ? cause?.message || cause?.code : undefined;
    const what = fromCause || (e as TypeError).message;
    throw faceApiError(0, `Could not reach the Face API: ${what}`, {}, (context as Context).secret, undefined, e);
  }
  const parsed = parseJson(response.text); // undefined for an empty body (and bytes) too
  // The one place a result gets its type: after the answer was checked against the spec's model.
  if (response.ok) {
    // No result: undefined (a 204). A result of bytes (asked for as `binary`): the bytes.
    if (!result || response.bytes) return response.bytes as Result;
    let value = parsed;
    let ok =
      "shape" in result
        ? matches(parsed, result.shape)
        : !("items" in result) || (Array.isArray(parsed) && parsed.every((item) => matches(item, result.items)));
    // The documented headers join the body (or are the result), by their camelCased names.
    for (const [name, key] of result.headers ?? []) {
      value = { ...value, [key]: response.headers.get(name) };
      ok &&= response.headers.has(name);
    }
    if (ok) return value as Result;
  }
  const expected = [
    result && "name" in result && `a ${result.name} body`,
    ...(result?.headers ?? []).map(([name]) => name),
  ]
    .filter(Boolean)
    .join(", ");
  const error = faceApiError(
    response.status,
    response.ok && `The Face API answered without ${expected}`,
    parsed,
    (context as Context).secret,
    response,
  );
  operation.explain?.(error, body);
  throw error;
}

/**
 * How many path parameters an operation takes: its function's first arguments, before its body
 * (when it has one) and its options.
 */
const arity = (operation: OperationSpec) => operation.path.split("{").length - 1;

/** The iterator of a paged list, from its operation's data: `(context, ...path parameters, options?)`. */
export const iteratorFunction =
  <Item>(operation: OperationSpec<Item[]>, paging: PagingSpec) =>
  (context: FaceContext, ...args: unknown[]): AsyncGenerator<Item, void, undefined> =>
    pages(context, operation, paging, args.slice(0, arity(operation)), args[arity(operation)] as RequestOptions);

/**
 * The waiter of a long-running operation, polling `operation`: `(context, ...path parameters,
 * options?)`, or, with `location`, `(context, url, options?)`, the path parameters read from the
 * URL the operation answered with (the argument `location` names). Async, so that a URL
 * `located` refuses rejects the promise rather than throwing.
 */
export const waiterFunction =
  <Result>(what: string, operation: OperationSpec<Result>, polling: PollingSpec, location?: string) =>
  async (context: FaceContext, ...args: unknown[]): Promise<Result> => {
    const count = location ? 1 : arity(operation);
    const path = location ? located(operation, location, args[0]) : args.slice(0, count);
    return poll(context, what, operation, polling, path, args[count] as WaitOptions<Result>);
  };

/**
 * The path arguments of an operation read from a URL of its path (the `operation-Location` a
 * write answered with), so that a wait resumes from the URL alone; the polls go to the context's
 * own endpoint. Refuses a URL of another path, naming the argument (`name`).
 */
export function located(operation: OperationSpec, name: string, url: unknown): string[] {
  const template = operation.path.slice(1).split("/");
  const path = typeof url === "string" ? (url.split(/[?#]/)[0] as string).split("/").slice(-template.length) : [];
  if (path.length === template.length && template.every((part, i) => part[0] === "{" || part === path[i])) {
    return path.filter((_, i) => template[i]?.[0] === "{");
  }
  throw new FaceValidationError(name, `must be a URL of ${operation.path}; got ${String(url)}`);
}

/**
 * Refuses an operation on an API version of the spec that lacks it, naming the versions that have
 * it; a version the spec does not know yet is the service's to judge.
 */
export function checkVersion(apiVersion: string, operation: OperationSpec): void {
  const names = operation.versions?.names ?? [];
  if (!names.includes(apiVersion) && apiVersions.includes(apiVersion as never)) {
    throw new FaceValidationError(
      "apiVersion",
      `${apiVersion} has no ${operation.method} ${operation.path}: ${names.join(", ")} has it`,
    );
  }
}

/** A JSON body as text (sent as UTF-8), checked against its rule first. */
export function encodeJson(body: unknown, { contentType, rule }: BodySpec, headers: Record<string, string>): string {
  if (rule) check("body", body, rule);
  headers["content-type"] = contentType;
  return JSON.stringify(body);
}

/**
 * An image (or other bytes) given as a Uint8Array, an ArrayBuffer, a Blob or a ReadableStream,
 * as bytes; with a rule, its size checked against the rule's lengths (an image's 1 KB to 6 MB).
 */
export function encodeBytes(
  body: unknown,
  { contentType, rule }: BodySpec,
  headers: Record<string, string>,
): Promise<ArrayBuffer | Uint8Array> {
  headers["content-type"] = contentType;
  return bytesOf("body", body, rule);
}

/**
 * A `multipart/form-data` body: the form fields, taken from the call's options by the fields'
 * rule (each checked against it; a value sent as text, `true`, `Passive`, `60`, an object as a
 * JSON part, `application/json`, as the official SDKs send a preview session's `Parameters`),
 * then the file part (an image given as {@link encodeBytes} takes it, its size checked, sent
 * with the part's name as its filename). Written out here rather than through FormData, which
 * would give a JSON part a filename and so make it a file to the service; one body per call,
 * so a retry sends the same bytes under the same boundary.
 */
export async function encodeForm(
  image: unknown,
  { rule, file }: BodySpec,
  headers: Record<string, string>,
  options: Record<string, unknown> = {},
): Promise<Uint8Array> {
  const boundary = `face-training-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const chunks: (string | ArrayBuffer | Uint8Array)[] = [];
  const part = (name: string, body: string | ArrayBuffer | Uint8Array, type?: string, filename?: string) =>
    chunks.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n${type ? `Content-Type: ${type}\r\n` : ""}\r\n`,
      body,
      "\r\n",
    );
  const { properties = {}, required = [] } = rule ?? {};
  for (const name in properties) {
    const value = options[name];
    if (value === undefined) {
      if (required.includes(name)) throw new FaceValidationError(name, "is required");
    } else {
      check(name, value, properties[name] as Rule);
      if (typeof value === "object") part(name, JSON.stringify(value), "application/json");
      else part(name, String(value));
    }
  }
  const [name, size] = file as NonNullable<BodySpec["file"]>;
  part(name, await bytesOf(name, image, size), "application/octet-stream", name);
  chunks.push(`--${boundary}--\r\n`);
  headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** Bytes given as a Uint8Array, an ArrayBuffer, a Blob or a ReadableStream; with a rule, their size checked. */
async function bytesOf(name: string, body: unknown, rule?: Rule): Promise<ArrayBuffer | Uint8Array> {
  let bytes: ArrayBuffer | Uint8Array;
  // An ArrayBuffer or a Uint8Array is sent as it is, not copied (a megabyte image costs no copy).
  if (body instanceof ArrayBuffer || body instanceof Uint8Array) bytes = body;
  else if (typeof Blob !== "undefined" && body instanceof Blob) bytes = await body.arrayBuffer();
  else if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) {
    bytes = await new Response(body).arrayBuffer();
  } else return check(name, body, { enum: ["a Uint8Array, ArrayBuffer, Blob or ReadableStream"] }) as never;
  const { minLength = 0, maxLength = Infinity } = rule ?? {};
  if (bytes.byteLength < minLength || bytes.byteLength > maxLength) {
    throw new FaceValidationError(name, `must be ${minLength} to ${maxLength} bytes; got ${bytes.byteLength}`);
  }
  return bytes;
}

/**
 * Polls an operation (the long-running operation's polling operation) until its status is one
 * that ends it: resolves on a succeeded value, rejects with OperationFailedError on a failed one,
 * treats any other value as still running. Each poll waits `intervalMs`, or as a response's
 * `Retry-After` asks; the wait gives up with a TimeoutError after `timeoutMs`. One timer at a
 * time per wait, and nothing left behind (timer or listener) when it ends or is aborted.
 */
export async function poll<Result>(
  face: FaceContext,
  what: string,
  operation: OperationSpec<Result>,
  polling: PollingSpec,
  pathArguments: readonly unknown[],
  {
    intervalMs = WAIT_DEFAULTS.intervalMs,
    timeoutMs = WAIT_DEFAULTS.timeoutMs,
    signal,
    onProgress,
  }: WaitOptions<Result> = {},
): Promise<Result> {
  checkNumbers({ intervalMs }, 0);
  checkNumbers({ timeoutMs }, 1);
  const context = face as Context;
  const subject = `${what} (${describeArguments(operation, pathArguments)})`;
  // The wait's time limit is no timer of its own: it bounds each request's attempts and each
  // pause, so that a wait holds one timer at a time (a pause's, or its request's timeout).
  const deadline = Date.now() + timeoutMs;
  const expire = async () => {
    await sleep(deadline - Date.now(), signal);
    throw new DOMException(`${subject} did not end within ${timeoutMs} ms`, "TimeoutError");
  };
  let last: WireResponse | undefined;
  // Keeps the last response, for its Retry-After, without changing what the transport returns.
  const watched: Context = {
    ...context,
    send: async (url, init) => {
      last = await context.send(url, { ...init, deadline });
      return last;
    },
  };
  for (;;) {
    let result: Result;
    try {
      result = await invoke(watched, operation, [...pathArguments, { signal }]);
    } catch (e) {
      // The deadline comes before the request's next attempt or pause ends: wait for it, and time out.
      if (e === DEADLINE) return expire();
      throw e;
    }
    onProgress?.(result);
    const status = (result as Record<string, unknown>)[polling.statusProperty];
    if (polling.succeeded.includes(status as string)) return result;
    if (polling.failed.includes(status as string)) {
      const reason = polling.messageProperty && (result as Record<string, unknown>)[polling.messageProperty];
      throw new OperationFailedError(subject, result, reason);
    }
    const ms = (last && retryAfterMs(last)) ?? intervalMs;
    if (ms >= deadline - Date.now()) return expire();
    await sleep(ms, signal);
  }
}

/**
 * Every item of a paged list, page after page: each page starts after the last item of the one
 * before (its `nextStartProperty`), and the list ends with a page shorter than the page size
 * (the caller's, else the spec's). Requests a page only when the items before it are consumed.
 */
export async function* pages<Item>(
  context: FaceContext,
  operation: OperationSpec<Item[]>,
  paging: PagingSpec,
  pathArguments: readonly unknown[],
  options: RequestOptions | undefined,
): AsyncGenerator<Item, void, undefined> {
  const given = (options ?? {}) as Record<string, unknown>;
  const size = (given[paging.topParameter] as number | undefined) ?? paging.pageSize;
  let start = given[paging.startParameter];
  for (;;) {
    const page = await invoke(context, operation, [
      ...pathArguments,
      { ...given, [paging.topParameter]: size, ...(start !== undefined && { [paging.startParameter]: start }) },
    ]);
    yield* page;
    if (page.length < size) return;
    start = (page.at(-1) as Record<string, unknown> | undefined)?.[paging.nextStartProperty];
  }
}

/** `personGroupId "g"`: the path arguments of a call, for messages. */
function describeArguments(operation: OperationSpec, pathArguments: readonly unknown[]) {
  return [...operation.path.matchAll(/\{(\w+)\}/g)]
    .map(([, name], i) => `${name} ${JSON.stringify(pathArguments[i])}`)
    .join(", ");
}

const parseJson = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {}
};

/** Whether a parsed body has every required property of a result, each of an allowed JSON type. */
function matches(body: unknown, shape: Shape): boolean {
  if (body?.constructor !== Object) return false;
  for (const key in shape) {
    const value = (body as Record<string, unknown>)[key];
    if (!shape[key]?.includes(value === null ? "null" : Array.isArray(value) ? "array" : typeof value)) return false;
  }
  return true;
}

/** A function of a context (an operation, an iterator, a waiter) as a method: the context bound. */
export type Bound<Functions> = {
  [Name in keyof Functions]: Functions[Name] extends (context: FaceContext, ...args: infer Args) => infer Result
    ? (...args: Args) => Result
    : never;
};

/**
 * The methods of a client, with the context bound: for each name, the operation's data (a
 * method that invokes it, as its function does) or a function of a context (an iterator, a
 * waiter). One loop for every operation, so that a method costs its name and its data in the
 * bundle and no code of its own. `Functions` gives the methods' types: an operation's data must
 * resolve to what its function resolves to.
 */
export function bindAll<Functions extends Record<string, (context: FaceContext, ...args: never[]) => unknown>>(
  context: FaceContext,
  definitions: {
    [Name in keyof Functions]: Functions[Name] | OperationSpec<Awaited<ReturnType<Functions[Name]>>>;
  },
): Bound<Functions> {
  const methods: Record<string, unknown> = {};
  for (const name in definitions) {
    const definition = definitions[name] as OperationSpec | ((context: FaceContext, ...args: unknown[]) => unknown);
    methods[name] =
      typeof definition === "function"
        ? (...args: unknown[]) => definition(context, ...args)
        : (...args: unknown[]) => invoke(context, definition, args);
  }
  return methods as Bound<Functions>;
}

/**
 * For a call that needs a trained container (identify against a person group): its `explain`,
 * which, when the service answers the container is not trained (`code`), adds which container
 * it is (the body's `parameter`) and the calls that train it. Referred to only by those operations.
 */
export const untrained =
  (code: string, parameter: string, train: string, wait: string) =>
  (error: FaceApiError, body: unknown): void => {
    if (error.code === code) {
      const id = JSON.stringify((body as Record<string, unknown> | undefined)?.[parameter]);
      error.message += ` ${parameter} ${id} is not trained: call ${train}(${id}), then ${wait}(${id}), before trying again.`;
    }
  };

/**
 * For an operation with a parameter whose values depend on another's (`x-face-allowed-by`:
 * `returnFaceAttributes` by `detectionModel`): its `refuse`, which throws a FaceValidationError
 * for a call asking for a value the other's value does not allow, before anything is sent.
 * Referred to only by those operations.
 */
export const allowedBy =
  (rules: AllowedBy) =>
  (options: Record<string, unknown> | undefined): void => {
    for (const [name, by, byDefault, values] of rules) {
      const given = options?.[name];
      const key = String(options?.[by] ?? byDefault);
      const allowed = values[key];
      const refused = Array.isArray(given) && allowed ? given.filter((value) => !allowed.includes(value)) : [];
      if (refused.length) {
        throw new FaceValidationError(
          name,
          `cannot hold ${refused.join(", ")} with ${by} ${key}, which allows ${allowed?.join(", ") || "none"}`,
        );
      }
    }
  };
