/**
 * The wire types of the API, which `client.raw` is typed with.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** Every path of the API, with its operations: the type `client.raw` is called with. */
export interface paths {
  /** POST: Train LargeFaceList */
  "/largefacelists/{largeFaceListId}/train": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Train LargeFaceList
     * @description Submit a training task of the container. Training is an asynchronous operation: the call
     *     returns at once, and the training status tells when it has ended.
     */
    post: operations["FaceListOperations_TrainLargeFaceList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Training Status of LargeFaceList */
  "/largefacelists/{largeFaceListId}/training": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Training Status of LargeFaceList
     * @description To check the training status of the container, completed or still ongoing. Training is an
     *     asynchronous operation triggered by the train operation.
     */
    get: operations["FaceListOperations_GetLargeFaceListTrainingStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Train LargePersonGroup */
  "/largepersongroups/{largePersonGroupId}/train": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Train LargePersonGroup
     * @description Submit a training task of the container. Training is an asynchronous operation: the call
     *     returns at once, and the training status tells when it has ended.
     */
    post: operations["PersonGroupOperations_TrainLargePersonGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Training Status of LargePersonGroup */
  "/largepersongroups/{largePersonGroupId}/training": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Training Status of LargePersonGroup
     * @description To check the training status of the container, completed or still ongoing. Training is an
     *     asynchronous operation triggered by the train operation.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroupTrainingStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Train PersonGroup */
  "/persongroups/{personGroupId}/train": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Train PersonGroup
     * @description Submit a training task of the container. Training is an asynchronous operation: the call
     *     returns at once, and the training status tells when it has ended.
     */
    post: operations["PersonGroupOperations_TrainPersonGroup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Training Status of PersonGroup */
  "/persongroups/{personGroupId}/training": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Training Status of PersonGroup
     * @description To check the training status of the container, completed or still ongoing. Training is an
     *     asynchronous operation triggered by the train operation.
     */
    get: operations["PersonGroupOperations_GetPersonGroupTrainingStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
/** The schemas of the API as they travel on the wire. */
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
    OperationStatus: string | ("notStarted" | "running" | "succeeded" | "failed");
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
  /** Not used by this spec. */
  responses: never;
  /** Not used by this spec. */
  parameters: {
    /** @description ID of the container. */
    LargeFaceListId: components["schemas"]["ContainerId"];
    /** @description ID of the container. */
    LargePersonGroupId: components["schemas"]["ContainerId"];
    /** @description ID of the container. */
    PersonGroupId: components["schemas"]["ContainerId"];
  };
  /** Not used by this spec. */
  requestBodies: never;
  /** Not used by this spec. */
  headers: never;
  /** Not used by this spec. */
  pathItems: never;
}
export type $defs = Record<string, never>;
/** Every operation of the API, by operationId. */
export interface operations {
  /** Train LargeFaceList */
  FaceListOperations_TrainLargeFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call starts the training; poll the training status at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the training status of the container. */
          "operation-Location": string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
  /** Get Training Status of LargeFaceList */
  FaceListOperations_GetLargeFaceListTrainingStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call returns the training status of the container. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrainingResult"];
        };
      };
      /** @description The LargeFaceList has never been trained (error code `LargeFaceListNotTrained`), or does not exist (`LargeFaceListNotFound`). */
      404: {
        headers: {
          /** @description The error code, as in the body's `error.code`: `LargeFaceListNotTrained` or `LargeFaceListNotFound`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
  /** Train LargePersonGroup */
  PersonGroupOperations_TrainLargePersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call starts the training; poll the training status at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the training status of the container. */
          "operation-Location": string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
  /** Get Training Status of LargePersonGroup */
  PersonGroupOperations_GetLargePersonGroupTrainingStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call returns the training status of the container. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrainingResult"];
        };
      };
      /** @description The LargePersonGroup has never been trained (error code `LargePersonGroupNotTrained`), or does not exist (`LargePersonGroupNotFound`). */
      404: {
        headers: {
          /** @description The error code, as in the body's `error.code`: `LargePersonGroupNotTrained` or `LargePersonGroupNotFound`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
  /** Train PersonGroup */
  PersonGroupOperations_TrainPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call starts the training; poll the training status at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the training status of the container. */
          "operation-Location": string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
  /** Get Training Status of PersonGroup */
  PersonGroupOperations_GetPersonGroupTrainingStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call returns the training status of the container. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrainingResult"];
        };
      };
      /** @description The PersonGroup has never been trained (error code `PersonGroupNotTrained`), or does not exist (`PersonGroupNotFound`). */
      404: {
        headers: {
          /** @description The error code, as in the body's `error.code`: `PersonGroupNotTrained` or `PersonGroupNotFound`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
      /** @description An unexpected error response: a `FaceErrorResponse` body, with its code in `x-ms-error-code`. */
      default: {
        headers: {
          /** @description The error code, as in the body's `error.code`. */
          "x-ms-error-code"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceErrorResponse"];
        };
      };
    };
  };
}
