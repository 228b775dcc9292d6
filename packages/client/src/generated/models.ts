/**
 * A type for every named schema of the spec.
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

import type { components } from "./schemas.js";

/**
 * Accessory item and corresponding confidence level.
 */
export type AccessoryItem = components["schemas"]["AccessoryItem"];

/**
 * Type of the accessory.
 */
export type AccessoryType = components["schemas"]["AccessoryType"];

/**
 * A face image by URL.
 */
export type AddFaceFromUrlRequest = components["schemas"]["AddFaceFromUrlRequest"];

/**
 * The face added.
 */
export type AddFaceResult = components["schemas"]["AddFaceResult"];

/**
 * Indicates level of blurriness.
 */
export type BlurLevel = components["schemas"]["BlurLevel"];

/**
 * Properties describing any presence of blur within the image.
 */
export type BlurProperties = components["schemas"]["BlurProperties"];

/**
 * A confidence level, from 0 to 1.
 */
export type Confidence = components["schemas"]["Confidence"];

/**
 * ID of the container.
 */
export type ContainerId = components["schemas"]["ContainerId"];

/**
 * The name, data and recognition model of a new container.
 */
export type CreateCollectionRequest = components["schemas"]["CreateCollectionRequest"];

/**
 * Request model for creating liveness session.
 */
export type CreateLivenessSessionContent = components["schemas"]["CreateLivenessSessionContent"];

/**
 * CreateLivenessWithVerifySessionContent
 */
export type CreateLivenessWithVerifySessionContent = components["schemas"]["CreateLivenessWithVerifySessionContent"];

/**
 * The person created.
 */
export type CreatePersonResult = components["schemas"]["CreatePersonResult"];

/**
 * Detect faces in the image a liveness session kept.
 */
export type DetectFromSessionImageIdRequest = components["schemas"]["DetectFromSessionImageIdRequest"];

/**
 * An image to detect faces in, by URL.
 */
export type DetectFromUrlRequest = components["schemas"]["DetectFromUrlRequest"];

/**
 * The detection model for the face.
 */
export type DetectionModel = components["schemas"]["DetectionModel"];

/**
 * Indicates level of exposure.
 */
export type ExposureLevel = components["schemas"]["ExposureLevel"];

/**
 * Properties describing exposure level of the image.
 */
export type ExposureProperties = components["schemas"]["ExposureProperties"];

/**
 * Available options for returnFaceAttributes.
 */
export type FaceAttributeType = components["schemas"]["FaceAttributeType"];

/**
 * Face attributes for the detected face: only those asked for with returnFaceAttributes are sent.
 */
export type FaceAttributes = components["schemas"]["FaceAttributes"];

/**
 * Response for detect API: one detected face. Only `faceRectangle` is always sent; the recorded
 * sessions show `faceId` and `faceRectangle` alone when only returnFaceId was asked for.
 */
export type FaceDetectionResult = components["schemas"]["FaceDetectionResult"];

/**
 * The error object. For comprehensive details on error codes and messages returned by the Face Service, please refer to the following link: https://aka.ms/face-error-codes-and-messages.
 */
export type FaceError = components["schemas"]["FaceError"];

/**
 * A response containing error details.
 */
export type FaceErrorResponse = components["schemas"]["FaceErrorResponse"];

/**
 * A collection of 27-point face landmarks pointing to the important positions of face components.
 */
export type FaceLandmarks = components["schemas"]["FaceLandmarks"];

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
 * A rectangle within which a face can be found.
 */
export type FaceRectangle = components["schemas"]["FaceRectangle"];

/**
 * The data of a face, to update.
 */
export type FaceUserData = components["schemas"]["FaceUserData"];

/**
 * Properties describing facial hair attributes.
 */
export type FacialHair = components["schemas"]["FacialHair"];

/**
 * Find similar faces in a face list.
 */
export type FindSimilarFromFaceListRequest = components["schemas"]["FindSimilarFromFaceListRequest"];

/**
 * Find similar faces in a large face list.
 */
export type FindSimilarFromLargeFaceListRequest = components["schemas"]["FindSimilarFromLargeFaceListRequest"];

/**
 * Similar face searching mode.
 */
export type FindSimilarMatchMode = components["schemas"]["FindSimilarMatchMode"];

/**
 * Find similar faces among faceIds.
 */
export type FindSimilarRequest = components["schemas"]["FindSimilarRequest"];

/**
 * Response body for find similar face operation: a faceId when found among faceIds, a persistedFaceId when found in a face list or a large face list.
 */
export type FindSimilarResult = components["schemas"]["FindSimilarResult"];

/**
 * Glasses type of the face.
 */
export type GlassesType = components["schemas"]["GlassesType"];

/**
 * Divide faces into groups.
 */
export type GroupRequest = components["schemas"]["GroupRequest"];

/**
 * Response body for group face operation.
 */
export type GroupingResult = components["schemas"]["GroupingResult"];

/**
 * An array of candidate colors and confidence level in the presence of each.
 */
export type HairColor = components["schemas"]["HairColor"];

/**
 * Name of the hair color.
 */
export type HairColorType = components["schemas"]["HairColorType"];

/**
 * Properties describing hair attributes.
 */
export type HairProperties = components["schemas"]["HairProperties"];

/**
 * 3-D roll/yaw/pitch angles for face direction.
 */
export type HeadPose = components["schemas"]["HeadPose"];

/**
 * Candidate for identify call.
 */
export type IdentificationCandidate = components["schemas"]["IdentificationCandidate"];

/**
 * Identify result.
 */
export type IdentificationResult = components["schemas"]["IdentificationResult"];

/**
 * Identify faces in a dynamic person group.
 */
export type IdentifyFromDynamicPersonGroupRequest = components["schemas"]["IdentifyFromDynamicPersonGroupRequest"];

/**
 * Identify faces in a large person group.
 */
export type IdentifyFromLargePersonGroupRequest = components["schemas"]["IdentifyFromLargePersonGroupRequest"];

/**
 * Identify faces among persons of the person directory.
 */
export type IdentifyFromPersonDirectoryRequest = components["schemas"]["IdentifyFromPersonDirectoryRequest"];

/**
 * Identify faces in a person group.
 */
export type IdentifyFromPersonGroupRequest = components["schemas"]["IdentifyFromPersonGroupRequest"];

/**
 * The type of image.
 */
export type ImageType = components["schemas"]["ImageType"];

/**
 * Landmark coordinates within an image.
 */
export type LandmarkCoordinate = components["schemas"]["LandmarkCoordinate"];

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
 * The target from color image used for liveness classification.
 */
export type LivenessColorDecisionTarget = components["schemas"]["LivenessColorDecisionTarget"];

/**
 * The outcome of the liveness classification.
 */
export type LivenessDecision = components["schemas"]["LivenessDecision"];

/**
 * The targets used for liveness classification.
 */
export type LivenessDecisionTargets = components["schemas"]["LivenessDecisionTargets"];

/**
 * The error of the liveness classification.
 */
export type LivenessError = components["schemas"]["LivenessError"];

/**
 * The model version used for liveness classification.
 */
export type LivenessModel = components["schemas"]["LivenessModel"];

/**
 * The liveness operation mode to drive the client's end-user experience.
 */
export type LivenessOperationMode = components["schemas"]["LivenessOperationMode"];

/**
 * The results of the liveness classification.
 */
export type LivenessResult = components["schemas"]["LivenessResult"];

/**
 * Session result of detect liveness.
 */
export type LivenessSession = components["schemas"]["LivenessSession"];

/**
 * The liveness session attempt.
 */
export type LivenessSessionAttempt = components["schemas"]["LivenessSessionAttempt"];

/**
 * The results of the liveness session.
 */
export type LivenessSessionResults = components["schemas"]["LivenessSessionResults"];

/**
 * The face verification output.
 */
export type LivenessWithVerifyOutputs = components["schemas"]["LivenessWithVerifyOutputs"];

/**
 * The detail of face for verification.
 */
export type LivenessWithVerifyReference = components["schemas"]["LivenessWithVerifyReference"];

/**
 * The results of the liveness with verify call.
 */
export type LivenessWithVerifyResult = components["schemas"]["LivenessWithVerifyResult"];

/**
 * Session result of detect liveness with verify.
 */
export type LivenessWithVerifySession = components["schemas"]["LivenessWithVerifySession"];

/**
 * The liveness with verify session attempt.
 */
export type LivenessWithVerifySessionAttempt = components["schemas"]["LivenessWithVerifySessionAttempt"];

/**
 * The results of the liveness with verify session.
 */
export type LivenessWithVerifySessionResults = components["schemas"]["LivenessWithVerifySessionResults"];

/**
 * Properties describing the presence of a mask on a given face.
 */
export type MaskProperties = components["schemas"]["MaskProperties"];

/**
 * Type of the mask.
 */
export type MaskType = components["schemas"]["MaskType"];

/**
 * Indicates level of noise.
 */
export type NoiseLevel = components["schemas"]["NoiseLevel"];

/**
 * Properties describing noise level of the image.
 */
export type NoiseProperties = components["schemas"]["NoiseProperties"];

/**
 * Properties describing occlusions on a given face.
 */
export type OcclusionProperties = components["schemas"]["OcclusionProperties"];

/**
 * Long running operation resource for person directory.
 *
 * Field presence follows what the live service sends (the JS SDK's recorded person-directory
 * sessions): its status leaves `operationId` out, which the official contract requires, and a
 * running operation has no `finishedTime`.
 */
export type OperationResult = components["schemas"]["OperationResult"];

/**
 * Enum describing allowed operation states.
 */
export type OperationState = components["schemas"]["OperationState"];

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
 * Indicates quality of image for recognition.
 */
export type QualityForRecognition = components["schemas"]["QualityForRecognition"];

/**
 * The 'recognitionModel' associated with the container or the detected faces.
 */
export type RecognitionModel = components["schemas"]["RecognitionModel"];

/**
 * Seconds a session's token lasts: 60 to 86,400 (a day).
 */
export type TokenTimeToLive = components["schemas"]["TokenTimeToLive"];

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
 * Verify result.
 */
export type VerificationResult = components["schemas"]["VerificationResult"];

/**
 * A verification's confidence threshold, from 0 to 1.
 */
export type VerifyConfidenceThreshold = components["schemas"]["VerifyConfidenceThreshold"];

/**
 * Verify whether two faces belong to a same person.
 */
export type VerifyFaceToFaceRequest = components["schemas"]["VerifyFaceToFaceRequest"];

/**
 * Verify whether a face belongs to a person in a large person group.
 */
export type VerifyFromLargePersonGroupRequest = components["schemas"]["VerifyFromLargePersonGroupRequest"];

/**
 * Verify whether a face belongs to a person of the person directory.
 */
export type VerifyFromPersonDirectoryRequest = components["schemas"]["VerifyFromPersonDirectoryRequest"];

/**
 * Verify whether a face belongs to a person in a person group.
 */
export type VerifyFromPersonGroupRequest = components["schemas"]["VerifyFromPersonGroupRequest"];

/**
 * The versions of the Face API this spec describes, oldest first. The default is v1.2, the
 * newest version the official Face spec marks generally available (GA): previews may change or
 * be retired, a GA version is supported. Each version gets an OpenAPI document of its own.
 */
export type Versions = components["schemas"]["Versions"];

/**
 * Response of liveness session creation.
 */
export type CreateLivenessSessionResult = components["schemas"]["CreateLivenessSessionResult"];

/**
 * Request model for creating liveness session.
 */
export type CreateLivenessSessionContentBeforeV1_2 = components["schemas"]["CreateLivenessSessionContentBeforeV1_2"];

/**
 * The model version used for liveness classification (v1.2-preview.1).
 */
export type LivenessModelBeforeV1_2 = components["schemas"]["LivenessModelBeforeV1_2"];

/**
 * Session data returned for enumeration.
 */
export type LivenessSessionItem = components["schemas"]["LivenessSessionItem"];

/**
 * Session result of detect liveness.
 */
export type LivenessSessionBeforeV1_2 = components["schemas"]["LivenessSessionBeforeV1_2"];

/**
 * The current status of the session.
 */
export type FaceSessionStatus = components["schemas"]["FaceSessionStatus"];

/**
 * Audit entry for a request in session.
 */
export type LivenessSessionAuditEntry = components["schemas"]["LivenessSessionAuditEntry"];

/**
 * Audit entry for a request in the session.
 */
export type AuditRequestInfo = components["schemas"]["AuditRequestInfo"];

/**
 * Audit entry for a response in the session.
 */
export type AuditLivenessResponseInfo = components["schemas"]["AuditLivenessResponseInfo"];

/**
 * The response body of detect liveness API call.
 */
export type LivenessResponseBody = components["schemas"]["LivenessResponseBody"];

/**
 * The liveness classification for target face.
 */
export type LivenessOutputsTarget = components["schemas"]["LivenessOutputsTarget"];

/**
 * The face verification output.
 */
export type LivenessWithVerifyOutputsBeforeV1_2 = components["schemas"]["LivenessWithVerifyOutputsBeforeV1_2"];

/**
 * The detail of face for verification.
 */
export type LivenessWithVerifyImage = components["schemas"]["LivenessWithVerifyImage"];

/**
 * Response of liveness session with verify creation with verify image provided.
 */
export type CreateLivenessWithVerifySessionResult = components["schemas"]["CreateLivenessWithVerifySessionResult"];

/**
 * CreateLivenessWithVerifySessionWithVerifyImageContent
 */
export type CreateLivenessWithVerifySessionWithVerifyImageContent =
  components["schemas"]["CreateLivenessWithVerifySessionWithVerifyImageContent"];

/**
 * Request for creating liveness with verify session.
 */
export type CreateLivenessWithVerifySessionJsonContent =
  components["schemas"]["CreateLivenessWithVerifySessionJsonContent"];

/**
 * Session result of detect liveness with verify.
 */
export type LivenessWithVerifySessionBeforeV1_2 = components["schemas"]["LivenessWithVerifySessionBeforeV1_2"];

/**
 * A container that references Person Directory "Create Person".
 */
export type DynamicPersonGroup = components["schemas"]["DynamicPersonGroup"];

/**
 * A new dynamic person group, with the persons it references.
 */
export type CreateDynamicPersonGroupWithPersonRequest =
  components["schemas"]["CreateDynamicPersonGroupWithPersonRequest"];

/**
 * What to change in a dynamic person group: its name and data, the persons it references.
 */
export type UpdateDynamicPersonGroupWithPersonChangesRequest =
  components["schemas"]["UpdateDynamicPersonGroupWithPersonChangesRequest"];

/**
 * Response of list dynamic person group person.
 */
export type ListPersonResult = components["schemas"]["ListPersonResult"];

/**
 * Person resource for person directory
 */
export type PersonDirectoryPerson = components["schemas"]["PersonDirectoryPerson"];

/**
 * Response of list dynamic person group of person.
 */
export type ListGroupReferenceResult = components["schemas"]["ListGroupReferenceResult"];

/**
 * Response of list face of person.
 */
export type ListFaceResult = components["schemas"]["ListFaceResult"];

/**
 * Face resource for person directory person.
 */
export type PersonDirectoryFace = components["schemas"]["PersonDirectoryFace"];
