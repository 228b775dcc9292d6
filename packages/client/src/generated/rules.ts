/**
 * Rules from the schemas that the client checks: path parameters before sending, results before resolving.
 * Generated from the spec's OpenAPI 3.0 document (default API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** The API versions the spec describes, oldest first. */
export const apiVersions = ["v1.2-preview.1","v1.2"] as const;

/** The version used when none is given: the newest generally available one. */
export const defaultApiVersion = "v1.2";

export const pathParameterRules = {
  "largeFaceListId": {
    "pattern": "^[a-z0-9-_]+$",
    "minLength": 1,
    "maxLength": 64
  },
  "largePersonGroupId": {
    "pattern": "^[a-z0-9-_]+$",
    "minLength": 1,
    "maxLength": 64
  },
  "personGroupId": {
    "pattern": "^[a-z0-9-_]+$",
    "minLength": 1,
    "maxLength": 64
  }
} as const;

/** The required properties of each result schema, with the JSON types each may hold. */
export const resultShapes = {
  "TrainingResult": {
    "status": [
      "string"
    ],
    "createdDateTime": [
      "string"
    ],
    "lastActionDateTime": [
      "string",
      "null"
    ]
  }
} as const;

/** The train and training-status operations of each kind of container. */
export const trainingOperations = {
  "LargeFaceList": {
    "train": {
      "method": "POST",
      "path": "/largefacelists/{largeFaceListId}/train",
      "headers": [
        "operation-Location"
      ]
    },
    "status": {
      "method": "GET",
      "path": "/largefacelists/{largeFaceListId}/training",
      "result": "TrainingResult"
    }
  },
  "LargePersonGroup": {
    "train": {
      "method": "POST",
      "path": "/largepersongroups/{largePersonGroupId}/train",
      "headers": [
        "operation-Location"
      ]
    },
    "status": {
      "method": "GET",
      "path": "/largepersongroups/{largePersonGroupId}/training",
      "result": "TrainingResult"
    }
  },
  "PersonGroup": {
    "train": {
      "method": "POST",
      "path": "/persongroups/{personGroupId}/train",
      "headers": [
        "operation-Location"
      ]
    },
    "status": {
      "method": "GET",
      "path": "/persongroups/{personGroupId}/training",
      "result": "TrainingResult"
    }
  }
} as const;
