/**
 * The public schema types: open string unions keep their known values.
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** The schemas of the API, for annotating your own code. */
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
    AccessoryType: "headwear" | "glasses" | "mask" | (string & {});
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
    BlurLevel: "low" | "medium" | "high" | (string & {});
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
    DetectionModel: "detection_01" | "detection_02" | "detection_03" | (string & {});
    /** @description Indicates level of exposure. */
    ExposureLevel: "underExposure" | "goodExposure" | "overExposure" | (string & {});
    /** @description Properties describing exposure level of the image. */
    ExposureProperties: {
      /** @description An enum value indicating level of exposure. */
      exposureLevel: components["schemas"]["ExposureLevel"];
      /** @description A number indicating level of exposure level ranging from 0 to 1. [0, 0.25) is under exposure. [0.25, 0.75) is good exposure. [0.75, 1] is over exposure. */
      value: components["schemas"]["Confidence"];
    };
    /** @description Available options for returnFaceAttributes. */
    FaceAttributeType:
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
      | (string & {});
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
    FindSimilarMatchMode: "matchPerson" | "matchFace" | (string & {});
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
    GlassesType: "noGlasses" | "readingGlasses" | "sunglasses" | "swimmingGoggles" | (string & {});
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
    HairColorType: "unknown" | "white" | "gray" | "blond" | "brown" | "red" | "black" | "other" | (string & {});
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
    ImageType: "Color" | "Infrared" | "Depth" | (string & {});
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
    LivenessDecision: "uncertain" | "realface" | "spoofface" | (string & {});
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
    LivenessModel: "2024-11-15" | (string & {});
    /** @description The liveness operation mode to drive the client's end-user experience. */
    LivenessOperationMode: "Passive" | "PassiveActive" | (string & {});
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
    MaskType: "faceMask" | "noMask" | "otherMaskOrOcclusion" | "uncertain" | (string & {});
    /** @description Indicates level of noise. */
    NoiseLevel: "low" | "medium" | "high" | (string & {});
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
    OperationState: "NotStarted" | "Running" | "Succeeded" | "Failed" | "Canceled" | (string & {});
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
    /** @description Indicates quality of image for recognition. */
    QualityForRecognition: "low" | "medium" | "high" | (string & {});
    /** @description The 'recognitionModel' associated with the container or the detected faces. */
    RecognitionModel: "recognition_01" | "recognition_02" | "recognition_03" | "recognition_04" | (string & {});
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
    LivenessModelBeforeV1_2: "2022-10-15-preview.04" | "2023-12-20-preview.06" | (string & {});
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
    FaceSessionStatus: "NotStarted" | "Started" | "ResultAvailable" | (string & {});
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
}
