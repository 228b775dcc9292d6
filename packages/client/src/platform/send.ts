/**
 * What the client needs of a response: the part of fetch's `Response` it reads. A fetch
 * `Response` is one; the Node transport returns a lighter object with the same members.
 */
export interface WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  text(): Promise<string>;
}

/** What one HTTP exchange is sent with. */
export interface SendInit {
  method: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  body?: ArrayBuffer;
}

/** One HTTP exchange: what every transport of the client implements. */
export type Send = (url: string, init: SendInit) => Promise<WireResponse>;

/** A request through the client's transport, which gives each attempt its own (timeout) signal. */
export type Call = (
  url: string,
  init: Omit<SendInit, "signal"> & { signal?: AbortSignal | undefined },
) => Promise<WireResponse>;

/** A `Send` over a fetch function (the platform's, or the one given in the options). */
export const sendWithFetch =
  (fetch: typeof globalThis.fetch): Send =>
  (url, init) =>
    fetch(url, init);
