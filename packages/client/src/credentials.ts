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

/** Sets the authentication header of a request. */
export type Authorize = (headers: Headers, signal?: AbortSignal) => Promise<void>;

/** The header-setting function for a credential; throws a TypeError for anything else. */
export function authorizerFor(credential: FaceCredential): Authorize {
  if (isTokenCredential(credential)) return bearerAuthorizer(credential);
  if (isKeyCredential(credential)) {
    return async (headers) => {
      headers.set("Ocp-Apim-Subscription-Key", credential.key);
    };
  }
  throw new TypeError(
    "createFaceClient: `credential` must be a key credential ({ key: string }) or a token credential (an object with getToken(scopes)).",
  );
}

function isKeyCredential(value: unknown): value is KeyCredential {
  return typeof value === "object" && value !== null && typeof (value as KeyCredential).key === "string";
}

function isTokenCredential(value: unknown): value is TokenCredential {
  return typeof value === "object" && value !== null && typeof (value as TokenCredential).getToken === "function";
}

/** Requests the Face scope once, shares the token between concurrent calls, renews it before it expires. */
function bearerAuthorizer(credential: TokenCredential): Authorize {
  let cached: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;

  const fresh = (token: AccessToken | undefined): token is AccessToken =>
    token !== undefined &&
    Date.now() < (token.refreshAfterTimestamp ?? token.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS);

  const fetchToken = async (): Promise<AccessToken> => {
    const token = await credential.getToken(FACE_SCOPE);
    if (!token?.token) throw new Error("The token credential returned no access token for the Face scope.");
    return token;
  };

  return async (headers) => {
    if (!fresh(cached)) {
      // Not tied to one caller's signal: concurrent calls share this request.
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      cached = await pending;
    }
    headers.set("Authorization", `Bearer ${cached.token}`);
  };
}
