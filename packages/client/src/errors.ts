/** The request-id headers the Face service (and Azure API Management in front of it) send. */
const REQUEST_ID_HEADERS = ["apim-request-id", "x-ms-request-id", "x-request-id"] as const;

/** What a {@link FaceApiError} is made from. */
export interface FaceApiErrorInit {
  status: number;
  code?: string | undefined;
  serviceMessage?: string | undefined;
  requestId?: string | undefined;
  cause?: unknown;
}

/**
 * The Face service answered, but not with a result: a non-2xx status, or a 2xx response whose
 * body is not the documented result. Never carries the key or the token.
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
  override name = "FaceApiError";
  /** The HTTP status of the response. */
  readonly status: number;
  /** The service's error code: the body's `error.code`, else the `x-ms-error-code` header. */
  readonly code: string | undefined;
  /** The service's own error message, when it sent one. */
  readonly serviceMessage: string | undefined;
  /** The request id (`apim-request-id`, `x-ms-request-id` or `x-request-id`), for support tickets. */
  readonly requestId: string | undefined;

  constructor(message: string, init: FaceApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.serviceMessage = init.serviceMessage;
    this.requestId = init.requestId;
  }

  /** Builds the error for a response that is not a success, from its status, headers and body. */
  static fromResponse(response: Response, body: unknown): FaceApiError {
    const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const code = asString(error?.code) ?? response.headers.get("x-ms-error-code") ?? undefined;
    const serviceMessage = asString(error?.message);
    return FaceApiError.create({
      status: response.status,
      code,
      serviceMessage,
      requestId: requestIdOf(response),
    });
  }

  /** Builds the error with the standard message: what the service said, the status and the code. */
  static create(init: FaceApiErrorInit & { reason?: string }): FaceApiError {
    const what = init.serviceMessage ?? init.reason ?? "Face API request failed";
    const code = init.code ? ` ${init.code}` : "";
    const requestId = init.requestId ? `, request id ${init.requestId}` : "";
    return new FaceApiError(`${what} (HTTP ${init.status}${code}${requestId})`, init);
  }
}

/** The first request id header present on the response. */
export function requestIdOf(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
