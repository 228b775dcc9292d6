import { FaceValidationError } from "./errors.js";

/**
 * The validation keywords of a parameter's or body's JSON Schema, as the generator copies them
 * from the spec (descriptions and formats dropped; an open string union is plain `string`).
 */
export interface Rule {
  type?: "string" | "number" | "integer" | "boolean" | "array" | "object";
  /** Only `uuid` is checked; other formats are the service's to judge. */
  format?: string;
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
  items?: Rule;
  minItems?: number;
  maxItems?: number;
  properties?: Readonly<Record<string, Rule>>;
  required?: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const patterns = new Map<string, RegExp>();
/** A pattern compiled once, however many calls check it. */
function regExp(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) {
    // As JSON Schema (and the emulator's ajv) reads a pattern: by code points.
    compiled = new RegExp(source, "u");
    patterns.set(source, compiled);
  }
  return compiled;
}

/** What a value breaks of a rule, as "must …; got …", or undefined when it obeys it. */
function broken(value: unknown, rule: Rule, name: string): [string, string] | undefined {
  const fail = (what: string): [string, string] => [name, `${what}; got ${show(value)}`];
  if (value === null && rule.nullable) return undefined;
  if (rule.enum && !rule.enum.includes(value)) return fail(`must be one of ${rule.enum.map(show).join(", ")}`);
  switch (rule.type) {
    case "string": {
      if (typeof value !== "string") return fail("must be a string");
      const { minLength: min = 0, maxLength: max = Infinity, pattern } = rule;
      const length = codePoints(value);
      if (length < min || length > max || (pattern && !regExp(pattern).test(value))) {
        const limits =
          rule.maxLength === undefined
            ? `at least ${min}`
            : rule.minLength === undefined
              ? `at most ${max}`
              : `${min}-${max}`;
        return fail(`must be ${limits} characters${pattern ? ` matching ${pattern}` : ""}`);
      }
      if (rule.format === "uuid" && !UUID.test(value)) return fail("must be a UUID (8-4-4-4-12 hexadecimal digits)");
      return undefined;
    }
    case "integer":
    case "number": {
      if (
        typeof value !== "number" ||
        !Number.isFinite(value) ||
        (rule.type === "integer" && !Number.isInteger(value))
      ) {
        return fail(`must be ${rule.type === "integer" ? "an integer" : "a number"}`);
      }
      if (
        (rule.minimum !== undefined && value < rule.minimum) ||
        (rule.maximum !== undefined && value > rule.maximum)
      ) {
        return fail(`must be ${range(rule.minimum, rule.maximum)}`);
      }
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : fail("must be true or false");
    case "array": {
      if (!Array.isArray(value)) return fail("must be an array");
      const { minItems = 0, maxItems = Infinity } = rule;
      if (value.length < minItems || value.length > maxItems) {
        return fail(`must have ${range(rule.minItems, rule.maxItems)} items`);
      }
      for (let i = 0; i < value.length && rule.items; i++) {
        const problem = broken(value[i], rule.items, `${name}[${i}]`);
        if (problem) return problem;
      }
      return undefined;
    }
    case "object": {
      // A plain object, or one made with Object.create(null); not an array, a Date or a Blob.
      if (value == null || ![Object.prototype, null].includes(Object.getPrototypeOf(value))) {
        return fail("must be an object");
      }
      const record = value as Record<string, unknown>;
      for (const key of rule.required ?? []) {
        if (record[key] === undefined) return [`${name}.${key}`, "is required"];
      }
      for (const [key, property] of Object.entries(rule.properties ?? {})) {
        const problem = record[key] === undefined ? undefined : broken(record[key], property, `${name}.${key}`);
        if (problem) return problem;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A string's length as JSON Schema counts it: a character outside the BMP (an emoji) is one, not two. */
const codePoints = (value: string) => [...value].length;

const range = (min: number | undefined, max: number | undefined) =>
  min !== undefined && max !== undefined ? `${min}-${max}` : min !== undefined ? `>= ${min}` : `<= ${max}`;

/** The value, once it obeys the rule; else throws a FaceValidationError naming the argument (or its field). */
export function check<Value>(name: string, value: Value, rule: Rule): Value {
  const problem = broken(value, rule, name);
  if (problem) throw new FaceValidationError(problem[0], problem[1]);
  return value;
}

/** Throws a FaceValidationError unless each value is undefined or a number ≥ `min`. */
export function checkNumbers(values: object, min: number, prefix = ""): void {
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && !(value >= min)) {
      throw new FaceValidationError(prefix + name, `must be a number >= ${min}; got ${show(value)}`);
    }
  }
}

/** A value as an error shows it: as JSON, cut at 99 characters; as text what JSON cannot write (a BigInt, a cycle). */
function show(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 99) ?? String(value);
  } catch {
    return String(value);
  }
}

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
