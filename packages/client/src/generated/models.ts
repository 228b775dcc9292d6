/**
 * A type for every named schema of the spec.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

import type { components } from "./schemas.js";

/**
 * A face image by URL.
 */
export type AddFaceFromUrlRequest = components["schemas"]["AddFaceFromUrlRequest"];

/**
 * The face added.
 */
export type AddFaceResult = components["schemas"]["AddFaceResult"];

/**
 * ID of the container.
 */
export type ContainerId = components["schemas"]["ContainerId"];

/**
 * The name, data and recognition model of a new container.
 */
export type CreateCollectionRequest = components["schemas"]["CreateCollectionRequest"];

/**
 * The person created.
 */
export type CreatePersonResult = components["schemas"]["CreatePersonResult"];

/**
 * The detection model for the face.
 */
export type DetectionModel = components["schemas"]["DetectionModel"];

/**
 * The error object. For comprehensive details on error codes and messages returned by the Face Service, please refer to the following link: https://aka.ms/face-error-codes-and-messages.
 */
export type FaceError = components["schemas"]["FaceError"];

/**
 * A response containing error details.
 */
export type FaceErrorResponse = components["schemas"]["FaceErrorResponse"];

/**
 * Face list is a list of faces, up to 1,000 faces.
 */
export type FaceList = components["schemas"]["FaceList"];

/**
 * Face resource for a face list or a large face list.
 */
export type FaceListFace = components["schemas"]["FaceListFace"];

/**
 * Face list item for list face list.
 */
export type FaceListItem = components["schemas"]["FaceListItem"];

/**
 * The data of a face, to update.
 */
export type FaceUserData = components["schemas"]["FaceUserData"];

/**
 * Large face list is a list of faces, up to 1,000,000 faces.
 */
export type LargeFaceList = components["schemas"]["LargeFaceList"];

/**
 * Face resource for a large face list.
 */
export type LargeFaceListFace = components["schemas"]["LargeFaceListFace"];

/**
 * The container of the uploaded person data, including face recognition feature, and up to 1,000,000 people.
 */
export type LargePersonGroup = components["schemas"]["LargePersonGroup"];

/**
 * The status of long running operation.
 */
export type OperationStatus = components["schemas"]["OperationStatus"];

/**
 * The container to group a person.
 */
export type PersonGroup = components["schemas"]["PersonGroup"];

/**
 * The person in a specified person group. To add face to this person, please call "Add Large Person Group Person Face".
 */
export type PersonGroupPerson = components["schemas"]["PersonGroupPerson"];

/**
 * Face resource for person group person.
 */
export type PersonGroupPersonFace = components["schemas"]["PersonGroupPersonFace"];

/**
 * The 'recognitionModel' associated with the container or the detected faces.
 */
export type RecognitionModel = components["schemas"]["RecognitionModel"];

/**
 * Training result of a container.
 *
 * Field presence follows what the live service sends (the official SDKs' recorded sessions,
 * API v1.2-preview.1), which differs from the official contract: there
 * `lastSuccessfulTrainingDateTime` is required, but the service leaves it out until the first
 * training of the container has succeeded.
 */
export type TrainingResult = components["schemas"]["TrainingResult"];

/**
 * The name and data of a new person.
 */
export type UserDefinedFields = components["schemas"]["UserDefinedFields"];

/**
 * The name and data of a container or a person, to update; a field left out is not changed.
 */
export type UserDefinedFieldsForUpdate = components["schemas"]["UserDefinedFieldsForUpdate"];

/**
 * The versions of the Face API this spec describes, oldest first. The default is v1.2, the
 * newest version the official Face spec marks generally available (GA): previews may change or
 * be retired, a GA version is supported. Each version gets an OpenAPI document of its own.
 */
export type Versions = components["schemas"]["Versions"];
