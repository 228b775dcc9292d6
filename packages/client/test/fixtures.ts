import type { TrainingResult } from "../src/index.js";

/** The seed's timestamp, used throughout the tests. */
export const at = "2024-03-05T11:07:58.371Z";

/** A valid TrainingResult with the given status (and optional extra fields). */
export function trainingResult(status: string, extra: Partial<TrainingResult> = {}): TrainingResult {
  return { status, createdDateTime: at, lastActionDateTime: null, lastSuccessfulTrainingDateTime: at, ...extra };
}
