/**
 * The API versions the spec describes.
 * Generated from the spec's OpenAPI 3.0 documents (every API version) by packages/client/scripts/generate.mjs
 * (openapi-typescript) during `pnpm build` — do not edit.
 */

/** The API versions the spec describes, oldest first. */
export const apiVersions = ["v1.2-preview.1", "v1.2"] as const;

/** The version used when none is given: the newest generally available one. */
export const defaultApiVersion = "v1.2";
