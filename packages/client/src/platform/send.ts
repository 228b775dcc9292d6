/**
 * What the client needs of a response, read to its end within the attempt (so that the
 * attempt's timeout covers the body): the status, the headers, the body as text, or as bytes
 * when the request asked for them (`binary`) and the answer is a success.
 */
export interface WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  /** The body as text (UTF-8); empty when it came as `bytes`. */
  readonly text: string;
  /** A success's body, byte for byte, when the request was `binary`; an error's stays text, to be read as JSON. */
  readonly bytes?: Uint8Array<ArrayBuffer> | undefined;
}

/** What one HTTP exchange is sent with. */
export interface SendInit {
  method: string;
  headers: Record<string, string>;
  /** The caller's signal: aborting it rejects the exchange with its reason. */
  signal?: AbortSignal | undefined;
  /** The exchange, body included, rejects with a `TimeoutError` after this long. */
  timeoutMs: number;
  /** A JSON body as text (sent as UTF-8), or bytes. */
  body?: string | Uint8Array | ArrayBuffer | undefined;
  /** Read a success's body as bytes (an image), not text. */
  binary?: boolean | undefined;
}

/** One HTTP exchange: what every transport of the client implements. */
export type Send = (url: string, init: SendInit) => Promise<WireResponse>;

/** A request through the client's transport (authentication, retries, the timeout of each attempt). */
export type Call = (
  url: string,
  init: Omit<SendInit, "timeoutMs"> & {
    /**
     * A time limit over every attempt and pause (a poller's `timeoutMs`), in ms since the epoch:
     * it bounds each attempt's timeout and each pause, and the request rejects with
     * {@link DEADLINE} when it comes.
     */
    deadline?: number;
  },
) => Promise<WireResponse>;

/** What a request rejects with at its deadline: the poller turns it into its TimeoutError. */
export const DEADLINE = {};

/** A `Send` over a fetch function (the platform's, or the one given in the options). */
export const sendWithFetch =
  (fetch: typeof globalThis.fetch): Send =>
  async (url, { timeoutMs, signal, binary, ...init }) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, {
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    } as RequestInit);
    const { status, ok, headers } = response;
    return binary && ok
      ? { status, ok, headers, text: "", bytes: new Uint8Array(await response.arrayBuffer()) }
      : { status, ok, headers, text: await response.text() };
  };
