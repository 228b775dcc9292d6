import type { TrainingResult } from "./generated/models.js";
import type { WireResponse } from "./platform/send.js";

/** What a {@link FaceApiError} is made from. */
export interface FaceApiErrorInit {
  /** The HTTP status; 0 when no response arrived. */
  status: number;
  /** The service's error code. */
  code?: string | undefined;
  /** The service's own error message. */
  serviceMessage?: string | undefined;
  /** The request id the service gave the request. */
  requestId?: string | undefined;
  /** The underlying error, such as the network error when no response arrived. */
  cause?: unknown;
}

/**
 * Every failure to get a valid result from the Face service: an error status (after retries),
 * a 2xx body that is not the documented result, or no response at all (`status` 0, the network
 * error in `cause`). Its fields never carry the key or the token.
 *
 * @example
 * ```ts
 * try {
 *   await client.getPersonGroupTrainingStatus("my-group");
 * } catch (error) {
 *   if (error instanceof FaceApiError && error.code === "PersonGroupNotFound") {
 *     // create the group first
 *   }
 * }
 * ```
 */
export class FaceApiError extends Error {
  /** `"FaceApiError"`, for logs and for checks across realms where `instanceof` fails. */
  override name = "FaceApiError";
  /** The HTTP status of the response; 0 when none arrived (a network error). */
  declare readonly status: number;
  /** The service's error code: the body's `error.code`, else the `x-ms-error-code` header. */
  declare readonly code: string | undefined;
  /** The service's own error message, when it sent one. */
  declare readonly serviceMessage: string | undefined;
  /** The request id (`apim-request-id` or `x-ms-request-id`), for support tickets. */
  declare readonly requestId: string | undefined;

  constructor(message: string, { status, code, serviceMessage, requestId, cause }: FaceApiErrorInit) {
    super(message, { cause });
    // Every field set, an absent one as undefined.
    Object.assign(this, { status, code, serviceMessage, requestId });
  }
}

/**
 * The FaceApiError for a status and a body (the service's `{ error: { code, message } }`, or
 * anything else), with the code, message and request id of the response when there is one.
 * Every secret the client's requests carried is cut out of everything the service wrote, where
 * it stands as a whole token (a short key is not cut out of the words that contain it).
 */
export function faceApiError(
  status: number,
  reason: string | false,
  body: unknown,
  secrets: () => readonly string[],
  response?: WireResponse,
  cause?: unknown,
): FaceApiError {
  const scrub = (text: unknown) => (typeof text === "string" && text ? redact(text, secrets()) : undefined);
  const headers = response?.headers;
  const { code, message } = (body as { error?: Record<string, unknown> } | undefined)?.error ?? {};
  const init: FaceApiErrorInit = {
    status,
    code: scrub(reason ? undefined : (code ?? headers?.get("x-ms-error-code"))),
    serviceMessage: scrub(message),
    requestId: headers?.get("apim-request-id") || headers?.get("x-ms-request-id") || undefined,
    cause,
  };
  const suffix = `${init.code ? ` ${init.code}` : ""}${init.requestId ? `, request id ${init.requestId}` : ""}`;
  return new FaceApiError(
    `${scrub(reason) ?? init.serviceMessage ?? "The Face API request failed"} (${status ? `HTTP ${status}` : "no response"}${suffix})`,
    init,
  );
}

// A secret stands as a whole token when it is not glued to characters keys and tokens are made
// of (letters, digits, - _ ~ + / =), nor to a dot inside a word (a JWT's): a sentence's full stop
// after it does not hide it.
const BEFORE = "(?<![A-Za-z0-9\\-_~+/=])(?<![A-Za-z0-9]\\.)";
const AFTER = "(?![A-Za-z0-9\\-_~+/=])(?!\\.[A-Za-z0-9])";

/** The text with each secret replaced by `***` wherever it stands as a whole token. */
export function redact(text: string, secrets: readonly string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const escaped = secret.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    redacted = redacted.replace(new RegExp(`${BEFORE}${escaped}${AFTER}`, "g"), "***");
  }
  return redacted;
}

/**
 * A long-running operation, such as a training, ended in a failed status. `result` holds the
 * final status (for a training, a {@link TrainingResult} whose `message` says why).
 *
 * @example
 * ```ts
 * try {
 *   await client.waitForTrainPersonGroup("my-group");
 * } catch (error) {
 *   if (error instanceof OperationFailedError) console.error(error.message);
 * }
 * ```
 */
export class OperationFailedError<T = unknown> extends Error {
  /** `"OperationFailedError"`. */
  override name = "OperationFailedError";
  /** The final status the service answered, such as `{ status: "failed", message, … }`. */
  readonly result: T;

  /**
   * @param what - the operation and its arguments, such as `Train PersonGroup (personGroupId "g")`
   * @param result - its final status
   * @param reason - why, as the status says it (its `x-face-polling` messageProperty): text, or nothing
   */
  constructor(what: string, result: T, reason?: unknown) {
    super(`${what} failed: ${typeof reason === "string" && reason ? reason : "the service gave no reason"}`);
    this.result = result;
  }
}

/**
 * An argument breaks a rule known before any request is sent: an id that does not match the
 * spec's pattern or length, an endpoint that is not https, an option out of range. Nothing was
 * sent.
 *
 * @example
 * ```ts
 * try {
 *   await client.getPersonGroupTrainingStatus("My Group");
 * } catch (error) {
 *   if (error instanceof FaceValidationError) console.error(error.parameter); // "personGroupId"
 * }
 * ```
 */
export class FaceValidationError extends TypeError {
  /** `"FaceValidationError"`. */
  override name = "FaceValidationError";
  /** The argument or option at fault, such as `personGroupId` or `endpoint`. */
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter} ${message}`);
    this.parameter = parameter;
  }
}
