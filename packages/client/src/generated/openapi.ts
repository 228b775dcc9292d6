/**
 * The wire types of the API, which `client.raw` is typed with.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** Every path of the API, with its operations: the type `client.raw` is called with. */
export interface paths {
  /** GET: List Face Lists */
  "/facelists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List Face Lists
     * @description List face lists' faceListId, name, userData and recognitionModel. To get face information inside a face list, use "Get Face List".
     */
    get: operations["FaceListOperations_GetFaceLists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** PUT: Create Face List; GET: Get Face List; PATCH: Update Face List; DELETE: Delete Face List */
  "/facelists/{faceListId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Face List
     * @description Retrieve a face list's faceListId, name, userData, recognitionModel and faces in the face list.
     */
    get: operations["FaceListOperations_GetFaceList"];
    /**
     * Create Face List
     * @description Create an empty face list with the specified faceListId, name, user-provided userData and recognitionModel. Up to 64 face lists are allowed in one subscription.
     */
    put: operations["FaceListOperations_CreateFaceList"];
    post?: never;
    /**
     * Delete Face List
     * @description Delete a specified face list. The related face images in the face list will be deleted, too.
     */
    delete: operations["FaceListOperations_DeleteFaceList"];
    options?: never;
    head?: never;
    /**
     * Update Face List
     * @description Update information of a face list, including name and userData.
     */
    patch: operations["FaceListOperations_UpdateFaceList"];
    trace?: never;
  };
  /** POST: Add Face to Face List Add Face to Face List from Url */
  "/facelists/{faceListId}/persistedfaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add Face to Face List Add Face to Face List from Url
     * @description Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). Add a face to the list from an image URL.
     */
    post: operations["FaceListOperations_AddFaceListFace_FaceListOperations_AddFaceListFaceFromUrl"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete Face from Face List */
  "/facelists/{faceListId}/persistedfaces/{persistedFaceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete Face from Face List
     * @description Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
     */
    delete: operations["FaceListOperations_DeleteFaceListFace"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get LargeFaceLists */
  "/largefacelists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get LargeFaceLists
     * @description List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
     */
    get: operations["FaceListOperations_GetLargeFaceLists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** PUT: Create LargeFaceList; GET: Get LargeFaceList; PATCH: Update LargeFaceList; DELETE: Delete LargeFaceList */
  "/largefacelists/{largeFaceListId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get LargeFaceList
     * @description Retrieve the container's information: its name, userData and, when asked, recognitionModel.
     */
    get: operations["FaceListOperations_GetLargeFaceList"];
    /**
     * Create LargeFaceList
     * @description Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
     */
    put: operations["FaceListOperations_CreateLargeFaceList"];
    post?: never;
    /**
     * Delete LargeFaceList
     * @description Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
     */
    delete: operations["FaceListOperations_DeleteLargeFaceList"];
    options?: never;
    head?: never;
    /**
     * Update LargeFaceList
     * @description Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
     */
    patch: operations["FaceListOperations_UpdateLargeFaceList"];
    trace?: never;
  };
  /** POST: Add Face to Large Face List Add Face to Large Face List from Url; GET: Get Faces from Large Face List */
  "/largefacelists/{largeFaceListId}/persistedfaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Faces from Large Face List
     * @description List faces' persistedFaceId and userData in a specified large face list, in the order of their persistedFaceIds.
     */
    get: operations["FaceListOperations_GetLargeFaceListFaces"];
    put?: never;
    /**
     * Add Face to Large Face List Add Face to Large Face List from Url
     * @description Add a face to the list from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). Add a face to the list from an image URL.
     */
    post: operations["FaceListOperations_AddLargeFaceListFace_FaceListOperations_AddLargeFaceListFaceFromUrl"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete Face from Large Face List; GET: Get Face from Large Face List; PATCH: Update Face in Large Face List */
  "/largefacelists/{largeFaceListId}/persistedfaces/{persistedFaceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Face from Large Face List
     * @description Retrieve persisted face in a large face list by its persistedFaceId.
     */
    get: operations["FaceListOperations_GetLargeFaceListFace"];
    put?: never;
    post?: never;
    /**
     * Delete Face from Large Face List
     * @description Delete a face from the list by its persistedFaceId. The face's feature is deleted too.
     */
    delete: operations["FaceListOperations_DeleteLargeFaceListFace"];
    options?: never;
    head?: never;
    /**
     * Update Face in Large Face List
     * @description Update a specified face's userData field in a large face list by its persistedFaceId.
     */
    patch: operations["FaceListOperations_UpdateLargeFaceListFace"];
    trace?: never;
  };
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
     *     returns at once, and the training status tells when it has ended. A training learns what the
     *     container holds when it starts; what is added or removed later takes effect with the next
     *     training. A container with no face to learn fails to train. While a training is queued or
     *     running, another is refused with a 409.
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
  /** GET: Get LargePersonGroups */
  "/largepersongroups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get LargePersonGroups
     * @description List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** PUT: Create LargePersonGroup; GET: Get LargePersonGroup; PATCH: Update LargePersonGroup; DELETE: Delete LargePersonGroup */
  "/largepersongroups/{largePersonGroupId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get LargePersonGroup
     * @description Retrieve the container's information: its name, userData and, when asked, recognitionModel.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroup"];
    /**
     * Create LargePersonGroup
     * @description Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
     */
    put: operations["PersonGroupOperations_CreateLargePersonGroup"];
    post?: never;
    /**
     * Delete LargePersonGroup
     * @description Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
     */
    delete: operations["PersonGroupOperations_DeleteLargePersonGroup"];
    options?: never;
    head?: never;
    /**
     * Update LargePersonGroup
     * @description Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
     */
    patch: operations["PersonGroupOperations_UpdateLargePersonGroup"];
    trace?: never;
  };
  /** POST: Create Person in LargePersonGroup; GET: Get Persons from LargePersonGroup */
  "/largepersongroups/{largePersonGroupId}/persons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Persons from LargePersonGroup
     * @description List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroupPersons"];
    put?: never;
    /**
     * Create Person in LargePersonGroup
     * @description Create a new person in the container. To add face to this person, call "Add ${Container} Person Face".
     */
    post: operations["PersonGroupOperations_CreateLargePersonGroupPerson"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Person from LargePersonGroup; PATCH: Update Person in LargePersonGroup; DELETE: Delete Person from LargePersonGroup */
  "/largepersongroups/{largePersonGroupId}/persons/{personId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Person from LargePersonGroup
     * @description Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroupPerson"];
    put?: never;
    post?: never;
    /**
     * Delete Person from LargePersonGroup
     * @description Delete an existing person from the container. The persisted face data of the person are deleted too.
     */
    delete: operations["PersonGroupOperations_DeleteLargePersonGroupPerson"];
    options?: never;
    head?: never;
    /**
     * Update Person in LargePersonGroup
     * @description Update name or userData of a person.
     */
    patch: operations["PersonGroupOperations_UpdateLargePersonGroupPerson"];
    trace?: never;
  };
  /** POST: Add Face to LargePersonGroup Person Add Face to LargePersonGroup Person from Url */
  "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add Face to LargePersonGroup Person Add Face to LargePersonGroup Person from Url
     * @description Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). Add a face to a person in the container for face identification or verification, from an image URL.
     */
    post: operations["PersonGroupOperations_AddLargePersonGroupPersonFace_PersonGroupOperations_AddLargePersonGroupPersonFaceFromUrl"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Face from LargePersonGroup Person; PATCH: Update Face in LargePersonGroup Person; DELETE: Delete Face from LargePersonGroup Person */
  "/largepersongroups/{largePersonGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Face from LargePersonGroup Person
     * @description Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
     */
    get: operations["PersonGroupOperations_GetLargePersonGroupPersonFace"];
    put?: never;
    post?: never;
    /**
     * Delete Face from LargePersonGroup Person
     * @description Delete a face from a person in the container. The face's feature is deleted too.
     */
    delete: operations["PersonGroupOperations_DeleteLargePersonGroupPersonFace"];
    options?: never;
    head?: never;
    /**
     * Update Face in LargePersonGroup Person
     * @description Update a person persisted face's userData field.
     */
    patch: operations["PersonGroupOperations_UpdateLargePersonGroupPersonFace"];
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
     *     returns at once, and the training status tells when it has ended. A training learns what the
     *     container holds when it starts; what is added or removed later takes effect with the next
     *     training. A container with no face to learn fails to train. While a training is queued or
     *     running, another is refused with a 409.
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
  /** GET: Get PersonGroups */
  "/persongroups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get PersonGroups
     * @description List the containers' ids, names, userData and, when asked, recognitionModel, in the order of their ids.
     */
    get: operations["PersonGroupOperations_GetPersonGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** PUT: Create PersonGroup; GET: Get PersonGroup; PATCH: Update PersonGroup; DELETE: Delete PersonGroup */
  "/persongroups/{personGroupId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get PersonGroup
     * @description Retrieve the container's information: its name, userData and, when asked, recognitionModel.
     */
    get: operations["PersonGroupOperations_GetPersonGroup"];
    /**
     * Create PersonGroup
     * @description Create a new container with the specified ID, name, user-provided userData and recognitionModel. A container is empty when created: add persons (or faces) to it, then train it.
     */
    put: operations["PersonGroupOperations_CreatePersonGroup"];
    post?: never;
    /**
     * Delete PersonGroup
     * @description Delete an existing container with the specified ID. Its persons, their faces and its training are deleted too. A container that is training cannot be deleted until the training ends.
     */
    delete: operations["PersonGroupOperations_DeletePersonGroup"];
    options?: never;
    head?: never;
    /**
     * Update PersonGroup
     * @description Update an existing container's name and userData. The properties which do not appear in the request body are not updated.
     */
    patch: operations["PersonGroupOperations_UpdatePersonGroup"];
    trace?: never;
  };
  /** POST: Create Person in PersonGroup; GET: Get Persons from PersonGroup */
  "/persongroups/{personGroupId}/persons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Persons from PersonGroup
     * @description List all persons' information in the container, including personId, name, userData and persistedFaceIds, in the order of their personIds.
     */
    get: operations["PersonGroupOperations_GetPersonGroupPersons"];
    put?: never;
    /**
     * Create Person in PersonGroup
     * @description Create a new person in the container. To add face to this person, call "Add ${Container} Person Face".
     */
    post: operations["PersonGroupOperations_CreatePersonGroupPerson"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Person from PersonGroup; PATCH: Update Person in PersonGroup; DELETE: Delete Person from PersonGroup */
  "/persongroups/{personGroupId}/persons/{personId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Person from PersonGroup
     * @description Retrieve a person's name, userData and the persisted faceIds representing the registered person face image.
     */
    get: operations["PersonGroupOperations_GetPersonGroupPerson"];
    put?: never;
    post?: never;
    /**
     * Delete Person from PersonGroup
     * @description Delete an existing person from the container. The persisted face data of the person are deleted too.
     */
    delete: operations["PersonGroupOperations_DeletePersonGroupPerson"];
    options?: never;
    head?: never;
    /**
     * Update Person in PersonGroup
     * @description Update name or userData of a person.
     */
    patch: operations["PersonGroupOperations_UpdatePersonGroupPerson"];
    trace?: never;
  };
  /** POST: Add Face to PersonGroup Person Add Face to PersonGroup Person from Url */
  "/persongroups/{personGroupId}/persons/{personId}/persistedfaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add Face to PersonGroup Person Add Face to PersonGroup Person from Url
     * @description Add a face to a person in the container for face identification or verification, from image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). Add a face to a person in the container for face identification or verification, from an image URL.
     */
    post: operations["PersonGroupOperations_AddPersonGroupPersonFace_PersonGroupOperations_AddPersonGroupPersonFaceFromUrl"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Face from PersonGroup Person; PATCH: Update Face in PersonGroup Person; DELETE: Delete Face from PersonGroup Person */
  "/persongroups/{personGroupId}/persons/{personId}/persistedfaces/{persistedFaceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Face from PersonGroup Person
     * @description Retrieve person face information. The persisted person face is specified by its container, personId and persistedFaceId.
     */
    get: operations["PersonGroupOperations_GetPersonGroupPersonFace"];
    put?: never;
    post?: never;
    /**
     * Delete Face from PersonGroup Person
     * @description Delete a face from a person in the container. The face's feature is deleted too.
     */
    delete: operations["PersonGroupOperations_DeletePersonGroupPersonFace"];
    options?: never;
    head?: never;
    /**
     * Update Face in PersonGroup Person
     * @description Update a person persisted face's userData field.
     */
    patch: operations["PersonGroupOperations_UpdatePersonGroupPersonFace"];
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
     *     returns at once, and the training status tells when it has ended. A training learns what the
     *     container holds when it starts; what is added or removed later takes effect with the next
     *     training. A container with no face to learn fails to train. While a training is queued or
     *     running, another is refused with a 409.
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
    OperationStatus: string | ("notStarted" | "running" | "succeeded" | "failed");
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
  /** Not used by this spec. */
  responses: never;
  /** Not used by this spec. */
  parameters: {
    /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
    "AddFaceOptions.detectionModel": components["schemas"]["DetectionModel"];
    /** @description A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
    "AddFaceOptions.targetFace": number[];
    /** @description User-provided data attached to the face. The size limit is 1K. */
    "AddFaceOptions.userData": string;
    /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
    FaceListId: components["schemas"]["ContainerId"];
    /** @description ID of the container. */
    LargeFaceListId: components["schemas"]["ContainerId"];
    /** @description ID of the container. */
    LargePersonGroupId: components["schemas"]["ContainerId"];
    /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
    "ListOptions.start": string;
    /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
    "ListOptions.top": number;
    /** @description Face ID of the face. */
    PersistedFaceId: components["schemas"]["uuid"];
    /** @description ID of the container. */
    PersonGroupId: components["schemas"]["ContainerId"];
    /** @description ID of the person. */
    PersonId: components["schemas"]["uuid"];
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
  /** List Face Lists */
  FaceListOperations_GetFaceLists: {
    parameters: {
      query?: {
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceListItem"][];
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
  /** Get Face List */
  FaceListOperations_GetFaceList: {
    parameters: {
      query?: {
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceList"];
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
  /** Create Face List */
  FaceListOperations_CreateFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCollectionRequest"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Delete Face List */
  FaceListOperations_DeleteFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Face List */
  FaceListOperations_UpdateFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Add Face to Face List Add Face to Face List from Url */
  FaceListOperations_AddFaceListFace_FaceListOperations_AddFaceListFaceFromUrl: {
    parameters: {
      query?: {
        /** @description A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
        targetFace?: components["parameters"]["AddFaceOptions.targetFace"];
        /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
        detectionModel?: components["parameters"]["AddFaceOptions.detectionModel"];
        /** @description User-provided data attached to the face. The size limit is 1K. */
        userData?: components["parameters"]["AddFaceOptions.userData"];
      };
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
      };
      cookie?: never;
    };
    /** @description The image to be analyzed */
    requestBody: {
      content: {
        "application/octet-stream": string;
        "application/json": components["schemas"]["AddFaceFromUrlRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddFaceResult"];
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
  /** Delete Face from Face List */
  FaceListOperations_DeleteFaceListFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Valid character is letter in lower case or digit or '-' or '_', maximum length is 64. */
        faceListId: components["parameters"]["FaceListId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get LargeFaceLists */
  FaceListOperations_GetLargeFaceLists: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargeFaceList"][];
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
  /** Get LargeFaceList */
  FaceListOperations_GetLargeFaceList: {
    parameters: {
      query?: {
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargeFaceList"];
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
  /** Create LargeFaceList */
  FaceListOperations_CreateLargeFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCollectionRequest"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Delete LargeFaceList */
  FaceListOperations_DeleteLargeFaceList: {
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
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update LargeFaceList */
  FaceListOperations_UpdateLargeFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get Faces from Large Face List */
  FaceListOperations_GetLargeFaceListFaces: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargeFaceListFace"][];
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
  /** Add Face to Large Face List Add Face to Large Face List from Url */
  FaceListOperations_AddLargeFaceListFace_FaceListOperations_AddLargeFaceListFaceFromUrl: {
    parameters: {
      query?: {
        /** @description A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
        targetFace?: components["parameters"]["AddFaceOptions.targetFace"];
        /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
        detectionModel?: components["parameters"]["AddFaceOptions.detectionModel"];
        /** @description User-provided data attached to the face. The size limit is 1K. */
        userData?: components["parameters"]["AddFaceOptions.userData"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
      };
      cookie?: never;
    };
    /** @description The image to be analyzed */
    requestBody: {
      content: {
        "application/octet-stream": string;
        "application/json": components["schemas"]["AddFaceFromUrlRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddFaceResult"];
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
  /** Get Face from Large Face List */
  FaceListOperations_GetLargeFaceListFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargeFaceListFace"];
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
  /** Delete Face from Large Face List */
  FaceListOperations_DeleteLargeFaceListFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Face in Large Face List */
  FaceListOperations_UpdateLargeFaceListFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largeFaceListId: components["parameters"]["LargeFaceListId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FaceUserData"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get LargePersonGroups */
  PersonGroupOperations_GetLargePersonGroups: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargePersonGroup"][];
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
  /** Get LargePersonGroup */
  PersonGroupOperations_GetLargePersonGroup: {
    parameters: {
      query?: {
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LargePersonGroup"];
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
  /** Create LargePersonGroup */
  PersonGroupOperations_CreateLargePersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCollectionRequest"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Delete LargePersonGroup */
  PersonGroupOperations_DeleteLargePersonGroup: {
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
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update LargePersonGroup */
  PersonGroupOperations_UpdateLargePersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get Persons from LargePersonGroup */
  PersonGroupOperations_GetLargePersonGroupPersons: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPerson"][];
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
  /** Create Person in LargePersonGroup */
  PersonGroupOperations_CreateLargePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFields"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePersonResult"];
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
  /** Get Person from LargePersonGroup */
  PersonGroupOperations_GetLargePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPerson"];
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
  /** Delete Person from LargePersonGroup */
  PersonGroupOperations_DeleteLargePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Person in LargePersonGroup */
  PersonGroupOperations_UpdateLargePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Add Face to LargePersonGroup Person Add Face to LargePersonGroup Person from Url */
  PersonGroupOperations_AddLargePersonGroupPersonFace_PersonGroupOperations_AddLargePersonGroupPersonFaceFromUrl: {
    parameters: {
      query?: {
        /** @description A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
        targetFace?: components["parameters"]["AddFaceOptions.targetFace"];
        /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
        detectionModel?: components["parameters"]["AddFaceOptions.detectionModel"];
        /** @description User-provided data attached to the face. The size limit is 1K. */
        userData?: components["parameters"]["AddFaceOptions.userData"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /** @description The image to be analyzed */
    requestBody: {
      content: {
        "application/octet-stream": string;
        "application/json": components["schemas"]["AddFaceFromUrlRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddFaceResult"];
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
  /** Get Face from LargePersonGroup Person */
  PersonGroupOperations_GetLargePersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPersonFace"];
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
  /** Delete Face from LargePersonGroup Person */
  PersonGroupOperations_DeleteLargePersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Face in LargePersonGroup Person */
  PersonGroupOperations_UpdateLargePersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        largePersonGroupId: components["parameters"]["LargePersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FaceUserData"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get PersonGroups */
  PersonGroupOperations_GetPersonGroups: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroup"][];
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
  /** Get PersonGroup */
  PersonGroupOperations_GetPersonGroup: {
    parameters: {
      query?: {
        /** @description Return 'recognitionModel' or not. The default value is false. */
        returnRecognitionModel?: boolean;
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroup"];
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
  /** Create PersonGroup */
  PersonGroupOperations_CreatePersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCollectionRequest"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Delete PersonGroup */
  PersonGroupOperations_DeletePersonGroup: {
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
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update PersonGroup */
  PersonGroupOperations_UpdatePersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Get Persons from PersonGroup */
  PersonGroupOperations_GetPersonGroupPersons: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPerson"][];
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
  /** Create Person in PersonGroup */
  PersonGroupOperations_CreatePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFields"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatePersonResult"];
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
  /** Get Person from PersonGroup */
  PersonGroupOperations_GetPersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPerson"];
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
  /** Delete Person from PersonGroup */
  PersonGroupOperations_DeletePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Person in PersonGroup */
  PersonGroupOperations_UpdatePersonGroupPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFieldsForUpdate"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Add Face to PersonGroup Person Add Face to PersonGroup Person from Url */
  PersonGroupOperations_AddPersonGroupPersonFace_PersonGroupOperations_AddPersonGroupPersonFaceFromUrl: {
    parameters: {
      query?: {
        /** @description A face rectangle to specify the target face to be added to a person, in the format of 'targetFace=left,top,width,height'. */
        targetFace?: components["parameters"]["AddFaceOptions.targetFace"];
        /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. */
        detectionModel?: components["parameters"]["AddFaceOptions.detectionModel"];
        /** @description User-provided data attached to the face. The size limit is 1K. */
        userData?: components["parameters"]["AddFaceOptions.userData"];
      };
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
      };
      cookie?: never;
    };
    /** @description The image to be analyzed */
    requestBody: {
      content: {
        "application/octet-stream": string;
        "application/json": components["schemas"]["AddFaceFromUrlRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AddFaceResult"];
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
  /** Get Face from PersonGroup Person */
  PersonGroupOperations_GetPersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PersonGroupPersonFace"];
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
  /** Delete Face from PersonGroup Person */
  PersonGroupOperations_DeletePersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
  /** Update Face in PersonGroup Person */
  PersonGroupOperations_UpdatePersonGroupPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the container. */
        personGroupId: components["parameters"]["PersonGroupId"];
        /** @description ID of the person. */
        personId: components["parameters"]["PersonId"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FaceUserData"];
      };
    };
    responses: {
      /** @description A successful call with an empty body. */
      200: {
        headers: {
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
