/**
 * Every operation of the spec: its data, its function, the FaceClient.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

import type { Client } from "openapi-fetch";
import { createFaceContext, type FaceClientOptions, type FaceContext } from "../context.js";
import {
  type BinaryBody,
  invoke,
  type OperationSpec,
  pages,
  poll,
  type RequestOptions,
  type WaitOptions,
} from "../operation.js";
import { lazyRawClient } from "../raw-client.js";
import type { Rule } from "../validate.js";
import type { paths } from "./openapi.js";
import type { TrainingResult } from "./models.js";

// The rules of the parameters and bodies, each written once.
const rule0: Rule = { type: "string", pattern: "^[a-z0-9-_]+$", minLength: 1, maxLength: 64 };

const getLargeFaceListTrainingStatusOperation: OperationSpec = {
  summary: "Get Training Status of LargeFaceList",
  method: "GET",
  path: "/largefacelists/{largeFaceListId}/training",
  parameters: [["largeFaceListId", "path", true, rule0]],
  result: {
    name: "TrainingResult",
    shape: { status: ["string"], createdDateTime: ["string"], lastActionDateTime: ["string", "null"] },
  },
};
const trainLargeFaceListOperation: OperationSpec = {
  summary: "Train LargeFaceList",
  method: "POST",
  path: "/largefacelists/{largeFaceListId}/train",
  parameters: [["largeFaceListId", "path", true, rule0]],
  result: { headers: ["operation-Location"] },
};
const getLargePersonGroupTrainingStatusOperation: OperationSpec = {
  summary: "Get Training Status of LargePersonGroup",
  method: "GET",
  path: "/largepersongroups/{largePersonGroupId}/training",
  parameters: [["largePersonGroupId", "path", true, rule0]],
  result: {
    name: "TrainingResult",
    shape: { status: ["string"], createdDateTime: ["string"], lastActionDateTime: ["string", "null"] },
  },
};
const getPersonGroupTrainingStatusOperation: OperationSpec = {
  summary: "Get Training Status of PersonGroup",
  method: "GET",
  path: "/persongroups/{personGroupId}/training",
  parameters: [["personGroupId", "path", true, rule0]],
  result: {
    name: "TrainingResult",
    shape: { status: ["string"], createdDateTime: ["string"], lastActionDateTime: ["string", "null"] },
  },
};
const trainLargePersonGroupOperation: OperationSpec = {
  summary: "Train LargePersonGroup",
  method: "POST",
  path: "/largepersongroups/{largePersonGroupId}/train",
  parameters: [["largePersonGroupId", "path", true, rule0]],
  result: { headers: ["operation-Location"] },
};
const trainPersonGroupOperation: OperationSpec = {
  summary: "Train PersonGroup",
  method: "POST",
  path: "/persongroups/{personGroupId}/train",
  parameters: [["personGroupId", "path", true, rule0]],
  result: { headers: ["operation-Location"] },
};

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
export function getLargeFaceListTrainingStatus(
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions,
): Promise<TrainingResult> {
  return invoke(
    context,
    getLargeFaceListTrainingStatusOperation,
    [largeFaceListId],
    undefined,
    options,
  ) as Promise<TrainingResult>;
}

/**
 * Train LargeFaceList
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the call's `signal`
 */
export function trainLargeFaceList(
  context: FaceContext,
  largeFaceListId: string,
  options?: RequestOptions,
): Promise<{ operationLocation: string }> {
  return invoke(context, trainLargeFaceListOperation, [largeFaceListId], undefined, options) as Promise<{
    operationLocation: string;
  }>;
}

/**
 * Waits for Train LargeFaceList to end: polls getLargeFaceListTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largeFaceListId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export function waitForTrainLargeFaceList(
  context: FaceContext,
  largeFaceListId: string,
  options?: WaitOptions<TrainingResult>,
): Promise<TrainingResult> {
  return poll(
    context,
    "Train LargeFaceList",
    getLargeFaceListTrainingStatusOperation,
    { statusProperty: "status", succeeded: ["succeeded"], failed: ["failed"] },
    [largeFaceListId],
    options as WaitOptions,
  ) as Promise<TrainingResult>;
}

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
export function getLargePersonGroupTrainingStatus(
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions,
): Promise<TrainingResult> {
  return invoke(
    context,
    getLargePersonGroupTrainingStatusOperation,
    [largePersonGroupId],
    undefined,
    options,
  ) as Promise<TrainingResult>;
}

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
export function getPersonGroupTrainingStatus(
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions,
): Promise<TrainingResult> {
  return invoke(
    context,
    getPersonGroupTrainingStatusOperation,
    [personGroupId],
    undefined,
    options,
  ) as Promise<TrainingResult>;
}

/**
 * Train LargePersonGroup
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export function trainLargePersonGroup(
  context: FaceContext,
  largePersonGroupId: string,
  options?: RequestOptions,
): Promise<{ operationLocation: string }> {
  return invoke(context, trainLargePersonGroupOperation, [largePersonGroupId], undefined, options) as Promise<{
    operationLocation: string;
  }>;
}

/**
 * Waits for Train LargePersonGroup to end: polls getLargePersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param largePersonGroupId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export function waitForTrainLargePersonGroup(
  context: FaceContext,
  largePersonGroupId: string,
  options?: WaitOptions<TrainingResult>,
): Promise<TrainingResult> {
  return poll(
    context,
    "Train LargePersonGroup",
    getLargePersonGroupTrainingStatusOperation,
    { statusProperty: "status", succeeded: ["succeeded"], failed: ["failed"] },
    [largePersonGroupId],
    options as WaitOptions,
  ) as Promise<TrainingResult>;
}

/**
 * Train PersonGroup
 *
 * Submit a training task of the container. Training is an asynchronous operation: the call
 * returns at once, and the training status tells when it has ended.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the call's `signal`
 */
export function trainPersonGroup(
  context: FaceContext,
  personGroupId: string,
  options?: RequestOptions,
): Promise<{ operationLocation: string }> {
  return invoke(context, trainPersonGroupOperation, [personGroupId], undefined, options) as Promise<{
    operationLocation: string;
  }>;
}

/**
 * Waits for Train PersonGroup to end: polls getPersonGroupTrainingStatus until its `status` is `succeeded` or `failed`.
 *
 * Resolves with the final status when it is `succeeded`; rejects with {@link OperationFailedError} when it is `failed`, with a `TimeoutError` after `timeoutMs`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.
 *
 * @param context - the context to send with, from {@link createFaceContext}
 * @param personGroupId - ID of the container.
 * @param options - the interval, the time limit, the progress callback and the `signal`
 */
export function waitForTrainPersonGroup(
  context: FaceContext,
  personGroupId: string,
  options?: WaitOptions<TrainingResult>,
): Promise<TrainingResult> {
  return poll(
    context,
    "Train PersonGroup",
    getPersonGroupTrainingStatusOperation,
    { statusProperty: "status", succeeded: ["succeeded"], failed: ["failed"] },
    [personGroupId],
    options as WaitOptions,
  ) as Promise<TrainingResult>;
}

/**
 * A client of the Face API, made by {@link createFaceClient}: a method for every operation of
 * the spec, and a `waitFor…` method for every long-running one.
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
export interface FaceClient {
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
   * returns at once, and the training status tells when it has ended.
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
   * returns at once, and the training status tells when it has ended.
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
   * returns at once, and the training status tells when it has ended.
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

/**
 * Creates a client of every operation of the Face API. Throws {@link FaceValidationError} for an
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
export function createFaceClient(options: FaceClientOptions): FaceClient {
  const context = createFaceContext(options);
  return {
    getLargeFaceListTrainingStatus: (largeFaceListId, options) =>
      getLargeFaceListTrainingStatus(context, largeFaceListId, options),
    trainLargeFaceList: (largeFaceListId, options) => trainLargeFaceList(context, largeFaceListId, options),
    waitForTrainLargeFaceList: (largeFaceListId, options) =>
      waitForTrainLargeFaceList(context, largeFaceListId, options),
    getLargePersonGroupTrainingStatus: (largePersonGroupId, options) =>
      getLargePersonGroupTrainingStatus(context, largePersonGroupId, options),
    getPersonGroupTrainingStatus: (personGroupId, options) =>
      getPersonGroupTrainingStatus(context, personGroupId, options),
    trainLargePersonGroup: (largePersonGroupId, options) => trainLargePersonGroup(context, largePersonGroupId, options),
    waitForTrainLargePersonGroup: (largePersonGroupId, options) =>
      waitForTrainLargePersonGroup(context, largePersonGroupId, options),
    trainPersonGroup: (personGroupId, options) => trainPersonGroup(context, personGroupId, options),
    waitForTrainPersonGroup: (personGroupId, options) => waitForTrainPersonGroup(context, personGroupId, options),
    raw: lazyRawClient(context),
  };
}
