import type { Authorize } from "./credentials.js";
import { type Call, DEADLINE, type Send, type WireResponse } from "./platform/send.js";

/**
 * When and how often a request is sent again.
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { maxRetries: 5, maxDelayMs: 30_000 };
 * ```
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt: at most `maxRetries + 1` requests.
   * @default 3
   */
  maxRetries?: number;
  /**
   * The first backoff delay; it doubles with each retry, with jitter (50–100% of the value).
   * @default 500
   */
  baseDelayMs?: number;
  /**
   * The longest backoff delay.
   * @default 10000
   */
  maxDelayMs?: number;
  /**
   * The longest wait the service may ask for with `Retry-After`, `retry-after-ms` or
   * `x-ms-retry-after-ms`. When it asks for longer, the error is returned rather than waited out.
   * @default 60000
   */
  maxRetryAfterMs?: number;
}

/** The statuses worth another attempt: the request timed out, was throttled or hit a transient fault. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/**
 * Idempotent methods: sending them twice has the effect of sending them once. Other requests
 * (POST, such as starting a training) are retried only on 429: a throttled request was not carried out.
 */
const RETRY_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];

/**
 * How long the response asks the client to wait, in ms: `retry-after-ms`, `x-ms-retry-after-ms`,
 * then `Retry-After` in seconds or as an HTTP date. Undefined when it does not say.
 */
export function retryAfterMs(response: WireResponse): number | undefined {
  const h = response.headers;
  const ms = h.get("retry-after-ms") ?? h.get("x-ms-retry-after-ms");
  const after = h.get("retry-after");
  const wait = ms ? +ms : after ? (/^\d+$/.test(after) ? +after * 1000 : Date.parse(after) - Date.now()) : NaN;
  return wait >= 0 ? wait : undefined;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      signal?.aborted ? reject(signal.reason) : resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
    if (signal?.aborted) done();
  });
}

/** Settles as the promise does, or rejects with the signal's reason as soon as it aborts. */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  // Without a signal there is nothing to race: the common case, kept cheap.
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.aborted ? abort() : signal.addEventListener("abort", abort);
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/**
 * A `Send` that authenticates each attempt, gives each one `timeoutMs` (the body included), and
 * retries idempotent requests on network errors, timeouts and the statuses above, waiting as
 * the service asks or with exponential backoff. The caller's signal stops it at once, waits
 * included.
 */
export function createTransport(
  send: Send,
  authorize: Authorize,
  retry: RetryOptions | false | undefined,
  timeoutMs: number,
): Call {
  const { maxRetries = 3, baseDelayMs = 500, maxDelayMs = 10_000, maxRetryAfterMs = 60_000 } = retry || {};
  const retries = retry === false ? 0 : maxRetries;

  return async (url, { deadline = Infinity, ...init }) => {
    const { method, headers, signal } = init;
    const idempotent = RETRY_METHODS.includes(method);
    for (let attempt = 0; ; attempt++) {
      // Authenticate every attempt: a rotated key or a renewed token applies to retries too. A
      // key is set at once; only a token credential returns a promise.
      const pending = authorize(headers);
      if (pending) await abortable(pending, signal);
      // A deadline bounds each attempt's timeout and each pause, so that it needs no timer of its own.
      const left = deadline - Date.now();
      if (left <= 0) throw DEADLINE;
      let response: WireResponse | undefined;
      let error: unknown;
      let wait: number | undefined;
      try {
        response = await abortable(send(url, { ...init, timeoutMs: Math.min(timeoutMs, left) }), signal);
      } catch (e) {
        if (signal?.aborted) throw signal.reason;
        if (left <= timeoutMs && (e as Error)?.name === "TimeoutError") throw DEADLINE;
        error = e; // a network error, or this attempt's timeout
      }
      if (response) {
        // A success (or an error not worth retrying) returns at once, its headers unread.
        if (attempt >= retries || !(idempotent ? RETRY_STATUSES.includes(response.status) : response.status === 429))
          return response;
        wait = retryAfterMs(response);
        if ((wait ?? 0) > maxRetryAfterMs) return response;
      } else if (attempt >= retries || !idempotent) throw error;
      wait ??= Math.min(maxDelayMs, baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
      if (wait >= deadline - Date.now()) throw DEADLINE;
      await sleep(wait, signal);
    }
  };
}
