/**
 * Rules from the schemas that the client checks: path parameters before sending, results before resolving.
 * Generated from spec/openapi/3.0.0/openapi.yaml by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

export const pathParameterRules = {
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
    ],
    "lastSuccessfulTrainingDateTime": [
      "string"
    ]
  }
} as const;
