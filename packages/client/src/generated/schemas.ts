/**
 * The public schema types: open string unions keep their known values.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** The schemas of the API, for annotating your own code. */
export interface components {
  /** The named schemas of the spec. */
  schemas: {
    /** @description A face image by URL. */
    AddFaceFromUrlRequest: {
      /**
       * Format: uri
       * @description URL of input image.
       */
      url: string;
    };
    /** @description The face added. */
    AddFaceResult: {
      /** @description Persisted Face ID of the added face, which is persisted and will not expire. Different from faceId which is created in "Detect" and will expire in 24 hours after the detection call. */
      persistedFaceId: components["schemas"]["uuid"];
    };
    /** @description ID of the container. */
    ContainerId: string;
    /** @description The name, data and recognition model of a new container. */
    CreateCollectionRequest: {
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /**
       * @description The 'recognitionModel' associated with this container. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'.
       * @default recognition_01
       */
      recognitionModel: components["schemas"]["RecognitionModel"];
    };
    /** @description The person created. */
    CreatePersonResult: {
      /** @description Person ID of the person. */
      personId: components["schemas"]["uuid"];
    };
    /**
     * @description The detection model for the face.
     */
    DetectionModel: "detection_01" | "detection_02" | "detection_03";
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
    /** @description Face list is a list of faces, up to 1,000 faces. */
    FaceList: {
      /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
      faceListId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Name of recognition model. Recognition model is used when the face features are extracted and associated with detected faceIds. Sent only when asked for with returnRecognitionModel. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
      /** @description Face ids of registered faces in the face list. */
      persistedFaces?: components["schemas"]["FaceListFace"][];
    };
    /** @description Face resource for a face list or a large face list. */
    FaceListFace: {
      /** @description Face ID of the face. */
      persistedFaceId: components["schemas"]["uuid"];
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
    /** @description Face list item for list face list. */
    FaceListItem: {
      /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
      faceListId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Name of recognition model. Recognition model is used when the face features are extracted and associated with detected faceIds. Sent only when asked for with returnRecognitionModel. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
    };
    /** @description The data of a face, to update. */
    FaceUserData: {
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
    /** @description Large face list is a list of faces, up to 1,000,000 faces. */
    LargeFaceList: {
      /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
      largeFaceListId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Name of recognition model. Recognition model is used when the face features are extracted and associated with detected faceIds. Sent only when asked for with returnRecognitionModel. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
    };
    /** @description Face resource for a large face list. */
    LargeFaceListFace: {
      /** @description Face ID of the face. */
      persistedFaceId: components["schemas"]["uuid"];
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
    /** @description The container of the uploaded person data, including face recognition feature, and up to 1,000,000 people. */
    LargePersonGroup: {
      /** @description ID of the container. */
      largePersonGroupId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Name of recognition model. Recognition model is used when the face features are extracted and associated with detected faceIds. Sent only when asked for with returnRecognitionModel. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
    };
    /** @description The status of long running operation. */
    OperationStatus: "notStarted" | "running" | "succeeded" | "failed" | (string & {});
    /** @description The container to group a person. */
    PersonGroup: {
      /** @description ID of the container. */
      personGroupId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Name of recognition model. Recognition model is used when the face features are extracted and associated with detected faceIds. Sent only when asked for with returnRecognitionModel. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
    };
    /** @description The person in a specified person group. To add face to this person, please call "Add Large Person Group Person Face". */
    PersonGroupPerson: {
      /** @description ID of the person. */
      personId: components["schemas"]["uuid"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Face ids of registered faces in the person. */
      persistedFaceIds?: components["schemas"]["uuid"][];
    };
    /** @description Face resource for person group person. */
    PersonGroupPersonFace: {
      /** @description Face ID of the face. */
      persistedFaceId: components["schemas"]["uuid"];
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
    /**
     * @description The 'recognitionModel' associated with the container or the detected faces.
     */
    RecognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04";
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
    /** @description The name and data of a new person. */
    UserDefinedFields: {
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
    };
    /** @description The name and data of a container or a person, to update; a field left out is not changed. */
    UserDefinedFieldsForUpdate: {
      /** @description User defined name, maximum length is 128. */
      name?: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
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
