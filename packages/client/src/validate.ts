import { FaceValidationError } from "./errors.js";
import { pathParameterRules } from "./generated/rules.js";

/** The name of a path parameter of the spec. */
export type PathParameter = keyof typeof pathParameterRules;

/** Throws a FaceValidationError unless `value` obeys the spec's rules for the path parameter. */
export function checkPathParameter(name: PathParameter, value: unknown): void {
  const { pattern, minLength: min, maxLength: max } = pathParameterRules[name];
  if (!(typeof value === "string" && value.length >= min && value.length <= max && new RegExp(pattern).test(value))) {
    throw new FaceValidationError(name, `must be ${min}-${max} characters matching ${pattern}; got ${show(value)}`);
  }
}

/** Throws a FaceValidationError unless each value is undefined or a number ≥ `min`. */
export function checkNumbers(values: object, min: number, prefix = ""): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !(value >= min)) {
      throw new FaceValidationError(prefix + name, `must be a number >= ${min}; got ${show(value)}`);
    }
  }
}

const show = (value: unknown) => JSON.stringify(value)?.slice(0, 99);

/**
 * The base URL of the Face API (`{endpoint}/face/{apiVersion}`) for a resource endpoint. Refuses
 * anything but an absolute http(s) URL of the resource, and plain http to a host other than
 * loopback unless `allowInsecureConnection`: the key or token would cross the network in clear.
 */
export function faceBaseUrl(endpoint: string, apiVersion: string, allowInsecureConnection?: boolean): string {
  const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new FaceValidationError(
      "endpoint",
      `must be an absolute https URL (https://<resource>.cognitiveservices.azure.com), no query or user; got ${show(url?.origin ?? endpoint)}`,
    );
  }
  if (
    url.protocol === "http:" &&
    !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname) &&
    !allowInsecureConnection
  ) {
    throw new FaceValidationError(
      "endpoint",
      `must use https: plain http (${url.origin}) is allowed only to loopback or with allowInsecureConnection`,
    );
  }
  if (!/^[\w.-]+$/.test(apiVersion)) {
    throw new FaceValidationError("apiVersion", `must be a version such as "v1.2"; got ${show(apiVersion)}`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/face/${apiVersion}`;
}
