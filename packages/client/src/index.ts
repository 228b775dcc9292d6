export {
  type ApiVersion,
  createFaceClient,
  DEFAULT_API_VERSION,
  type FaceClient,
  type FaceClientOptions,
  type RequestOptions,
} from "./client.js";
export {
  type AccessToken,
  FACE_SCOPE,
  type FaceCredential,
  type KeyCredential,
  type TokenCredential,
} from "./credentials.js";
export { FaceApiError, type FaceApiErrorInit } from "./errors.js";
export type { paths } from "./generated/openapi.js";
export type { components } from "./generated/schemas.js";
export type { FaceError, FaceErrorResponse, OperationStatus, TrainingResult } from "./models.js";
