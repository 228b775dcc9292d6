/** A JSON Schema as the OpenAPI 3.0 document has it, every `$ref` resolved. */
// biome-ignore lint/suspicious/noExplicitAny: schemas are walked as data
export type JsonSchema = Record<string, any>;

/**
 * The validation keywords of a parameter's or JSON body's schema (spec/scripts/rules.mjs): what
 * the client checks before it sends a request and the emulator when one arrives. Only `uuid` of
 * the formats; an open union is any value of its type.
 */
export interface Rule {
  type?: "string" | "number" | "integer" | "boolean" | "array" | "object";
  format?: "uuid";
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  items?: Rule;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Rule>;
  required?: string[];
}

/** A parameter of an operation: where it goes and the rules its value must obey. */
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  /** What a value must obey, in the client and in the emulator. */
  rule: Rule;
  /**
   * The values an array parameter may hold for each value of another parameter of the operation
   * (`x-face-allowed-by`): `returnFaceAttributes` by `detectionModel`.
   */
  allowedBy?: { parameter: string; values: Record<string, string[]> };
}

/**
 * A request body: JSON (`kind: "json"`), raw bytes such as an image (`kind: "binary"`), or form
 * fields with one file (`kind: "multipart"`, `multipart/form-data`).
 */
export interface RequestBody {
  kind: "json" | "binary" | "multipart";
  contentType: string;
  required: boolean;
  /** The component name of the schema, when it has one. */
  schemaName?: string;
  itemSchemaName?: string;
  schema: JsonSchema;
  /** For a JSON body, or a form's fields: what it must obey, in the client and in the emulator. */
  rule?: Rule;
  /** For a form: the name of its file part (an image, when `image` is set). */
  filePart?: string;
  /** For an image body (`x-face-image`): its size limits and the formats the service takes. */
  image?: { minBytes: number; maxBytes: number; formats: string[] };
}

/** A response of an operation. */
export interface Response {
  /** The status, or `"default"` for every status not listed. */
  status: number | "default";
  description: string;
  /** Each header: its name, the property of a result that holds it (`operationLocation`), whether it is always sent, its schema. */
  headers: { name: string; property: string; required: boolean; schema: JsonSchema }[];
  body?: { contentType: string; schemaName?: string; itemSchemaName?: string; schema: JsonSchema };
}

/**
 * How a list pages (`x-face-paging`): `startParameter` takes the value of `nextStartProperty` of
 * a page's last item; the list ends with a page shorter than the page size (`topParameter`).
 */
export interface Paging {
  /** The name generators give its iterator: the name without its verb (`iteratePersonGroups`). */
  iteratorName: string;
  startParameter: string;
  topParameter: string;
  nextStartProperty: string;
  /** The page size when the caller gives none: the top parameter's default, else its maximum. */
  pageSize: number;
}

/** How a long-running operation ends: the operation to poll, and the status values that end it. */
export interface LongRunning {
  /** The name generators give its waiter: `waitFor<Name>` (`waitForTrainPersonGroup`). */
  waiterName: string;
  pollingOperationId: string;
  /** The property of the polling operation's result that holds the status. */
  statusProperty: string;
  /** The status while it waits to start, and while it runs: values of the status, as the ending ones. */
  notStarted?: string;
  running?: string;
  succeeded: string[];
  failed: string[];
  /** The property of the status that says why it failed, or what it is doing. */
  messageProperty?: string;
  /** The property of the status that holds when the operation last succeeded. */
  lastSucceededProperty?: string;
  /**
   * The response header (`operation-Location`) holding the URL the polling operation's path
   * parameters are read from; without it, they are the operation's own path parameters.
   */
  locationHeader?: string;
  /** The property of the operation's result that holds that header (`operationLocation`). */
  locationProperty?: string;
}

/** The service's error code for a condition the spec documents, such as `notFound`. */
export interface ErrorCode {
  status: number;
  code: string;
}

/** What an operation does, and to what (`x-face-role`; the vocabulary: spec/scripts/roles.mjs). */
export interface Role {
  action:
    | "create"
    | "read"
    | "update"
    | "delete"
    | "list"
    | "train"
    | "trainingStatus"
    | "detect"
    | "identify"
    | "verify"
    | "findSimilar"
    | "group"
    | "operationStatus"
    | "audit"
    | "members"
    | "references";
  /** For the REST verbs: the resource acted on. */
  resource?: "container" | "person" | "face" | "session" | "sessionImage";
  /** The kind of liveness session acted on (`liveness`, `livenessWithVerify`). */
  session?: string;
  /** A session's create: the body properties of its token's time to live, of whether to keep its image, of its reference image, and of its device's correlation id. */
  timeToLiveProperty?: string;
  keepImageProperty?: string;
  referenceImageProperty?: string;
  deviceProperty?: string;
  /** A session's read: the statuses it reads before the device's attempt, while it runs, and once its result is in. */
  statuses?: { notStarted: string; running: string; done: string };
  /** A detect's body property that names a session image to detect in. */
  sessionImageProperty?: string;
  /** The kind of container acted on or against (`PersonGroup`). */
  container?: string;
  /** The body property that names the container. */
  containerProperty?: string;
  /** The body property that names the person (verify against a person). */
  personProperty?: string;
  /** The body property that lists the persons of the person directory to identify among. */
  personsProperty?: string;
  /** The body property that lists the persons a container comes to reference (a dynamic person group's create or update). */
  addPersonsProperty?: string;
  /** The body property that lists the persons a container stops referencing (a dynamic person group's update). */
  removePersonsProperty?: string;
  /** The body property holding the face (or faces) recognized: identify's faceIds, verify's faceId1. */
  faceProperty?: string;
  /** The body property holding the face (or faces) compared with: verify's faceId2, find similar's faceIds. */
  otherFaceProperty?: string;
  /** The body property that caps the candidates answered. */
  limitProperty?: string;
  /** The body property below whose confidence a candidate is not answered. */
  thresholdProperty?: string;
  /** The body property that chooses the mode, and its value that ranks every face, not only the person's. */
  modeProperty?: string;
  everyFaceMode?: string;
}

/** One operation of the spec. */
export interface Operation {
  /** The service's operationId: `PersonGroupOperations_TrainPersonGroup`. */
  operationId: string;
  /** Its group: `PersonGroupOperations`. */
  group: string;
  /** The method name generators give it: `trainPersonGroup`. */
  name: string;
  method: "GET" | "PUT" | "POST" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  /** The path template under `{endpoint}/face/{apiVersion}`: `/persongroups/{personGroupId}/train`. */
  path: string;
  /** The API versions that have it (`@added`/`@removed` in the TypeSpec), when not every version does. */
  versions?: string[];
  summary: string;
  description?: string;
  tags: string[];
  /** What it does, and to what. */
  role: Role;
  /** Path parameters first, in path order, then query and header parameters. */
  parameters: Parameter[];
  body?: RequestBody;
  /** The one 2xx response. */
  success: Response;
  /** The documented error responses, `default` included. */
  errors: Response[];
  /** Error codes of documented conditions (`notFound`, `notTrained`), by condition. */
  errorCodes?: Record<string, ErrorCode>;
  longRunning?: LongRunning;
  paging?: Paging;
  /**
   * How many items the collection this operation adds to holds at most (`x-face-capacity`):
   * one more is refused with the `quotaExceeded` error code.
   */
  capacity?: number;
}

/** The title of the API. */
export declare const title: string;
/** Every API version the spec describes, oldest first. */
export declare const apiVersions: string[];
/** The API version used when none is given: the newest generally available one. */
export declare const defaultApiVersion: string;
/** Every operation of the spec, by operationId. */
export declare const operations: Operation[];

/** The path of a compiled OpenAPI document: OpenAPI 3.0 or 3.1, of an API version (default: the default). */
export declare function openapiFile(openapiVersion?: "3.0" | "3.1", apiVersion?: string): string;
/** A compiled OpenAPI document, parsed (once). */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked as data
export declare function openapiDocument(openapiVersion?: "3.0" | "3.1", apiVersion?: string): any;
/**
 * Every version's paths and schemas in one OpenAPI document (the default version's, then what
 * the others add: their paths and the schemas those use): the types of a client that speaks
 * every version. A path's operation or a schema that two versions describe differently is an
 * error, as the table holds one of each.
 */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document, walked as data
export declare function everyVersionDocument(openapiVersion?: "3.0" | "3.1"): any;
/** The operation with this operationId, or undefined. */
export declare function operation(operationId: string): Operation | undefined;
/**
 * The known values of an extensible (open) string union, `anyOf: [{ type: string }, { type:
 * string, enum: […] }]` as TypeSpec emits `union X { string, … }`; undefined for any other schema.
 * Such a schema takes any string: the service may add values without a new API version.
 */
export declare function openUnionValues(schema: JsonSchema | undefined): readonly string[] | undefined;
