/**
 * A small, strictly typed client for the Azure AI Face API, generated from its spec.
 *
 * @packageDocumentation
 */

export {
  type ApiVersion,
  createFaceContext,
  DEFAULT_API_VERSION,
  type FaceClientOptions,
  type FaceContext,
} from "./context.js";
export {
  type AccessToken,
  FACE_SCOPE,
  type FaceCredential,
  type KeyCredential,
  type TokenCredential,
} from "./credentials.js";
export { FaceApiError, type FaceApiErrorInit, FaceValidationError, OperationFailedError } from "./errors.js";
export type * from "./generated/models.js";
export type { components as wireComponents, operations, paths } from "./generated/openapi.js";
// Every operation as a function of a FaceContext, their waiters, the FaceClient over them.
export * from "./generated/operations.js";
export type { components } from "./generated/schemas.js";
export type { BinaryBody, RequestOptions, WaitOptions } from "./operation.js";
export { WAIT_DEFAULTS } from "./operation.js";
export type { RetryOptions } from "./transport.js";
