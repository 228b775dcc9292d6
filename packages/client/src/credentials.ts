import { FaceValidationError } from "./errors.js";

/** The OAuth2 scope of the Cognitive Services data plane, which the Face API accepts. */
export const FACE_SCOPE = "https://cognitiveservices.azure.com/.default";

/** Refresh a token this long before it expires, so a request never carries a stale one. */
const TOKEN_REFRESH_MARGIN_MS = 2 * 60_000;

/**
 * A subscription key. `key` is read on every request, so rotating it (for example with
 * `AzureKeyCredential.update()` from `@azure/core-auth`) takes effect on the next call.
 *
 * @example
 * ```ts
 * const credential: KeyCredential = { key: process.env.FACE_KEY! };
 * ```
 */
export interface KeyCredential {
  /** The `Ocp-Apim-Subscription-Key` of the Face resource. */
  readonly key: string;
}

/**
 * An access token, as `@azure/core-auth`'s `AccessToken`.
 *
 * @example
 * ```ts
 * const token: AccessToken = { token: "eyJ…", expiresOnTimestamp: Date.now() + 3_600_000 };
 * ```
 */
export interface AccessToken {
  /** The bearer token. */
  token: string;
  /** When it expires, in milliseconds since the epoch. */
  expiresOnTimestamp: number;
  /** When to fetch a new one, if the issuer says (milliseconds since the epoch). */
  refreshAfterTimestamp?: number;
}

/**
 * Anything that issues Microsoft Entra ID tokens: every `@azure/identity` credential
 * (`DefaultAzureCredential`, `ClientSecretCredential`, …) fits, with no dependency on it.
 *
 * @example
 * ```ts
 * import { DefaultAzureCredential } from "@azure/identity";
 * const credential: TokenCredential = new DefaultAzureCredential();
 * ```
 */
export interface TokenCredential {
  /** Returns a token for the scopes, or null when none can be had. */
  getToken(scopes: string | string[], options?: { abortSignal?: AbortSignal }): Promise<AccessToken | null>;
}

/**
 * A subscription key or a token credential.
 *
 * @example
 * ```ts
 * const byKey: FaceCredential = { key: process.env.FACE_KEY! };
 * ```
 */
export type FaceCredential = KeyCredential | TokenCredential;

/**
 * Sets the authentication header of a request: at once for a key, after the token for a token
 * credential (the promise it returns).
 */
export type Authorize = (headers: Record<string, string>) => Promise<void> | void;

/** How many of the latest secrets a client remembers to scrub: keys rotated, tokens renewed. */
const SECRETS_KEPT = 64;

/**
 * The header-setting function for a credential, and a function that returns every secret it has
 * sent (so errors can be scrubbed of whichever one a request carried, even when the key was
 * rotated or the token renewed meanwhile). Throws a FaceValidationError for anything else.
 */
export function authorizerFor(credential: FaceCredential): [Authorize, () => readonly string[]] {
  const secrets: string[] = [];
  const token =
    typeof (credential as TokenCredential)?.getToken === "function" && bearerToken(credential as TokenCredential);
  if (!token && typeof (credential as KeyCredential)?.key !== "string") {
    throw new FaceValidationError("credential", "must be { key: string } or have getToken(scopes)");
  }
  let last: string | undefined; // the secret checked and remembered last, not checked again
  const use = (headers: Record<string, string>, secret: string) => {
    if (secret !== last) {
      // Checked here: the platform's own error would quote the value.
      if (!/^[\t\x20-\x7e\x80-\xff]+$/.test(secret)) {
        throw new FaceValidationError("credential", "is not a valid HTTP header value");
      }
      if (!secrets.includes(secret)) {
        secrets.push(secret);
        if (secrets.length > SECRETS_KEPT) secrets.shift();
      }
      last = secret;
    }
    if (token) headers.authorization = `Bearer ${secret}`;
    else headers["ocp-apim-subscription-key"] = secret;
  };
  const authorize: Authorize = (headers) =>
    token ? token().then((secret) => use(headers, secret)) : use(headers, (credential as KeyCredential).key);
  return [authorize, () => secrets];
}

/** Requests the Face scope once, shares the token between concurrent calls, renews it before it expires. */
function bearerToken(credential: TokenCredential): () => Promise<string> {
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;
  return async () => {
    if (
      !cached ||
      Date.now() >= (cached.refreshAfterTimestamp ?? cached.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS)
    ) {
      // Not tied to one caller's signal: concurrent calls share this request.
      pending ??= credential.getToken(FACE_SCOPE).then((token) => {
        if (!token?.token) throw new Error("The token credential returned no token for the Face scope");
        return token;
      });
      cached = await pending.finally(() => {
        pending = undefined;
      });
    }
    return cached.token;
  };
}
