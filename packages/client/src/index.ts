/**
 * A small, strictly typed client for the Azure AI Face API's training operations.
 *
 * @packageDocumentation
 */

export {
  type ApiVersion,
  createFaceClient,
  DEFAULT_API_VERSION,
  type FaceClient,
  type FaceClientOptions,
  type RequestOptions,
  type TrainingAccepted,
  type WaitOptions,
} from "./client.js";
export {
  type AccessToken,
  FACE_SCOPE,
  type FaceCredential,
  type KeyCredential,
  type TokenCredential,
} from "./credentials.js";
export { FaceApiError, type FaceApiErrorInit, FaceValidationError, TrainingFailedError } from "./errors.js";
// The wire types `raw` is typed with; the wire `components` differs from the public one only in
// typing open unions as plain `string`.
export type { components as wireComponents, operations, paths } from "./generated/openapi.js";
export type { components } from "./generated/schemas.js";
export type { FaceError, FaceErrorResponse, OperationStatus, TrainingResult } from "./models.js";
export type { RetryOptions } from "./transport.js";
