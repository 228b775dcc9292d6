/**
 * Every operation of the spec: its data, its function, the FaceClient.
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

import type { Client } from "openapi-fetch";
import { type ApiVersion, createFaceContext, type FaceClientOptions, type FaceContext } from "../context.js";
import {
  type BinaryBody,
  bindAll,
  checkVersion,
  encodeBytes,
  encodeForm,
  encodeJson,
  invoke,
  iteratorFunction,
  waiterFunction,
  type OperationSpec,
  untrained,
  allowedBy,
  type AllowedBy,
  type PagingSpec,
  type PollingSpec,
  type RequestOptions,
  type VersionsSpec,
  type WaitOptions,
} from "../operation.js";
import { lazyRawClient } from "../raw-client.js";
import type { Rule } from "../validate.js";
import type { paths } from "./openapi.js";
import type {
  AddFaceFromUrlRequest,
  AddFaceResult,
  CreateCollectionRequest,
  CreateDynamicPersonGroupWithPersonRequest,
  CreateLivenessSessionContent,
  CreateLivenessSessionContentBeforeV1_2,
  CreateLivenessSessionResult,
  CreateLivenessWithVerifySessionContent,
  CreateLivenessWithVerifySessionJsonContent,
  CreateLivenessWithVerifySessionResult,
  CreateLivenessWithVerifySessionWithVerifyImageContent,
  CreatePersonResult,
  DetectFromSessionImageIdRequest,
  DetectFromUrlRequest,
  DynamicPersonGroup,
  FaceDetectionResult,
  FaceList,
  FaceListItem,
  FaceUserData,
  FindSimilarFromFaceListRequest,
  FindSimilarFromLargeFaceListRequest,
  FindSimilarRequest,
  FindSimilarResult,
  GroupRequest,
  GroupingResult,
  IdentificationResult,
  IdentifyFromDynamicPersonGroupRequest,
  IdentifyFromLargePersonGroupRequest,
  IdentifyFromPersonDirectoryRequest,
  IdentifyFromPersonGroupRequest,
  LargeFaceList,
  LargeFaceListFace,
  LargePersonGroup,
  ListFaceResult,
  ListGroupReferenceResult,
  ListPersonResult,
  LivenessSession,
  LivenessSessionAuditEntry,
  LivenessSessionBeforeV1_2,
  LivenessSessionItem,
  LivenessWithVerifySession,
  LivenessWithVerifySessionBeforeV1_2,
  OperationResult,
  PersonDirectoryFace,
  PersonDirectoryPerson,
  PersonGroup,
  PersonGroupPerson,
  PersonGroupPersonFace,
  TrainingResult,
  UpdateDynamicPersonGroupWithPersonChangesRequest,
  UserDefinedFields,
  UserDefinedFieldsForUpdate,
  VerificationResult,
  VerifyFaceToFaceRequest,
  VerifyFromLargePersonGroupRequest,
  VerifyFromPersonDirectoryRequest,
  VerifyFromPersonGroupRequest,
} from "./models.js";

// The rules of the parameters and bodies, and how lists page and waits end: each written once.
const rule0: Rule = { type: "string" };
const rule1: Rule = { type: "boolean" };
const rule2: Rule = { type: "array", items: rule0 };
const rule3: Rule = { type: "integer", minimum: 60, maximum: 86400 };
const rule4: Rule = { minLength: 1024, maxLength: 6291456 };
const rule5: Rule = { type: "object", required: ["sessionImageId"], properties: { sessionImageId: rule0 } };
const rule6: Rule = { type: "object", required: ["url"], properties: { url: rule0 } };
const rule7: Rule = { type: "string", pattern: "^[a-z0-9-_]+$", minLength: 1, maxLength: 64 };
const rule8: Rule = { type: "integer" };
const rule9: Rule = { type: "array", minItems: 4, maxItems: 4, items: rule8 };
const rule10: Rule = { type: "string", maxLength: 1024 };
const rule11: Rule = { type: "string", minLength: 1, maxLength: 128 };
const rule12: Rule = { type: "string", maxLength: 16384 };
const rule13: Rule = {
  type: "object",
  required: ["name"],
  properties: { name: rule11, userData: rule12, recognitionModel: rule0 },
};
const rule14: Rule = { type: "string", format: "uuid" };
const rule15: Rule = { type: "integer", minimum: 1, maximum: 1000 };
const rule16: Rule = { type: "object", properties: { name: rule11, userData: rule12 } };
const rule17: Rule = { type: "object", properties: { userData: rule10 } };
const rule18: Rule = { type: "array", items: rule14 };
const rule19: Rule = {
  type: "object",
  required: ["faceId", "faceIds"],
  properties: { faceId: rule14, maxNumOfCandidatesReturned: rule15, mode: rule0, faceIds: rule18 },
};
const rule20: Rule = {
  type: "object",
  required: ["faceId", "faceListId"],
  properties: { faceId: rule14, maxNumOfCandidatesReturned: rule15, mode: rule0, faceListId: rule0 },
};
const rule21: Rule = {
  type: "object",
  required: ["faceId", "largeFaceListId"],
  properties: { faceId: rule14, maxNumOfCandidatesReturned: rule15, mode: rule0, largeFaceListId: rule0 },
};
const rule22: Rule = { type: "object", required: ["faceIds"], properties: { faceIds: rule18 } };
const rule23: Rule = { type: "array", minItems: 1, maxItems: 10, items: rule14 };
const rule24: Rule = { type: "integer", minimum: 1, maximum: 100 };
const rule25: Rule = { type: "number", minimum: 0, maximum: 1 };
const rule26: Rule = {
  type: "object",
  required: ["faceIds", "dynamicPersonGroupId"],
  properties: {
    faceIds: rule23,
    maxNumOfCandidatesReturned: rule24,
    confidenceThreshold: rule25,
    dynamicPersonGroupId: rule0,
  },
};
const rule27: Rule = {
  type: "object",
  required: ["faceIds", "largePersonGroupId"],
  properties: {
    faceIds: rule23,
    maxNumOfCandidatesReturned: rule24,
    confidenceThreshold: rule25,
    largePersonGroupId: rule0,
  },
};
const rule28: Rule = { type: "array", minItems: 1, maxItems: 30, items: rule14 };
const rule29: Rule = {
  type: "object",
  required: ["faceIds", "personIds"],
  properties: { faceIds: rule23, maxNumOfCandidatesReturned: rule24, confidenceThreshold: rule25, personIds: rule28 },
};
const rule30: Rule = {
  type: "object",
  required: ["faceIds", "personGroupId"],
  properties: {
    faceIds: rule23,
    maxNumOfCandidatesReturned: rule24,
    confidenceThreshold: rule25,
    personGroupId: rule0,
  },
};
const rule31: Rule = {
  type: "object",
  required: ["faceId1", "faceId2"],
  properties: { faceId1: rule14, faceId2: rule14 },
};
const rule32: Rule = {
  type: "object",
  required: ["faceId", "largePersonGroupId", "personId"],
  properties: { faceId: rule14, largePersonGroupId: rule0, personId: rule14 },
};
const rule33: Rule = {
  type: "object",
  required: ["faceId", "personId"],
  properties: { faceId: rule14, personId: rule14 },
};
const rule34: Rule = {
  type: "object",
  required: ["faceId", "personGroupId", "personId"],
  properties: { faceId: rule14, personGroupId: rule0, personId: rule14 },
};
const rule35: Rule = {
  type: "object",
  required: ["livenessOperationMode"],
  properties: {
    livenessOperationMode: rule0,
    deviceCorrelationIdSetInClient: rule1,
    enableSessionImage: rule1,
    livenessModelVersion: rule0,
    deviceCorrelationId: rule0,
    authTokenTimeToLiveInSeconds: rule3,
  },
};
const rule36: Rule = {
  type: "object",
  required: ["livenessOperationMode"],
  properties: {
    livenessOperationMode: rule0,
    sendResultsToClient: rule1,
    deviceCorrelationIdSetInClient: rule1,
    enableSessionImage: rule1,
    livenessSingleModalModel: rule0,
    deviceCorrelationId: rule0,
    authTokenTimeToLiveInSeconds: rule3,
  },
};
const rule37: Rule = {
  type: "object",
  required: ["livenessOperationMode"],
  properties: {
    livenessOperationMode: rule0,
    deviceCorrelationIdSetInClient: rule1,
    enableSessionImage: rule1,
    livenessModelVersion: rule0,
    returnVerifyImageHash: rule1,
    verifyConfidenceThreshold: rule25,
    deviceCorrelationId: rule0,
    authTokenTimeToLiveInSeconds: rule3,
  },
};
const rule38: Rule = {
  type: "object",
  required: ["livenessOperationMode"],
  properties: {
    livenessOperationMode: rule0,
    sendResultsToClient: rule1,
    deviceCorrelationIdSetInClient: rule1,
    enableSessionImage: rule1,
    livenessSingleModalModel: rule0,
    deviceCorrelationId: rule0,
    authTokenTimeToLiveInSeconds: rule3,
    returnVerifyImageHash: rule1,
    verifyConfidenceThreshold: rule25,
  },
};
const rule39: Rule = { type: "object", required: ["Parameters"], properties: { Parameters: rule38 } };
const rule40: Rule = { type: "object", required: ["name"], properties: { name: rule11, userData: rule12 } };
const rule41: Rule = { type: "array", minItems: 1, items: rule14 };
const rule42: Rule = {
  type: "object",
  required: ["name", "addPersonIds"],
  properties: { name: rule11, userData: rule12, addPersonIds: rule41 },
};
const rule43: Rule = {
  type: "object",
  properties: { name: rule11, userData: rule12, addPersonIds: rule18, removePersonIds: rule18 },
};
const versions0: VersionsSpec = { names: ["v1.2"], check: checkVersion };
const versions1: VersionsSpec = { names: ["v1.2-preview.1"], check: checkVersion };
const allowed0: AllowedBy = [
  [
    "returnFaceAttributes",
    "detectionModel",
    "detection_01",
    {
      detection_01: [
        "headPose",
        "glasses",
        "occlusion",
        "accessories",
        "blur",
        "exposure",
        "noise",
        "qualityForRecognition",
        "age",
        "smile",
        "facialHair",
        "hair",
      ],
      detection_02: [],
      detection_03: ["headPose", "mask", "qualityForRecognition"],
    },
  ],
];
const paging0: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "persistedFaceId",
  pageSize: 1000,
};
const paging1: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "largeFaceListId",
  pageSize: 1000,
};
const paging2: PagingSpec = { startParameter: "start", topParameter: "top", nextStartProperty: "id", pageSize: 1000 };
const paging3: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "dynamicPersonGroupId",
  pageSize: 1000,
};
const paging4: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "personId",
  pageSize: 1000,
};
const paging5: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "largePersonGroupId",
  pageSize: 1000,
};
const paging6: PagingSpec = {
  startParameter: "start",
  topParameter: "top",
  nextStartProperty: "personGroupId",
  pageSize: 1000,
};
const polling0: PollingSpec = {
  statusProperty: "status",
  succeeded: ["succeeded"],
  failed: ["failed"],
  messageProperty: "message",
};

const detectOperation: OperationSpec<FaceDetectionResult[]> = {
  method: "POST",
  path: "/detect",
  parameters: [
    ["detectionModel", "query", false, rule0],
    ["recognitionModel", "query", false, rule0],
    ["returnFaceId", "query", false, rule1],
    ["returnFaceAttributes", "query", false, rule2],
    ["returnFaceLandmarks", "query", false, rule1],
    ["returnRecognitionModel", "query", false, rule1],
    ["faceIdTimeToLive", "query", false, rule3],
  ],
  refuse: /* @__PURE__ */ allowedBy(allowed0),
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
};
const detectFromSessionImageIdOperation: OperationSpec<FaceDetectionResult[]> = {
  method: "POST",
  path: "/detect",
  parameters: [
    ["detectionModel", "query", false, rule0],
    ["recognitionModel", "query", false, rule0],
    ["returnFaceId", "query", false, rule1],
    ["returnFaceAttributes", "query", false, rule2],
    ["returnFaceLandmarks", "query", false, rule1],
    ["returnRecognitionModel", "query", false, rule1],
    ["faceIdTimeToLive", "query", false, rule3],
  ],
  refuse: /* @__PURE__ */ allowedBy(allowed0),
  body: { contentType: "application/json", encode: encodeJson, rule: rule5 },
  result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
};
const detectFromUrlOperation: OperationSpec<FaceDetectionResult[]> = {
  method: "POST",
  path: "/detect",
  parameters: [
    ["detectionModel", "query", false, rule0],
    ["recognitionModel", "query", false, rule0],
    ["returnFaceId", "query", false, rule1],
    ["returnFaceAttributes", "query", false, rule2],
    ["returnFaceLandmarks", "query", false, rule1],
    ["returnRecognitionModel", "query", false, rule1],
    ["faceIdTimeToLive", "query", false, rule3],
  ],
  refuse: /* @__PURE__ */ allowedBy(allowed0),
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
};
const addFaceListFaceOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/facelists/{faceListId}/persistedfaces",
  pathRules: [rule7],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addFaceListFaceFromUrlOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/facelists/{faceListId}/persistedfaces",
  pathRules: [rule7],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addLargeFaceListFaceOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/largefacelists/{largeFaceListId}/persistedfaces",
  pathRules: [rule7],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addLargeFaceListFaceFromUrlOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/largefacelists/{largeFaceListId}/persistedfaces",
  pathRules: [rule7],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const createFaceListOperation: OperationSpec<void> = {
  method: "PUT",
  path: "/facelists/{faceListId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
};
const createLargeFaceListOperation: OperationSpec<void> = {
  method: "PUT",
  path: "/largefacelists/{largeFaceListId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
};
const deleteFaceListOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/facelists/{faceListId}",
  pathRules: [rule7],
};
const deleteFaceListFaceOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/facelists/{faceListId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14],
};
const deleteLargeFaceListOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/largefacelists/{largeFaceListId}",
  pathRules: [rule7],
};
const deleteLargeFaceListFaceOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14],
};
const getFaceListOperation: OperationSpec<FaceList> = {
  method: "GET",
  path: "/facelists/{faceListId}",
  pathRules: [rule7],
  parameters: [["returnRecognitionModel", "query", false, rule1]],
  result: { name: "FaceList", shape: { faceListId: "string", name: "string" } },
};
const getFaceListsOperation: OperationSpec<FaceListItem[]> = {
  method: "GET",
  path: "/facelists",
  parameters: [["returnRecognitionModel", "query", false, rule1]],
  result: { name: "FaceListItem[]", items: { faceListId: "string", name: "string" } },
};
const getLargeFaceListOperation: OperationSpec<LargeFaceList> = {
  method: "GET",
  path: "/largefacelists/{largeFaceListId}",
  pathRules: [rule7],
  parameters: [["returnRecognitionModel", "query", false, rule1]],
  result: { name: "LargeFaceList", shape: { largeFaceListId: "string", name: "string" } },
};
const getLargeFaceListFaceOperation: OperationSpec<LargeFaceListFace> = {
  method: "GET",
  path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14],
  result: { name: "LargeFaceListFace", shape: { persistedFaceId: "string" } },
};
const getLargeFaceListFacesOperation: OperationSpec<LargeFaceListFace[]> = {
  method: "GET",
  path: "/largefacelists/{largeFaceListId}/persistedfaces",
  pathRules: [rule7],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  result: { name: "LargeFaceListFace[]", items: { persistedFaceId: "string" } },
};
const getLargeFaceListsOperation: OperationSpec<LargeFaceList[]> = {
  method: "GET",
  path: "/largefacelists",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
    ["returnRecognitionModel", "query", false, rule1],
  ],
  result: { name: "LargeFaceList[]", items: { largeFaceListId: "string", name: "string" } },
};
const getLargeFaceListTrainingStatusOperation: OperationSpec<TrainingResult> = {
  method: "GET",
  path: "/largefacelists/{largeFaceListId}/training",
  pathRules: [rule7],
  result: {
    name: "TrainingResult",
    shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
  },
};
const trainLargeFaceListOperation: OperationSpec<{ operationLocation: string }> = {
  method: "POST",
  path: "/largefacelists/{largeFaceListId}/train",
  pathRules: [rule7],
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const updateFaceListOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/facelists/{faceListId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updateLargeFaceListOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/largefacelists/{largeFaceListId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updateLargeFaceListFaceOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14],
  body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
};
const findSimilarOperation: OperationSpec<FindSimilarResult[]> = {
  method: "POST",
  path: "/findsimilars",
  body: { contentType: "application/json", encode: encodeJson, rule: rule19 },
  result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
};
const findSimilarFromFaceListOperation: OperationSpec<FindSimilarResult[]> = {
  method: "POST",
  path: "/findsimilars",
  body: { contentType: "application/json", encode: encodeJson, rule: rule20 },
  result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
};
const findSimilarFromLargeFaceListOperation: OperationSpec<FindSimilarResult[]> = {
  method: "POST",
  path: "/findsimilars",
  explain: /* @__PURE__ */ untrained(
    "LargeFaceListNotTrained",
    "largeFaceListId",
    "trainLargeFaceList",
    "waitForTrainLargeFaceList",
  ),
  body: { contentType: "application/json", encode: encodeJson, rule: rule21 },
  result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
};
const groupOperation: OperationSpec<GroupingResult> = {
  method: "POST",
  path: "/group",
  body: { contentType: "application/json", encode: encodeJson, rule: rule22 },
  result: { name: "GroupingResult", shape: { groups: "array" } },
};
const identifyFromDynamicPersonGroupOperation: OperationSpec<IdentificationResult[]> = {
  method: "POST",
  path: "/identify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule26 },
  result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
};
const identifyFromLargePersonGroupOperation: OperationSpec<IdentificationResult[]> = {
  method: "POST",
  path: "/identify",
  explain: /* @__PURE__ */ untrained(
    "LargePersonGroupNotTrained",
    "largePersonGroupId",
    "trainLargePersonGroup",
    "waitForTrainLargePersonGroup",
  ),
  body: { contentType: "application/json", encode: encodeJson, rule: rule27 },
  result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
};
const identifyFromPersonDirectoryOperation: OperationSpec<IdentificationResult[]> = {
  method: "POST",
  path: "/identify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule29 },
  result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
};
const identifyFromPersonGroupOperation: OperationSpec<IdentificationResult[]> = {
  method: "POST",
  path: "/identify",
  explain: /* @__PURE__ */ untrained(
    "PersonGroupNotTrained",
    "personGroupId",
    "trainPersonGroup",
    "waitForTrainPersonGroup",
  ),
  body: { contentType: "application/json", encode: encodeJson, rule: rule30 },
  result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
};
const verifyFaceToFaceOperation: OperationSpec<VerificationResult> = {
  method: "POST",
  path: "/verify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule31 },
  result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
};
const verifyFromLargePersonGroupOperation: OperationSpec<VerificationResult> = {
  method: "POST",
  path: "/verify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule32 },
  result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
};
const verifyFromPersonDirectoryOperation: OperationSpec<VerificationResult> = {
  method: "POST",
  path: "/verify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule33 },
  result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
};
const verifyFromPersonGroupOperation: OperationSpec<VerificationResult> = {
  method: "POST",
  path: "/verify",
  body: { contentType: "application/json", encode: encodeJson, rule: rule34 },
  result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
};
const getOperationResultOperation: OperationSpec<OperationResult> = {
  method: "GET",
  path: "/operations/{operationId}",
  pathRules: [rule14],
  result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
};
const createLivenessSessionOperation: OperationSpec<LivenessSession> = {
  method: "POST",
  path: "/detectLiveness-sessions",
  versions: versions0,
  body: { contentType: "application/json", encode: encodeJson, rule: rule35 },
  result: {
    name: "LivenessSession",
    shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
  },
};
const createLivenessSessionBeforeV1_2Operation: OperationSpec<CreateLivenessSessionResult> = {
  method: "POST",
  path: "/detectLiveness/singleModal/sessions",
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule36 },
  result: { name: "CreateLivenessSessionResult", shape: { sessionId: "string", authToken: "string" } },
};
const createLivenessWithVerifySessionOperation: OperationSpec<LivenessWithVerifySession> = {
  method: "POST",
  path: "/detectLivenessWithVerify-sessions",
  versions: versions0,
  body: { contentType: "multipart/form-data", encode: encodeForm, rule: rule37, file: ["verifyImage", rule4] },
  result: {
    name: "LivenessWithVerifySession",
    shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
  },
};
const createLivenessWithVerifySessionBeforeV1_2Operation: OperationSpec<CreateLivenessWithVerifySessionResult> = {
  method: "POST",
  path: "/detectLivenessWithVerify/singleModal/sessions",
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule38 },
  result: { name: "CreateLivenessWithVerifySessionResult", shape: { sessionId: "string", authToken: "string" } },
};
const createLivenessWithVerifySessionWithVerifyImageOperation: OperationSpec<CreateLivenessWithVerifySessionResult> = {
  method: "POST",
  path: "/detectLivenessWithVerify/singleModal/sessions",
  versions: versions1,
  body: { contentType: "multipart/form-data", encode: encodeForm, rule: rule39, file: ["VerifyImage", rule4] },
  result: { name: "CreateLivenessWithVerifySessionResult", shape: { sessionId: "string", authToken: "string" } },
};
const deleteLivenessSessionOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/detectLiveness-sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions0,
};
const deleteLivenessSessionBeforeV1_2Operation: OperationSpec<void> = {
  method: "DELETE",
  path: "/detectLiveness/singleModal/sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions1,
};
const deleteLivenessWithVerifySessionOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/detectLivenessWithVerify-sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions0,
};
const deleteLivenessWithVerifySessionBeforeV1_2Operation: OperationSpec<void> = {
  method: "DELETE",
  path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions1,
};
const getLivenessSessionAuditEntriesOperation: OperationSpec<LivenessSessionAuditEntry[]> = {
  method: "GET",
  path: "/detectLiveness/singleModal/sessions/{sessionId}/audit",
  pathRules: [rule0],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: {
    name: "LivenessSessionAuditEntry[]",
    items: {
      id: "number",
      sessionId: "string",
      requestId: "string",
      receivedDateTime: "string",
      request: "object",
      response: "object",
      digest: "string",
    },
  },
};
const getLivenessSessionResultOperation: OperationSpec<LivenessSession> = {
  method: "GET",
  path: "/detectLiveness-sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions0,
  result: {
    name: "LivenessSession",
    shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
  },
};
const getLivenessSessionResultBeforeV1_2Operation: OperationSpec<LivenessSessionBeforeV1_2> = {
  method: "GET",
  path: "/detectLiveness/singleModal/sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions1,
  result: {
    name: "LivenessSessionBeforeV1_2",
    shape: { id: "string", createdDateTime: "string", sessionExpired: "boolean", status: "string" },
  },
};
const getLivenessSessionsOperation: OperationSpec<LivenessSessionItem[]> = {
  method: "GET",
  path: "/detectLiveness/singleModal/sessions",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: {
    name: "LivenessSessionItem[]",
    items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
  },
};
const getLivenessWithVerifySessionAuditEntriesOperation: OperationSpec<LivenessSessionAuditEntry[]> = {
  method: "GET",
  path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}/audit",
  pathRules: [rule0],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: {
    name: "LivenessSessionAuditEntry[]",
    items: {
      id: "number",
      sessionId: "string",
      requestId: "string",
      receivedDateTime: "string",
      request: "object",
      response: "object",
      digest: "string",
    },
  },
};
const getLivenessWithVerifySessionResultOperation: OperationSpec<LivenessWithVerifySession> = {
  method: "GET",
  path: "/detectLivenessWithVerify-sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions0,
  result: {
    name: "LivenessWithVerifySession",
    shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
  },
};
const getLivenessWithVerifySessionResultBeforeV1_2Operation: OperationSpec<LivenessWithVerifySessionBeforeV1_2> = {
  method: "GET",
  path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}",
  pathRules: [rule0],
  versions: versions1,
  result: {
    name: "LivenessWithVerifySessionBeforeV1_2",
    shape: { id: "string", createdDateTime: "string", sessionExpired: "boolean", status: "string" },
  },
};
const getLivenessWithVerifySessionsOperation: OperationSpec<LivenessSessionItem[]> = {
  method: "GET",
  path: "/detectLivenessWithVerify/singleModal/sessions",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: {
    name: "LivenessSessionItem[]",
    items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
  },
};
const getSessionImageOperation: OperationSpec<Uint8Array<ArrayBuffer>> = {
  method: "GET",
  path: "/sessionImages/{sessionImageId}",
  pathRules: [rule0],
  versions: versions0,
  result: { bytes: true },
};
const getSessionImageBeforeV1_2Operation: OperationSpec<Uint8Array<ArrayBuffer>> = {
  method: "GET",
  path: "/session/sessionImages/{sessionImageId}",
  pathRules: [rule0],
  versions: versions1,
  result: { bytes: true },
};
const addPersonFaceOperation: OperationSpec<AddFaceResult & { operationLocation: string }> = {
  method: "POST",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
  pathRules: [rule14, rule0],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  versions: versions1,
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: {
    name: "AddFaceResult",
    shape: { persistedFaceId: "string" },
    headers: [["operation-Location", "operationLocation"]],
  },
};
const addPersonFaceFromUrlOperation: OperationSpec<AddFaceResult & { operationLocation: string }> = {
  method: "POST",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
  pathRules: [rule14, rule0],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: {
    name: "AddFaceResult",
    shape: { persistedFaceId: "string" },
    headers: [["operation-Location", "operationLocation"]],
  },
};
const createDynamicPersonGroupOperation: OperationSpec<void> = {
  method: "PUT",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
};
const createDynamicPersonGroupWithPersonOperation: OperationSpec<{ operationLocation: string }> = {
  method: "PUT",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule42 },
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const createPersonOperation: OperationSpec<CreatePersonResult & { operationLocation: string }> = {
  method: "POST",
  path: "/persons",
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
  result: {
    name: "CreatePersonResult",
    shape: { personId: "string" },
    headers: [["operation-Location", "operationLocation"]],
  },
};
const deleteDynamicPersonGroupOperation: OperationSpec<{ operationLocation: string }> = {
  method: "DELETE",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const deletePersonOperation: OperationSpec<{ operationLocation: string }> = {
  method: "DELETE",
  path: "/persons/{personId}",
  pathRules: [rule14],
  versions: versions1,
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const deletePersonFaceOperation: OperationSpec<{ operationLocation: string }> = {
  method: "DELETE",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
  pathRules: [rule14, rule0, rule14],
  versions: versions1,
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const getDynamicPersonGroupOperation: OperationSpec<DynamicPersonGroup> = {
  method: "GET",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  result: { name: "DynamicPersonGroup", shape: { dynamicPersonGroupId: "string", name: "string" } },
};
const getDynamicPersonGroupPersonsOperation: OperationSpec<ListPersonResult> = {
  method: "GET",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}/persons",
  pathRules: [rule7],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: { name: "ListPersonResult", shape: { personIds: "array" } },
};
const getDynamicPersonGroupReferencesOperation: OperationSpec<ListGroupReferenceResult> = {
  method: "GET",
  path: "/persons/{personId}/dynamicPersonGroupReferences",
  pathRules: [rule14],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: { name: "ListGroupReferenceResult", shape: { dynamicPersonGroupIds: "array" } },
};
const getDynamicPersonGroupsOperation: OperationSpec<DynamicPersonGroup[]> = {
  method: "GET",
  path: "/dynamicpersongroups",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: { name: "DynamicPersonGroup[]", items: { dynamicPersonGroupId: "string", name: "string" } },
};
const getPersonOperation: OperationSpec<PersonDirectoryPerson> = {
  method: "GET",
  path: "/persons/{personId}",
  pathRules: [rule14],
  versions: versions1,
  result: { name: "PersonDirectoryPerson", shape: { personId: "string", name: "string" } },
};
const getPersonFaceOperation: OperationSpec<PersonDirectoryFace> = {
  method: "GET",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
  pathRules: [rule14, rule0, rule14],
  versions: versions1,
  result: { name: "PersonDirectoryFace", shape: { persistedFaceId: "string" } },
};
const getPersonFacesOperation: OperationSpec<ListFaceResult> = {
  method: "GET",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
  pathRules: [rule14, rule0],
  versions: versions1,
  result: { name: "ListFaceResult", shape: { personId: "string", persistedFaceIds: "array" } },
};
const getPersonsOperation: OperationSpec<PersonDirectoryPerson[]> = {
  method: "GET",
  path: "/persons",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  versions: versions1,
  result: { name: "PersonDirectoryPerson[]", items: { personId: "string", name: "string" } },
};
const updateDynamicPersonGroupOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updateDynamicPersonGroupWithPersonChangesOperation: OperationSpec<{ operationLocation: string }> = {
  method: "PATCH",
  path: "/dynamicpersongroups/{dynamicPersonGroupId}",
  pathRules: [rule7],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule43 },
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const updatePersonOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/persons/{personId}",
  pathRules: [rule14],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updatePersonFaceOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
  pathRules: [rule14, rule0, rule14],
  versions: versions1,
  body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
};
const addLargePersonGroupPersonFaceOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces",
  pathRules: [rule7, rule14],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addLargePersonGroupPersonFaceFromUrlOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces",
  pathRules: [rule7, rule14],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addPersonGroupPersonFaceOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces",
  pathRules: [rule7, rule14],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const addPersonGroupPersonFaceFromUrlOperation: OperationSpec<AddFaceResult> = {
  method: "POST",
  path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces",
  pathRules: [rule7, rule14],
  parameters: [
    ["targetFace", "query", false, rule9],
    ["detectionModel", "query", false, rule0],
    ["userData", "query", false, rule10],
  ],
  body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
  result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
};
const createLargePersonGroupOperation: OperationSpec<void> = {
  method: "PUT",
  path: "/largepersongroups/{largePersonGroupId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
};
const createLargePersonGroupPersonOperation: OperationSpec<CreatePersonResult> = {
  method: "POST",
  path: "/largepersongroups/{largePersonGroupId}/persons",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
  result: { name: "CreatePersonResult", shape: { personId: "string" } },
};
const createPersonGroupOperation: OperationSpec<void> = {
  method: "PUT",
  path: "/persongroups/{personGroupId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
};
const createPersonGroupPersonOperation: OperationSpec<CreatePersonResult> = {
  method: "POST",
  path: "/persongroups/{personGroupId}/persons",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
  result: { name: "CreatePersonResult", shape: { personId: "string" } },
};
const deleteLargePersonGroupOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/largepersongroups/{largePersonGroupId}",
  pathRules: [rule7],
};
const deleteLargePersonGroupPersonOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
};
const deleteLargePersonGroupPersonFaceOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
};
const deletePersonGroupOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/persongroups/{personGroupId}",
  pathRules: [rule7],
};
const deletePersonGroupPersonOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/persongroups/{personGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
};
const deletePersonGroupPersonFaceOperation: OperationSpec<void> = {
  method: "DELETE",
  path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
};
const getLargePersonGroupOperation: OperationSpec<LargePersonGroup> = {
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}",
  pathRules: [rule7],
  parameters: [["returnRecognitionModel", "query", false, rule1]],
  result: { name: "LargePersonGroup", shape: { largePersonGroupId: "string", name: "string" } },
};
const getLargePersonGroupPersonOperation: OperationSpec<PersonGroupPerson> = {
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
  result: { name: "PersonGroupPerson", shape: { personId: "string", name: "string" } },
};
const getLargePersonGroupPersonFaceOperation: OperationSpec<PersonGroupPersonFace> = {
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
  result: { name: "PersonGroupPersonFace", shape: { persistedFaceId: "string" } },
};
const getLargePersonGroupPersonsOperation: OperationSpec<PersonGroupPerson[]> = {
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}/persons",
  pathRules: [rule7],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
};
const getLargePersonGroupsOperation: OperationSpec<LargePersonGroup[]> = {
  method: "GET",
  path: "/largepersongroups",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
    ["returnRecognitionModel", "query", false, rule1],
  ],
  result: { name: "LargePersonGroup[]", items: { largePersonGroupId: "string", name: "string" } },
};
const getLargePersonGroupTrainingStatusOperation: OperationSpec<TrainingResult> = {
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}/training",
  pathRules: [rule7],
  result: {
    name: "TrainingResult",
    shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
  },
};
const getPersonGroupOperation: OperationSpec<PersonGroup> = {
  method: "GET",
  path: "/persongroups/{personGroupId}",
  pathRules: [rule7],
  parameters: [["returnRecognitionModel", "query", false, rule1]],
  result: { name: "PersonGroup", shape: { personGroupId: "string", name: "string" } },
};
const getPersonGroupPersonOperation: OperationSpec<PersonGroupPerson> = {
  method: "GET",
  path: "/persongroups/{personGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
  result: { name: "PersonGroupPerson", shape: { personId: "string", name: "string" } },
};
const getPersonGroupPersonFaceOperation: OperationSpec<PersonGroupPersonFace> = {
  method: "GET",
  path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
  result: { name: "PersonGroupPersonFace", shape: { persistedFaceId: "string" } },
};
const getPersonGroupPersonsOperation: OperationSpec<PersonGroupPerson[]> = {
  method: "GET",
  path: "/persongroups/{personGroupId}/persons",
  pathRules: [rule7],
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
  ],
  result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
};
const getPersonGroupsOperation: OperationSpec<PersonGroup[]> = {
  method: "GET",
  path: "/persongroups",
  parameters: [
    ["start", "query", false, rule0],
    ["top", "query", false, rule15],
    ["returnRecognitionModel", "query", false, rule1],
  ],
  result: { name: "PersonGroup[]", items: { personGroupId: "string", name: "string" } },
};
const getPersonGroupTrainingStatusOperation: OperationSpec<TrainingResult> = {
  method: "GET",
  path: "/persongroups/{personGroupId}/training",
  pathRules: [rule7],
  result: {
    name: "TrainingResult",
    shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
  },
};
const trainLargePersonGroupOperation: OperationSpec<{ operationLocation: string }> = {
  method: "POST",
  path: "/largepersongroups/{largePersonGroupId}/train",
  pathRules: [rule7],
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const trainPersonGroupOperation: OperationSpec<{ operationLocation: string }> = {
  method: "POST",
  path: "/persongroups/{personGroupId}/train",
  pathRules: [rule7],
  result: { headers: [["operation-Location", "operationLocation"]] },
};
const updateLargePersonGroupOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/largepersongroups/{largePersonGroupId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updateLargePersonGroupPersonOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updateLargePersonGroupPersonFaceOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
  body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
};
const updatePersonGroupOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/persongroups/{personGroupId}",
  pathRules: [rule7],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updatePersonGroupPersonOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/persongroups/{personGroupId}/persons/{personId}",
  pathRules: [rule7, rule14],
  body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
};
const updatePersonGroupPersonFaceOperation: OperationSpec<void> = {
  method: "PATCH",
  path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
  pathRules: [rule7, rule14, rule14],
  body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
};

/**
 * Detect Faces
 *
 * Detect human faces in an image from its bytes (1 KB to 6 MB; JPEG, PNG, GIF (its first
 * frame) or BMP): return face rectangles, and optionally faceIds, landmarks and attributes.
 *
 * No image is stored; only the extracted face features are kept, until `faceIdTimeToLive`
 * after the call. A faceId is what "Identify", "Verify", "Find Similar" and "Group" take. Up to
 * 100 faces are returned, ranked by face rectangle size, large to small; the minimum
 * detectable face is 36x36 pixels in an image no larger than 1920x1080 pixels. Which
 * landmarks and attributes are available depends on the detection model. The faceIds are
 * associated with the recognition model given (default 'recognition_01'): use the same model
 * as the containers they are matched against. Microsoft has retired or limited the attributes
 * that infer emotional states and identity (age, smile, facial hair and hair are limited).
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const detect: (
  context: FaceContext,
  image: BinaryBody,
  options?: RequestOptions & {
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
    recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
    /** Return faceIds of the detected faces or not. The default value is true. */
    returnFaceId?: boolean;
    /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
    returnFaceAttributes?: (
      | "headPose"
      | "glasses"
      | "occlusion"
      | "accessories"
      | "blur"
      | "exposure"
      | "noise"
      | "mask"
      | "qualityForRecognition"
      | "age"
      | "smile"
      | "facialHair"
      | "hair"
      | (string & {})
    )[];
    /** Return face landmarks of the detected faces or not. The default value is false. */
    returnFaceLandmarks?: boolean;
    /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
    returnRecognitionModel?: boolean;
    /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
    faceIdTimeToLive?: number;
  },
) => Promise<FaceDetectionResult[]> = (context, ...args) => invoke(context, detectOperation, args);

/**
 * Detect Faces from Session Image
 *
 * Detect human faces in the image a liveness session kept (its `sessionImageId`, from an
 * attempt's result): return face rectangles, and optionally faceIds, landmarks and attributes.
 * Everything else is as "Detect Faces" from bytes: the options and the answer.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const detectFromSessionImageId: (
  context: FaceContext,
  body: DetectFromSessionImageIdRequest,
  options?: RequestOptions & {
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
    recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
    /** Return faceIds of the detected faces or not. The default value is true. */
    returnFaceId?: boolean;
    /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
    returnFaceAttributes?: (
      | "headPose"
      | "glasses"
      | "occlusion"
      | "accessories"
      | "blur"
      | "exposure"
      | "noise"
      | "mask"
      | "qualityForRecognition"
      | "age"
      | "smile"
      | "facialHair"
      | "hair"
      | (string & {})
    )[];
    /** Return face landmarks of the detected faces or not. The default value is false. */
    returnFaceLandmarks?: boolean;
    /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
    returnRecognitionModel?: boolean;
    /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
    faceIdTimeToLive?: number;
  },
) => Promise<FaceDetectionResult[]> = (context, ...args) => invoke(context, detectFromSessionImageIdOperation, args);

/**
 * Detect Faces from Url
 *
 * Detect human faces in an image from its URL: return face rectangles, and optionally
 * faceIds, landmarks and attributes. Everything else is as "Detect Faces" from bytes: the
 * image rules (1 KB to 6 MB; JPEG, PNG, GIF or BMP), the options and the answer.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const detectFromUrl: (
  context: FaceContext,
  body: DetectFromUrlRequest,
  options?: RequestOptions & {
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
    recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
    /** Return faceIds of the detected faces or not. The default value is true. */
    returnFaceId?: boolean;
    /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
    returnFaceAttributes?: (
      | "headPose"
      | "glasses"
      | "occlusion"
      | "accessories"
      | "blur"
      | "exposure"
      | "noise"
      | "mask"
      | "qualityForRecognition"
      | "age"
      | "smile"
      | "facialHair"
      | "hair"
      | (string & {})
    )[];
    /** Return face landmarks of the detected faces or not. The default value is false. */
    returnFaceLandmarks?: boolean;
    /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
    returnRecognitionModel?: boolean;
    /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
    faceIdTimeToLive?: number;
  },
) => Promise<FaceDetectionResult[]> = (context, ...args) => invoke(context, detectFromUrlOperation, args);

/**
 * Add Face to Face List
 *
 * Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addFaceListFace: (
  context: FaceContext,
  faceListId: string,
  image: BinaryBody,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addFaceListFaceOperation, args);

/**
 * Add Face to Face List from Url
 *
 * Add a face to the list from an image URL.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addFaceListFaceFromUrl: (
  context: FaceContext,
  faceListId: string,
  body: AddFaceFromUrlRequest,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addFaceListFaceFromUrlOperation, args);

/**
 * Add Face to Large Face List
 *
 * Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addLargeFaceListFace: (
  context: FaceContext,
  largeFaceListId: string,
  image: BinaryBody,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addLargeFaceListFaceOperation, args);

/**
 * Add Face to Large Face List from Url
 *
 * Add a face to the list from an image URL.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addLargeFaceListFaceFromUrl: (
  context: FaceContext,
  largeFaceListId: string,
  body: AddFaceFromUrlRequest,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addLargeFaceListFaceFromUrlOperation, args);

/**
 * Create Face List
 *
 * Create an empty face list with the specified faceListId, name, user-provided userData and recognitionModel. Up to 64 face lists are allowed in one subscription.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createFaceList: (
  context: FaceContext,
  faceListId: string,
  body: CreateCollectionRequest,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, createFaceListOperation, args);

/**
 * Create LargeFaceList
 *
 * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  body: CreateCollectionRequest,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, createLargeFaceListOperation, args);

/**
 * Delete Face List
 *
 * Delete a specified face list. The related face images in the face list will be deleted, too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param options - the call's `signal`
 */
export const deleteFaceList: (context: FaceContext, faceListId: string, options?: RequestOptions) => Promise<void> = (
  context,
  ...args
) => invoke(context, deleteFaceListOperation, args);

/**
 * Delete Face from Face List
 *
 * Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const deleteFaceListFace: (
  context: FaceContext,
  faceListId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteFaceListFaceOperation, args);

/**
 * Delete LargeFaceList
 *
 * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the call's `signal`
 */
export const deleteLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLargeFaceListOperation, args);

/**
 * Delete Face from Large Face List
 *
 * Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const deleteLargeFaceListFace: (
  context: FaceContext,
  largeFaceListId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLargeFaceListFaceOperation, args);

/**
 * Get Face List
 *
 * Retrieve a face list's faceListId, name, userData, recognitionModel and faces in the face list.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getFaceList: (
  context: FaceContext,
  faceListId: string,
  options?: RequestOptions & {
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<FaceList> = (context, ...args) => invoke(context, getFaceListOperation, args);

/**
 * List Face Lists
 *
 * List face lists' faceListId, name, userData and recognitionModel. To get face information inside a face list, use "Get Face List".
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getFaceLists: (
  context: FaceContext,
  options?: RequestOptions & {
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<FaceListItem[]> = (context, ...args) => invoke(context, getFaceListsOperation, args);

/**
 * Get LargeFaceList
 *
 * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions & {
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<LargeFaceList> = (context, ...args) => invoke(context, getLargeFaceListOperation, args);

/**
 * Get Face from Large Face List
 *
 * Retrieve persisted face in a large face list by its persistedFaceId.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const getLargeFaceListFace: (
  context: FaceContext,
  largeFaceListId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<LargeFaceListFace> = (context, ...args) => invoke(context, getLargeFaceListFaceOperation, args);

/**
 * Get Faces from Large Face List
 *
 * List faces' persistedFaceId and userData in a specified large face list, in the order of their persistedFaceIds.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargeFaceListFaces: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<LargeFaceListFace[]> = (context, ...args) => invoke(context, getLargeFaceListFacesOperation, args);

/**
 * Every item of Get Faces from Large Face List, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `persistedFaceId`.
 *
 * Rejects as getLargeFaceListFaces does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLargeFaceListFaces: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<LargeFaceListFace, void, undefined> = /* @__PURE__ */ iteratorFunction<LargeFaceListFace>(
  getLargeFaceListFacesOperation,
  paging0,
);

/**
 * Get LargeFaceLists
 *
 * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargeFaceLists: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<LargeFaceList[]> = (context, ...args) => invoke(context, getLargeFaceListsOperation, args);

/**
 * Every item of Get LargeFaceLists, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `largeFaceListId`.
 *
 * Rejects as getLargeFaceLists does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLargeFaceLists: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => AsyncGenerator<LargeFaceList, void, undefined> = /* @__PURE__ */ iteratorFunction<LargeFaceList>(
  getLargeFaceListsOperation,
  paging1,
);

/**
 * Get Training Status of LargeFaceList
 *
 * To check the training status of the container, completed or still ongoing. Training is an
 * asynchronous operation triggered by the train operation.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the call's `signal`
 */
export const getLargeFaceListTrainingStatus: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions,
) => Promise<TrainingResult> = (context, ...args) => invoke(context, getLargeFaceListTrainingStatusOperation, args);

/**
 * Train LargeFaceList
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended. A training learns what the
 * container holds when it starts; what is added or removed later takes effect with the next
 * training. A container with no face to learn fails to train. While a training is queued or
 * running, another is refused with a 409.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the call's `signal`
 */
export const trainLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) => invoke(context, trainLargeFaceListOperation, args);

/**
 * Waits for Train LargeFaceList to end: polls getLargeFaceListTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForTrainLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  options?: WaitOptions<TrainingResult>,
) => Promise<TrainingResult> = /* @__PURE__ */ waiterFunction<TrainingResult>(
  "Train LargeFaceList",
  getLargeFaceListTrainingStatusOperation,
  polling0,
);

/**
 * Update Face List
 *
 * Update information of a face list, including name and userData.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateFaceList: (
  context: FaceContext,
  faceListId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateFaceListOperation, args);

/**
 * Update LargeFaceList
 *
 * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateLargeFaceList: (
  context: FaceContext,
  largeFaceListId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateLargeFaceListOperation, args);

/**
 * Update Face in Large Face List
 *
 * Update a specified face's userData field in a large face list by its persistedFaceId.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param persistedFaceId - Face ID of the face.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateLargeFaceListFace: (
  context: FaceContext,
  largeFaceListId: string,
  persistedFaceId: string,
  body: FaceUserData,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateLargeFaceListFaceOperation, args);

/**
 * Find Similar among Face IDs
 *
 * Given the query face's faceId, search the similar-looking faces among an array of faceIds
 * (created by "Detect"); answers their faceIds ranked by similarity. Mode "matchPerson" (the
 * default) finds faces of the same person by internal same-person thresholds (an empty array
 * if none passes); "matchFace" ranks similar faces anyway, even when the similarity is low.
 * The 'recognitionModel' of the query faceId should be the candidates'.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const findSimilar: (
  context: FaceContext,
  body: FindSimilarRequest,
  options?: RequestOptions,
) => Promise<FindSimilarResult[]> = (context, ...args) => invoke(context, findSimilarOperation, args);

/**
 * Find Similar from Face List
 *
 * Given the query face's faceId, search the similar-looking faces in a Face List (created by
 * "Create Face List"); answers their persistedFaceIds ranked by similarity. The modes are as
 * for "Find Similar among Face IDs". A face list needs no training. The 'recognitionModel' of
 * the query faceId should be the Face List's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const findSimilarFromFaceList: (
  context: FaceContext,
  body: FindSimilarFromFaceListRequest,
  options?: RequestOptions,
) => Promise<FindSimilarResult[]> = (context, ...args) => invoke(context, findSimilarFromFaceListOperation, args);

/**
 * Find Similar from Large Face List
 *
 * Given the query face's faceId, search the similar-looking faces in a Large Face List
 * (created by "Create Large Face List"); answers their persistedFaceIds ranked by similarity.
 * The modes are as for "Find Similar among Face IDs". The Large Face List must be trained
 * first ("Train Large Face List"). The 'recognitionModel' of the query faceId should be the
 * Large Face List's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const findSimilarFromLargeFaceList: (
  context: FaceContext,
  body: FindSimilarFromLargeFaceListRequest,
  options?: RequestOptions,
) => Promise<FindSimilarResult[]> = (context, ...args) => invoke(context, findSimilarFromLargeFaceListOperation, args);

/**
 * Group Faces
 *
 * Divide candidate faces (2 to 1000 faceIds) into groups based on face similarity: one or more
 * disjoint groups of similar-looking faces, often of the same person, ranked by size (faces
 * of one person may be split into several groups), and a messyGroup of the faces that have no
 * similar counterpart. For only 2 faces, "Verify Face to Face" is the better call. The
 * 'recognitionModel' of the faceIds should be the same.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const group: (context: FaceContext, body: GroupRequest, options?: RequestOptions) => Promise<GroupingResult> = (
  context,
  ...args
) => invoke(context, groupOperation, args);

/**
 * Identify from Dynamic Person Group
 *
 * 1-to-many identification to find the closest matches of the specific query person face from
 * a Dynamic Person Group. For each face in the faceIds array (1 to 10), it computes the
 * similarities between the query face and the faces of the persons the Dynamic Person Group
 * references, and returns candidate person(s) ranked by similarity confidence, at most
 * maxNumOfCandidatesReturned above confidenceThreshold. No training.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const identifyFromDynamicPersonGroup: (
  context: FaceContext,
  body: IdentifyFromDynamicPersonGroupRequest,
  options?: RequestOptions,
) => Promise<IdentificationResult[]> = (context, ...args) =>
  invoke(context, identifyFromDynamicPersonGroupOperation, args);

/**
 * Identify from Large Person Group
 *
 * 1-to-many identification to find the closest matches of the specific query person face from
 * a Large Person Group. For each face in the faceIds array (1 to 10), Face Identify computes
 * the similarities between the query face and all the faces in the Large Person Group (given
 * by largePersonGroupId), and returns candidate person(s) for that face ranked by similarity
 * confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
 * array). The Large Person Group must be trained first ("Train Large Person Group"). The
 * 'recognitionModel' of the query faces' faceIds should be the Large Person Group's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const identifyFromLargePersonGroup: (
  context: FaceContext,
  body: IdentifyFromLargePersonGroupRequest,
  options?: RequestOptions,
) => Promise<IdentificationResult[]> = (context, ...args) =>
  invoke(context, identifyFromLargePersonGroupOperation, args);

/**
 * Identify from Person Directory
 *
 * 1-to-many identification to find the closest matches of the specific query person face from
 * a person directory personIds array. For each face in the faceIds array (1 to 10), it computes
 * the similarities between the query face and the faces of the persons given (1 to 30), and
 * returns candidate person(s) ranked by similarity confidence, at most
 * maxNumOfCandidatesReturned above confidenceThreshold. No training: the faces added (and
 * waited on) are identified against at once.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const identifyFromPersonDirectory: (
  context: FaceContext,
  body: IdentifyFromPersonDirectoryRequest,
  options?: RequestOptions,
) => Promise<IdentificationResult[]> = (context, ...args) =>
  invoke(context, identifyFromPersonDirectoryOperation, args);

/**
 * Identify from Person Group
 *
 * 1-to-many identification to find the closest matches of the specific query person face from
 * a Person Group. For each face in the faceIds array (1 to 10), Face Identify computes the
 * similarities between the query face and all the faces in the Person Group (given by
 * personGroupId), and returns candidate person(s) for that face ranked by similarity
 * confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
 * array). The Person Group must be trained first ("Train Person Group"). The
 * 'recognitionModel' of the query faces' faceIds should be the Person Group's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const identifyFromPersonGroup: (
  context: FaceContext,
  body: IdentifyFromPersonGroupRequest,
  options?: RequestOptions,
) => Promise<IdentificationResult[]> = (context, ...args) => invoke(context, identifyFromPersonGroupOperation, args);

/**
 * Verify Face to Face
 *
 * Verify whether two faces belong to a same person. Higher face image quality means better
 * precision: frontal, clear faces of 200x200 pixels (100 pixels between eyes) or bigger. The
 * 'recognitionModel' of both faces should be the same.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const verifyFaceToFace: (
  context: FaceContext,
  body: VerifyFaceToFaceRequest,
  options?: RequestOptions,
) => Promise<VerificationResult> = (context, ...args) => invoke(context, verifyFaceToFaceOperation, args);

/**
 * Verify from Large Person Group
 *
 * Verify whether a face belongs to a person in a Large Person Group. The 'recognitionModel'
 * of the query face should be the Large Person Group's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const verifyFromLargePersonGroup: (
  context: FaceContext,
  body: VerifyFromLargePersonGroupRequest,
  options?: RequestOptions,
) => Promise<VerificationResult> = (context, ...args) => invoke(context, verifyFromLargePersonGroupOperation, args);

/**
 * Verify from Person Directory
 *
 * Verify whether a face belongs to a person in Person Directory.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const verifyFromPersonDirectory: (
  context: FaceContext,
  body: VerifyFromPersonDirectoryRequest,
  options?: RequestOptions,
) => Promise<VerificationResult> = (context, ...args) => invoke(context, verifyFromPersonDirectoryOperation, args);

/**
 * Verify from Person Group
 *
 * Verify whether a face belongs to a person in a Person Group. The 'recognitionModel' of the
 * query face should be the Person Group's.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const verifyFromPersonGroup: (
  context: FaceContext,
  body: VerifyFromPersonGroupRequest,
  options?: RequestOptions,
) => Promise<VerificationResult> = (context, ...args) => invoke(context, verifyFromPersonGroupOperation, args);

/**
 * Get Operation Result
 *
 * Get status of a long running operation.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationId - Operation ID of the operation.
 * @param options - the call's `signal`
 */
export const getOperationResult: (
  context: FaceContext,
  operationId: string,
  options?: RequestOptions,
) => Promise<OperationResult> = (context, ...args) => invoke(context, getOperationResultOperation, args);

/**
 * Create a new detect liveness session.
 *
 * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
 *
 * Permissions includes...
 * \>
 * *
 * * A token lifetime of 10 minutes.
 *
 * \> [!NOTE]
 * \> Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLivenessSession: (
  context: FaceContext,
  body: CreateLivenessSessionContent,
  options?: RequestOptions,
) => Promise<LivenessSession> = (context, ...args) => invoke(context, createLivenessSessionOperation, args);

/**
 * Create a new detect liveness session.
 *
 * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
 *
 * Permissions includes...
 * \>
 * *
 * * Ability to call /detectLiveness/singleModal for up to 3 retries.
 * * A token lifetime of 10 minutes.
 *
 * \> [!NOTE]
 * \> Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLivenessSessionBeforeV1_2: (
  context: FaceContext,
  body: CreateLivenessSessionContentBeforeV1_2,
  options?: RequestOptions,
) => Promise<CreateLivenessSessionResult> = (context, ...args) =>
  invoke(context, createLivenessSessionBeforeV1_2Operation, args);

/**
 * Create a new liveness session with verify. Provide the verify image during session creation.
 *
 * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
 *
 * Permissions includes...
 * \>
 * *
 * * A token lifetime of 10 minutes.
 *
 * \> [!NOTE]
 * \>
 * \> *
 * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
 * \>   * To retrieve a result, use the Get Liveness With Verify Session.
 * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param verifyImage - the file part `verifyImage` of the request body (multipart/form-data)
 * @param options - the form fields (the body's other parts), and the call's `signal`
 */
export const createLivenessWithVerifySession: (
  context: FaceContext,
  verifyImage: BinaryBody,
  options: RequestOptions & Omit<CreateLivenessWithVerifySessionContent, "verifyImage">,
) => Promise<LivenessWithVerifySession> = (context, ...args) =>
  invoke(context, createLivenessWithVerifySessionOperation, args);

/**
 * Create a new liveness session with verify. Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
 *
 * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
 *
 * Permissions includes...
 * \>
 * *
 * * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
 * * A token lifetime of 10 minutes.
 *
 * \> [!NOTE]
 * \>
 * \> *
 * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
 * \>   * To retrieve a result, use the Get Liveness With Verify Session.
 * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
 *
 * Alternative Option: Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
 * \> [!NOTE]
 * \> Extra measures should be taken to validate that the client is sending the expected VerifyImage.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLivenessWithVerifySessionBeforeV1_2: (
  context: FaceContext,
  body: CreateLivenessWithVerifySessionJsonContent,
  options?: RequestOptions,
) => Promise<CreateLivenessWithVerifySessionResult> = (context, ...args) =>
  invoke(context, createLivenessWithVerifySessionBeforeV1_2Operation, args);

/**
 * Create a new liveness session with verify. Provide the verify image during session creation.
 *
 * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
 *
 * Permissions includes...
 * \>
 * *
 * * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
 * * A token lifetime of 10 minutes.
 *
 * \> [!NOTE]
 * \>
 * \> *
 * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
 * \>   * To retrieve a result, use the Get Liveness With Verify Session.
 * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
 *
 * Recommended Option: VerifyImage is provided during session creation.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param VerifyImage - the file part `VerifyImage` of the request body (multipart/form-data)
 * @param options - the form fields (the body's other parts), and the call's `signal`
 */
export const createLivenessWithVerifySessionWithVerifyImage: (
  context: FaceContext,
  VerifyImage: BinaryBody,
  options: RequestOptions & Omit<CreateLivenessWithVerifySessionWithVerifyImageContent, "VerifyImage">,
) => Promise<CreateLivenessWithVerifySessionResult> = (context, ...args) =>
  invoke(context, createLivenessWithVerifySessionWithVerifyImageOperation, args);

/**
 * Delete all session related information for matching the specified session id.
 *
 * \> [!NOTE]
 * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const deleteLivenessSession: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLivenessSessionOperation, args);

/**
 * Delete all session related information for matching the specified session id.
 *
 * \> [!NOTE]
 * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const deleteLivenessSessionBeforeV1_2: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLivenessSessionBeforeV1_2Operation, args);

/**
 * Delete all session related information for matching the specified session id.
 *
 * \> [!NOTE]
 * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const deleteLivenessWithVerifySession: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLivenessWithVerifySessionOperation, args);

/**
 * Delete all session related information for matching the specified session id.
 *
 * \> [!NOTE]
 * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const deleteLivenessWithVerifySessionBeforeV1_2: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLivenessWithVerifySessionBeforeV1_2Operation, args);

/**
 * Get Liveness Session Audit Entries
 *
 * Gets session requests and response body for the session.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLivenessSessionAuditEntries: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<LivenessSessionAuditEntry[]> = (context, ...args) =>
  invoke(context, getLivenessSessionAuditEntriesOperation, args);

/**
 * Get Liveness Session Result
 *
 * Get session result of detectLiveness/singleModal call.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const getLivenessSessionResult: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<LivenessSession> = (context, ...args) => invoke(context, getLivenessSessionResultOperation, args);

/**
 * Get Liveness Session Result
 *
 * Get session result of detectLiveness/singleModal call.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const getLivenessSessionResultBeforeV1_2: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<LivenessSessionBeforeV1_2> = (context, ...args) =>
  invoke(context, getLivenessSessionResultBeforeV1_2Operation, args);

/**
 * Lists sessions for /detectLiveness/SingleModal.
 *
 * List sessions from the last sessionId greater than the 'start'.
 *
 * The result should be ordered by sessionId in ascending order.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLivenessSessions: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<LivenessSessionItem[]> = (context, ...args) => invoke(context, getLivenessSessionsOperation, args);

/**
 * Every item of Lists sessions for /detectLiveness/SingleModal., page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `id`.
 *
 * Rejects as getLivenessSessions does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLivenessSessions: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<LivenessSessionItem, void, undefined> = /* @__PURE__ */ iteratorFunction<LivenessSessionItem>(
  getLivenessSessionsOperation,
  paging2,
);

/**
 * Get Liveness With Verify Session Audit Entries
 *
 * Gets session requests and response body for the session.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLivenessWithVerifySessionAuditEntries: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<LivenessSessionAuditEntry[]> = (context, ...args) =>
  invoke(context, getLivenessWithVerifySessionAuditEntriesOperation, args);

/**
 * Get Liveness With Verify Session Result
 *
 * Get session result of detectLivenessWithVerify/singleModal call.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const getLivenessWithVerifySessionResult: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<LivenessWithVerifySession> = (context, ...args) =>
  invoke(context, getLivenessWithVerifySessionResultOperation, args);

/**
 * Get Liveness With Verify Session Result
 *
 * Get session result of detectLivenessWithVerify/singleModal call.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionId - The unique ID to reference this session.
 * @param options - the call's `signal`
 */
export const getLivenessWithVerifySessionResultBeforeV1_2: (
  context: FaceContext,
  sessionId: string,
  options?: RequestOptions,
) => Promise<LivenessWithVerifySessionBeforeV1_2> = (context, ...args) =>
  invoke(context, getLivenessWithVerifySessionResultBeforeV1_2Operation, args);

/**
 * Lists sessions for /detectLivenessWithVerify/SingleModal.
 *
 * List sessions from the last sessionId greater than the "start".
 *
 * The result should be ordered by sessionId in ascending order.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLivenessWithVerifySessions: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<LivenessSessionItem[]> = (context, ...args) =>
  invoke(context, getLivenessWithVerifySessionsOperation, args);

/**
 * Every item of Lists sessions for /detectLivenessWithVerify/SingleModal., page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `id`.
 *
 * Rejects as getLivenessWithVerifySessions does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLivenessWithVerifySessions: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<LivenessSessionItem, void, undefined> = /* @__PURE__ */ iteratorFunction<LivenessSessionItem>(
  getLivenessWithVerifySessionsOperation,
  paging2,
);

/**
 * Get Session Image
 *
 * Get session image stored during the liveness session.
 *
 * Only in API version v1.2: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionImageId - The request ID of the image to be retrieved
 * @param options - the call's `signal`
 */
export const getSessionImage: (
  context: FaceContext,
  sessionImageId: string,
  options?: RequestOptions,
) => Promise<Uint8Array<ArrayBuffer>> = (context, ...args) => invoke(context, getSessionImageOperation, args);

/**
 * Get Session Image
 *
 * Get session image stored during the liveness session.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param sessionImageId - The request ID of the image to be retrieved
 * @param options - the call's `signal`
 */
export const getSessionImageBeforeV1_2: (
  context: FaceContext,
  sessionImageId: string,
  options?: RequestOptions,
) => Promise<Uint8Array<ArrayBuffer>> = (context, ...args) => invoke(context, getSessionImageBeforeV1_2Operation, args);

/**
 * Add Face to Person Directory Person
 *
 * Add a face to a person of the Person Directory, for the recognition model of the path, from
 * image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). It returns a persistedFaceId representing
 * the added face; no image is stored. Adding or deleting faces of one person is processed in
 * order; of different persons, in parallel. Wait on `operation-Location` before identifying.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addPersonFace: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  image: BinaryBody,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult & { operationLocation: string }> = (context, ...args) =>
  invoke(context, addPersonFaceOperation, args);

/**
 * Waits for Add Face to Person Directory Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForAddPersonFace: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Add Face to Person Directory Person",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Add Face to Person Directory Person from Url
 *
 * Add a face to a person of the Person Directory, for the recognition model of the path, from an image URL. Wait on `operation-Location` before identifying.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addPersonFaceFromUrl: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  body: AddFaceFromUrlRequest,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult & { operationLocation: string }> = (context, ...args) =>
  invoke(context, addPersonFaceFromUrlOperation, args);

/**
 * Waits for Add Face to Person Directory Person from Url to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForAddPersonFaceFromUrl: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Add Face to Person Directory Person from Url",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Create Dynamic Person Group
 *
 * Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and user-provided userData, with no person. After creation, use "Update Dynamic Person Group with Person Changes" to add or remove persons.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createDynamicPersonGroup: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  body: UserDefinedFields,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, createDynamicPersonGroupOperation, args);

/**
 * Create Dynamic Person Group with Person
 *
 * Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and
 * user-provided userData, that references the persons of the Person Directory given. A Dynamic
 * Person Group needs no recognitionModel and no training: the faceIds identified against it
 * determine the recognition model used.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createDynamicPersonGroupWithPerson: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  body: CreateDynamicPersonGroupWithPersonRequest,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) =>
  invoke(context, createDynamicPersonGroupWithPersonOperation, args);

/**
 * Waits for Create Dynamic Person Group with Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForCreateDynamicPersonGroupWithPerson: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Create Dynamic Person Group with Person",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Create Person in Person Directory
 *
 * Creates a new person in a Person Directory. To add face to this person, call "Add Face to Person Directory Person".
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createPerson: (
  context: FaceContext,
  body: UserDefinedFields,
  options?: RequestOptions,
) => Promise<CreatePersonResult & { operationLocation: string }> = (context, ...args) =>
  invoke(context, createPersonOperation, args);

/**
 * Waits for Create Person in Person Directory to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForCreatePerson: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Create Person in Person Directory",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Delete Dynamic Person Group
 *
 * Deletes an existing Dynamic Person Group with specified dynamicPersonGroupId. Only the references to the persons are deleted; the persons stay in the Person Directory.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param options - the call's `signal`
 */
export const deleteDynamicPersonGroup: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) =>
  invoke(context, deleteDynamicPersonGroupOperation, args);

/**
 * Waits for Delete Dynamic Person Group to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForDeleteDynamicPersonGroup: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Delete Dynamic Person Group",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Delete Person from Person Directory
 *
 * Delete an existing person from Person Directory. The persistedFaceId(s), userData, person name and face feature(s) in the person entry will all be deleted.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param options - the call's `signal`
 */
export const deletePerson: (
  context: FaceContext,
  personId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) => invoke(context, deletePersonOperation, args);

/**
 * Waits for Delete Person from Person Directory to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForDeletePerson: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Delete Person from Person Directory",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Delete Face from Person Directory Person
 *
 * Delete a face from a person in Person Directory by specified personId and persistedFaceId. Adding or deleting faces of one person is processed in order; of different persons, in parallel.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const deletePersonFace: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) => invoke(context, deletePersonFaceOperation, args);

/**
 * Waits for Delete Face from Person Directory Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForDeletePersonFace: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Delete Face from Person Directory Person",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Get Dynamic Person Group
 *
 * Retrieve the information of a Dynamic Person Group, including its name and userData. It returns the group's information only; "Get Dynamic Person Group Persons" lists its persons.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param options - the call's `signal`
 */
export const getDynamicPersonGroup: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  options?: RequestOptions,
) => Promise<DynamicPersonGroup> = (context, ...args) => invoke(context, getDynamicPersonGroupOperation, args);

/**
 * Get Dynamic Person Group Persons
 *
 * List all persons in the specified Dynamic Person Group, in the order of their personIds.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getDynamicPersonGroupPersons: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<ListPersonResult> = (context, ...args) => invoke(context, getDynamicPersonGroupPersonsOperation, args);

/**
 * Get Dynamic Person Group References
 *
 * List all Dynamic Person Groups a person has been referenced by in Person Directory, in the order of their ids.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getDynamicPersonGroupReferences: (
  context: FaceContext,
  personId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<ListGroupReferenceResult> = (context, ...args) =>
  invoke(context, getDynamicPersonGroupReferencesOperation, args);

/**
 * Get Dynamic Person Groups
 *
 * List all existing Dynamic Person Groups by dynamicPersonGroupId along with name and userData, in the order of their ids.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getDynamicPersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<DynamicPersonGroup[]> = (context, ...args) => invoke(context, getDynamicPersonGroupsOperation, args);

/**
 * Every item of Get Dynamic Person Groups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `dynamicPersonGroupId`.
 *
 * Rejects as getDynamicPersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateDynamicPersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<DynamicPersonGroup, void, undefined> = /* @__PURE__ */ iteratorFunction<DynamicPersonGroup>(
  getDynamicPersonGroupsOperation,
  paging3,
);

/**
 * Get Person from Person Directory
 *
 * Retrieve a person's name and userData from Person Directory.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param options - the call's `signal`
 */
export const getPerson: (
  context: FaceContext,
  personId: string,
  options?: RequestOptions,
) => Promise<PersonDirectoryPerson> = (context, ...args) => invoke(context, getPersonOperation, args);

/**
 * Get Face from Person Directory Person
 *
 * Retrieve person face information. The persisted person face is specified by its personId, recognitionModel and persistedFaceId.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const getPersonFace: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<PersonDirectoryFace> = (context, ...args) => invoke(context, getPersonFaceOperation, args);

/**
 * Get Faces from Person Directory Person
 *
 * Retrieve a person's persistedFaceIds representing the registered person face feature(s), of the recognition model of the path.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param options - the call's `signal`
 */
export const getPersonFaces: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  options?: RequestOptions,
) => Promise<ListFaceResult> = (context, ...args) => invoke(context, getPersonFacesOperation, args);

/**
 * Get Persons from Person Directory
 *
 * List all persons' information in Person Directory, including personId, name, and userData, in the order of their personIds.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getPersons: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<PersonDirectoryPerson[]> = (context, ...args) => invoke(context, getPersonsOperation, args);

/**
 * Every item of Get Persons from Person Directory, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
 *
 * Rejects as getPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iteratePersons: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<PersonDirectoryPerson, void, undefined> = /* @__PURE__ */ iteratorFunction<PersonDirectoryPerson>(
  getPersonsOperation,
  paging4,
);

/**
 * Update Dynamic Person Group
 *
 * Update the name or userData of an existing Dynamic Person Group. The properties not in the request body are not changed.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateDynamicPersonGroup: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateDynamicPersonGroupOperation, args);

/**
 * Update Dynamic Person Group with Person Changes
 *
 * Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or removing persons. The properties not in the request body are not changed.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param dynamicPersonGroupId - ID of the dynamic person group.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateDynamicPersonGroupWithPersonChanges: (
  context: FaceContext,
  dynamicPersonGroupId: string,
  body: UpdateDynamicPersonGroupWithPersonChangesRequest,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) =>
  invoke(context, updateDynamicPersonGroupWithPersonChangesOperation, args);

/**
 * Waits for Update Dynamic Person Group with Person Changes to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForUpdateDynamicPersonGroupWithPersonChanges: (
  context: FaceContext,
  operationLocation: string,
  options?: WaitOptions<OperationResult>,
) => Promise<OperationResult> = /* @__PURE__ */ waiterFunction<OperationResult>(
  "Update Dynamic Person Group with Person Changes",
  getOperationResultOperation,
  polling0,
  "operationLocation",
);

/**
 * Update Person in Person Directory
 *
 * Update name or userData of a person.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updatePerson: (
  context: FaceContext,
  personId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updatePersonOperation, args);

/**
 * Update Face in Person Directory Person
 *
 * Update a persisted face's userData field of a person.
 *
 * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personId - Person ID of the person.
 * @param recognitionModel - The 'recognitionModel' associated with faces.
 * @param persistedFaceId - Face ID of the face.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updatePersonFace: (
  context: FaceContext,
  personId: string,
  recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
  persistedFaceId: string,
  body: FaceUserData,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updatePersonFaceOperation, args);

/**
 * Add Face to LargePersonGroup Person
 *
 * Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addLargePersonGroupPersonFace: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  image: BinaryBody,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addLargePersonGroupPersonFaceOperation, args);

/**
 * Add Face to LargePersonGroup Person from Url
 *
 * Add a face to a person in the container for face identification or verification, from an image URL.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addLargePersonGroupPersonFaceFromUrl: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  body: AddFaceFromUrlRequest,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) =>
  invoke(context, addLargePersonGroupPersonFaceFromUrlOperation, args);

/**
 * Add Face to PersonGroup Person
 *
 * Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param image - the request body (application/octet-stream)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addPersonGroupPersonFace: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  image: BinaryBody,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addPersonGroupPersonFaceOperation, args);

/**
 * Add Face to PersonGroup Person from Url
 *
 * Add a face to a person in the container for face identification or verification, from an image URL.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param body - the request body (application/json)
 * @param options - the query and header parameters, and the call's `signal`
 */
export const addPersonGroupPersonFaceFromUrl: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  body: AddFaceFromUrlRequest,
  options?: RequestOptions & {
    /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    targetFace?: number[];
    /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** User-provided data attached to the face. The size limit is 1K. */
    userData?: string;
  },
) => Promise<AddFaceResult> = (context, ...args) => invoke(context, addPersonGroupPersonFaceFromUrlOperation, args);

/**
 * Create LargePersonGroup
 *
 * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  body: CreateCollectionRequest,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, createLargePersonGroupOperation, args);

/**
 * Create Person in LargePersonGroup
 *
 * Create a new person in the container. To add face to this person, call "Add Face to LargePersonGroup Person".
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createLargePersonGroupPerson: (
  context: FaceContext,
  largePersonGroupId: string,
  body: UserDefinedFields,
  options?: RequestOptions,
) => Promise<CreatePersonResult> = (context, ...args) => invoke(context, createLargePersonGroupPersonOperation, args);

/**
 * Create PersonGroup
 *
 * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createPersonGroup: (
  context: FaceContext,
  personGroupId: string,
  body: CreateCollectionRequest,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, createPersonGroupOperation, args);

/**
 * Create Person in PersonGroup
 *
 * Create a new person in the container. To add face to this person, call "Add Face to PersonGroup Person".
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const createPersonGroupPerson: (
  context: FaceContext,
  personGroupId: string,
  body: UserDefinedFields,
  options?: RequestOptions,
) => Promise<CreatePersonResult> = (context, ...args) => invoke(context, createPersonGroupPersonOperation, args);

/**
 * Delete LargePersonGroup
 *
 * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const deleteLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLargePersonGroupOperation, args);

/**
 * Delete Person from LargePersonGroup
 *
 * Delete an existing person from the container. The persisted face data of the person are deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param options - the call's `signal`
 */
export const deleteLargePersonGroupPerson: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLargePersonGroupPersonOperation, args);

/**
 * Delete Face from LargePersonGroup Person
 *
 * Delete a face from a person in the container. The face's feature is deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const deleteLargePersonGroupPersonFace: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deleteLargePersonGroupPersonFaceOperation, args);

/**
 * Delete PersonGroup
 *
 * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const deletePersonGroup: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deletePersonGroupOperation, args);

/**
 * Delete Person from PersonGroup
 *
 * Delete an existing person from the container. The persisted face data of the person are deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param options - the call's `signal`
 */
export const deletePersonGroupPerson: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deletePersonGroupPersonOperation, args);

/**
 * Delete Face from PersonGroup Person
 *
 * Delete a face from a person in the container. The face's feature is deleted too.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const deletePersonGroupPersonFace: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, deletePersonGroupPersonFaceOperation, args);

/**
 * Get LargePersonGroup
 *
 * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions & {
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<LargePersonGroup> = (context, ...args) => invoke(context, getLargePersonGroupOperation, args);

/**
 * Get Person from LargePersonGroup
 *
 * Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param options - the call's `signal`
 */
export const getLargePersonGroupPerson: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  options?: RequestOptions,
) => Promise<PersonGroupPerson> = (context, ...args) => invoke(context, getLargePersonGroupPersonOperation, args);

/**
 * Get Face from LargePersonGroup Person
 *
 * Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const getLargePersonGroupPersonFace: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<PersonGroupPersonFace> = (context, ...args) =>
  invoke(context, getLargePersonGroupPersonFaceOperation, args);

/**
 * Get Persons from LargePersonGroup
 *
 * List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargePersonGroupPersons: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<PersonGroupPerson[]> = (context, ...args) => invoke(context, getLargePersonGroupPersonsOperation, args);

/**
 * Every item of Get Persons from LargePersonGroup, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
 *
 * Rejects as getLargePersonGroupPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLargePersonGroupPersons: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<PersonGroupPerson, void, undefined> = /* @__PURE__ */ iteratorFunction<PersonGroupPerson>(
  getLargePersonGroupPersonsOperation,
  paging4,
);

/**
 * Get LargePersonGroups
 *
 * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getLargePersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<LargePersonGroup[]> = (context, ...args) => invoke(context, getLargePersonGroupsOperation, args);

/**
 * Every item of Get LargePersonGroups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `largePersonGroupId`.
 *
 * Rejects as getLargePersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iterateLargePersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => AsyncGenerator<LargePersonGroup, void, undefined> = /* @__PURE__ */ iteratorFunction<LargePersonGroup>(
  getLargePersonGroupsOperation,
  paging5,
);

/**
 * Get Training Status of LargePersonGroup
 *
 * To check the training status of the container, completed or still ongoing. Training is an
 * asynchronous operation triggered by the train operation.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const getLargePersonGroupTrainingStatus: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions,
) => Promise<TrainingResult> = (context, ...args) => invoke(context, getLargePersonGroupTrainingStatusOperation, args);

/**
 * Get PersonGroup
 *
 * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getPersonGroup: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions & {
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<PersonGroup> = (context, ...args) => invoke(context, getPersonGroupOperation, args);

/**
 * Get Person from PersonGroup
 *
 * Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param options - the call's `signal`
 */
export const getPersonGroupPerson: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  options?: RequestOptions,
) => Promise<PersonGroupPerson> = (context, ...args) => invoke(context, getPersonGroupPersonOperation, args);

/**
 * Get Face from PersonGroup Person
 *
 * Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param options - the call's `signal`
 */
export const getPersonGroupPersonFace: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  persistedFaceId: string,
  options?: RequestOptions,
) => Promise<PersonGroupPersonFace> = (context, ...args) => invoke(context, getPersonGroupPersonFaceOperation, args);

/**
 * Get Persons from PersonGroup
 *
 * List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getPersonGroupPersons: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => Promise<PersonGroupPerson[]> = (context, ...args) => invoke(context, getPersonGroupPersonsOperation, args);

/**
 * Every item of Get Persons from PersonGroup, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
 *
 * Rejects as getPersonGroupPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iteratePersonGroupPersons: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
  },
) => AsyncGenerator<PersonGroupPerson, void, undefined> = /* @__PURE__ */ iteratorFunction<PersonGroupPerson>(
  getPersonGroupPersonsOperation,
  paging4,
);

/**
 * Get PersonGroups
 *
 * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query and header parameters, and the call's `signal`
 */
export const getPersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    start?: string;
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => Promise<PersonGroup[]> = (context, ...args) => invoke(context, getPersonGroupsOperation, args);

/**
 * Every item of Get PersonGroups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personGroupId`.
 *
 * Rejects as getPersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param options - the query parameters but `start`, and the `signal`
 */
export const iteratePersonGroups: (
  context: FaceContext,
  options?: RequestOptions & {
    /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
    top?: number;
    /** Return 'recognitionModel' or not. The default value is false. */
    returnRecognitionModel?: boolean;
  },
) => AsyncGenerator<PersonGroup, void, undefined> = /* @__PURE__ */ iteratorFunction<PersonGroup>(
  getPersonGroupsOperation,
  paging6,
);

/**
 * Get Training Status of PersonGroup
 *
 * To check the training status of the container, completed or still ongoing. Training is an
 * asynchronous operation triggered by the train operation.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const getPersonGroupTrainingStatus: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions,
) => Promise<TrainingResult> = (context, ...args) => invoke(context, getPersonGroupTrainingStatusOperation, args);

/**
 * Train LargePersonGroup
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended. A training learns what the
 * container holds when it starts; what is added or removed later takes effect with the next
 * training. A container with no face to learn fails to train. While a training is queued or
 * running, another is refused with a 409.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const trainLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) =>
  invoke(context, trainLargePersonGroupOperation, args);

/**
 * Waits for Train LargePersonGroup to end: polls getLargePersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForTrainLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  options?: WaitOptions<TrainingResult>,
) => Promise<TrainingResult> = /* @__PURE__ */ waiterFunction<TrainingResult>(
  "Train LargePersonGroup",
  getLargePersonGroupTrainingStatusOperation,
  polling0,
);

/**
 * Train PersonGroup
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended. A training learns what the
 * container holds when it starts; what is added or removed later takes effect with the next
 * training. A container with no face to learn fails to train. While a training is queued or
 * running, another is refused with a 409.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export const trainPersonGroup: (
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions,
) => Promise<{ operationLocation: string }> = (context, ...args) => invoke(context, trainPersonGroupOperation, args);

/**
 * Waits for Train PersonGroup to end: polls getPersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export const waitForTrainPersonGroup: (
  context: FaceContext,
  personGroupId: string,
  options?: WaitOptions<TrainingResult>,
) => Promise<TrainingResult> = /* @__PURE__ */ waiterFunction<TrainingResult>(
  "Train PersonGroup",
  getPersonGroupTrainingStatusOperation,
  polling0,
);

/**
 * Update LargePersonGroup
 *
 * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateLargePersonGroup: (
  context: FaceContext,
  largePersonGroupId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateLargePersonGroupOperation, args);

/**
 * Update Person in LargePersonGroup
 *
 * Update name or userData of a person.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateLargePersonGroupPerson: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateLargePersonGroupPersonOperation, args);

/**
 * Update Face in LargePersonGroup Person
 *
 * Update a person persisted face's userData field.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updateLargePersonGroupPersonFace: (
  context: FaceContext,
  largePersonGroupId: string,
  personId: string,
  persistedFaceId: string,
  body: FaceUserData,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updateLargePersonGroupPersonFaceOperation, args);

/**
 * Update PersonGroup
 *
 * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updatePersonGroup: (
  context: FaceContext,
  personGroupId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updatePersonGroupOperation, args);

/**
 * Update Person in PersonGroup
 *
 * Update name or userData of a person.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updatePersonGroupPerson: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  body: UserDefinedFieldsForUpdate,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updatePersonGroupPersonOperation, args);

/**
 * Update Face in PersonGroup Person
 *
 * Update a person persisted face's userData field.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param personId - ID of the person.
 * @param persistedFaceId - Face ID of the face.
 * @param body - the request body (application/json)
 * @param options - the call's `signal`
 */
export const updatePersonGroupPersonFace: (
  context: FaceContext,
  personGroupId: string,
  personId: string,
  persistedFaceId: string,
  body: FaceUserData,
  options?: RequestOptions,
) => Promise<void> = (context, ...args) => invoke(context, updatePersonGroupPersonFaceOperation, args);

/**
 * Every method of a client of the Face API, made by {@link createFaceClient}: a method for every
 * operation of the spec, a `iterate…` method for every paged list and a `waitFor…` method for
 * every long-running operation. A client of one API version has the methods of the operations
 * that version has: see {@link FaceClient}.
 *
 * Every method rejects with {@link FaceValidationError} (nothing sent) when an argument breaks
 * the spec's rules, with {@link FaceApiError} when the service answers with an error, and with
 * the signal's reason when aborted. For a bundle that holds only the operations it calls, use
 * the operation functions with {@link createFaceContext} instead.
 *
 * @example
 * ```ts
 * await client.trainPersonGroup("my-group");
 * const result = await client.waitForTrainPersonGroup("my-group");
 * ```
 */
export interface FaceClientMethods {
  /**
   * Detect Faces
   *
   * Detect human faces in an image from its bytes (1 KB to 6 MB; JPEG, PNG, GIF (its first
   * frame) or BMP): return face rectangles, and optionally faceIds, landmarks and attributes.
   *
   * No image is stored; only the extracted face features are kept, until `faceIdTimeToLive`
   * after the call. A faceId is what "Identify", "Verify", "Find Similar" and "Group" take. Up to
   * 100 faces are returned, ranked by face rectangle size, large to small; the minimum
   * detectable face is 36x36 pixels in an image no larger than 1920x1080 pixels. Which
   * landmarks and attributes are available depends on the detection model. The faceIds are
   * associated with the recognition model given (default 'recognition_01'): use the same model
   * as the containers they are matched against. Microsoft has retired or limited the attributes
   * that infer emotional states and identity (age, smile, facial hair and hair are limited).
   *
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  detect(
    image: BinaryBody,
    options?: RequestOptions & {
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
      recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
      /** Return faceIds of the detected faces or not. The default value is true. */
      returnFaceId?: boolean;
      /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
      returnFaceAttributes?: (
        | "headPose"
        | "glasses"
        | "occlusion"
        | "accessories"
        | "blur"
        | "exposure"
        | "noise"
        | "mask"
        | "qualityForRecognition"
        | "age"
        | "smile"
        | "facialHair"
        | "hair"
        | (string & {})
      )[];
      /** Return face landmarks of the detected faces or not. The default value is false. */
      returnFaceLandmarks?: boolean;
      /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
      returnRecognitionModel?: boolean;
      /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
      faceIdTimeToLive?: number;
    },
  ): Promise<FaceDetectionResult[]>;
  /**
   * Detect Faces from Session Image
   *
   * Detect human faces in the image a liveness session kept (its `sessionImageId`, from an
   * attempt's result): return face rectangles, and optionally faceIds, landmarks and attributes.
   * Everything else is as "Detect Faces" from bytes: the options and the answer.
   *
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  detectFromSessionImageId(
    body: DetectFromSessionImageIdRequest,
    options?: RequestOptions & {
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
      recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
      /** Return faceIds of the detected faces or not. The default value is true. */
      returnFaceId?: boolean;
      /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
      returnFaceAttributes?: (
        | "headPose"
        | "glasses"
        | "occlusion"
        | "accessories"
        | "blur"
        | "exposure"
        | "noise"
        | "mask"
        | "qualityForRecognition"
        | "age"
        | "smile"
        | "facialHair"
        | "hair"
        | (string & {})
      )[];
      /** Return face landmarks of the detected faces or not. The default value is false. */
      returnFaceLandmarks?: boolean;
      /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
      returnRecognitionModel?: boolean;
      /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
      faceIdTimeToLive?: number;
    },
  ): Promise<FaceDetectionResult[]>;
  /**
   * Detect Faces from Url
   *
   * Detect human faces in an image from its URL: return face rectangles, and optionally
   * faceIds, landmarks and attributes. Everything else is as "Detect Faces" from bytes: the
   * image rules (1 KB to 6 MB; JPEG, PNG, GIF or BMP), the options and the answer.
   *
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  detectFromUrl(
    body: DetectFromUrlRequest,
    options?: RequestOptions & {
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
      recognitionModel?: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
      /** Return faceIds of the detected faces or not. The default value is true. */
      returnFaceId?: boolean;
      /** Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
      returnFaceAttributes?: (
        | "headPose"
        | "glasses"
        | "occlusion"
        | "accessories"
        | "blur"
        | "exposure"
        | "noise"
        | "mask"
        | "qualityForRecognition"
        | "age"
        | "smile"
        | "facialHair"
        | "hair"
        | (string & {})
      )[];
      /** Return face landmarks of the detected faces or not. The default value is false. */
      returnFaceLandmarks?: boolean;
      /** Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
      returnRecognitionModel?: boolean;
      /** The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
      faceIdTimeToLive?: number;
    },
  ): Promise<FaceDetectionResult[]>;
  /**
   * Add Face to Face List
   *
   * Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addFaceListFace(
    faceListId: string,
    image: BinaryBody,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to Face List from Url
   *
   * Add a face to the list from an image URL.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addFaceListFaceFromUrl(
    faceListId: string,
    body: AddFaceFromUrlRequest,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to Large Face List
   *
   * Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
   *
   * @param largeFaceListId - ID of the container.
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addLargeFaceListFace(
    largeFaceListId: string,
    image: BinaryBody,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to Large Face List from Url
   *
   * Add a face to the list from an image URL.
   *
   * @param largeFaceListId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addLargeFaceListFaceFromUrl(
    largeFaceListId: string,
    body: AddFaceFromUrlRequest,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Create Face List
   *
   * Create an empty face list with the specified faceListId, name, user-provided userData and recognitionModel. Up to 64 face lists are allowed in one subscription.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createFaceList(faceListId: string, body: CreateCollectionRequest, options?: RequestOptions): Promise<void>;
  /**
   * Create LargeFaceList
   *
   * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
   *
   * @param largeFaceListId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLargeFaceList(largeFaceListId: string, body: CreateCollectionRequest, options?: RequestOptions): Promise<void>;
  /**
   * Delete Face List
   *
   * Delete a specified face list. The related face images in the face list will be deleted, too.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param options - the call's `signal`
   */
  deleteFaceList(faceListId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Face from Face List
   *
   * Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  deleteFaceListFace(faceListId: string, persistedFaceId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete LargeFaceList
   *
   * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the call's `signal`
   */
  deleteLargeFaceList(largeFaceListId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Face from Large Face List
   *
   * Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
   *
   * @param largeFaceListId - ID of the container.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  deleteLargeFaceListFace(largeFaceListId: string, persistedFaceId: string, options?: RequestOptions): Promise<void>;
  /**
   * Get Face List
   *
   * Retrieve a face list's faceListId, name, userData, recognitionModel and faces in the face list.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getFaceList(
    faceListId: string,
    options?: RequestOptions & {
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<FaceList>;
  /**
   * List Face Lists
   *
   * List face lists' faceListId, name, userData and recognitionModel. To get face information inside a face list, use "Get Face List".
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getFaceLists(
    options?: RequestOptions & {
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<FaceListItem[]>;
  /**
   * Get LargeFaceList
   *
   * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargeFaceList(
    largeFaceListId: string,
    options?: RequestOptions & {
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<LargeFaceList>;
  /**
   * Get Face from Large Face List
   *
   * Retrieve persisted face in a large face list by its persistedFaceId.
   *
   * @param largeFaceListId - ID of the container.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  getLargeFaceListFace(
    largeFaceListId: string,
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<LargeFaceListFace>;
  /**
   * Get Faces from Large Face List
   *
   * List faces' persistedFaceId and userData in a specified large face list, in the order of their persistedFaceIds.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargeFaceListFaces(
    largeFaceListId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<LargeFaceListFace[]>;
  /**
   * Every item of Get Faces from Large Face List, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `persistedFaceId`.
   *
   * Rejects as getLargeFaceListFaces does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLargeFaceListFaces(
    largeFaceListId: string,
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<LargeFaceListFace, void, undefined>;
  /**
   * Get LargeFaceLists
   *
   * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargeFaceLists(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<LargeFaceList[]>;
  /**
   * Every item of Get LargeFaceLists, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `largeFaceListId`.
   *
   * Rejects as getLargeFaceLists does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLargeFaceLists(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): AsyncGenerator<LargeFaceList, void, undefined>;
  /**
   * Get Training Status of LargeFaceList
   *
   * To check the training status of the container, completed or still ongoing. Training is an
   * asynchronous operation triggered by the train operation.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the call's `signal`
   */
  getLargeFaceListTrainingStatus(largeFaceListId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Train LargeFaceList
   *
   * Submit a training task of the container. Training is an asynchronous operation: the call
   * returns at once, and the training status tells when it has ended. A training learns what the
   * container holds when it starts; what is added or removed later takes effect with the next
   * training. A container with no face to learn fails to train. While a training is queued or
   * running, another is refused with a 409.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the call's `signal`
   */
  trainLargeFaceList(largeFaceListId: string, options?: RequestOptions): Promise<{ operationLocation: string }>;
  /**
   * Waits for Train LargeFaceList to end: polls getLargeFaceListTrainingStatus until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * @param largeFaceListId - ID of the container.
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForTrainLargeFaceList(largeFaceListId: string, options?: WaitOptions<TrainingResult>): Promise<TrainingResult>;
  /**
   * Update Face List
   *
   * Update information of a face list, including name and userData.
   *
   * @param faceListId - Valid character is letter in lower case or digit or '-' or '_', maximum length is 64.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateFaceList(faceListId: string, body: UserDefinedFieldsForUpdate, options?: RequestOptions): Promise<void>;
  /**
   * Update LargeFaceList
   *
   * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
   *
   * @param largeFaceListId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateLargeFaceList(
    largeFaceListId: string,
    body: UserDefinedFieldsForUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update Face in Large Face List
   *
   * Update a specified face's userData field in a large face list by its persistedFaceId.
   *
   * @param largeFaceListId - ID of the container.
   * @param persistedFaceId - Face ID of the face.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateLargeFaceListFace(
    largeFaceListId: string,
    persistedFaceId: string,
    body: FaceUserData,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Find Similar among Face IDs
   *
   * Given the query face's faceId, search the similar-looking faces among an array of faceIds
   * (created by "Detect"); answers their faceIds ranked by similarity. Mode "matchPerson" (the
   * default) finds faces of the same person by internal same-person thresholds (an empty array
   * if none passes); "matchFace" ranks similar faces anyway, even when the similarity is low.
   * The 'recognitionModel' of the query faceId should be the candidates'.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  findSimilar(body: FindSimilarRequest, options?: RequestOptions): Promise<FindSimilarResult[]>;
  /**
   * Find Similar from Face List
   *
   * Given the query face's faceId, search the similar-looking faces in a Face List (created by
   * "Create Face List"); answers their persistedFaceIds ranked by similarity. The modes are as
   * for "Find Similar among Face IDs". A face list needs no training. The 'recognitionModel' of
   * the query faceId should be the Face List's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  findSimilarFromFaceList(body: FindSimilarFromFaceListRequest, options?: RequestOptions): Promise<FindSimilarResult[]>;
  /**
   * Find Similar from Large Face List
   *
   * Given the query face's faceId, search the similar-looking faces in a Large Face List
   * (created by "Create Large Face List"); answers their persistedFaceIds ranked by similarity.
   * The modes are as for "Find Similar among Face IDs". The Large Face List must be trained
   * first ("Train Large Face List"). The 'recognitionModel' of the query faceId should be the
   * Large Face List's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  findSimilarFromLargeFaceList(
    body: FindSimilarFromLargeFaceListRequest,
    options?: RequestOptions,
  ): Promise<FindSimilarResult[]>;
  /**
   * Group Faces
   *
   * Divide candidate faces (2 to 1000 faceIds) into groups based on face similarity: one or more
   * disjoint groups of similar-looking faces, often of the same person, ranked by size (faces
   * of one person may be split into several groups), and a messyGroup of the faces that have no
   * similar counterpart. For only 2 faces, "Verify Face to Face" is the better call. The
   * 'recognitionModel' of the faceIds should be the same.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  group(body: GroupRequest, options?: RequestOptions): Promise<GroupingResult>;
  /**
   * Identify from Dynamic Person Group
   *
   * 1-to-many identification to find the closest matches of the specific query person face from
   * a Dynamic Person Group. For each face in the faceIds array (1 to 10), it computes the
   * similarities between the query face and the faces of the persons the Dynamic Person Group
   * references, and returns candidate person(s) ranked by similarity confidence, at most
   * maxNumOfCandidatesReturned above confidenceThreshold. No training.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  identifyFromDynamicPersonGroup(
    body: IdentifyFromDynamicPersonGroupRequest,
    options?: RequestOptions,
  ): Promise<IdentificationResult[]>;
  /**
   * Identify from Large Person Group
   *
   * 1-to-many identification to find the closest matches of the specific query person face from
   * a Large Person Group. For each face in the faceIds array (1 to 10), Face Identify computes
   * the similarities between the query face and all the faces in the Large Person Group (given
   * by largePersonGroupId), and returns candidate person(s) for that face ranked by similarity
   * confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
   * array). The Large Person Group must be trained first ("Train Large Person Group"). The
   * 'recognitionModel' of the query faces' faceIds should be the Large Person Group's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  identifyFromLargePersonGroup(
    body: IdentifyFromLargePersonGroupRequest,
    options?: RequestOptions,
  ): Promise<IdentificationResult[]>;
  /**
   * Identify from Person Directory
   *
   * 1-to-many identification to find the closest matches of the specific query person face from
   * a person directory personIds array. For each face in the faceIds array (1 to 10), it computes
   * the similarities between the query face and the faces of the persons given (1 to 30), and
   * returns candidate person(s) ranked by similarity confidence, at most
   * maxNumOfCandidatesReturned above confidenceThreshold. No training: the faces added (and
   * waited on) are identified against at once.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  identifyFromPersonDirectory(
    body: IdentifyFromPersonDirectoryRequest,
    options?: RequestOptions,
  ): Promise<IdentificationResult[]>;
  /**
   * Identify from Person Group
   *
   * 1-to-many identification to find the closest matches of the specific query person face from
   * a Person Group. For each face in the faceIds array (1 to 10), Face Identify computes the
   * similarities between the query face and all the faces in the Person Group (given by
   * personGroupId), and returns candidate person(s) for that face ranked by similarity
   * confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
   * array). The Person Group must be trained first ("Train Person Group"). The
   * 'recognitionModel' of the query faces' faceIds should be the Person Group's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  identifyFromPersonGroup(
    body: IdentifyFromPersonGroupRequest,
    options?: RequestOptions,
  ): Promise<IdentificationResult[]>;
  /**
   * Verify Face to Face
   *
   * Verify whether two faces belong to a same person. Higher face image quality means better
   * precision: frontal, clear faces of 200x200 pixels (100 pixels between eyes) or bigger. The
   * 'recognitionModel' of both faces should be the same.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  verifyFaceToFace(body: VerifyFaceToFaceRequest, options?: RequestOptions): Promise<VerificationResult>;
  /**
   * Verify from Large Person Group
   *
   * Verify whether a face belongs to a person in a Large Person Group. The 'recognitionModel'
   * of the query face should be the Large Person Group's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  verifyFromLargePersonGroup(
    body: VerifyFromLargePersonGroupRequest,
    options?: RequestOptions,
  ): Promise<VerificationResult>;
  /**
   * Verify from Person Directory
   *
   * Verify whether a face belongs to a person in Person Directory.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  verifyFromPersonDirectory(
    body: VerifyFromPersonDirectoryRequest,
    options?: RequestOptions,
  ): Promise<VerificationResult>;
  /**
   * Verify from Person Group
   *
   * Verify whether a face belongs to a person in a Person Group. The 'recognitionModel' of the
   * query face should be the Person Group's.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  verifyFromPersonGroup(body: VerifyFromPersonGroupRequest, options?: RequestOptions): Promise<VerificationResult>;
  /**
   * Get Operation Result
   *
   * Get status of a long running operation.
   *
   * @param operationId - Operation ID of the operation.
   * @param options - the call's `signal`
   */
  getOperationResult(operationId: string, options?: RequestOptions): Promise<OperationResult>;
  /**
   * Create a new detect liveness session.
   *
   * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
   *
   * Permissions includes...
   * \>
   * *
   * * A token lifetime of 10 minutes.
   *
   * \> [!NOTE]
   * \> Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLivenessSession(body: CreateLivenessSessionContent, options?: RequestOptions): Promise<LivenessSession>;
  /**
   * Create a new detect liveness session.
   *
   * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
   *
   * Permissions includes...
   * \>
   * *
   * * Ability to call /detectLiveness/singleModal for up to 3 retries.
   * * A token lifetime of 10 minutes.
   *
   * \> [!NOTE]
   * \> Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLivenessSessionBeforeV1_2(
    body: CreateLivenessSessionContentBeforeV1_2,
    options?: RequestOptions,
  ): Promise<CreateLivenessSessionResult>;
  /**
   * Create a new liveness session with verify. Provide the verify image during session creation.
   *
   * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
   *
   * Permissions includes...
   * \>
   * *
   * * A token lifetime of 10 minutes.
   *
   * \> [!NOTE]
   * \>
   * \> *
   * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
   * \>   * To retrieve a result, use the Get Liveness With Verify Session.
   * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param verifyImage - the file part `verifyImage` of the request body (multipart/form-data)
   * @param options - the form fields (the body's other parts), and the call's `signal`
   */
  createLivenessWithVerifySession(
    verifyImage: BinaryBody,
    options: RequestOptions & Omit<CreateLivenessWithVerifySessionContent, "verifyImage">,
  ): Promise<LivenessWithVerifySession>;
  /**
   * Create a new liveness session with verify. Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
   *
   * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
   *
   * Permissions includes...
   * \>
   * *
   * * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
   * * A token lifetime of 10 minutes.
   *
   * \> [!NOTE]
   * \>
   * \> *
   * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
   * \>   * To retrieve a result, use the Get Liveness With Verify Session.
   * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
   *
   * Alternative Option: Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
   * \> [!NOTE]
   * \> Extra measures should be taken to validate that the client is sending the expected VerifyImage.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLivenessWithVerifySessionBeforeV1_2(
    body: CreateLivenessWithVerifySessionJsonContent,
    options?: RequestOptions,
  ): Promise<CreateLivenessWithVerifySessionResult>;
  /**
   * Create a new liveness session with verify. Provide the verify image during session creation.
   *
   * A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
   *
   * Permissions includes...
   * \>
   * *
   * * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
   * * A token lifetime of 10 minutes.
   *
   * \> [!NOTE]
   * \>
   * \> *
   * \>   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
   * \>   * To retrieve a result, use the Get Liveness With Verify Session.
   * \>   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
   *
   * Recommended Option: VerifyImage is provided during session creation.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param VerifyImage - the file part `VerifyImage` of the request body (multipart/form-data)
   * @param options - the form fields (the body's other parts), and the call's `signal`
   */
  createLivenessWithVerifySessionWithVerifyImage(
    VerifyImage: BinaryBody,
    options: RequestOptions & Omit<CreateLivenessWithVerifySessionWithVerifyImageContent, "VerifyImage">,
  ): Promise<CreateLivenessWithVerifySessionResult>;
  /**
   * Delete all session related information for matching the specified session id.
   *
   * \> [!NOTE]
   * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  deleteLivenessSession(sessionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete all session related information for matching the specified session id.
   *
   * \> [!NOTE]
   * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  deleteLivenessSessionBeforeV1_2(sessionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete all session related information for matching the specified session id.
   *
   * \> [!NOTE]
   * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  deleteLivenessWithVerifySession(sessionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete all session related information for matching the specified session id.
   *
   * \> [!NOTE]
   * \> Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  deleteLivenessWithVerifySessionBeforeV1_2(sessionId: string, options?: RequestOptions): Promise<void>;
  /**
   * Get Liveness Session Audit Entries
   *
   * Gets session requests and response body for the session.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLivenessSessionAuditEntries(
    sessionId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<LivenessSessionAuditEntry[]>;
  /**
   * Get Liveness Session Result
   *
   * Get session result of detectLiveness/singleModal call.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  getLivenessSessionResult(sessionId: string, options?: RequestOptions): Promise<LivenessSession>;
  /**
   * Get Liveness Session Result
   *
   * Get session result of detectLiveness/singleModal call.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  getLivenessSessionResultBeforeV1_2(sessionId: string, options?: RequestOptions): Promise<LivenessSessionBeforeV1_2>;
  /**
   * Lists sessions for /detectLiveness/SingleModal.
   *
   * List sessions from the last sessionId greater than the 'start'.
   *
   * The result should be ordered by sessionId in ascending order.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLivenessSessions(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<LivenessSessionItem[]>;
  /**
   * Every item of Lists sessions for /detectLiveness/SingleModal., page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `id`.
   *
   * Rejects as getLivenessSessions does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLivenessSessions(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<LivenessSessionItem, void, undefined>;
  /**
   * Get Liveness With Verify Session Audit Entries
   *
   * Gets session requests and response body for the session.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLivenessWithVerifySessionAuditEntries(
    sessionId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<LivenessSessionAuditEntry[]>;
  /**
   * Get Liveness With Verify Session Result
   *
   * Get session result of detectLivenessWithVerify/singleModal call.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  getLivenessWithVerifySessionResult(sessionId: string, options?: RequestOptions): Promise<LivenessWithVerifySession>;
  /**
   * Get Liveness With Verify Session Result
   *
   * Get session result of detectLivenessWithVerify/singleModal call.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionId - The unique ID to reference this session.
   * @param options - the call's `signal`
   */
  getLivenessWithVerifySessionResultBeforeV1_2(
    sessionId: string,
    options?: RequestOptions,
  ): Promise<LivenessWithVerifySessionBeforeV1_2>;
  /**
   * Lists sessions for /detectLivenessWithVerify/SingleModal.
   *
   * List sessions from the last sessionId greater than the "start".
   *
   * The result should be ordered by sessionId in ascending order.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLivenessWithVerifySessions(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<LivenessSessionItem[]>;
  /**
   * Every item of Lists sessions for /detectLivenessWithVerify/SingleModal., page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `id`.
   *
   * Rejects as getLivenessWithVerifySessions does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLivenessWithVerifySessions(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<LivenessSessionItem, void, undefined>;
  /**
   * Get Session Image
   *
   * Get session image stored during the liveness session.
   *
   * Only in API version v1.2: a client of another version refuses it before sending.
   *
   * @param sessionImageId - The request ID of the image to be retrieved
   * @param options - the call's `signal`
   */
  getSessionImage(sessionImageId: string, options?: RequestOptions): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Get Session Image
   *
   * Get session image stored during the liveness session.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param sessionImageId - The request ID of the image to be retrieved
   * @param options - the call's `signal`
   */
  getSessionImageBeforeV1_2(sessionImageId: string, options?: RequestOptions): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * Add Face to Person Directory Person
   *
   * Add a face to a person of the Person Directory, for the recognition model of the path, from
   * image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). It returns a persistedFaceId representing
   * the added face; no image is stored. Adding or deleting faces of one person is processed in
   * order; of different persons, in parallel. Wait on `operation-Location` before identifying.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addPersonFace(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    image: BinaryBody,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult & { operationLocation: string }>;
  /**
   * Waits for Add Face to Person Directory Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForAddPersonFace(operationLocation: string, options?: WaitOptions<OperationResult>): Promise<OperationResult>;
  /**
   * Add Face to Person Directory Person from Url
   *
   * Add a face to a person of the Person Directory, for the recognition model of the path, from an image URL. Wait on `operation-Location` before identifying.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addPersonFaceFromUrl(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    body: AddFaceFromUrlRequest,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult & { operationLocation: string }>;
  /**
   * Waits for Add Face to Person Directory Person from Url to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForAddPersonFaceFromUrl(
    operationLocation: string,
    options?: WaitOptions<OperationResult>,
  ): Promise<OperationResult>;
  /**
   * Create Dynamic Person Group
   *
   * Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and user-provided userData, with no person. After creation, use "Update Dynamic Person Group with Person Changes" to add or remove persons.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createDynamicPersonGroup(
    dynamicPersonGroupId: string,
    body: UserDefinedFields,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Create Dynamic Person Group with Person
   *
   * Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and
   * user-provided userData, that references the persons of the Person Directory given. A Dynamic
   * Person Group needs no recognitionModel and no training: the faceIds identified against it
   * determine the recognition model used.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createDynamicPersonGroupWithPerson(
    dynamicPersonGroupId: string,
    body: CreateDynamicPersonGroupWithPersonRequest,
    options?: RequestOptions,
  ): Promise<{ operationLocation: string }>;
  /**
   * Waits for Create Dynamic Person Group with Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForCreateDynamicPersonGroupWithPerson(
    operationLocation: string,
    options?: WaitOptions<OperationResult>,
  ): Promise<OperationResult>;
  /**
   * Create Person in Person Directory
   *
   * Creates a new person in a Person Directory. To add face to this person, call "Add Face to Person Directory Person".
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createPerson(
    body: UserDefinedFields,
    options?: RequestOptions,
  ): Promise<CreatePersonResult & { operationLocation: string }>;
  /**
   * Waits for Create Person in Person Directory to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForCreatePerson(operationLocation: string, options?: WaitOptions<OperationResult>): Promise<OperationResult>;
  /**
   * Delete Dynamic Person Group
   *
   * Deletes an existing Dynamic Person Group with specified dynamicPersonGroupId. Only the references to the persons are deleted; the persons stay in the Person Directory.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param options - the call's `signal`
   */
  deleteDynamicPersonGroup(
    dynamicPersonGroupId: string,
    options?: RequestOptions,
  ): Promise<{ operationLocation: string }>;
  /**
   * Waits for Delete Dynamic Person Group to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForDeleteDynamicPersonGroup(
    operationLocation: string,
    options?: WaitOptions<OperationResult>,
  ): Promise<OperationResult>;
  /**
   * Delete Person from Person Directory
   *
   * Delete an existing person from Person Directory. The persistedFaceId(s), userData, person name and face feature(s) in the person entry will all be deleted.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param options - the call's `signal`
   */
  deletePerson(personId: string, options?: RequestOptions): Promise<{ operationLocation: string }>;
  /**
   * Waits for Delete Person from Person Directory to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForDeletePerson(operationLocation: string, options?: WaitOptions<OperationResult>): Promise<OperationResult>;
  /**
   * Delete Face from Person Directory Person
   *
   * Delete a face from a person in Person Directory by specified personId and persistedFaceId. Adding or deleting faces of one person is processed in order; of different persons, in parallel.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  deletePersonFace(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<{ operationLocation: string }>;
  /**
   * Waits for Delete Face from Person Directory Person to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForDeletePersonFace(operationLocation: string, options?: WaitOptions<OperationResult>): Promise<OperationResult>;
  /**
   * Get Dynamic Person Group
   *
   * Retrieve the information of a Dynamic Person Group, including its name and userData. It returns the group's information only; "Get Dynamic Person Group Persons" lists its persons.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param options - the call's `signal`
   */
  getDynamicPersonGroup(dynamicPersonGroupId: string, options?: RequestOptions): Promise<DynamicPersonGroup>;
  /**
   * Get Dynamic Person Group Persons
   *
   * List all persons in the specified Dynamic Person Group, in the order of their personIds.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getDynamicPersonGroupPersons(
    dynamicPersonGroupId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<ListPersonResult>;
  /**
   * Get Dynamic Person Group References
   *
   * List all Dynamic Person Groups a person has been referenced by in Person Directory, in the order of their ids.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getDynamicPersonGroupReferences(
    personId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<ListGroupReferenceResult>;
  /**
   * Get Dynamic Person Groups
   *
   * List all existing Dynamic Person Groups by dynamicPersonGroupId along with name and userData, in the order of their ids.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getDynamicPersonGroups(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<DynamicPersonGroup[]>;
  /**
   * Every item of Get Dynamic Person Groups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `dynamicPersonGroupId`.
   *
   * Rejects as getDynamicPersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateDynamicPersonGroups(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<DynamicPersonGroup, void, undefined>;
  /**
   * Get Person from Person Directory
   *
   * Retrieve a person's name and userData from Person Directory.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param options - the call's `signal`
   */
  getPerson(personId: string, options?: RequestOptions): Promise<PersonDirectoryPerson>;
  /**
   * Get Face from Person Directory Person
   *
   * Retrieve person face information. The persisted person face is specified by its personId, recognitionModel and persistedFaceId.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  getPersonFace(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<PersonDirectoryFace>;
  /**
   * Get Faces from Person Directory Person
   *
   * Retrieve a person's persistedFaceIds representing the registered person face feature(s), of the recognition model of the path.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param options - the call's `signal`
   */
  getPersonFaces(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    options?: RequestOptions,
  ): Promise<ListFaceResult>;
  /**
   * Get Persons from Person Directory
   *
   * List all persons' information in Person Directory, including personId, name, and userData, in the order of their personIds.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getPersons(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<PersonDirectoryPerson[]>;
  /**
   * Every item of Get Persons from Person Directory, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
   *
   * Rejects as getPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iteratePersons(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<PersonDirectoryPerson, void, undefined>;
  /**
   * Update Dynamic Person Group
   *
   * Update the name or userData of an existing Dynamic Person Group. The properties not in the request body are not changed.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateDynamicPersonGroup(
    dynamicPersonGroupId: string,
    body: UserDefinedFieldsForUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update Dynamic Person Group with Person Changes
   *
   * Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or removing persons. The properties not in the request body are not changed.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param dynamicPersonGroupId - ID of the dynamic person group.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateDynamicPersonGroupWithPersonChanges(
    dynamicPersonGroupId: string,
    body: UpdateDynamicPersonGroupWithPersonChangesRequest,
    options?: RequestOptions,
  ): Promise<{ operationLocation: string }>;
  /**
   * Waits for Update Dynamic Person Group with Person Changes to end: polls getOperationResult until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the `operation-Location`, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param operationLocation - the `operation-Location` of the answer (the result's `operationLocation`)
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForUpdateDynamicPersonGroupWithPersonChanges(
    operationLocation: string,
    options?: WaitOptions<OperationResult>,
  ): Promise<OperationResult>;
  /**
   * Update Person in Person Directory
   *
   * Update name or userData of a person.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updatePerson(personId: string, body: UserDefinedFieldsForUpdate, options?: RequestOptions): Promise<void>;
  /**
   * Update Face in Person Directory Person
   *
   * Update a persisted face's userData field of a person.
   *
   * Only in API version v1.2-preview.1: a client of another version refuses it before sending.
   *
   * @param personId - Person ID of the person.
   * @param recognitionModel - The 'recognitionModel' associated with faces.
   * @param persistedFaceId - Face ID of the face.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updatePersonFace(
    personId: string,
    recognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {}),
    persistedFaceId: string,
    body: FaceUserData,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Add Face to LargePersonGroup Person
   *
   * Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addLargePersonGroupPersonFace(
    largePersonGroupId: string,
    personId: string,
    image: BinaryBody,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to LargePersonGroup Person from Url
   *
   * Add a face to a person in the container for face identification or verification, from an image URL.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addLargePersonGroupPersonFaceFromUrl(
    largePersonGroupId: string,
    personId: string,
    body: AddFaceFromUrlRequest,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to PersonGroup Person
   *
   * Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP).
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param image - the request body (application/octet-stream)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addPersonGroupPersonFace(
    personGroupId: string,
    personId: string,
    image: BinaryBody,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Add Face to PersonGroup Person from Url
   *
   * Add a face to a person in the container for face identification or verification, from an image URL.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param body - the request body (application/json)
   * @param options - the query and header parameters, and the call's `signal`
   */
  addPersonGroupPersonFaceFromUrl(
    personGroupId: string,
    personId: string,
    body: AddFaceFromUrlRequest,
    options?: RequestOptions & {
      /** A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
      targetFace?: number[];
      /** The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
      detectionModel?: "detection_01" | "detection_02" | "detection_03" | (string & {});
      /** User-provided data attached to the face. The size limit is 1K. */
      userData?: string;
    },
  ): Promise<AddFaceResult>;
  /**
   * Create LargePersonGroup
   *
   * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
   *
   * @param largePersonGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLargePersonGroup(
    largePersonGroupId: string,
    body: CreateCollectionRequest,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Create Person in LargePersonGroup
   *
   * Create a new person in the container. To add face to this person, call "Add Face to LargePersonGroup Person".
   *
   * @param largePersonGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createLargePersonGroupPerson(
    largePersonGroupId: string,
    body: UserDefinedFields,
    options?: RequestOptions,
  ): Promise<CreatePersonResult>;
  /**
   * Create PersonGroup
   *
   * Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
   *
   * @param personGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createPersonGroup(personGroupId: string, body: CreateCollectionRequest, options?: RequestOptions): Promise<void>;
  /**
   * Create Person in PersonGroup
   *
   * Create a new person in the container. To add face to this person, call "Add Face to PersonGroup Person".
   *
   * @param personGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  createPersonGroupPerson(
    personGroupId: string,
    body: UserDefinedFields,
    options?: RequestOptions,
  ): Promise<CreatePersonResult>;
  /**
   * Delete LargePersonGroup
   *
   * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  deleteLargePersonGroup(largePersonGroupId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Person from LargePersonGroup
   *
   * Delete an existing person from the container. The persisted face data of the person are deleted too.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param options - the call's `signal`
   */
  deleteLargePersonGroupPerson(largePersonGroupId: string, personId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Face from LargePersonGroup Person
   *
   * Delete a face from a person in the container. The face's feature is deleted too.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  deleteLargePersonGroupPersonFace(
    largePersonGroupId: string,
    personId: string,
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Delete PersonGroup
   *
   * Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
   *
   * @param personGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  deletePersonGroup(personGroupId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Person from PersonGroup
   *
   * Delete an existing person from the container. The persisted face data of the person are deleted too.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param options - the call's `signal`
   */
  deletePersonGroupPerson(personGroupId: string, personId: string, options?: RequestOptions): Promise<void>;
  /**
   * Delete Face from PersonGroup Person
   *
   * Delete a face from a person in the container. The face's feature is deleted too.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  deletePersonGroupPersonFace(
    personGroupId: string,
    personId: string,
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Get LargePersonGroup
   *
   * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargePersonGroup(
    largePersonGroupId: string,
    options?: RequestOptions & {
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<LargePersonGroup>;
  /**
   * Get Person from LargePersonGroup
   *
   * Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param options - the call's `signal`
   */
  getLargePersonGroupPerson(
    largePersonGroupId: string,
    personId: string,
    options?: RequestOptions,
  ): Promise<PersonGroupPerson>;
  /**
   * Get Face from LargePersonGroup Person
   *
   * Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  getLargePersonGroupPersonFace(
    largePersonGroupId: string,
    personId: string,
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<PersonGroupPersonFace>;
  /**
   * Get Persons from LargePersonGroup
   *
   * List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargePersonGroupPersons(
    largePersonGroupId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<PersonGroupPerson[]>;
  /**
   * Every item of Get Persons from LargePersonGroup, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
   *
   * Rejects as getLargePersonGroupPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLargePersonGroupPersons(
    largePersonGroupId: string,
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<PersonGroupPerson, void, undefined>;
  /**
   * Get LargePersonGroups
   *
   * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getLargePersonGroups(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<LargePersonGroup[]>;
  /**
   * Every item of Get LargePersonGroups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `largePersonGroupId`.
   *
   * Rejects as getLargePersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iterateLargePersonGroups(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): AsyncGenerator<LargePersonGroup, void, undefined>;
  /**
   * Get Training Status of LargePersonGroup
   *
   * To check the training status of the container, completed or still ongoing. Training is an
   * asynchronous operation triggered by the train operation.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  getLargePersonGroupTrainingStatus(largePersonGroupId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Get PersonGroup
   *
   * Retrieve the container's information: its name, userData and, when asked, recognitionModel.
   *
   * @param personGroupId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getPersonGroup(
    personGroupId: string,
    options?: RequestOptions & {
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<PersonGroup>;
  /**
   * Get Person from PersonGroup
   *
   * Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param options - the call's `signal`
   */
  getPersonGroupPerson(personGroupId: string, personId: string, options?: RequestOptions): Promise<PersonGroupPerson>;
  /**
   * Get Face from PersonGroup Person
   *
   * Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param options - the call's `signal`
   */
  getPersonGroupPersonFace(
    personGroupId: string,
    personId: string,
    persistedFaceId: string,
    options?: RequestOptions,
  ): Promise<PersonGroupPersonFace>;
  /**
   * Get Persons from PersonGroup
   *
   * List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
   *
   * @param personGroupId - ID of the container.
   * @param options - the query and header parameters, and the call's `signal`
   */
  getPersonGroupPersons(
    personGroupId: string,
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): Promise<PersonGroupPerson[]>;
  /**
   * Every item of Get Persons from PersonGroup, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personId`.
   *
   * Rejects as getPersonGroupPersons does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param personGroupId - ID of the container.
   * @param options - the query parameters but `start`, and the `signal`
   */
  iteratePersonGroupPersons(
    personGroupId: string,
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
    },
  ): AsyncGenerator<PersonGroupPerson, void, undefined>;
  /**
   * Get PersonGroups
   *
   * List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
   *
   * @param options - the query and header parameters, and the call's `signal`
   */
  getPersonGroups(
    options?: RequestOptions & {
      /** List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
      start?: string;
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): Promise<PersonGroup[]>;
  /**
   * Every item of Get PersonGroups, page after page: an async iterator that requests a page of `top` items (default 1000) only as the items before it are consumed, each page starting after the last item's `personGroupId`.
   *
   * Rejects as getPersonGroups does. `for await (const item of …)` walks the whole list; `break` stops it.
   *
   * @param options - the query parameters but `start`, and the `signal`
   */
  iteratePersonGroups(
    options?: RequestOptions & {
      /** The number of items to list, ranging in [1, 1000]. Default is 1000. */
      top?: number;
      /** Return 'recognitionModel' or not. The default value is false. */
      returnRecognitionModel?: boolean;
    },
  ): AsyncGenerator<PersonGroup, void, undefined>;
  /**
   * Get Training Status of PersonGroup
   *
   * To check the training status of the container, completed or still ongoing. Training is an
   * asynchronous operation triggered by the train operation.
   *
   * @param personGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  getPersonGroupTrainingStatus(personGroupId: string, options?: RequestOptions): Promise<TrainingResult>;
  /**
   * Train LargePersonGroup
   *
   * Submit a training task of the container. Training is an asynchronous operation: the call
   * returns at once, and the training status tells when it has ended. A training learns what the
   * container holds when it starts; what is added or removed later takes effect with the next
   * training. A container with no face to learn fails to train. While a training is queued or
   * running, another is refused with a 409.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  trainLargePersonGroup(largePersonGroupId: string, options?: RequestOptions): Promise<{ operationLocation: string }>;
  /**
   * Waits for Train LargePersonGroup to end: polls getLargePersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * @param largePersonGroupId - ID of the container.
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForTrainLargePersonGroup(
    largePersonGroupId: string,
    options?: WaitOptions<TrainingResult>,
  ): Promise<TrainingResult>;
  /**
   * Train PersonGroup
   *
   * Submit a training task of the container. Training is an asynchronous operation: the call
   * returns at once, and the training status tells when it has ended. A training learns what the
   * container holds when it starts; what is added or removed later takes effect with the next
   * training. A container with no face to learn fails to train. While a training is queued or
   * running, another is refused with a 409.
   *
   * @param personGroupId - ID of the container.
   * @param options - the call's `signal`
   */
  trainPersonGroup(personGroupId: string, options?: RequestOptions): Promise<{ operationLocation: string }>;
  /**
   * Waits for Train PersonGroup to end: polls getPersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
   *
   * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
   *
   * @param personGroupId - ID of the container.
   * @param options - the interval, the time limit, the progress callback and the `signal`
   */
  waitForTrainPersonGroup(personGroupId: string, options?: WaitOptions<TrainingResult>): Promise<TrainingResult>;
  /**
   * Update LargePersonGroup
   *
   * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
   *
   * @param largePersonGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateLargePersonGroup(
    largePersonGroupId: string,
    body: UserDefinedFieldsForUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update Person in LargePersonGroup
   *
   * Update name or userData of a person.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateLargePersonGroupPerson(
    largePersonGroupId: string,
    personId: string,
    body: UserDefinedFieldsForUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update Face in LargePersonGroup Person
   *
   * Update a person persisted face's userData field.
   *
   * @param largePersonGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updateLargePersonGroupPersonFace(
    largePersonGroupId: string,
    personId: string,
    persistedFaceId: string,
    body: FaceUserData,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update PersonGroup
   *
   * Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
   *
   * @param personGroupId - ID of the container.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updatePersonGroup(personGroupId: string, body: UserDefinedFieldsForUpdate, options?: RequestOptions): Promise<void>;
  /**
   * Update Person in PersonGroup
   *
   * Update name or userData of a person.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updatePersonGroupPerson(
    personGroupId: string,
    personId: string,
    body: UserDefinedFieldsForUpdate,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * Update Face in PersonGroup Person
   *
   * Update a person persisted face's userData field.
   *
   * @param personGroupId - ID of the container.
   * @param personId - ID of the person.
   * @param persistedFaceId - Face ID of the face.
   * @param body - the request body (application/json)
   * @param options - the call's `signal`
   */
  updatePersonGroupPersonFace(
    personGroupId: string,
    personId: string,
    persistedFaceId: string,
    body: FaceUserData,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * A typed openapi-fetch client with the same authentication, retries and timeouts: every
   * operation of the spec by its path, for what the methods above do not cover. openapi-fetch is
   * loaded on the first call, so applications that never use `raw` do not bundle it.
   *
   * @example
   * ```ts
   * const { data, error, response } = await client.raw.GET("/persongroups/{personGroupId}/training", {
   *   params: { path: { personGroupId: "my-group" } },
   * });
   * ```
   */
  readonly raw: Client<paths>;
}

/** The methods of {@link FaceClientMethods} that each API version of the spec lacks: those of the operations it does not have. */
export interface MethodsMissingIn {
  /** The methods v1.2-preview.1 lacks. */
  "v1.2-preview.1":
    | "createLivenessSession"
    | "createLivenessWithVerifySession"
    | "deleteLivenessSession"
    | "deleteLivenessWithVerifySession"
    | "getLivenessSessionResult"
    | "getLivenessWithVerifySessionResult"
    | "getSessionImage";
  /** The methods v1.2 lacks. */
  "v1.2":
    | "createLivenessSessionBeforeV1_2"
    | "createLivenessWithVerifySessionBeforeV1_2"
    | "createLivenessWithVerifySessionWithVerifyImage"
    | "deleteLivenessSessionBeforeV1_2"
    | "deleteLivenessWithVerifySessionBeforeV1_2"
    | "getLivenessSessionAuditEntries"
    | "getLivenessSessionResultBeforeV1_2"
    | "getLivenessSessions"
    | "iterateLivenessSessions"
    | "getLivenessWithVerifySessionAuditEntries"
    | "getLivenessWithVerifySessionResultBeforeV1_2"
    | "getLivenessWithVerifySessions"
    | "iterateLivenessWithVerifySessions"
    | "getSessionImageBeforeV1_2"
    | "addPersonFace"
    | "waitForAddPersonFace"
    | "addPersonFaceFromUrl"
    | "waitForAddPersonFaceFromUrl"
    | "createDynamicPersonGroup"
    | "createDynamicPersonGroupWithPerson"
    | "waitForCreateDynamicPersonGroupWithPerson"
    | "createPerson"
    | "waitForCreatePerson"
    | "deleteDynamicPersonGroup"
    | "waitForDeleteDynamicPersonGroup"
    | "deletePerson"
    | "waitForDeletePerson"
    | "deletePersonFace"
    | "waitForDeletePersonFace"
    | "getDynamicPersonGroup"
    | "getDynamicPersonGroupPersons"
    | "getDynamicPersonGroupReferences"
    | "getDynamicPersonGroups"
    | "iterateDynamicPersonGroups"
    | "getPerson"
    | "getPersonFace"
    | "getPersonFaces"
    | "getPersons"
    | "iteratePersons"
    | "updateDynamicPersonGroup"
    | "updateDynamicPersonGroupWithPersonChanges"
    | "waitForUpdateDynamicPersonGroupWithPersonChanges"
    | "updatePerson"
    | "updatePersonFace";
}

/**
 * A client of an API version (by default the default version): the methods of
 * {@link FaceClientMethods} that the version has. For a version the spec does not describe, every
 * method (the service judges).
 *
 * @example
 * ```ts
 * const client: FaceClient = createFaceClient({ endpoint, credential });
 * const preview: FaceClient<"v1.2-preview.1"> = createFaceClient({ endpoint, credential, apiVersion: "v1.2-preview.1" });
 * ```
 */
export type FaceClient<Version extends ApiVersion = "v1.2"> = Omit<
  FaceClientMethods,
  [Version] extends [keyof MethodsMissingIn] ? MethodsMissingIn[Version] : never
>;

// Every function above, the methods of a FaceClient once its context is bound. The client binds
// an operation's data, a copy of its spec above written in place: a bundle of the whole client
// then holds no function and no variable per operation (the functions and their specs
// tree-shake away), and a bundle of a few functions none of this. An iterator or a waiter is
// bound as its function. The methods' types are the functions'.
type Functions = {
  detect: typeof detect;
  detectFromSessionImageId: typeof detectFromSessionImageId;
  detectFromUrl: typeof detectFromUrl;
  addFaceListFace: typeof addFaceListFace;
  addFaceListFaceFromUrl: typeof addFaceListFaceFromUrl;
  addLargeFaceListFace: typeof addLargeFaceListFace;
  addLargeFaceListFaceFromUrl: typeof addLargeFaceListFaceFromUrl;
  createFaceList: typeof createFaceList;
  createLargeFaceList: typeof createLargeFaceList;
  deleteFaceList: typeof deleteFaceList;
  deleteFaceListFace: typeof deleteFaceListFace;
  deleteLargeFaceList: typeof deleteLargeFaceList;
  deleteLargeFaceListFace: typeof deleteLargeFaceListFace;
  getFaceList: typeof getFaceList;
  getFaceLists: typeof getFaceLists;
  getLargeFaceList: typeof getLargeFaceList;
  getLargeFaceListFace: typeof getLargeFaceListFace;
  getLargeFaceListFaces: typeof getLargeFaceListFaces;
  iterateLargeFaceListFaces: typeof iterateLargeFaceListFaces;
  getLargeFaceLists: typeof getLargeFaceLists;
  iterateLargeFaceLists: typeof iterateLargeFaceLists;
  getLargeFaceListTrainingStatus: typeof getLargeFaceListTrainingStatus;
  trainLargeFaceList: typeof trainLargeFaceList;
  waitForTrainLargeFaceList: typeof waitForTrainLargeFaceList;
  updateFaceList: typeof updateFaceList;
  updateLargeFaceList: typeof updateLargeFaceList;
  updateLargeFaceListFace: typeof updateLargeFaceListFace;
  findSimilar: typeof findSimilar;
  findSimilarFromFaceList: typeof findSimilarFromFaceList;
  findSimilarFromLargeFaceList: typeof findSimilarFromLargeFaceList;
  group: typeof group;
  identifyFromDynamicPersonGroup: typeof identifyFromDynamicPersonGroup;
  identifyFromLargePersonGroup: typeof identifyFromLargePersonGroup;
  identifyFromPersonDirectory: typeof identifyFromPersonDirectory;
  identifyFromPersonGroup: typeof identifyFromPersonGroup;
  verifyFaceToFace: typeof verifyFaceToFace;
  verifyFromLargePersonGroup: typeof verifyFromLargePersonGroup;
  verifyFromPersonDirectory: typeof verifyFromPersonDirectory;
  verifyFromPersonGroup: typeof verifyFromPersonGroup;
  getOperationResult: typeof getOperationResult;
  createLivenessSession: typeof createLivenessSession;
  createLivenessSessionBeforeV1_2: typeof createLivenessSessionBeforeV1_2;
  createLivenessWithVerifySession: typeof createLivenessWithVerifySession;
  createLivenessWithVerifySessionBeforeV1_2: typeof createLivenessWithVerifySessionBeforeV1_2;
  createLivenessWithVerifySessionWithVerifyImage: typeof createLivenessWithVerifySessionWithVerifyImage;
  deleteLivenessSession: typeof deleteLivenessSession;
  deleteLivenessSessionBeforeV1_2: typeof deleteLivenessSessionBeforeV1_2;
  deleteLivenessWithVerifySession: typeof deleteLivenessWithVerifySession;
  deleteLivenessWithVerifySessionBeforeV1_2: typeof deleteLivenessWithVerifySessionBeforeV1_2;
  getLivenessSessionAuditEntries: typeof getLivenessSessionAuditEntries;
  getLivenessSessionResult: typeof getLivenessSessionResult;
  getLivenessSessionResultBeforeV1_2: typeof getLivenessSessionResultBeforeV1_2;
  getLivenessSessions: typeof getLivenessSessions;
  iterateLivenessSessions: typeof iterateLivenessSessions;
  getLivenessWithVerifySessionAuditEntries: typeof getLivenessWithVerifySessionAuditEntries;
  getLivenessWithVerifySessionResult: typeof getLivenessWithVerifySessionResult;
  getLivenessWithVerifySessionResultBeforeV1_2: typeof getLivenessWithVerifySessionResultBeforeV1_2;
  getLivenessWithVerifySessions: typeof getLivenessWithVerifySessions;
  iterateLivenessWithVerifySessions: typeof iterateLivenessWithVerifySessions;
  getSessionImage: typeof getSessionImage;
  getSessionImageBeforeV1_2: typeof getSessionImageBeforeV1_2;
  addPersonFace: typeof addPersonFace;
  waitForAddPersonFace: typeof waitForAddPersonFace;
  addPersonFaceFromUrl: typeof addPersonFaceFromUrl;
  waitForAddPersonFaceFromUrl: typeof waitForAddPersonFaceFromUrl;
  createDynamicPersonGroup: typeof createDynamicPersonGroup;
  createDynamicPersonGroupWithPerson: typeof createDynamicPersonGroupWithPerson;
  waitForCreateDynamicPersonGroupWithPerson: typeof waitForCreateDynamicPersonGroupWithPerson;
  createPerson: typeof createPerson;
  waitForCreatePerson: typeof waitForCreatePerson;
  deleteDynamicPersonGroup: typeof deleteDynamicPersonGroup;
  waitForDeleteDynamicPersonGroup: typeof waitForDeleteDynamicPersonGroup;
  deletePerson: typeof deletePerson;
  waitForDeletePerson: typeof waitForDeletePerson;
  deletePersonFace: typeof deletePersonFace;
  waitForDeletePersonFace: typeof waitForDeletePersonFace;
  getDynamicPersonGroup: typeof getDynamicPersonGroup;
  getDynamicPersonGroupPersons: typeof getDynamicPersonGroupPersons;
  getDynamicPersonGroupReferences: typeof getDynamicPersonGroupReferences;
  getDynamicPersonGroups: typeof getDynamicPersonGroups;
  iterateDynamicPersonGroups: typeof iterateDynamicPersonGroups;
  getPerson: typeof getPerson;
  getPersonFace: typeof getPersonFace;
  getPersonFaces: typeof getPersonFaces;
  getPersons: typeof getPersons;
  iteratePersons: typeof iteratePersons;
  updateDynamicPersonGroup: typeof updateDynamicPersonGroup;
  updateDynamicPersonGroupWithPersonChanges: typeof updateDynamicPersonGroupWithPersonChanges;
  waitForUpdateDynamicPersonGroupWithPersonChanges: typeof waitForUpdateDynamicPersonGroupWithPersonChanges;
  updatePerson: typeof updatePerson;
  updatePersonFace: typeof updatePersonFace;
  addLargePersonGroupPersonFace: typeof addLargePersonGroupPersonFace;
  addLargePersonGroupPersonFaceFromUrl: typeof addLargePersonGroupPersonFaceFromUrl;
  addPersonGroupPersonFace: typeof addPersonGroupPersonFace;
  addPersonGroupPersonFaceFromUrl: typeof addPersonGroupPersonFaceFromUrl;
  createLargePersonGroup: typeof createLargePersonGroup;
  createLargePersonGroupPerson: typeof createLargePersonGroupPerson;
  createPersonGroup: typeof createPersonGroup;
  createPersonGroupPerson: typeof createPersonGroupPerson;
  deleteLargePersonGroup: typeof deleteLargePersonGroup;
  deleteLargePersonGroupPerson: typeof deleteLargePersonGroupPerson;
  deleteLargePersonGroupPersonFace: typeof deleteLargePersonGroupPersonFace;
  deletePersonGroup: typeof deletePersonGroup;
  deletePersonGroupPerson: typeof deletePersonGroupPerson;
  deletePersonGroupPersonFace: typeof deletePersonGroupPersonFace;
  getLargePersonGroup: typeof getLargePersonGroup;
  getLargePersonGroupPerson: typeof getLargePersonGroupPerson;
  getLargePersonGroupPersonFace: typeof getLargePersonGroupPersonFace;
  getLargePersonGroupPersons: typeof getLargePersonGroupPersons;
  iterateLargePersonGroupPersons: typeof iterateLargePersonGroupPersons;
  getLargePersonGroups: typeof getLargePersonGroups;
  iterateLargePersonGroups: typeof iterateLargePersonGroups;
  getLargePersonGroupTrainingStatus: typeof getLargePersonGroupTrainingStatus;
  getPersonGroup: typeof getPersonGroup;
  getPersonGroupPerson: typeof getPersonGroupPerson;
  getPersonGroupPersonFace: typeof getPersonGroupPersonFace;
  getPersonGroupPersons: typeof getPersonGroupPersons;
  iteratePersonGroupPersons: typeof iteratePersonGroupPersons;
  getPersonGroups: typeof getPersonGroups;
  iteratePersonGroups: typeof iteratePersonGroups;
  getPersonGroupTrainingStatus: typeof getPersonGroupTrainingStatus;
  trainLargePersonGroup: typeof trainLargePersonGroup;
  waitForTrainLargePersonGroup: typeof waitForTrainLargePersonGroup;
  trainPersonGroup: typeof trainPersonGroup;
  waitForTrainPersonGroup: typeof waitForTrainPersonGroup;
  updateLargePersonGroup: typeof updateLargePersonGroup;
  updateLargePersonGroupPerson: typeof updateLargePersonGroupPerson;
  updateLargePersonGroupPersonFace: typeof updateLargePersonGroupPersonFace;
  updatePersonGroup: typeof updatePersonGroup;
  updatePersonGroupPerson: typeof updatePersonGroupPerson;
  updatePersonGroupPersonFace: typeof updatePersonGroupPersonFace;
};
const definitions = {
  detect: {
    method: "POST",
    path: "/detect",
    parameters: [
      ["detectionModel", "query", false, rule0],
      ["recognitionModel", "query", false, rule0],
      ["returnFaceId", "query", false, rule1],
      ["returnFaceAttributes", "query", false, rule2],
      ["returnFaceLandmarks", "query", false, rule1],
      ["returnRecognitionModel", "query", false, rule1],
      ["faceIdTimeToLive", "query", false, rule3],
    ],
    refuse: /* @__PURE__ */ allowedBy(allowed0),
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
  } satisfies OperationSpec<FaceDetectionResult[]>,
  detectFromSessionImageId: {
    method: "POST",
    path: "/detect",
    parameters: [
      ["detectionModel", "query", false, rule0],
      ["recognitionModel", "query", false, rule0],
      ["returnFaceId", "query", false, rule1],
      ["returnFaceAttributes", "query", false, rule2],
      ["returnFaceLandmarks", "query", false, rule1],
      ["returnRecognitionModel", "query", false, rule1],
      ["faceIdTimeToLive", "query", false, rule3],
    ],
    refuse: /* @__PURE__ */ allowedBy(allowed0),
    body: { contentType: "application/json", encode: encodeJson, rule: rule5 },
    result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
  } satisfies OperationSpec<FaceDetectionResult[]>,
  detectFromUrl: {
    method: "POST",
    path: "/detect",
    parameters: [
      ["detectionModel", "query", false, rule0],
      ["recognitionModel", "query", false, rule0],
      ["returnFaceId", "query", false, rule1],
      ["returnFaceAttributes", "query", false, rule2],
      ["returnFaceLandmarks", "query", false, rule1],
      ["returnRecognitionModel", "query", false, rule1],
      ["faceIdTimeToLive", "query", false, rule3],
    ],
    refuse: /* @__PURE__ */ allowedBy(allowed0),
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: { name: "FaceDetectionResult[]", items: { faceRectangle: "object" } },
  } satisfies OperationSpec<FaceDetectionResult[]>,
  addFaceListFace: {
    method: "POST",
    path: "/facelists/{faceListId}/persistedfaces",
    pathRules: [rule7],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addFaceListFaceFromUrl: {
    method: "POST",
    path: "/facelists/{faceListId}/persistedfaces",
    pathRules: [rule7],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addLargeFaceListFace: {
    method: "POST",
    path: "/largefacelists/{largeFaceListId}/persistedfaces",
    pathRules: [rule7],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addLargeFaceListFaceFromUrl: {
    method: "POST",
    path: "/largefacelists/{largeFaceListId}/persistedfaces",
    pathRules: [rule7],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  createFaceList: {
    method: "PUT",
    path: "/facelists/{faceListId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
  } satisfies OperationSpec<void>,
  createLargeFaceList: {
    method: "PUT",
    path: "/largefacelists/{largeFaceListId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
  } satisfies OperationSpec<void>,
  deleteFaceList: {
    method: "DELETE",
    path: "/facelists/{faceListId}",
    pathRules: [rule7],
  } satisfies OperationSpec<void>,
  deleteFaceListFace: {
    method: "DELETE",
    path: "/facelists/{faceListId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14],
  } satisfies OperationSpec<void>,
  deleteLargeFaceList: {
    method: "DELETE",
    path: "/largefacelists/{largeFaceListId}",
    pathRules: [rule7],
  } satisfies OperationSpec<void>,
  deleteLargeFaceListFace: {
    method: "DELETE",
    path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14],
  } satisfies OperationSpec<void>,
  getFaceList: {
    method: "GET",
    path: "/facelists/{faceListId}",
    pathRules: [rule7],
    parameters: [["returnRecognitionModel", "query", false, rule1]],
    result: { name: "FaceList", shape: { faceListId: "string", name: "string" } },
  } satisfies OperationSpec<FaceList>,
  getFaceLists: {
    method: "GET",
    path: "/facelists",
    parameters: [["returnRecognitionModel", "query", false, rule1]],
    result: { name: "FaceListItem[]", items: { faceListId: "string", name: "string" } },
  } satisfies OperationSpec<FaceListItem[]>,
  getLargeFaceList: {
    method: "GET",
    path: "/largefacelists/{largeFaceListId}",
    pathRules: [rule7],
    parameters: [["returnRecognitionModel", "query", false, rule1]],
    result: { name: "LargeFaceList", shape: { largeFaceListId: "string", name: "string" } },
  } satisfies OperationSpec<LargeFaceList>,
  getLargeFaceListFace: {
    method: "GET",
    path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14],
    result: { name: "LargeFaceListFace", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<LargeFaceListFace>,
  getLargeFaceListFaces: {
    method: "GET",
    path: "/largefacelists/{largeFaceListId}/persistedfaces",
    pathRules: [rule7],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    result: { name: "LargeFaceListFace[]", items: { persistedFaceId: "string" } },
  } satisfies OperationSpec<LargeFaceListFace[]>,
  iterateLargeFaceListFaces: /* @__PURE__ */ iteratorFunction<LargeFaceListFace>(
    {
      method: "GET",
      path: "/largefacelists/{largeFaceListId}/persistedfaces",
      pathRules: [rule7],
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      result: { name: "LargeFaceListFace[]", items: { persistedFaceId: "string" } },
    } satisfies OperationSpec<LargeFaceListFace[]>,
    paging0,
  ),
  getLargeFaceLists: {
    method: "GET",
    path: "/largefacelists",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
      ["returnRecognitionModel", "query", false, rule1],
    ],
    result: { name: "LargeFaceList[]", items: { largeFaceListId: "string", name: "string" } },
  } satisfies OperationSpec<LargeFaceList[]>,
  iterateLargeFaceLists: /* @__PURE__ */ iteratorFunction<LargeFaceList>(
    {
      method: "GET",
      path: "/largefacelists",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
        ["returnRecognitionModel", "query", false, rule1],
      ],
      result: { name: "LargeFaceList[]", items: { largeFaceListId: "string", name: "string" } },
    } satisfies OperationSpec<LargeFaceList[]>,
    paging1,
  ),
  getLargeFaceListTrainingStatus: {
    method: "GET",
    path: "/largefacelists/{largeFaceListId}/training",
    pathRules: [rule7],
    result: {
      name: "TrainingResult",
      shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
    },
  } satisfies OperationSpec<TrainingResult>,
  trainLargeFaceList: {
    method: "POST",
    path: "/largefacelists/{largeFaceListId}/train",
    pathRules: [rule7],
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForTrainLargeFaceList: /* @__PURE__ */ waiterFunction<TrainingResult>(
    "Train LargeFaceList",
    {
      method: "GET",
      path: "/largefacelists/{largeFaceListId}/training",
      pathRules: [rule7],
      result: {
        name: "TrainingResult",
        shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
      },
    } satisfies OperationSpec<TrainingResult>,
    polling0,
  ),
  updateFaceList: {
    method: "PATCH",
    path: "/facelists/{faceListId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updateLargeFaceList: {
    method: "PATCH",
    path: "/largefacelists/{largeFaceListId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updateLargeFaceListFace: {
    method: "PATCH",
    path: "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14],
    body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
  } satisfies OperationSpec<void>,
  findSimilar: {
    method: "POST",
    path: "/findsimilars",
    body: { contentType: "application/json", encode: encodeJson, rule: rule19 },
    result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
  } satisfies OperationSpec<FindSimilarResult[]>,
  findSimilarFromFaceList: {
    method: "POST",
    path: "/findsimilars",
    body: { contentType: "application/json", encode: encodeJson, rule: rule20 },
    result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
  } satisfies OperationSpec<FindSimilarResult[]>,
  findSimilarFromLargeFaceList: {
    method: "POST",
    path: "/findsimilars",
    explain: /* @__PURE__ */ untrained(
      "LargeFaceListNotTrained",
      "largeFaceListId",
      "trainLargeFaceList",
      "waitForTrainLargeFaceList",
    ),
    body: { contentType: "application/json", encode: encodeJson, rule: rule21 },
    result: { name: "FindSimilarResult[]", items: { confidence: "number" } },
  } satisfies OperationSpec<FindSimilarResult[]>,
  group: {
    method: "POST",
    path: "/group",
    body: { contentType: "application/json", encode: encodeJson, rule: rule22 },
    result: { name: "GroupingResult", shape: { groups: "array" } },
  } satisfies OperationSpec<GroupingResult>,
  identifyFromDynamicPersonGroup: {
    method: "POST",
    path: "/identify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule26 },
    result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
  } satisfies OperationSpec<IdentificationResult[]>,
  identifyFromLargePersonGroup: {
    method: "POST",
    path: "/identify",
    explain: /* @__PURE__ */ untrained(
      "LargePersonGroupNotTrained",
      "largePersonGroupId",
      "trainLargePersonGroup",
      "waitForTrainLargePersonGroup",
    ),
    body: { contentType: "application/json", encode: encodeJson, rule: rule27 },
    result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
  } satisfies OperationSpec<IdentificationResult[]>,
  identifyFromPersonDirectory: {
    method: "POST",
    path: "/identify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule29 },
    result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
  } satisfies OperationSpec<IdentificationResult[]>,
  identifyFromPersonGroup: {
    method: "POST",
    path: "/identify",
    explain: /* @__PURE__ */ untrained(
      "PersonGroupNotTrained",
      "personGroupId",
      "trainPersonGroup",
      "waitForTrainPersonGroup",
    ),
    body: { contentType: "application/json", encode: encodeJson, rule: rule30 },
    result: { name: "IdentificationResult[]", items: { faceId: "string", candidates: "array" } },
  } satisfies OperationSpec<IdentificationResult[]>,
  verifyFaceToFace: {
    method: "POST",
    path: "/verify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule31 },
    result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
  } satisfies OperationSpec<VerificationResult>,
  verifyFromLargePersonGroup: {
    method: "POST",
    path: "/verify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule32 },
    result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
  } satisfies OperationSpec<VerificationResult>,
  verifyFromPersonDirectory: {
    method: "POST",
    path: "/verify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule33 },
    result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
  } satisfies OperationSpec<VerificationResult>,
  verifyFromPersonGroup: {
    method: "POST",
    path: "/verify",
    body: { contentType: "application/json", encode: encodeJson, rule: rule34 },
    result: { name: "VerificationResult", shape: { isIdentical: "boolean", confidence: "number" } },
  } satisfies OperationSpec<VerificationResult>,
  getOperationResult: {
    method: "GET",
    path: "/operations/{operationId}",
    pathRules: [rule14],
    result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
  } satisfies OperationSpec<OperationResult>,
  createLivenessSession: {
    method: "POST",
    path: "/detectLiveness-sessions",
    versions: versions0,
    body: { contentType: "application/json", encode: encodeJson, rule: rule35 },
    result: {
      name: "LivenessSession",
      shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
    },
  } satisfies OperationSpec<LivenessSession>,
  createLivenessSessionBeforeV1_2: {
    method: "POST",
    path: "/detectLiveness/singleModal/sessions",
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule36 },
    result: { name: "CreateLivenessSessionResult", shape: { sessionId: "string", authToken: "string" } },
  } satisfies OperationSpec<CreateLivenessSessionResult>,
  createLivenessWithVerifySession: {
    method: "POST",
    path: "/detectLivenessWithVerify-sessions",
    versions: versions0,
    body: { contentType: "multipart/form-data", encode: encodeForm, rule: rule37, file: ["verifyImage", rule4] },
    result: {
      name: "LivenessWithVerifySession",
      shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
    },
  } satisfies OperationSpec<LivenessWithVerifySession>,
  createLivenessWithVerifySessionBeforeV1_2: {
    method: "POST",
    path: "/detectLivenessWithVerify/singleModal/sessions",
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule38 },
    result: { name: "CreateLivenessWithVerifySessionResult", shape: { sessionId: "string", authToken: "string" } },
  } satisfies OperationSpec<CreateLivenessWithVerifySessionResult>,
  createLivenessWithVerifySessionWithVerifyImage: {
    method: "POST",
    path: "/detectLivenessWithVerify/singleModal/sessions",
    versions: versions1,
    body: { contentType: "multipart/form-data", encode: encodeForm, rule: rule39, file: ["VerifyImage", rule4] },
    result: { name: "CreateLivenessWithVerifySessionResult", shape: { sessionId: "string", authToken: "string" } },
  } satisfies OperationSpec<CreateLivenessWithVerifySessionResult>,
  deleteLivenessSession: {
    method: "DELETE",
    path: "/detectLiveness-sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions0,
  } satisfies OperationSpec<void>,
  deleteLivenessSessionBeforeV1_2: {
    method: "DELETE",
    path: "/detectLiveness/singleModal/sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions1,
  } satisfies OperationSpec<void>,
  deleteLivenessWithVerifySession: {
    method: "DELETE",
    path: "/detectLivenessWithVerify-sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions0,
  } satisfies OperationSpec<void>,
  deleteLivenessWithVerifySessionBeforeV1_2: {
    method: "DELETE",
    path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions1,
  } satisfies OperationSpec<void>,
  getLivenessSessionAuditEntries: {
    method: "GET",
    path: "/detectLiveness/singleModal/sessions/{sessionId}/audit",
    pathRules: [rule0],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: {
      name: "LivenessSessionAuditEntry[]",
      items: {
        id: "number",
        sessionId: "string",
        requestId: "string",
        receivedDateTime: "string",
        request: "object",
        response: "object",
        digest: "string",
      },
    },
  } satisfies OperationSpec<LivenessSessionAuditEntry[]>,
  getLivenessSessionResult: {
    method: "GET",
    path: "/detectLiveness-sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions0,
    result: {
      name: "LivenessSession",
      shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
    },
  } satisfies OperationSpec<LivenessSession>,
  getLivenessSessionResultBeforeV1_2: {
    method: "GET",
    path: "/detectLiveness/singleModal/sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions1,
    result: {
      name: "LivenessSessionBeforeV1_2",
      shape: { id: "string", createdDateTime: "string", sessionExpired: "boolean", status: "string" },
    },
  } satisfies OperationSpec<LivenessSessionBeforeV1_2>,
  getLivenessSessions: {
    method: "GET",
    path: "/detectLiveness/singleModal/sessions",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: {
      name: "LivenessSessionItem[]",
      items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
    },
  } satisfies OperationSpec<LivenessSessionItem[]>,
  iterateLivenessSessions: /* @__PURE__ */ iteratorFunction<LivenessSessionItem>(
    {
      method: "GET",
      path: "/detectLiveness/singleModal/sessions",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      versions: versions1,
      result: {
        name: "LivenessSessionItem[]",
        items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
      },
    } satisfies OperationSpec<LivenessSessionItem[]>,
    paging2,
  ),
  getLivenessWithVerifySessionAuditEntries: {
    method: "GET",
    path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}/audit",
    pathRules: [rule0],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: {
      name: "LivenessSessionAuditEntry[]",
      items: {
        id: "number",
        sessionId: "string",
        requestId: "string",
        receivedDateTime: "string",
        request: "object",
        response: "object",
        digest: "string",
      },
    },
  } satisfies OperationSpec<LivenessSessionAuditEntry[]>,
  getLivenessWithVerifySessionResult: {
    method: "GET",
    path: "/detectLivenessWithVerify-sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions0,
    result: {
      name: "LivenessWithVerifySession",
      shape: { sessionId: "string", authToken: "string", status: "string", results: "object" },
    },
  } satisfies OperationSpec<LivenessWithVerifySession>,
  getLivenessWithVerifySessionResultBeforeV1_2: {
    method: "GET",
    path: "/detectLivenessWithVerify/singleModal/sessions/{sessionId}",
    pathRules: [rule0],
    versions: versions1,
    result: {
      name: "LivenessWithVerifySessionBeforeV1_2",
      shape: { id: "string", createdDateTime: "string", sessionExpired: "boolean", status: "string" },
    },
  } satisfies OperationSpec<LivenessWithVerifySessionBeforeV1_2>,
  getLivenessWithVerifySessions: {
    method: "GET",
    path: "/detectLivenessWithVerify/singleModal/sessions",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: {
      name: "LivenessSessionItem[]",
      items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
    },
  } satisfies OperationSpec<LivenessSessionItem[]>,
  iterateLivenessWithVerifySessions: /* @__PURE__ */ iteratorFunction<LivenessSessionItem>(
    {
      method: "GET",
      path: "/detectLivenessWithVerify/singleModal/sessions",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      versions: versions1,
      result: {
        name: "LivenessSessionItem[]",
        items: { id: "string", createdDateTime: "string", sessionExpired: "boolean" },
      },
    } satisfies OperationSpec<LivenessSessionItem[]>,
    paging2,
  ),
  getSessionImage: {
    method: "GET",
    path: "/sessionImages/{sessionImageId}",
    pathRules: [rule0],
    versions: versions0,
    result: { bytes: true },
  } satisfies OperationSpec<Uint8Array<ArrayBuffer>>,
  getSessionImageBeforeV1_2: {
    method: "GET",
    path: "/session/sessionImages/{sessionImageId}",
    pathRules: [rule0],
    versions: versions1,
    result: { bytes: true },
  } satisfies OperationSpec<Uint8Array<ArrayBuffer>>,
  addPersonFace: {
    method: "POST",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
    pathRules: [rule14, rule0],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    versions: versions1,
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: {
      name: "AddFaceResult",
      shape: { persistedFaceId: "string" },
      headers: [["operation-Location", "operationLocation"]],
    },
  } satisfies OperationSpec<AddFaceResult & { operationLocation: string }>,
  waitForAddPersonFace: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Add Face to Person Directory Person",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  addPersonFaceFromUrl: {
    method: "POST",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
    pathRules: [rule14, rule0],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: {
      name: "AddFaceResult",
      shape: { persistedFaceId: "string" },
      headers: [["operation-Location", "operationLocation"]],
    },
  } satisfies OperationSpec<AddFaceResult & { operationLocation: string }>,
  waitForAddPersonFaceFromUrl: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Add Face to Person Directory Person from Url",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  createDynamicPersonGroup: {
    method: "PUT",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
  } satisfies OperationSpec<void>,
  createDynamicPersonGroupWithPerson: {
    method: "PUT",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule42 },
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForCreateDynamicPersonGroupWithPerson: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Create Dynamic Person Group with Person",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  createPerson: {
    method: "POST",
    path: "/persons",
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
    result: {
      name: "CreatePersonResult",
      shape: { personId: "string" },
      headers: [["operation-Location", "operationLocation"]],
    },
  } satisfies OperationSpec<CreatePersonResult & { operationLocation: string }>,
  waitForCreatePerson: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Create Person in Person Directory",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  deleteDynamicPersonGroup: {
    method: "DELETE",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForDeleteDynamicPersonGroup: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Delete Dynamic Person Group",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  deletePerson: {
    method: "DELETE",
    path: "/persons/{personId}",
    pathRules: [rule14],
    versions: versions1,
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForDeletePerson: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Delete Person from Person Directory",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  deletePersonFace: {
    method: "DELETE",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
    pathRules: [rule14, rule0, rule14],
    versions: versions1,
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForDeletePersonFace: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Delete Face from Person Directory Person",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  getDynamicPersonGroup: {
    method: "GET",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    result: { name: "DynamicPersonGroup", shape: { dynamicPersonGroupId: "string", name: "string" } },
  } satisfies OperationSpec<DynamicPersonGroup>,
  getDynamicPersonGroupPersons: {
    method: "GET",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}/persons",
    pathRules: [rule7],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: { name: "ListPersonResult", shape: { personIds: "array" } },
  } satisfies OperationSpec<ListPersonResult>,
  getDynamicPersonGroupReferences: {
    method: "GET",
    path: "/persons/{personId}/dynamicPersonGroupReferences",
    pathRules: [rule14],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: { name: "ListGroupReferenceResult", shape: { dynamicPersonGroupIds: "array" } },
  } satisfies OperationSpec<ListGroupReferenceResult>,
  getDynamicPersonGroups: {
    method: "GET",
    path: "/dynamicpersongroups",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: { name: "DynamicPersonGroup[]", items: { dynamicPersonGroupId: "string", name: "string" } },
  } satisfies OperationSpec<DynamicPersonGroup[]>,
  iterateDynamicPersonGroups: /* @__PURE__ */ iteratorFunction<DynamicPersonGroup>(
    {
      method: "GET",
      path: "/dynamicpersongroups",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      versions: versions1,
      result: { name: "DynamicPersonGroup[]", items: { dynamicPersonGroupId: "string", name: "string" } },
    } satisfies OperationSpec<DynamicPersonGroup[]>,
    paging3,
  ),
  getPerson: {
    method: "GET",
    path: "/persons/{personId}",
    pathRules: [rule14],
    versions: versions1,
    result: { name: "PersonDirectoryPerson", shape: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonDirectoryPerson>,
  getPersonFace: {
    method: "GET",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
    pathRules: [rule14, rule0, rule14],
    versions: versions1,
    result: { name: "PersonDirectoryFace", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<PersonDirectoryFace>,
  getPersonFaces: {
    method: "GET",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces",
    pathRules: [rule14, rule0],
    versions: versions1,
    result: { name: "ListFaceResult", shape: { personId: "string", persistedFaceIds: "array" } },
  } satisfies OperationSpec<ListFaceResult>,
  getPersons: {
    method: "GET",
    path: "/persons",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    versions: versions1,
    result: { name: "PersonDirectoryPerson[]", items: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonDirectoryPerson[]>,
  iteratePersons: /* @__PURE__ */ iteratorFunction<PersonDirectoryPerson>(
    {
      method: "GET",
      path: "/persons",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      versions: versions1,
      result: { name: "PersonDirectoryPerson[]", items: { personId: "string", name: "string" } },
    } satisfies OperationSpec<PersonDirectoryPerson[]>,
    paging4,
  ),
  updateDynamicPersonGroup: {
    method: "PATCH",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updateDynamicPersonGroupWithPersonChanges: {
    method: "PATCH",
    path: "/dynamicpersongroups/{dynamicPersonGroupId}",
    pathRules: [rule7],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule43 },
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForUpdateDynamicPersonGroupWithPersonChanges: /* @__PURE__ */ waiterFunction<OperationResult>(
    "Update Dynamic Person Group with Person Changes",
    {
      method: "GET",
      path: "/operations/{operationId}",
      pathRules: [rule14],
      result: { name: "OperationResult", shape: { status: "string", createdTime: "string" } },
    } satisfies OperationSpec<OperationResult>,
    polling0,
    "operationLocation",
  ),
  updatePerson: {
    method: "PATCH",
    path: "/persons/{personId}",
    pathRules: [rule14],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updatePersonFace: {
    method: "PATCH",
    path: "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}",
    pathRules: [rule14, rule0, rule14],
    versions: versions1,
    body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
  } satisfies OperationSpec<void>,
  addLargePersonGroupPersonFace: {
    method: "POST",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces",
    pathRules: [rule7, rule14],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addLargePersonGroupPersonFaceFromUrl: {
    method: "POST",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces",
    pathRules: [rule7, rule14],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addPersonGroupPersonFace: {
    method: "POST",
    path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces",
    pathRules: [rule7, rule14],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/octet-stream", encode: encodeBytes, rule: rule4 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  addPersonGroupPersonFaceFromUrl: {
    method: "POST",
    path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces",
    pathRules: [rule7, rule14],
    parameters: [
      ["targetFace", "query", false, rule9],
      ["detectionModel", "query", false, rule0],
      ["userData", "query", false, rule10],
    ],
    body: { contentType: "application/json", encode: encodeJson, rule: rule6 },
    result: { name: "AddFaceResult", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<AddFaceResult>,
  createLargePersonGroup: {
    method: "PUT",
    path: "/largepersongroups/{largePersonGroupId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
  } satisfies OperationSpec<void>,
  createLargePersonGroupPerson: {
    method: "POST",
    path: "/largepersongroups/{largePersonGroupId}/persons",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
    result: { name: "CreatePersonResult", shape: { personId: "string" } },
  } satisfies OperationSpec<CreatePersonResult>,
  createPersonGroup: {
    method: "PUT",
    path: "/persongroups/{personGroupId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule13 },
  } satisfies OperationSpec<void>,
  createPersonGroupPerson: {
    method: "POST",
    path: "/persongroups/{personGroupId}/persons",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule40 },
    result: { name: "CreatePersonResult", shape: { personId: "string" } },
  } satisfies OperationSpec<CreatePersonResult>,
  deleteLargePersonGroup: {
    method: "DELETE",
    path: "/largepersongroups/{largePersonGroupId}",
    pathRules: [rule7],
  } satisfies OperationSpec<void>,
  deleteLargePersonGroupPerson: {
    method: "DELETE",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
  } satisfies OperationSpec<void>,
  deleteLargePersonGroupPersonFace: {
    method: "DELETE",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
  } satisfies OperationSpec<void>,
  deletePersonGroup: {
    method: "DELETE",
    path: "/persongroups/{personGroupId}",
    pathRules: [rule7],
  } satisfies OperationSpec<void>,
  deletePersonGroupPerson: {
    method: "DELETE",
    path: "/persongroups/{personGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
  } satisfies OperationSpec<void>,
  deletePersonGroupPersonFace: {
    method: "DELETE",
    path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
  } satisfies OperationSpec<void>,
  getLargePersonGroup: {
    method: "GET",
    path: "/largepersongroups/{largePersonGroupId}",
    pathRules: [rule7],
    parameters: [["returnRecognitionModel", "query", false, rule1]],
    result: { name: "LargePersonGroup", shape: { largePersonGroupId: "string", name: "string" } },
  } satisfies OperationSpec<LargePersonGroup>,
  getLargePersonGroupPerson: {
    method: "GET",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
    result: { name: "PersonGroupPerson", shape: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroupPerson>,
  getLargePersonGroupPersonFace: {
    method: "GET",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
    result: { name: "PersonGroupPersonFace", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<PersonGroupPersonFace>,
  getLargePersonGroupPersons: {
    method: "GET",
    path: "/largepersongroups/{largePersonGroupId}/persons",
    pathRules: [rule7],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroupPerson[]>,
  iterateLargePersonGroupPersons: /* @__PURE__ */ iteratorFunction<PersonGroupPerson>(
    {
      method: "GET",
      path: "/largepersongroups/{largePersonGroupId}/persons",
      pathRules: [rule7],
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
    } satisfies OperationSpec<PersonGroupPerson[]>,
    paging4,
  ),
  getLargePersonGroups: {
    method: "GET",
    path: "/largepersongroups",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
      ["returnRecognitionModel", "query", false, rule1],
    ],
    result: { name: "LargePersonGroup[]", items: { largePersonGroupId: "string", name: "string" } },
  } satisfies OperationSpec<LargePersonGroup[]>,
  iterateLargePersonGroups: /* @__PURE__ */ iteratorFunction<LargePersonGroup>(
    {
      method: "GET",
      path: "/largepersongroups",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
        ["returnRecognitionModel", "query", false, rule1],
      ],
      result: { name: "LargePersonGroup[]", items: { largePersonGroupId: "string", name: "string" } },
    } satisfies OperationSpec<LargePersonGroup[]>,
    paging5,
  ),
  getLargePersonGroupTrainingStatus: {
    method: "GET",
    path: "/largepersongroups/{largePersonGroupId}/training",
    pathRules: [rule7],
    result: {
      name: "TrainingResult",
      shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
    },
  } satisfies OperationSpec<TrainingResult>,
  getPersonGroup: {
    method: "GET",
    path: "/persongroups/{personGroupId}",
    pathRules: [rule7],
    parameters: [["returnRecognitionModel", "query", false, rule1]],
    result: { name: "PersonGroup", shape: { personGroupId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroup>,
  getPersonGroupPerson: {
    method: "GET",
    path: "/persongroups/{personGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
    result: { name: "PersonGroupPerson", shape: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroupPerson>,
  getPersonGroupPersonFace: {
    method: "GET",
    path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
    result: { name: "PersonGroupPersonFace", shape: { persistedFaceId: "string" } },
  } satisfies OperationSpec<PersonGroupPersonFace>,
  getPersonGroupPersons: {
    method: "GET",
    path: "/persongroups/{personGroupId}/persons",
    pathRules: [rule7],
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
    ],
    result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroupPerson[]>,
  iteratePersonGroupPersons: /* @__PURE__ */ iteratorFunction<PersonGroupPerson>(
    {
      method: "GET",
      path: "/persongroups/{personGroupId}/persons",
      pathRules: [rule7],
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
      ],
      result: { name: "PersonGroupPerson[]", items: { personId: "string", name: "string" } },
    } satisfies OperationSpec<PersonGroupPerson[]>,
    paging4,
  ),
  getPersonGroups: {
    method: "GET",
    path: "/persongroups",
    parameters: [
      ["start", "query", false, rule0],
      ["top", "query", false, rule15],
      ["returnRecognitionModel", "query", false, rule1],
    ],
    result: { name: "PersonGroup[]", items: { personGroupId: "string", name: "string" } },
  } satisfies OperationSpec<PersonGroup[]>,
  iteratePersonGroups: /* @__PURE__ */ iteratorFunction<PersonGroup>(
    {
      method: "GET",
      path: "/persongroups",
      parameters: [
        ["start", "query", false, rule0],
        ["top", "query", false, rule15],
        ["returnRecognitionModel", "query", false, rule1],
      ],
      result: { name: "PersonGroup[]", items: { personGroupId: "string", name: "string" } },
    } satisfies OperationSpec<PersonGroup[]>,
    paging6,
  ),
  getPersonGroupTrainingStatus: {
    method: "GET",
    path: "/persongroups/{personGroupId}/training",
    pathRules: [rule7],
    result: {
      name: "TrainingResult",
      shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
    },
  } satisfies OperationSpec<TrainingResult>,
  trainLargePersonGroup: {
    method: "POST",
    path: "/largepersongroups/{largePersonGroupId}/train",
    pathRules: [rule7],
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForTrainLargePersonGroup: /* @__PURE__ */ waiterFunction<TrainingResult>(
    "Train LargePersonGroup",
    {
      method: "GET",
      path: "/largepersongroups/{largePersonGroupId}/training",
      pathRules: [rule7],
      result: {
        name: "TrainingResult",
        shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
      },
    } satisfies OperationSpec<TrainingResult>,
    polling0,
  ),
  trainPersonGroup: {
    method: "POST",
    path: "/persongroups/{personGroupId}/train",
    pathRules: [rule7],
    result: { headers: [["operation-Location", "operationLocation"]] },
  } satisfies OperationSpec<{ operationLocation: string }>,
  waitForTrainPersonGroup: /* @__PURE__ */ waiterFunction<TrainingResult>(
    "Train PersonGroup",
    {
      method: "GET",
      path: "/persongroups/{personGroupId}/training",
      pathRules: [rule7],
      result: {
        name: "TrainingResult",
        shape: { status: "string", createdDateTime: "string", lastActionDateTime: "string null" },
      },
    } satisfies OperationSpec<TrainingResult>,
    polling0,
  ),
  updateLargePersonGroup: {
    method: "PATCH",
    path: "/largepersongroups/{largePersonGroupId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updateLargePersonGroupPerson: {
    method: "PATCH",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updateLargePersonGroupPersonFace: {
    method: "PATCH",
    path: "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
    body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
  } satisfies OperationSpec<void>,
  updatePersonGroup: {
    method: "PATCH",
    path: "/persongroups/{personGroupId}",
    pathRules: [rule7],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updatePersonGroupPerson: {
    method: "PATCH",
    path: "/persongroups/{personGroupId}/persons/{personId}",
    pathRules: [rule7, rule14],
    body: { contentType: "application/json", encode: encodeJson, rule: rule16 },
  } satisfies OperationSpec<void>,
  updatePersonGroupPersonFace: {
    method: "PATCH",
    path: "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}",
    pathRules: [rule7, rule14, rule14],
    body: { contentType: "application/json", encode: encodeJson, rule: rule17 },
  } satisfies OperationSpec<void>,
};

/**
 * Creates a client of the Face API: the methods of the operations its API version has (see
 * {@link FaceClient}); a call of an operation that version lacks is refused before anything is
 * sent, naming the versions that have it. Throws {@link FaceValidationError} for an
 * endpoint that is not https (but to loopback), a credential of neither kind, or options out of
 * range.
 *
 * @example
 * ```ts
 * import { createFaceClient } from "@face-training/client";
 *
 * const client = createFaceClient({
 *   endpoint: "https://my-resource.cognitiveservices.azure.com",
 *   credential: { key: process.env.FACE_KEY! },
 * });
 * const { status } = await client.getPersonGroupTrainingStatus("my-group");
 * ```
 */
export function createFaceClient<const Version extends ApiVersion = "v1.2">(
  options: FaceClientOptions & { apiVersion?: Version },
): FaceClient<Version> {
  const context = createFaceContext(options);
  const client: FaceClientMethods = { ...bindAll<Functions>(context, definitions), raw: lazyRawClient(context) };
  return client;
}
