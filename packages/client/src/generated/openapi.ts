/**
 * The wire types of the API, which `client.raw` is typed with.
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** Every path of the API, with its operations: the type `client.raw` is called with. */
export interface paths {
  /** POST: Detect Faces Detect Faces from Url Detect Faces from Session Image */
  "/detect": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Detect Faces Detect Faces from Url Detect Faces from Session Image
     * @description Detect human faces in an image from its bytes (1 KB to 6 MB; JPEG, PNG, GIF (its first
     *     frame) or BMP): return face rectangles, and optionally faceIds, landmarks and attributes.
     *
     *     No image is stored; only the extracted face features are kept, until `faceIdTimeToLive`
     *     after the call. A faceId is what "Identify", "Verify", "Find Similar" and "Group" take. Up to
     *     100 faces are returned, ranked by face rectangle size, large to small; the minimum
     *     detectable face is 36x36 pixels in an image no larger than 1920x1080 pixels. Which
     *     landmarks and attributes are available depends on the detection model. The faceIds are
     *     associated with the recognition model given (default 'recognition_01'): use the same model
     *     as the containers they are matched against. Microsoft has retired or limited the attributes
     *     that infer emotional states and identity (age, smile, facial hair and hair are limited). Detect human faces in an image from its URL: return face rectangles, and optionally
     *     faceIds, landmarks and attributes. Everything else is as "Detect Faces" from bytes: the
     *     image rules (1 KB to 6 MB; JPEG, PNG, GIF or BMP), the options and the answer. Detect human faces in the image a liveness session kept (its `sessionImageId`, from an
     *     attempt's result): return face rectangles, and optionally faceIds, landmarks and attributes.
     *     Everything else is as "Detect Faces" from bytes: the options and the answer.
     */
    post: operations["FaceDetectionOperations_Detect_FaceDetectionOperations_DetectFromUrl_FaceDetectionOperations_DetectFromSessionImageId"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Create a new detect liveness session. */
  "/detectLiveness-sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a new detect liveness session.
     * @description A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
     *
     *     Permissions includes...
     *     >
     *     *
     *     * A token lifetime of 10 minutes.
     *
     *     > [!NOTE]
     *     > Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
     */
    post: operations["LivenessSessionOperations_CreateLivenessSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete all session related information for matching the specified session id.; GET: Get Liveness Session Result */
  "/detectLiveness-sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness Session Result
     * @description Get session result of detectLiveness/singleModal call.
     */
    get: operations["LivenessSessionOperations_GetLivenessSessionResult"];
    put?: never;
    post?: never;
    /**
     * Delete all session related information for matching the specified session id.
     * @description > [!NOTE]
     *     > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
     */
    delete: operations["LivenessSessionOperations_DeleteLivenessSession"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Create a new liveness session with verify. Provide the verify image during session creation. */
  "/detectLivenessWithVerify-sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a new liveness session with verify. Provide the verify image during session creation.
     * @description A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
     *
     *     Permissions includes...
     *     >
     *     *
     *     * A token lifetime of 10 minutes.
     *
     *     > [!NOTE]
     *     >
     *     > *
     *     >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
     *     >   * To retrieve a result, use the Get Liveness With Verify Session.
     *     >   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
     */
    post: operations["LivenessSessionOperations_CreateLivenessWithVerifySession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete all session related information for matching the specified session id.; GET: Get Liveness With Verify Session Result */
  "/detectLivenessWithVerify-sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness With Verify Session Result
     * @description Get session result of detectLivenessWithVerify/singleModal call.
     */
    get: operations["LivenessSessionOperations_GetLivenessWithVerifySessionResult"];
    put?: never;
    post?: never;
    /**
     * Delete all session related information for matching the specified session id.
     * @description > [!NOTE]
     *     > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
     */
    delete: operations["LivenessSessionOperations_DeleteLivenessWithVerifySession"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
  /** POST: Find Similar among Face IDs Find Similar from Face List Find Similar from Large Face List */
  "/findsimilars": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find Similar among Face IDs Find Similar from Face List Find Similar from Large Face List
     * @description Given the query face's faceId, search the similar-looking faces among an array of faceIds
     *     (created by "Detect"); answers their faceIds ranked by similarity. Mode "matchPerson" (the
     *     default) finds faces of the same person by internal same-person thresholds (an empty array
     *     if none passes); "matchFace" ranks similar faces anyway, even when the similarity is low.
     *     The 'recognitionModel' of the query faceId should be the candidates'. Given the query face's faceId, search the similar-looking faces in a Face List (created by
     *     "Create Face List"); answers their persistedFaceIds ranked by similarity. The modes are as
     *     for "Find Similar among Face IDs". A face list needs no training. The 'recognitionModel' of
     *     the query faceId should be the Face List's. Given the query face's faceId, search the similar-looking faces in a Large Face List
     *     (created by "Create Large Face List"); answers their persistedFaceIds ranked by similarity.
     *     The modes are as for "Find Similar among Face IDs". The Large Face List must be trained
     *     first ("Train Large Face List"). The 'recognitionModel' of the query faceId should be the
     *     Large Face List's.
     */
    post: operations["FaceRecognitionOperations_FindSimilar_FaceRecognitionOperations_FindSimilarFromFaceList_FaceRecognitionOperations_FindSimilarFromLargeFaceList"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Group Faces */
  "/group": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Group Faces
     * @description Divide candidate faces (2 to 1000 faceIds) into groups based on face similarity: one or more
     *     disjoint groups of similar-looking faces, often of the same person, ranked by size (faces
     *     of one person may be split into several groups), and a messyGroup of the faces that have no
     *     similar counterpart. For only 2 faces, "Verify Face to Face" is the better call. The
     *     'recognitionModel' of the faceIds should be the same.
     */
    post: operations["FaceRecognitionOperations_Group"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Identify from Person Group Identify from Large Person Group Identify from Person Directory Identify from Dynamic Person Group */
  "/identify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Identify from Person Group Identify from Large Person Group Identify from Person Directory Identify from Dynamic Person Group
     * @description 1-to-many identification to find the closest matches of the specific query person face from
     *     a Person Group. For each face in the faceIds array (1 to 10), Face Identify computes the
     *     similarities between the query face and all the faces in the Person Group (given by
     *     personGroupId), and returns candidate person(s) for that face ranked by similarity
     *     confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
     *     array). The Person Group must be trained first ("Train Person Group"). The
     *     'recognitionModel' of the query faces' faceIds should be the Person Group's. 1-to-many identification to find the closest matches of the specific query person face from
     *     a Large Person Group. For each face in the faceIds array (1 to 10), Face Identify computes
     *     the similarities between the query face and all the faces in the Large Person Group (given
     *     by largePersonGroupId), and returns candidate person(s) for that face ranked by similarity
     *     confidence, at most maxNumOfCandidatesReturned above confidenceThreshold (none: an empty
     *     array). The Large Person Group must be trained first ("Train Large Person Group"). The
     *     'recognitionModel' of the query faces' faceIds should be the Large Person Group's. 1-to-many identification to find the closest matches of the specific query person face from
     *     a person directory personIds array. For each face in the faceIds array (1 to 10), it computes
     *     the similarities between the query face and the faces of the persons given (1 to 30), and
     *     returns candidate person(s) ranked by similarity confidence, at most
     *     maxNumOfCandidatesReturned above confidenceThreshold. No training: the faces added (and
     *     waited on) are identified against at once. 1-to-many identification to find the closest matches of the specific query person face from
     *     a Dynamic Person Group. For each face in the faceIds array (1 to 10), it computes the
     *     similarities between the query face and the faces of the persons the Dynamic Person Group
     *     references, and returns candidate person(s) ranked by similarity confidence, at most
     *     maxNumOfCandidatesReturned above confidenceThreshold. No training.
     */
    post: operations["FaceRecognitionOperations_IdentifyFromPersonGroup_FaceRecognitionOperations_IdentifyFromLargePersonGroup_FaceRecognitionOperations_IdentifyFromPersonDirectory_FaceRecognitionOperations_IdentifyFromDynamicPersonGroup"];
    delete?: never;
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
     * @description Create a new person in the container. To add face to this person, call "Add Face to LargePersonGroup Person".
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
  /** GET: Get Operation Result */
  "/operations/{operationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Operation Result
     * @description Get status of a long running operation.
     */
    get: operations["GetOperationResult"];
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
     * @description Create a new person in the container. To add face to this person, call "Add Face to PersonGroup Person".
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
  /** GET: Get Session Image */
  "/sessionImages/{sessionImageId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Session Image
     * @description Get session image stored during the liveness session.
     */
    get: operations["LivenessSessionOperations_GetSessionImage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Verify Face to Face Verify from Person Group Verify from Large Person Group Verify from Person Directory */
  "/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify Face to Face Verify from Person Group Verify from Large Person Group Verify from Person Directory
     * @description Verify whether two faces belong to a same person. Higher face image quality means better
     *     precision: frontal, clear faces of 200x200 pixels (100 pixels between eyes) or bigger. The
     *     'recognitionModel' of both faces should be the same. Verify whether a face belongs to a person in a Person Group. The 'recognitionModel' of the
     *     query face should be the Person Group's. Verify whether a face belongs to a person in a Large Person Group. The 'recognitionModel'
     *     of the query face should be the Large Person Group's. Verify whether a face belongs to a person in Person Directory.
     */
    post: operations["FaceRecognitionOperations_VerifyFaceToFace_FaceRecognitionOperations_VerifyFromPersonGroup_FaceRecognitionOperations_VerifyFromLargePersonGroup_FaceRecognitionOperations_VerifyFromPersonDirectory"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Create a new detect liveness session.; GET: Lists sessions for /detectLiveness/SingleModal. */
  "/detectLiveness/singleModal/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lists sessions for /detectLiveness/SingleModal.
     * @description List sessions from the last sessionId greater than the 'start'.
     *
     *     The result should be ordered by sessionId in ascending order.
     */
    get: operations["LivenessSessionOperations_GetLivenessSessions"];
    put?: never;
    /**
     * Create a new detect liveness session.
     * @description A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
     *
     *     Permissions includes...
     *     >
     *     *
     *     * Ability to call /detectLiveness/singleModal for up to 3 retries.
     *     * A token lifetime of 10 minutes.
     *
     *     > [!NOTE]
     *     > Client access can be revoked by deleting the session using the Delete Liveness Session operation. To retrieve a result, use the Get Liveness Session. To audit the individual requests that a client has made to your resource, use the List Liveness Session Audit Entries.
     */
    post: operations["LivenessSessionOperations_CreateLivenessSessionBeforeV1_2"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete all session related information for matching the specified session id.; GET: Get Liveness Session Result */
  "/detectLiveness/singleModal/sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness Session Result
     * @description Get session result of detectLiveness/singleModal call.
     */
    get: operations["LivenessSessionOperations_GetLivenessSessionResultBeforeV1_2"];
    put?: never;
    post?: never;
    /**
     * Delete all session related information for matching the specified session id.
     * @description > [!NOTE]
     *     > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
     */
    delete: operations["LivenessSessionOperations_DeleteLivenessSessionBeforeV1_2"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Liveness Session Audit Entries */
  "/detectLiveness/singleModal/sessions/{sessionId}/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness Session Audit Entries
     * @description Gets session requests and response body for the session.
     */
    get: operations["LivenessSessionOperations_GetLivenessSessionAuditEntries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Create a new liveness session with verify. Provide the verify image during session creation. Create a new liveness session with verify. Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.; GET: Lists sessions for /detectLivenessWithVerify/SingleModal. */
  "/detectLivenessWithVerify/singleModal/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Lists sessions for /detectLivenessWithVerify/SingleModal.
     * @description List sessions from the last sessionId greater than the "start".
     *
     *     The result should be ordered by sessionId in ascending order.
     */
    get: operations["LivenessSessionOperations_GetLivenessWithVerifySessions"];
    put?: never;
    /**
     * Create a new liveness session with verify. Provide the verify image during session creation. Create a new liveness session with verify. Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
     * @description A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
     *
     *     Permissions includes...
     *     >
     *     *
     *     * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
     *     * A token lifetime of 10 minutes.
     *
     *     > [!NOTE]
     *     >
     *     > *
     *     >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
     *     >   * To retrieve a result, use the Get Liveness With Verify Session.
     *     >   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
     *
     *     Recommended Option: VerifyImage is provided during session creation. A session is best for client device scenarios where developers want to authorize a client device to perform only a liveness detection without granting full access to their resource. Created sessions have a limited life span and only authorize clients to perform the desired action before access is expired.
     *
     *     Permissions includes...
     *     >
     *     *
     *     * Ability to call /detectLivenessWithVerify/singleModal for up to 3 retries.
     *     * A token lifetime of 10 minutes.
     *
     *     > [!NOTE]
     *     >
     *     > *
     *     >   * Client access can be revoked by deleting the session using the Delete Liveness With Verify Session operation.
     *     >   * To retrieve a result, use the Get Liveness With Verify Session.
     *     >   * To audit the individual requests that a client has made to your resource, use the List Liveness With Verify Session Audit Entries.
     *
     *     Alternative Option: Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call.
     *     > [!NOTE]
     *     > Extra measures should be taken to validate that the client is sending the expected VerifyImage.
     */
    post: operations["LivenessSessionOperations_CreateLivenessWithVerifySessionWithVerifyImage_LivenessSessionOperations_CreateLivenessWithVerifySession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete all session related information for matching the specified session id.; GET: Get Liveness With Verify Session Result */
  "/detectLivenessWithVerify/singleModal/sessions/{sessionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness With Verify Session Result
     * @description Get session result of detectLivenessWithVerify/singleModal call.
     */
    get: operations["LivenessSessionOperations_GetLivenessWithVerifySessionResultBeforeV1_2"];
    put?: never;
    post?: never;
    /**
     * Delete all session related information for matching the specified session id.
     * @description > [!NOTE]
     *     > Deleting a session deactivates the Session Auth Token by blocking future API calls made with that Auth Token. While this can be used to remove any access for that token, those requests will still count towards overall resource rate limits. It's best to leverage TokenTTL to limit length of tokens in the case that it is misused.
     */
    delete: operations["LivenessSessionOperations_DeleteLivenessWithVerifySessionBeforeV1_2"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Liveness With Verify Session Audit Entries */
  "/detectLivenessWithVerify/singleModal/sessions/{sessionId}/audit": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Liveness With Verify Session Audit Entries
     * @description Gets session requests and response body for the session.
     */
    get: operations["LivenessSessionOperations_GetLivenessWithVerifySessionAuditEntries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** GET: Get Dynamic Person Groups */
  "/dynamicpersongroups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Dynamic Person Groups
     * @description List all existing Dynamic Person Groups by dynamicPersonGroupId along with name and userData, in the order of their ids.
     */
    get: operations["PersonDirectoryOperations_GetDynamicPersonGroups"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** PUT: Create Dynamic Person Group with Person Create Dynamic Person Group; DELETE: Delete Dynamic Person Group; GET: Get Dynamic Person Group; PATCH: Update Dynamic Person Group with Person Changes Update Dynamic Person Group */
  "/dynamicpersongroups/{dynamicPersonGroupId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Dynamic Person Group
     * @description Retrieve the information of a Dynamic Person Group, including its name and userData. It returns the group's information only; "Get Dynamic Person Group Persons" lists its persons.
     */
    get: operations["PersonDirectoryOperations_GetDynamicPersonGroup"];
    /**
     * Create Dynamic Person Group with Person Create Dynamic Person Group
     * @description Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and
     *     user-provided userData, that references the persons of the Person Directory given. A Dynamic
     *     Person Group needs no recognitionModel and no training: the faceIds identified against it
     *     determine the recognition model used. Creates a new Dynamic Person Group with specified dynamicPersonGroupId, name, and user-provided userData, with no person. After creation, use "Update Dynamic Person Group with Person Changes" to add or remove persons.
     */
    put: operations["PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson_PersonDirectoryOperations_CreateDynamicPersonGroup"];
    post?: never;
    /**
     * Delete Dynamic Person Group
     * @description Deletes an existing Dynamic Person Group with specified dynamicPersonGroupId. Only the references to the persons are deleted; the persons stay in the Person Directory.
     */
    delete: operations["PersonDirectoryOperations_DeleteDynamicPersonGroup"];
    options?: never;
    head?: never;
    /**
     * Update Dynamic Person Group with Person Changes Update Dynamic Person Group
     * @description Update the name or userData of an existing Dynamic Person Group, and manage its members by adding or removing persons. The properties not in the request body are not changed. Update the name or userData of an existing Dynamic Person Group. The properties not in the request body are not changed.
     */
    patch: operations["PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges_PersonDirectoryOperations_UpdateDynamicPersonGroup"];
    trace?: never;
  };
  /** GET: Get Dynamic Person Group Persons */
  "/dynamicpersongroups/{dynamicPersonGroupId}/persons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Dynamic Person Group Persons
     * @description List all persons in the specified Dynamic Person Group, in the order of their personIds.
     */
    get: operations["PersonDirectoryOperations_GetDynamicPersonGroupPersons"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Create Person in Person Directory; GET: Get Persons from Person Directory */
  "/persons": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Persons from Person Directory
     * @description List all persons' information in Person Directory, including personId, name, and userData, in the order of their personIds.
     */
    get: operations["PersonDirectoryOperations_GetPersons"];
    put?: never;
    /**
     * Create Person in Person Directory
     * @description Creates a new person in a Person Directory. To add face to this person, call "Add Face to Person Directory Person".
     */
    post: operations["PersonDirectoryOperations_CreatePerson"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete Person from Person Directory; GET: Get Person from Person Directory; PATCH: Update Person in Person Directory */
  "/persons/{personId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Person from Person Directory
     * @description Retrieve a person's name and userData from Person Directory.
     */
    get: operations["PersonDirectoryOperations_GetPerson"];
    put?: never;
    post?: never;
    /**
     * Delete Person from Person Directory
     * @description Delete an existing person from Person Directory. The persistedFaceId(s), userData, person name and face feature(s) in the person entry will all be deleted.
     */
    delete: operations["PersonDirectoryOperations_DeletePerson"];
    options?: never;
    head?: never;
    /**
     * Update Person in Person Directory
     * @description Update name or userData of a person.
     */
    patch: operations["PersonDirectoryOperations_UpdatePerson"];
    trace?: never;
  };
  /** GET: Get Dynamic Person Group References */
  "/persons/{personId}/dynamicPersonGroupReferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Dynamic Person Group References
     * @description List all Dynamic Person Groups a person has been referenced by in Person Directory, in the order of their ids.
     */
    get: operations["PersonDirectoryOperations_GetDynamicPersonGroupReferences"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** POST: Add Face to Person Directory Person Add Face to Person Directory Person from Url; GET: Get Faces from Person Directory Person */
  "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Faces from Person Directory Person
     * @description Retrieve a person's persistedFaceIds representing the registered person face feature(s), of the recognition model of the path.
     */
    get: operations["PersonDirectoryOperations_GetPersonFaces"];
    put?: never;
    /**
     * Add Face to Person Directory Person Add Face to Person Directory Person from Url
     * @description Add a face to a person of the Person Directory, for the recognition model of the path, from
     *     image bytes (1 KB to 6 MB; JPEG, PNG, GIF or BMP). It returns a persistedFaceId representing
     *     the added face; no image is stored. Adding or deleting faces of one person is processed in
     *     order; of different persons, in parallel. Wait on `operation-Location` before identifying. Add a face to a person of the Person Directory, for the recognition model of the path, from an image URL. Wait on `operation-Location` before identifying.
     */
    post: operations["PersonDirectoryOperations_AddPersonFace_PersonDirectoryOperations_AddPersonFaceFromUrl"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  /** DELETE: Delete Face from Person Directory Person; GET: Get Face from Person Directory Person; PATCH: Update Face in Person Directory Person */
  "/persons/{personId}/recognitionModels/{recognitionModel}/persistedfaces/{persistedFaceId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Face from Person Directory Person
     * @description Retrieve person face information. The persisted person face is specified by its personId, recognitionModel and persistedFaceId.
     */
    get: operations["PersonDirectoryOperations_GetPersonFace"];
    put?: never;
    post?: never;
    /**
     * Delete Face from Person Directory Person
     * @description Delete a face from a person in Person Directory by specified personId and persistedFaceId. Adding or deleting faces of one person is processed in order; of different persons, in parallel.
     */
    delete: operations["PersonDirectoryOperations_DeletePersonFace"];
    options?: never;
    head?: never;
    /**
     * Update Face in Person Directory Person
     * @description Update a persisted face's userData field of a person.
     */
    patch: operations["PersonDirectoryOperations_UpdatePersonFace"];
    trace?: never;
  };
  /** GET: Get Session Image */
  "/session/sessionImages/{sessionImageId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get Session Image
     * @description Get session image stored during the liveness session.
     */
    get: operations["LivenessSessionOperations_GetSessionImageBeforeV1_2"];
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
    /** @description Accessory item and corresponding confidence level. */
    AccessoryItem: {
      /** @description Type of the accessory. */
      type: components["schemas"]["AccessoryType"];
      /** @description Confidence level of the accessory type. Range between [0,1]. */
      confidence: components["schemas"]["Confidence"];
    };
    /** @description Type of the accessory. */
    AccessoryType: string | ("headwear" | "glasses" | "mask");
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
    /** @description Indicates level of blurriness. */
    BlurLevel: string | ("low" | "medium" | "high");
    /** @description Properties describing any presence of blur within the image. */
    BlurProperties: {
      /** @description An enum value indicating level of blurriness. */
      blurLevel: components["schemas"]["BlurLevel"];
      /** @description A number indicating level of blurriness ranging from 0 to 1. */
      value: components["schemas"]["Confidence"];
    };
    /**
     * Format: float
     * @description A confidence level, from 0 to 1.
     */
    Confidence: number;
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
      recognitionModel?: components["schemas"]["RecognitionModel"];
    };
    /** @description Request model for creating liveness session. */
    CreateLivenessSessionContent: {
      /** @description Type of liveness mode the client should follow. */
      livenessOperationMode: components["schemas"]["LivenessOperationMode"];
      /** @description Whether or not to allow client to set their own 'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this request body. */
      deviceCorrelationIdSetInClient?: boolean;
      /** @description Whether or not store the session image. */
      enableSessionImage?: boolean;
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      livenessModelVersion?: components["schemas"]["LivenessModel"];
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
    };
    CreateLivenessWithVerifySessionContent: {
      /** @description Type of liveness mode the client should follow. */
      livenessOperationMode: components["schemas"]["LivenessOperationMode"];
      /** @description Whether or not to allow client to set their own 'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this request body. */
      deviceCorrelationIdSetInClient?: boolean;
      /** @description Whether or not store the session image. */
      enableSessionImage?: boolean;
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      livenessModelVersion?: components["schemas"]["LivenessModel"];
      /** @description Whether or not return the verify image hash. */
      returnVerifyImageHash?: boolean;
      /** @description Threshold for confidence of the face verification. Please refer to the documentation for more details. https://learn.microsoft.com/legal/cognitive-services/face/characteristics-and-limitations?context=%2Fazure%2Fai-services%2Fcomputer-vision%2Fcontext%2Fcontext#recognition-rates */
      verifyConfidenceThreshold?: components["schemas"]["VerifyConfidenceThreshold"];
      /**
       * Format: binary
       * @description The image stream for verify. Content-Disposition header field for this part must have filename.
       */
      verifyImage: string;
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /** @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600. */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
    };
    /** @description The person created. */
    CreatePersonResult: {
      /** @description Person ID of the person. */
      personId: components["schemas"]["uuid"];
    };
    /** @description Detect faces in the image a liveness session kept. */
    DetectFromSessionImageIdRequest: {
      /** @description Id of session image. */
      sessionImageId: string;
    };
    /** @description An image to detect faces in, by URL. */
    DetectFromUrlRequest: {
      /**
       * Format: uri
       * @description URL of input image.
       */
      url: string;
    };
    /** @description The detection model for the face. */
    DetectionModel: string | ("detection_01" | "detection_02" | "detection_03");
    /** @description Indicates level of exposure. */
    ExposureLevel: string | ("underExposure" | "goodExposure" | "overExposure");
    /** @description Properties describing exposure level of the image. */
    ExposureProperties: {
      /** @description An enum value indicating level of exposure. */
      exposureLevel: components["schemas"]["ExposureLevel"];
      /** @description A number indicating level of exposure level ranging from 0 to 1. [0, 0.25) is under exposure. [0.25, 0.75) is good exposure. [0.75, 1] is over exposure. */
      value: components["schemas"]["Confidence"];
    };
    /** @description Available options for returnFaceAttributes. */
    FaceAttributeType:
      | string
      | (
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
        );
    /** @description Face attributes for the detected face: only those asked for with returnFaceAttributes are sent. */
    FaceAttributes: {
      /**
       * Format: float
       * @description Age in years.
       */
      age?: number;
      /** @description Smile intensity, a number between [0,1]. */
      smile?: components["schemas"]["Confidence"];
      /** @description Properties describing facial hair attributes. */
      facialHair?: components["schemas"]["FacialHair"];
      /** @description Glasses type if any of the face. */
      glasses?: components["schemas"]["GlassesType"];
      /** @description 3-D roll/yaw/pitch angles for face direction. */
      headPose?: components["schemas"]["HeadPose"];
      /** @description Properties describing hair attributes. */
      hair?: components["schemas"]["HairProperties"];
      /** @description Properties describing occlusions on a given face. */
      occlusion?: components["schemas"]["OcclusionProperties"];
      /** @description Properties describing any accessories on a given face. */
      accessories?: components["schemas"]["AccessoryItem"][];
      /** @description Properties describing any presence of blur within the image. */
      blur?: components["schemas"]["BlurProperties"];
      /** @description Properties describing exposure level of the image. */
      exposure?: components["schemas"]["ExposureProperties"];
      /** @description Properties describing noise level of the image. */
      noise?: components["schemas"]["NoiseProperties"];
      /** @description Properties describing the presence of a mask on a given face. */
      mask?: components["schemas"]["MaskProperties"];
      /** @description Properties describing the overall image quality regarding whether the image being used in the detection is of sufficient quality to attempt face recognition on. */
      qualityForRecognition?: components["schemas"]["QualityForRecognition"];
    };
    /**
     * @description Response for detect API: one detected face. Only `faceRectangle` is always sent; the recorded
     *     sessions show `faceId` and `faceRectangle` alone when only returnFaceId was asked for.
     */
    FaceDetectionResult: {
      /** @description Unique faceId of the detected face, created by detection API and it will expire 24 hours after the detection call. To return this, it requires 'returnFaceId' parameter to be true (the default); the service leaves it out when returnFaceId=false. */
      faceId?: components["schemas"]["uuid"];
      /** @description The 'recognitionModel' associated with this faceId. This is only returned when 'returnRecognitionModel' is explicitly set as true. */
      recognitionModel?: components["schemas"]["RecognitionModel"];
      /** @description A rectangle area for the face location on image. */
      faceRectangle: components["schemas"]["FaceRectangle"];
      /** @description An array of 27-point face landmarks pointing to the important positions of face components. To return this, it requires 'returnFaceLandmarks' parameter to be true. */
      faceLandmarks?: components["schemas"]["FaceLandmarks"];
      /** @description Face attributes for detected face: those asked for with 'returnFaceAttributes'. */
      faceAttributes?: components["schemas"]["FaceAttributes"];
    };
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
    /** @description A collection of 27-point face landmarks pointing to the important positions of face components. */
    FaceLandmarks: {
      /** @description The coordinates of the left eye pupil. */
      pupilLeft: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eye pupil. */
      pupilRight: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose tip. */
      noseTip: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the mouth left. */
      mouthLeft: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the mouth right. */
      mouthRight: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eyebrow outer. */
      eyebrowLeftOuter: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eyebrow inner. */
      eyebrowLeftInner: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eye outer. */
      eyeLeftOuter: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eye top. */
      eyeLeftTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eye bottom. */
      eyeLeftBottom: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the left eye inner. */
      eyeLeftInner: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eyebrow inner. */
      eyebrowRightInner: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eyebrow outer. */
      eyebrowRightOuter: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eye inner. */
      eyeRightInner: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eye top. */
      eyeRightTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eye bottom. */
      eyeRightBottom: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the right eye outer. */
      eyeRightOuter: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose root left. */
      noseRootLeft: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose root right. */
      noseRootRight: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose left alar top. */
      noseLeftAlarTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose right alar top. */
      noseRightAlarTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose left alar out tip. */
      noseLeftAlarOutTip: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the nose right alar out tip. */
      noseRightAlarOutTip: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the upper lip top. */
      upperLipTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the upper lip bottom. */
      upperLipBottom: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the under lip top. */
      underLipTop: components["schemas"]["LandmarkCoordinate"];
      /** @description The coordinates of the under lip bottom. */
      underLipBottom: components["schemas"]["LandmarkCoordinate"];
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
    /** @description A rectangle within which a face can be found. */
    FaceRectangle: {
      /**
       * Format: int32
       * @description The distance from the top edge if the image to the top edge of the rectangle, in pixels.
       */
      top: number;
      /**
       * Format: int32
       * @description The distance from the left edge if the image to the left edge of the rectangle, in pixels.
       */
      left: number;
      /**
       * Format: int32
       * @description The width of the rectangle, in pixels.
       */
      width: number;
      /**
       * Format: int32
       * @description The height of the rectangle, in pixels.
       */
      height: number;
    };
    /** @description The data of a face, to update. */
    FaceUserData: {
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
    /** @description Properties describing facial hair attributes. */
    FacialHair: {
      /** @description A number ranging from 0 to 1 indicating a level of confidence associated with a property. */
      moustache: components["schemas"]["Confidence"];
      /** @description A number ranging from 0 to 1 indicating a level of confidence associated with a property. */
      beard: components["schemas"]["Confidence"];
      /** @description A number ranging from 0 to 1 indicating a level of confidence associated with a property. */
      sideburns: components["schemas"]["Confidence"];
    };
    /** @description Find similar faces in a face list. */
    FindSimilarFromFaceListRequest: {
      /** @description faceId of the query face. User needs to call "Detect" first to get a valid faceId. Note that this faceId is not persisted and will expire 24 hours after the detection call. */
      faceId: components["schemas"]["uuid"];
      /**
       * Format: int32
       * @description The number of top similar faces returned. The valid range is [1, 1000]. Default value is 20.
       * @default 20
       */
      maxNumOfCandidatesReturned?: number;
      /**
       * @description Similar face searching mode. It can be 'matchPerson' or 'matchFace'. Default value is 'matchPerson'.
       * @default matchPerson
       */
      mode?: components["schemas"]["FindSimilarMatchMode"];
      /** @description An existing user-specified unique candidate Face List, created in "Create Face List". Face List contains a set of persistedFaceIds which are persisted and will never expire. */
      faceListId: string;
    };
    /** @description Find similar faces in a large face list. */
    FindSimilarFromLargeFaceListRequest: {
      /** @description faceId of the query face. User needs to call "Detect" first to get a valid faceId. Note that this faceId is not persisted and will expire 24 hours after the detection call. */
      faceId: components["schemas"]["uuid"];
      /**
       * Format: int32
       * @description The number of top similar faces returned. The valid range is [1, 1000]. Default value is 20.
       * @default 20
       */
      maxNumOfCandidatesReturned?: number;
      /**
       * @description Similar face searching mode. It can be 'matchPerson' or 'matchFace'. Default value is 'matchPerson'.
       * @default matchPerson
       */
      mode?: components["schemas"]["FindSimilarMatchMode"];
      /** @description An existing user-specified unique candidate Large Face List, created in "Create Large Face List". Large Face List contains a set of persistedFaceIds which are persisted and will never expire. */
      largeFaceListId: string;
    };
    /** @description Similar face searching mode. */
    FindSimilarMatchMode: string | ("matchPerson" | "matchFace");
    /** @description Find similar faces among faceIds. */
    FindSimilarRequest: {
      /** @description faceId of the query face. User needs to call "Detect" first to get a valid faceId. Note that this faceId is not persisted and will expire 24 hours after the detection call. */
      faceId: components["schemas"]["uuid"];
      /**
       * Format: int32
       * @description The number of top similar faces returned. The valid range is [1, 1000]. Default value is 20.
       * @default 20
       */
      maxNumOfCandidatesReturned?: number;
      /**
       * @description Similar face searching mode. It can be 'matchPerson' or 'matchFace'. Default value is 'matchPerson'.
       * @default matchPerson
       */
      mode?: components["schemas"]["FindSimilarMatchMode"];
      /** @description An array of candidate faceIds. All of them are created by "Detect" and the faceIds will expire 24 hours after the detection call. The number of faceIds is limited to 1000 (the official contract states the limit here only, not as a rule). */
      faceIds: components["schemas"]["uuid"][];
    };
    /** @description Response body for find similar face operation: a faceId when found among faceIds, a persistedFaceId when found in a face list or a large face list. */
    FindSimilarResult: {
      /** @description Confidence value of the candidate. The higher confidence, the more similar. Range between [0,1]. */
      confidence: components["schemas"]["Confidence"];
      /** @description faceId of candidate face when find by faceIds. faceId is created by "Detect" and will expire 24 hours after the detection call. */
      faceId?: components["schemas"]["uuid"];
      /** @description persistedFaceId of candidate face when find by faceListId or largeFaceListId. persistedFaceId in face list/large face list is persisted and will not expire. */
      persistedFaceId?: components["schemas"]["uuid"];
    };
    /** @description Glasses type of the face. */
    GlassesType: string | ("noGlasses" | "readingGlasses" | "sunglasses" | "swimmingGoggles");
    /** @description Divide faces into groups. */
    GroupRequest: {
      /** @description Array of candidate faceIds created by "Detect". The service takes 2 to 1000 faces (the official contract states the limit in its description only, not as a rule). */
      faceIds: components["schemas"]["uuid"][];
    };
    /** @description Response body for group face operation. */
    GroupingResult: {
      /** @description A partition of the original faces based on face similarity. Groups are ranked by number of faces. */
      groups: components["schemas"]["uuid"][][];
      /** @description Face ids array of faces that cannot find any similar faces from original faces. Required by the official contract, but its description says the service leaves it out when every face found a counterpart. */
      messyGroup?: components["schemas"]["uuid"][];
    };
    /** @description An array of candidate colors and confidence level in the presence of each. */
    HairColor: {
      /** @description Name of the hair color. */
      color: components["schemas"]["HairColorType"];
      /** @description Confidence level of the color. Range between [0,1]. */
      confidence: components["schemas"]["Confidence"];
    };
    /** @description Name of the hair color. */
    HairColorType: string | ("unknown" | "white" | "gray" | "blond" | "brown" | "red" | "black" | "other");
    /** @description Properties describing hair attributes. */
    HairProperties: {
      /** @description A number describing confidence level of whether the person is bald. */
      bald: components["schemas"]["Confidence"];
      /** @description A boolean value describing whether the hair is visible in the image. */
      invisible: boolean;
      /** @description An array of candidate colors and confidence level in the presence of each. */
      hairColor: components["schemas"]["HairColor"][];
    };
    /** @description 3-D roll/yaw/pitch angles for face direction. */
    HeadPose: {
      /**
       * Format: float
       * @description Value of angles.
       */
      pitch: number;
      /**
       * Format: float
       * @description Value of angles.
       */
      roll: number;
      /**
       * Format: float
       * @description Value of angles.
       */
      yaw: number;
    };
    /** @description Candidate for identify call. */
    IdentificationCandidate: {
      /** @description personId of candidate person. */
      personId: components["schemas"]["uuid"];
      /** @description Confidence value of the candidate. The higher confidence, the more similar. Range between [0,1]. */
      confidence: components["schemas"]["Confidence"];
    };
    /** @description Identify result. */
    IdentificationResult: {
      /** @description faceId of the query face. */
      faceId: components["schemas"]["uuid"];
      /** @description Identified person candidates for that face (ranked by confidence). Array size should be no larger than input maxNumOfCandidatesReturned. If no person is identified, will return an empty array. */
      candidates: components["schemas"]["IdentificationCandidate"][];
    };
    /** @description Identify faces in a dynamic person group. */
    IdentifyFromDynamicPersonGroupRequest: {
      /** @description Array of query faces faceIds, created by the "Detect". Each of the faces are identified independently. The valid number of faceIds is between [1, 10]. */
      faceIds: components["schemas"]["uuid"][];
      /**
       * Format: int32
       * @description The range of maxNumOfCandidatesReturned is between 1 and 100. Default value is 10.
       * @default 10
       */
      maxNumOfCandidatesReturned?: number;
      /** @description Customized identification confidence threshold, in the range of [0, 1]. Advanced user can tweak this value to override default internal threshold for better precision on their scenario data. Note there is no guarantee of this threshold value working on other data and after algorithm updates. */
      confidenceThreshold?: components["schemas"]["Confidence"];
      /** @description DynamicPersonGroupId of the target PersonDirectory DynamicPersonGroup to match against. */
      dynamicPersonGroupId: string;
    };
    /** @description Identify faces in a large person group. */
    IdentifyFromLargePersonGroupRequest: {
      /** @description Array of query faces faceIds, created by the "Detect". Each of the faces are identified independently. The valid number of faceIds is between [1, 10]. */
      faceIds: components["schemas"]["uuid"][];
      /**
       * Format: int32
       * @description The range of maxNumOfCandidatesReturned is between 1 and 100. Default value is 10.
       * @default 10
       */
      maxNumOfCandidatesReturned?: number;
      /** @description Customized identification confidence threshold, in the range of [0, 1]. Advanced user can tweak this value to override default internal threshold for better precision on their scenario data. Note there is no guarantee of this threshold value working on other data and after algorithm updates. */
      confidenceThreshold?: components["schemas"]["Confidence"];
      /** @description largePersonGroupId of the target Large Person Group, created by "Create Large Person Group". Parameter personGroupId and largePersonGroupId should not be provided at the same time. */
      largePersonGroupId: string;
    };
    /** @description Identify faces among persons of the person directory. */
    IdentifyFromPersonDirectoryRequest: {
      /** @description Array of query faces faceIds, created by the "Detect". Each of the faces are identified independently. The valid number of faceIds is between [1, 10]. */
      faceIds: components["schemas"]["uuid"][];
      /**
       * Format: int32
       * @description The range of maxNumOfCandidatesReturned is between 1 and 100. Default value is 10.
       * @default 10
       */
      maxNumOfCandidatesReturned?: number;
      /** @description Customized identification confidence threshold, in the range of [0, 1]. Advanced user can tweak this value to override default internal threshold for better precision on their scenario data. Note there is no guarantee of this threshold value working on other data and after algorithm updates. */
      confidenceThreshold?: components["schemas"]["Confidence"];
      /** @description Array of personIds created in Person Directory "Create Person". The valid number of personIds is between [1,30]. */
      personIds: components["schemas"]["uuid"][];
    };
    /** @description Identify faces in a person group. */
    IdentifyFromPersonGroupRequest: {
      /** @description Array of query faces faceIds, created by the "Detect". Each of the faces are identified independently. The valid number of faceIds is between [1, 10]. */
      faceIds: components["schemas"]["uuid"][];
      /**
       * Format: int32
       * @description The range of maxNumOfCandidatesReturned is between 1 and 100. Default value is 10.
       * @default 10
       */
      maxNumOfCandidatesReturned?: number;
      /** @description Customized identification confidence threshold, in the range of [0, 1]. Advanced user can tweak this value to override default internal threshold for better precision on their scenario data. Note there is no guarantee of this threshold value working on other data and after algorithm updates. */
      confidenceThreshold?: components["schemas"]["Confidence"];
      /** @description personGroupId of the target Person Group, created by "Create Person Group". Parameter personGroupId and largePersonGroupId should not be provided at the same time. */
      personGroupId: string;
    };
    /** @description The type of image. */
    ImageType: string | ("Color" | "Infrared" | "Depth");
    /** @description Landmark coordinates within an image. */
    LandmarkCoordinate: {
      /**
       * Format: float
       * @description The horizontal component, in pixels.
       */
      x: number;
      /**
       * Format: float
       * @description The vertical component, in pixels.
       */
      y: number;
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
    /** @description The target from color image used for liveness classification. */
    LivenessColorDecisionTarget: {
      /** @description The face region where the liveness classification was made on. */
      faceRectangle: components["schemas"]["FaceRectangle"];
    };
    /** @description The outcome of the liveness classification. */
    LivenessDecision: string | ("uncertain" | "realface" | "spoofface");
    /** @description The targets used for liveness classification. */
    LivenessDecisionTargets: {
      /** @description The target from color image used for liveness classification. */
      color: components["schemas"]["LivenessColorDecisionTarget"];
    };
    /** @description The error of the liveness classification. */
    LivenessError: {
      /** @description The error code. */
      code: string;
      /** @description The error message. */
      message: string;
      /** @description Targets used for liveness classification. */
      targets: components["schemas"]["LivenessDecisionTargets"];
    };
    /** @description The model version used for liveness classification. */
    LivenessModel: string | "2024-11-15";
    /** @description The liveness operation mode to drive the client's end-user experience. */
    LivenessOperationMode: string | ("Passive" | "PassiveActive");
    /** @description The results of the liveness classification. */
    LivenessResult: {
      /** @description The liveness classification for the target face. */
      livenessDecision?: components["schemas"]["LivenessDecision"];
      /** @description Targets used for liveness classification. */
      targets: components["schemas"]["LivenessDecisionTargets"];
      /** @description The server calculated digest for this request. If the client reported digest differs from the server calculated digest, then the message integrity between the client and service has been compromised and the result should not be trusted. For more information, see how to guides on how to leverage this value to secure your end-to-end solution. */
      digest: string;
      /** @description The image ID of the session request. */
      sessionImageId?: string;
    };
    /** @description Session result of detect liveness. */
    LivenessSession: {
      /** @description The unique ID to reference this session. */
      readonly sessionId: string;
      /** @description Bearer token to provide authentication for the Vision SDK running on a client application. This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It is also auditable. Reads answer it empty. */
      authToken: string;
      /** @description The current status of the session. */
      status: components["schemas"]["OperationState"];
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      modelVersion?: components["schemas"]["LivenessModel"];
      /** @description The results of the liveness session. */
      results: components["schemas"]["LivenessSessionResults"];
    };
    /** @description The liveness session attempt. */
    LivenessSessionAttempt: {
      /**
       * Format: int32
       * @description The attempt ID, start from 1.
       */
      attemptId: number;
      /** @description The status of the attempt. */
      attemptStatus: components["schemas"]["OperationState"];
      /** @description The result of the liveness call, will be null if there is error. */
      result?: components["schemas"]["LivenessResult"];
      /** @description The error of the liveness call, will be null if there is result. */
      error?: components["schemas"]["LivenessError"];
    };
    /** @description The results of the liveness session. */
    LivenessSessionResults: {
      /** @description The attempts data of underlying liveness call with the session. */
      attempts: components["schemas"]["LivenessSessionAttempt"][];
    };
    /** @description The face verification output. */
    LivenessWithVerifyOutputs: {
      /** @description The target face liveness face and comparison image face verification confidence. */
      matchConfidence: components["schemas"]["VerifyConfidenceThreshold"];
      /** @description Whether the target liveness face and comparison image face match. */
      isIdentical: boolean;
    };
    /** @description The detail of face for verification. */
    LivenessWithVerifyReference: {
      /** @description The image type which contains the face rectangle where the liveness classification was made on. The recorded answers send `image` when the session is created and leave it out afterwards. */
      referenceType?: components["schemas"]["ImageType"];
      /** @description The face region where the comparison image's classification was made. */
      faceRectangle: components["schemas"]["FaceRectangle"];
      /** @description Quality of face image for recognition. */
      qualityForRecognition: components["schemas"]["QualityForRecognition"];
    };
    /** @description The results of the liveness with verify call. */
    LivenessWithVerifyResult: {
      /** @description The liveness classification for the target face. */
      livenessDecision?: components["schemas"]["LivenessDecision"];
      /** @description Targets used for liveness classification. */
      targets: components["schemas"]["LivenessDecisionTargets"];
      /** @description The server calculated digest for this request. If the client reported digest differs from the server calculated digest, then the message integrity between the client and service has been compromised and the result should not be trusted. For more information, see how to guides on how to leverage this value to secure your end-to-end solution. */
      digest: string;
      /** @description The image ID of the session request. */
      sessionImageId?: string;
      /** @description The face verification output. Only available when the request is liveness with verify. */
      verifyResult?: components["schemas"]["LivenessWithVerifyOutputs"];
      /** @description The sha256 hash of the verify-image in the request. */
      verifyImageHash?: string;
    };
    /** @description Session result of detect liveness with verify. */
    LivenessWithVerifySession: {
      /** @description The unique ID to reference this session. */
      readonly sessionId: string;
      /** @description Bearer token to provide authentication for the Vision SDK running on a client application. This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It is also auditable. Reads answer it empty. */
      authToken: string;
      /** @description The current status of the session. */
      status: components["schemas"]["OperationState"];
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      modelVersion?: components["schemas"]["LivenessModel"];
      /** @description The results of the liveness with verify session. */
      results: components["schemas"]["LivenessWithVerifySessionResults"];
    };
    /** @description The liveness with verify session attempt. */
    LivenessWithVerifySessionAttempt: {
      /**
       * Format: int32
       * @description The attempt ID, start from 1.
       */
      attemptId: number;
      /** @description The status of the attempt. */
      attemptStatus: components["schemas"]["OperationState"];
      /** @description The result of the liveness with verify call, will be null if there is error. */
      result?: components["schemas"]["LivenessWithVerifyResult"];
      /** @description The error of the liveness with verify call, will be null if there is result. */
      error?: components["schemas"]["LivenessError"];
    };
    /** @description The results of the liveness with verify session. */
    LivenessWithVerifySessionResults: {
      /** @description The references used for face verification. */
      verifyReferences: components["schemas"]["LivenessWithVerifyReference"][];
      /** @description The attempts data of underlying liveness with verify call with the session. */
      attempts: components["schemas"]["LivenessWithVerifySessionAttempt"][];
    };
    /** @description Properties describing the presence of a mask on a given face. */
    MaskProperties: {
      /** @description A boolean value indicating whether nose and mouth are covered. */
      noseAndMouthCovered: boolean;
      /** @description Type of the mask. */
      type: components["schemas"]["MaskType"];
    };
    /** @description Type of the mask. */
    MaskType: string | ("faceMask" | "noMask" | "otherMaskOrOcclusion" | "uncertain");
    /** @description Indicates level of noise. */
    NoiseLevel: string | ("low" | "medium" | "high");
    /** @description Properties describing noise level of the image. */
    NoiseProperties: {
      /** @description An enum value indicating level of noise. */
      noiseLevel: components["schemas"]["NoiseLevel"];
      /** @description A number indicating level of noise level ranging from 0 to 1. [0, 0.3) is low noise level. [0.3, 0.7) is medium noise level. [0.7, 1] is high noise level. */
      value: components["schemas"]["Confidence"];
    };
    /** @description Properties describing occlusions on a given face. */
    OcclusionProperties: {
      /** @description A boolean value indicating whether forehead is occluded. */
      foreheadOccluded: boolean;
      /** @description A boolean value indicating whether eyes are occluded. */
      eyeOccluded: boolean;
      /** @description A boolean value indicating whether the mouth is occluded. */
      mouthOccluded: boolean;
    };
    /**
     * @description Long running operation resource for person directory.
     *
     *     Field presence follows what the live service sends (the JS SDK's recorded person-directory
     *     sessions): its status leaves `operationId` out, which the official contract requires, and a
     *     running operation has no `finishedTime`.
     */
    OperationResult: {
      /** @description Operation ID of the operation. */
      readonly operationId?: components["schemas"]["uuid"];
      /** @description Current status of the operation. */
      status: components["schemas"]["OperationStatus"];
      /**
       * Format: date-time
       * @description Date and time the operation was created.
       */
      createdTime: string;
      /**
       * Format: date-time
       * @description Date and time the operation was last updated.
       */
      lastActionTime?: string;
      /**
       * Format: date-time
       * @description Date and time the operation was finished.
       */
      finishedTime?: string;
      /** @description Message for the operation. */
      message?: string;
    };
    /** @description Enum describing allowed operation states. */
    OperationState: string | ("NotStarted" | "Running" | "Succeeded" | "Failed" | "Canceled");
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
    /** @description Indicates quality of image for recognition. */
    QualityForRecognition: string | ("low" | "medium" | "high");
    /** @description The 'recognitionModel' associated with the container or the detected faces. */
    RecognitionModel: string | ("recognition_01" | "recognition_02" | "recognition_03" | "recognition_04");
    /**
     * Format: int32
     * @description Seconds a session's token lasts: 60 to 86,400 (a day).
     */
    TokenTimeToLive: number;
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
    /** @description Verify result. */
    VerificationResult: {
      /** @description True if the two faces belong to the same person or the face belongs to the person, otherwise false. */
      isIdentical: boolean;
      /** @description A number indicates the similarity confidence of whether two faces belong to the same person, or whether the face belongs to the person. By default, isIdentical is set to True if similarity confidence is greater than or equal to 0.5. This is useful for advanced users to override 'isIdentical' and fine-tune the result on their own data. */
      confidence: components["schemas"]["Confidence"];
    };
    /**
     * Format: float
     * @description A verification's confidence threshold, from 0 to 1.
     */
    VerifyConfidenceThreshold: number;
    /** @description Verify whether two faces belong to a same person. */
    VerifyFaceToFaceRequest: {
      /** @description The faceId of one face, come from "Detect". */
      faceId1: components["schemas"]["uuid"];
      /** @description The faceId of another face, come from "Detect". */
      faceId2: components["schemas"]["uuid"];
    };
    /** @description Verify whether a face belongs to a person in a large person group. */
    VerifyFromLargePersonGroupRequest: {
      /** @description The faceId of the face, come from "Detect". */
      faceId: components["schemas"]["uuid"];
      /** @description Using existing largePersonGroupId and personId for fast loading a specified person. largePersonGroupId is created in "Create Large Person Group". */
      largePersonGroupId: string;
      /** @description Specify a certain person in Large Person Group. */
      personId: components["schemas"]["uuid"];
    };
    /** @description Verify whether a face belongs to a person of the person directory. */
    VerifyFromPersonDirectoryRequest: {
      /** @description The faceId of the face, come from "Detect". */
      faceId: components["schemas"]["uuid"];
      /** @description Specify a certain person in PersonDirectory Person. */
      personId: components["schemas"]["uuid"];
    };
    /** @description Verify whether a face belongs to a person in a person group. */
    VerifyFromPersonGroupRequest: {
      /** @description The faceId of the face, come from "Detect". */
      faceId: components["schemas"]["uuid"];
      /** @description Using existing personGroupId and personId for fast loading a specified person. personGroupId is created in "Create Person Group". */
      personGroupId: string;
      /** @description Specify a certain person in Person Group. */
      personId: components["schemas"]["uuid"];
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
    /** @description Response of liveness session creation. */
    CreateLivenessSessionResult: {
      /** @description The unique session ID of the created session. It will expire 48 hours after it was created or may be deleted sooner using the corresponding Session DELETE operation. */
      sessionId: string;
      /** @description Bearer token to provide authentication for the Vision SDK running on a client application. This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It is also auditable. */
      authToken: string;
    };
    /** @description Request model for creating liveness session. */
    CreateLivenessSessionContentBeforeV1_2: {
      /** @description Type of liveness mode the client should follow. */
      livenessOperationMode: components["schemas"]["LivenessOperationMode"];
      /** @description Whether or not to allow a '200 - Success' response body to be sent to the client, which may be undesirable for security reasons. Default is false, clients will receive a '204 - NoContent' empty body response. Regardless of selection, calling Session GetResult will always contain a response body enabling business logic to be implemented. */
      sendResultsToClient?: boolean;
      /** @description Whether or not to allow client to set their own 'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this request body. */
      deviceCorrelationIdSetInClient?: boolean;
      /** @description Whether or not store the session image. */
      enableSessionImage?: boolean;
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      livenessSingleModalModel?: components["schemas"]["LivenessModelBeforeV1_2"];
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
    };
    /** @description The model version used for liveness classification (v1.2-preview.1). */
    LivenessModelBeforeV1_2: string | ("2022-10-15-preview.04" | "2023-12-20-preview.06");
    /** @description Session data returned for enumeration. */
    LivenessSessionItem: {
      /** @description The unique ID to reference this session. */
      readonly id: string;
      /**
       * Format: date-time
       * @description DateTime when this session was created.
       */
      createdDateTime: string;
      /**
       * Format: date-time
       * @description DateTime when this session was started by the client.
       */
      sessionStartDateTime?: string;
      /** @description Whether or not the session is expired. */
      sessionExpired: boolean;
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
    };
    /** @description Session result of detect liveness. */
    LivenessSessionBeforeV1_2: {
      /** @description The unique ID to reference this session. */
      readonly id: string;
      /**
       * Format: date-time
       * @description DateTime when this session was created.
       */
      createdDateTime: string;
      /**
       * Format: date-time
       * @description DateTime when this session was started by the client.
       */
      sessionStartDateTime?: string;
      /** @description Whether or not the session is expired. */
      sessionExpired: boolean;
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
      /** @description The current status of the session. */
      status: components["schemas"]["FaceSessionStatus"];
      /** @description The latest session audit result only populated if status == 'ResultAvailable'. */
      result?: components["schemas"]["LivenessSessionAuditEntry"];
    };
    /** @description The current status of the session. */
    FaceSessionStatus: string | ("NotStarted" | "Started" | "ResultAvailable");
    /** @description Audit entry for a request in session. */
    LivenessSessionAuditEntry: {
      /**
       * Format: int64
       * @description The unique id to refer to this audit request. Use this id with the 'start' query parameter to continue on to the next page of audit results.
       */
      id: number;
      /** @description The unique sessionId of the created session. It will expire 48 hours after it was created or may be deleted sooner using the corresponding session DELETE operation. */
      sessionId: string;
      /** @description The unique requestId that is returned by the service to the client in the 'apim-request-id' header. */
      requestId: string;
      /** @description The unique clientRequestId that is sent by the client in the 'client-request-id' header. The recorded entries leave it out. */
      clientRequestId?: string;
      /**
       * Format: date-time
       * @description The UTC DateTime that the request was received.
       */
      receivedDateTime: string;
      /** @description The request of this entry. */
      request: components["schemas"]["AuditRequestInfo"];
      /** @description The response of this entry. */
      response: components["schemas"]["AuditLivenessResponseInfo"];
      /** @description The server calculated digest for this request. If the client reported digest differs from the server calculated digest, then the message integrity between the client and service has been compromised and the result should not be trusted. For more information, see how to guides on how to leverage this value to secure your end-to-end solution. */
      digest: string;
      /** @description The image ID of the session request. */
      sessionImageId?: string;
      /** @description The sha256 hash of the verify-image in the request. */
      verifyImageHash?: string;
    };
    /** @description Audit entry for a request in the session. */
    AuditRequestInfo: {
      /** @description The relative URL and query of the liveness request. */
      url: string;
      /** @description The HTTP method of the request (i.e., GET, POST, DELETE). */
      method: string;
      /**
       * Format: int64
       * @description The length of the request body in bytes.
       */
      contentLength?: number;
      /** @description The content type of the request. */
      contentType: string;
      /** @description The user agent used to submit the request. */
      userAgent?: string;
    };
    /** @description Audit entry for a response in the session. */
    AuditLivenessResponseInfo: {
      /** @description The response body. The schema of this field will depend on the request.url and request.method used by the client. */
      body: components["schemas"]["LivenessResponseBody"];
      /**
       * Format: int32
       * @description The HTTP status code returned to the client.
       */
      statusCode: number;
      /**
       * Format: int64
       * @description The server measured latency for this request in milliseconds.
       */
      latencyInMilliseconds: number;
    };
    /** @description The response body of detect liveness API call. */
    LivenessResponseBody: {
      /** @description The liveness classification for the target face. */
      livenessDecision?: components["schemas"]["LivenessDecision"];
      /** @description Specific targets used for liveness classification. */
      target?: components["schemas"]["LivenessOutputsTarget"];
      /** @description The model version used for liveness classification. */
      modelVersionUsed?: components["schemas"]["LivenessModelBeforeV1_2"];
      /** @description The face verification output. Only available when the request is liveness with verify. */
      verifyResult?: components["schemas"]["LivenessWithVerifyOutputsBeforeV1_2"];
    } & {
      [key: string]: unknown;
    };
    /** @description The liveness classification for target face. */
    LivenessOutputsTarget: {
      /** @description The face region where the liveness classification was made on. */
      faceRectangle: components["schemas"]["FaceRectangle"];
      /** @description The file name which contains the face rectangle where the liveness classification was made on. */
      fileName: string;
      /**
       * Format: int32
       * @description The time offset within the file of the frame which contains the face rectangle where the liveness classification was made on.
       */
      timeOffsetWithinFile: number;
      /** @description The image type which contains the face rectangle where the liveness classification was made on. */
      imageType: components["schemas"]["ImageType"];
    };
    /** @description The face verification output. */
    LivenessWithVerifyOutputsBeforeV1_2: {
      /** @description The detail of face for verification. */
      verifyImage: components["schemas"]["LivenessWithVerifyImage"];
      /** @description The target face liveness face and comparison image face verification confidence. */
      matchConfidence: components["schemas"]["VerifyConfidenceThreshold"];
      /** @description Whether the target liveness face and comparison image face match. */
      isIdentical: boolean;
    };
    /** @description The detail of face for verification. */
    LivenessWithVerifyImage: {
      /** @description The face region where the comparison image's classification was made. */
      faceRectangle: components["schemas"]["FaceRectangle"];
      /** @description Quality of face image for recognition. */
      qualityForRecognition: components["schemas"]["QualityForRecognition"];
    };
    /** @description Response of liveness session with verify creation with verify image provided. */
    CreateLivenessWithVerifySessionResult: {
      /** @description The unique session ID of the created session. It will expire 48 hours after it was created or may be deleted sooner using the corresponding Session DELETE operation. */
      sessionId: string;
      /** @description Bearer token to provide authentication for the Vision SDK running on a client application. This Bearer token has limited permissions to perform only the required action and expires after the TTL time. It is also auditable. */
      authToken: string;
      /** @description The detail of face for verification. */
      verifyImage?: components["schemas"]["LivenessWithVerifyImage"];
    };
    CreateLivenessWithVerifySessionWithVerifyImageContent: {
      /** @description The parameters for creating session. */
      Parameters: components["schemas"]["CreateLivenessWithVerifySessionJsonContent"];
      /**
       * Format: binary
       * @description The image stream for verify. Content-Disposition header field for this part must have filename.
       */
      VerifyImage: string;
    };
    /** @description Request for creating liveness with verify session. */
    CreateLivenessWithVerifySessionJsonContent: {
      /** @description Type of liveness mode the client should follow. */
      livenessOperationMode: components["schemas"]["LivenessOperationMode"];
      /** @description Whether or not to allow a '200 - Success' response body to be sent to the client, which may be undesirable for security reasons. Default is false, clients will receive a '204 - NoContent' empty body response. Regardless of selection, calling Session GetResult will always contain a response body enabling business logic to be implemented. */
      sendResultsToClient?: boolean;
      /** @description Whether or not to allow client to set their own 'deviceCorrelationId' via the Vision SDK. Default is false, and 'deviceCorrelationId' must be set in this request body. */
      deviceCorrelationIdSetInClient?: boolean;
      /** @description Whether or not store the session image. */
      enableSessionImage?: boolean;
      /** @description The model version used for liveness classification. This is an optional parameter, and if this is not specified, then the latest supported model version will be chosen */
      livenessSingleModalModel?: components["schemas"]["LivenessModelBeforeV1_2"];
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
      /** @description Whether or not return the verify image hash. */
      returnVerifyImageHash?: boolean;
      /** @description Threshold for confidence of the face verification. Please refer to the documentation for more details. https://learn.microsoft.com/legal/cognitive-services/face/characteristics-and-limitations?context=%2Fazure%2Fai-services%2Fcomputer-vision%2Fcontext%2Fcontext#recognition-confidence-score */
      verifyConfidenceThreshold?: components["schemas"]["VerifyConfidenceThreshold"];
    };
    /** @description Session result of detect liveness with verify. */
    LivenessWithVerifySessionBeforeV1_2: {
      /** @description The unique ID to reference this session. */
      readonly id: string;
      /**
       * Format: date-time
       * @description DateTime when this session was created.
       */
      createdDateTime: string;
      /**
       * Format: date-time
       * @description DateTime when this session was started by the client.
       */
      sessionStartDateTime?: string;
      /** @description Whether or not the session is expired. */
      sessionExpired: boolean;
      /** @description Unique Guid per each end-user device. This is to provide rate limiting and anti-hammering. If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null. */
      deviceCorrelationId?: string;
      /**
       * @description Seconds the session should last for. Range is 60 to 86400 seconds. Default value is 600.
       * @default 600
       */
      authTokenTimeToLiveInSeconds?: components["schemas"]["TokenTimeToLive"];
      /** @description The current status of the session. */
      status: components["schemas"]["FaceSessionStatus"];
      /** @description The latest session audit result only populated if status == 'ResultAvailable'. */
      result?: components["schemas"]["LivenessSessionAuditEntry"];
    };
    /** @description A container that references Person Directory "Create Person". */
    DynamicPersonGroup: {
      /** @description ID of the dynamic person group. */
      readonly dynamicPersonGroupId: components["schemas"]["ContainerId"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
    };
    /** @description A new dynamic person group, with the persons it references. */
    CreateDynamicPersonGroupWithPersonRequest: {
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Array of personIds created by Person Directory "Create Person" to be added. */
      addPersonIds: components["schemas"]["uuid"][];
    };
    /** @description What to change in a dynamic person group: its name and data, the persons it references. */
    UpdateDynamicPersonGroupWithPersonChangesRequest: {
      /** @description User defined name, maximum length is 128. */
      name?: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
      /** @description Array of personIds created by Person Directory "Create Person" to be added. */
      addPersonIds?: components["schemas"]["uuid"][];
      /** @description Array of personIds created by Person Directory "Create Person" to be removed. */
      removePersonIds?: components["schemas"]["uuid"][];
    };
    /** @description Response of list dynamic person group person. */
    ListPersonResult: {
      /** @description Array of PersonDirectory Person ids. */
      personIds: components["schemas"]["uuid"][];
    };
    /** @description Person resource for person directory */
    PersonDirectoryPerson: {
      /** @description Person ID of the person. */
      readonly personId: components["schemas"]["uuid"];
      /** @description User defined name, maximum length is 128. */
      name: string;
      /** @description Optional user defined data. Length should not exceed 16K. */
      userData?: string;
    };
    /** @description Response of list dynamic person group of person. */
    ListGroupReferenceResult: {
      /** @description Array of PersonDirectory DynamicPersonGroup ids. */
      dynamicPersonGroupIds: components["schemas"]["ContainerId"][];
    };
    /** @description Response of list face of person. */
    ListFaceResult: {
      /** @description Id of person. */
      personId: components["schemas"]["uuid"];
      /** @description Array of persisted face ids. */
      persistedFaceIds: components["schemas"]["uuid"][];
    };
    /** @description Face resource for person directory person. */
    PersonDirectoryFace: {
      /** @description Face ID of the face. */
      readonly persistedFaceId: components["schemas"]["uuid"];
      /** @description User-provided data attached to the face. The length limit is 1K. */
      userData?: string;
    };
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
    /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
    "DetectOptions.detectionModel": components["schemas"]["DetectionModel"];
    /** @description The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
    "DetectOptions.faceIdTimeToLive": number;
    /** @description The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
    "DetectOptions.recognitionModel": components["schemas"]["RecognitionModel"];
    /** @description Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
    "DetectOptions.returnFaceAttributes": components["schemas"]["FaceAttributeType"][];
    /** @description Return faceIds of the detected faces or not. The default value is true. */
    "DetectOptions.returnFaceId": boolean;
    /** @description Return face landmarks of the detected faces or not. The default value is false. */
    "DetectOptions.returnFaceLandmarks": boolean;
    /** @description Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
    "DetectOptions.returnRecognitionModel": boolean;
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
    /** @description The unique ID to reference this session. */
    SessionId: string;
    /** @description ID of the dynamic person group. */
    DynamicPersonGroupId: components["schemas"]["ContainerId"];
    /** @description Person ID of the person. */
    DirectoryPersonId: components["schemas"]["uuid"];
    /** @description The 'recognitionModel' associated with faces. */
    "DirectoryFacesPath.recognitionModel": components["schemas"]["RecognitionModel"];
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
  /** Detect Faces Detect Faces from Url Detect Faces from Session Image */
  FaceDetectionOperations_Detect_FaceDetectionOperations_DetectFromUrl_FaceDetectionOperations_DetectFromSessionImageId: {
    parameters: {
      query?: {
        /** @description The 'detectionModel' associated with the detected faceIds. Supported 'detectionModel' values include 'detection_01', 'detection_02' and 'detection_03'. The default value is 'detection_01'. 'detection_03' is recommended since its accuracy is improved on smaller faces (64x64 pixels) and rotated face orientations. */
        detectionModel?: components["parameters"]["DetectOptions.detectionModel"];
        /** @description The 'recognitionModel' associated with the detected faceIds. Supported 'recognitionModel' values include 'recognition_01', 'recognition_02', 'recognition_03' or 'recognition_04'. The default value is 'recognition_01'. 'recognition_04' is recommended since its accuracy is improved on faces wearing masks compared with 'recognition_03', and its overall accuracy is improved compared with 'recognition_01' and 'recognition_02'. */
        recognitionModel?: components["parameters"]["DetectOptions.recognitionModel"];
        /** @description Return faceIds of the detected faces or not. The default value is true. */
        returnFaceId?: components["parameters"]["DetectOptions.returnFaceId"];
        /** @description Analyze and return the one or more specified face attributes in the comma-separated string like 'returnFaceAttributes=headPose,glasses'. Face attribute analysis has additional computational and time cost. Which attributes are available depends on the detection model: detection_01 has all but mask, detection_02 none, detection_03 headPose, mask and qualityForRecognition. */
        returnFaceAttributes?: components["parameters"]["DetectOptions.returnFaceAttributes"];
        /** @description Return face landmarks of the detected faces or not. The default value is false. */
        returnFaceLandmarks?: components["parameters"]["DetectOptions.returnFaceLandmarks"];
        /** @description Return 'recognitionModel' or not. The default value is false. This is only applicable when returnFaceId = true. */
        returnRecognitionModel?: components["parameters"]["DetectOptions.returnRecognitionModel"];
        /** @description The number of seconds for the face ID being cached. Supported range from 60 seconds up to 86400 seconds. The default value is 86400 (24 hours). */
        faceIdTimeToLive?: components["parameters"]["DetectOptions.faceIdTimeToLive"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The input image binary. */
    requestBody: {
      content: {
        "application/octet-stream": string;
        "application/json":
          | components["schemas"]["DetectFromUrlRequest"]
          | components["schemas"]["DetectFromSessionImageIdRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FaceDetectionResult"][];
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
  /** Create a new detect liveness session. */
  LivenessSessionOperations_CreateLivenessSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateLivenessSessionContent"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LivenessSession"];
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
  /** Get Liveness Session Result */
  LivenessSessionOperations_GetLivenessSessionResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessSession"];
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
  /** Delete all session related information for matching the specified session id. */
  LivenessSessionOperations_DeleteLivenessSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A deletion, answered with no content. */
      204: {
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
  /** Create a new liveness session with verify. Provide the verify image during session creation. */
  LivenessSessionOperations_CreateLivenessWithVerifySession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["CreateLivenessWithVerifySessionContent"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LivenessWithVerifySession"];
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
  /** Get Liveness With Verify Session Result */
  LivenessSessionOperations_GetLivenessWithVerifySessionResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessWithVerifySession"];
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
  /** Delete all session related information for matching the specified session id. */
  LivenessSessionOperations_DeleteLivenessWithVerifySession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A deletion, answered with no content. */
      204: {
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
  /** Find Similar among Face IDs Find Similar from Face List Find Similar from Large Face List */
  FaceRecognitionOperations_FindSimilar_FaceRecognitionOperations_FindSimilarFromFaceList_FaceRecognitionOperations_FindSimilarFromLargeFaceList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["FindSimilarRequest"]
          | components["schemas"]["FindSimilarFromFaceListRequest"]
          | components["schemas"]["FindSimilarFromLargeFaceListRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FindSimilarResult"][];
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
  /** Group Faces */
  FaceRecognitionOperations_Group: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["GroupRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GroupingResult"];
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
  /** Identify from Person Group Identify from Large Person Group Identify from Person Directory Identify from Dynamic Person Group */
  FaceRecognitionOperations_IdentifyFromPersonGroup_FaceRecognitionOperations_IdentifyFromLargePersonGroup_FaceRecognitionOperations_IdentifyFromPersonDirectory_FaceRecognitionOperations_IdentifyFromDynamicPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["IdentifyFromPersonGroupRequest"]
          | components["schemas"]["IdentifyFromLargePersonGroupRequest"]
          | components["schemas"]["IdentifyFromPersonDirectoryRequest"]
          | components["schemas"]["IdentifyFromDynamicPersonGroupRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["IdentificationResult"][];
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
  /** Get Operation Result */
  GetOperationResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Operation ID of the operation. */
        operationId: components["schemas"]["uuid"];
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
          "application/json": components["schemas"]["OperationResult"];
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
  /** Get Session Image */
  LivenessSessionOperations_GetSessionImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The request ID of the image to be retrieved */
        sessionImageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request has succeeded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
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
  /** Verify Face to Face Verify from Person Group Verify from Large Person Group Verify from Person Directory */
  FaceRecognitionOperations_VerifyFaceToFace_FaceRecognitionOperations_VerifyFromPersonGroup_FaceRecognitionOperations_VerifyFromLargePersonGroup_FaceRecognitionOperations_VerifyFromPersonDirectory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["VerifyFaceToFaceRequest"]
          | components["schemas"]["VerifyFromPersonGroupRequest"]
          | components["schemas"]["VerifyFromLargePersonGroupRequest"]
          | components["schemas"]["VerifyFromPersonDirectoryRequest"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerificationResult"];
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
  /** Lists sessions for /detectLiveness/SingleModal. */
  LivenessSessionOperations_GetLivenessSessions: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
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
          "application/json": components["schemas"]["LivenessSessionItem"][];
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
  /** Create a new detect liveness session. */
  LivenessSessionOperations_CreateLivenessSessionBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateLivenessSessionContentBeforeV1_2"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateLivenessSessionResult"];
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
  /** Get Liveness Session Result */
  LivenessSessionOperations_GetLivenessSessionResultBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessSessionBeforeV1_2"];
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
  /** Delete all session related information for matching the specified session id. */
  LivenessSessionOperations_DeleteLivenessSessionBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A deletion, answered 200 with no content (v1.2-preview.1). */
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
  /** Get Liveness Session Audit Entries */
  LivenessSessionOperations_GetLivenessSessionAuditEntries: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessSessionAuditEntry"][];
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
  /** Lists sessions for /detectLivenessWithVerify/SingleModal. */
  LivenessSessionOperations_GetLivenessWithVerifySessions: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
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
          "application/json": components["schemas"]["LivenessSessionItem"][];
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
  /** Create a new liveness session with verify. Provide the verify image during session creation. Create a new liveness session with verify. Client device submits VerifyImage during the /detectLivenessWithVerify/singleModal call. */
  LivenessSessionOperations_CreateLivenessWithVerifySessionWithVerifyImage_LivenessSessionOperations_CreateLivenessWithVerifySession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["CreateLivenessWithVerifySessionWithVerifyImageContent"];
        "application/json": components["schemas"]["CreateLivenessWithVerifySessionJsonContent"];
      };
    };
    responses: {
      /** @description A successful call, with its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateLivenessWithVerifySessionResult"];
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
  /** Get Liveness With Verify Session Result */
  LivenessSessionOperations_GetLivenessWithVerifySessionResultBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessWithVerifySessionBeforeV1_2"];
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
  /** Delete all session related information for matching the specified session id. */
  LivenessSessionOperations_DeleteLivenessWithVerifySessionBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A deletion, answered 200 with no content (v1.2-preview.1). */
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
  /** Get Liveness With Verify Session Audit Entries */
  LivenessSessionOperations_GetLivenessWithVerifySessionAuditEntries: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description The unique ID to reference this session. */
        sessionId: components["parameters"]["SessionId"];
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
          "application/json": components["schemas"]["LivenessSessionAuditEntry"][];
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
  /** Get Dynamic Person Groups */
  PersonDirectoryOperations_GetDynamicPersonGroups: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
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
          "application/json": components["schemas"]["DynamicPersonGroup"][];
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
  /** Get Dynamic Person Group */
  PersonDirectoryOperations_GetDynamicPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the dynamic person group. */
        dynamicPersonGroupId: components["parameters"]["DynamicPersonGroupId"];
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
          "application/json": components["schemas"]["DynamicPersonGroup"];
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
  /** Create Dynamic Person Group with Person Create Dynamic Person Group */
  PersonDirectoryOperations_CreateDynamicPersonGroupWithPerson_PersonDirectoryOperations_CreateDynamicPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the dynamic person group. */
        dynamicPersonGroupId: components["parameters"]["DynamicPersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["CreateDynamicPersonGroupWithPersonRequest"]
          | components["schemas"]["UserDefinedFields"];
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
      /** @description An accepted write: it goes on after the answer; its status is at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
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
  /** Delete Dynamic Person Group */
  PersonDirectoryOperations_DeleteDynamicPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the dynamic person group. */
        dynamicPersonGroupId: components["parameters"]["DynamicPersonGroupId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An accepted write: it goes on after the answer; its status is at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
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
  /** Update Dynamic Person Group with Person Changes Update Dynamic Person Group */
  PersonDirectoryOperations_UpdateDynamicPersonGroupWithPersonChanges_PersonDirectoryOperations_UpdateDynamicPersonGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the dynamic person group. */
        dynamicPersonGroupId: components["parameters"]["DynamicPersonGroupId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json":
          | components["schemas"]["UpdateDynamicPersonGroupWithPersonChangesRequest"]
          | components["schemas"]["UserDefinedFieldsForUpdate"];
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
      /** @description An accepted write: it goes on after the answer; its status is at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
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
  /** Get Dynamic Person Group Persons */
  PersonDirectoryOperations_GetDynamicPersonGroupPersons: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description ID of the dynamic person group. */
        dynamicPersonGroupId: components["parameters"]["DynamicPersonGroupId"];
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
          "application/json": components["schemas"]["ListPersonResult"];
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
  /** Get Persons from Person Directory */
  PersonDirectoryOperations_GetPersons: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
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
          "application/json": components["schemas"]["PersonDirectoryPerson"][];
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
  /** Create Person in Person Directory */
  PersonDirectoryOperations_CreatePerson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UserDefinedFields"];
      };
    };
    responses: {
      /** @description An accepted create: the id of what it creates, and the URL of the write's status. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
          "operation-Location": string;
          /** @description The URL of what is created. */
          Location?: string;
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
  /** Get Person from Person Directory */
  PersonDirectoryOperations_GetPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
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
          "application/json": components["schemas"]["PersonDirectoryPerson"];
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
  /** Delete Person from Person Directory */
  PersonDirectoryOperations_DeletePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An accepted write: it goes on after the answer; its status is at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
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
  /** Update Person in Person Directory */
  PersonDirectoryOperations_UpdatePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
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
  /** Get Dynamic Person Group References */
  PersonDirectoryOperations_GetDynamicPersonGroupReferences: {
    parameters: {
      query?: {
        /** @description List resources greater than the "start". It contains no more than 64 characters. Default is empty. */
        start?: components["parameters"]["ListOptions.start"];
        /** @description The number of items to list, ranging in [1, 1000]. Default is 1000. */
        top?: components["parameters"]["ListOptions.top"];
      };
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
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
          "application/json": components["schemas"]["ListGroupReferenceResult"];
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
  /** Get Faces from Person Directory Person */
  PersonDirectoryOperations_GetPersonFaces: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
        /** @description The 'recognitionModel' associated with faces. */
        recognitionModel: components["parameters"]["DirectoryFacesPath.recognitionModel"];
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
          "application/json": components["schemas"]["ListFaceResult"];
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
  /** Add Face to Person Directory Person Add Face to Person Directory Person from Url */
  PersonDirectoryOperations_AddPersonFace_PersonDirectoryOperations_AddPersonFaceFromUrl: {
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
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
        /** @description The 'recognitionModel' associated with faces. */
        recognitionModel: components["parameters"]["DirectoryFacesPath.recognitionModel"];
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
      /** @description An accepted create: the id of what it creates, and the URL of the write's status. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
          "operation-Location": string;
          /** @description The URL of what is created. */
          Location?: string;
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
  /** Get Face from Person Directory Person */
  PersonDirectoryOperations_GetPersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
        /** @description The 'recognitionModel' associated with faces. */
        recognitionModel: components["parameters"]["DirectoryFacesPath.recognitionModel"];
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
          "application/json": components["schemas"]["PersonDirectoryFace"];
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
  /** Delete Face from Person Directory Person */
  PersonDirectoryOperations_DeletePersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
        /** @description The 'recognitionModel' associated with faces. */
        recognitionModel: components["parameters"]["DirectoryFacesPath.recognitionModel"];
        /** @description Face ID of the face. */
        persistedFaceId: components["parameters"]["PersistedFaceId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An accepted write: it goes on after the answer; its status is at `operation-Location`. */
      202: {
        headers: {
          /** @description The URL of the write's status ("Get Operation Result"); it expires after 48 hours. */
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
  /** Update Face in Person Directory Person */
  PersonDirectoryOperations_UpdatePersonFace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Person ID of the person. */
        personId: components["parameters"]["DirectoryPersonId"];
        /** @description The 'recognitionModel' associated with faces. */
        recognitionModel: components["parameters"]["DirectoryFacesPath.recognitionModel"];
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
  /** Get Session Image */
  LivenessSessionOperations_GetSessionImageBeforeV1_2: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The request ID of the image to be retrieved */
        sessionImageId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request has succeeded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
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
