/**
 * A type for every named schema of the spec.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

import type { components } from "./schemas.js";

/**
 * ID of the container.
 */
export type ContainerId = components["schemas"]["ContainerId"];

/**
 * The error object. For comprehensive details on error codes and messages returned by the Face Service, please refer to the following link: https://aka.ms/face-error-codes-and-messages.
 */
export type FaceError = components["schemas"]["FaceError"];

/**
 * A response containing error details.
 */
export type FaceErrorResponse = components["schemas"]["FaceErrorResponse"];

/**
 * The status of long running operation.
 */
export type OperationStatus = components["schemas"]["OperationStatus"];

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
 * The versions of the Face API this spec describes, oldest first. The default is v1.2, the
 * newest version the official Face spec marks generally available (GA): previews may change or
 * be retired, a GA version is supported. Each version gets an OpenAPI document of its own.
 */
export type Versions = components["schemas"]["Versions"];
