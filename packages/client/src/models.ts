import type { components } from "./generated/schemas.js";

/**
 * The training status of a person group, large person group or large face list.
 *
 * @example
 * ```ts
 * const result: TrainingResult = await client.getPersonGroupTrainingStatus("my-group");
 * if (result.status === "failed") console.error(result.message);
 * ```
 */
export type TrainingResult = components["schemas"]["TrainingResult"];

/**
 * The status of a long-running operation: `"notStarted"`, `"running"`, `"succeeded"` or
 * `"failed"`. The set is open: a value the service adds later is still a valid status, so code
 * should treat an unknown value as "not finished yet" rather than as an error.
 *
 * @example
 * ```ts
 * const done = (status: OperationStatus) => status === "succeeded" || status === "failed";
 * ```
 */
export type OperationStatus = components["schemas"]["OperationStatus"];

/**
 * The error object the Face service returns; see https://aka.ms/face-error-codes-and-messages.
 *
 * @example
 * ```ts
 * const error: FaceError = { code: "PersonGroupNotFound", message: "Person group is not found." };
 * ```
 */
export type FaceError = components["schemas"]["FaceError"];

/**
 * The body of every error response of the Face service.
 *
 * @example
 * ```ts
 * const body: FaceErrorResponse = { error: { code: "BadArgument", message: "Invalid id." } };
 * ```
 */
export type FaceErrorResponse = components["schemas"]["FaceErrorResponse"];
