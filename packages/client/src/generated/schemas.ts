/**
 * The public schema types: open string unions keep their known values.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** The schemas of the API, for annotating your own code. */
export interface components {
  /** The named schemas of the spec. */
  schemas: {
    /** @description ID of the container. */
    ContainerId: string;
    /** @description The error object. For comprehensive details on error codes and messages returned by the Face Service, please refer to the following link: https://aka.ms/face-error-codes-and-messages. */
    FaceError: {
      /** @description One of a server-defined set of error codes. */
      code: string;
      /** @description A human-readable representation of the error. */
      message: string;
    };
    /** @description A response containing error details. */
    FaceErrorResponse: {
      /** @description The error object. */
      error: components["schemas"]["FaceError"];
    };
    /** @description The status of long running operation. */
    OperationStatus: "notStarted" | "running" | "succeeded" | "failed" | (string & {});
    /**
     * @description Training result of a container.
     *
     *     Field presence follows what the live service sends (the official SDKs' recorded sessions,
     *     API v1.2-preview.1), which differs from the official contract: there
     *     `lastSuccessfulTrainingDateTime` is required, but the service leaves it out until the first
     *     training of the container has succeeded.
     */
    TrainingResult: {
      /** @description Training status of the container. */
      status: components["schemas"]["OperationStatus"];
      /**
       * Format: date-time
       * @description A combined UTC date and time string that describes the created time of the person group, large person group or large face list.
       */
      createdDateTime: string;
      /**
       * Format: date-time
       * @description A combined UTC date and time string that describes the last modify time of the person group, large person group or large face list. The service documents it as possibly null when the group is not successfully trained; in the recorded sessions it is always a time (the start of the last training).
       */
      lastActionDateTime: string | null;
      /**
       * Format: date-time
       * @description A combined UTC date and time string that describes the last successful training time of the person group, large person group or large face list. Absent until a training of the container has succeeded (the live service leaves the key out; the official contract marks it required).
       */
      lastSuccessfulTrainingDateTime?: string;
      /** @description The id of the last successful training. Not in the official contract; the recorded sessions show it on the status of a person group trained successfully (not on large person groups or large face lists), absent before. */
      lastSuccessfulTrainingId?: components["schemas"]["uuid"];
      /** @description Show failure message when training failed (omitted when training succeed). */
      message?: string | null;
    };
    /**
     * @description The versions of the Face API this spec describes, oldest first. The default is v1.2, the
     *     newest version the official Face spec marks generally available (GA): previews may change or
     *     be retired, a GA version is supported. Each version gets an OpenAPI document of its own.
     */
    Versions: "v1.2-preview.1" | "v1.2";
    /**
     * Format: uuid
     * @description A universally unique identifier, in its 8-4-4-4-12 hexadecimal form.
     */
    uuid: string;
  };
}
