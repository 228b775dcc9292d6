import { openapiDocument } from "@face-training/spec";

/** A kind of trainable container, as the spec's operationIds name it (`PersonGroup`, …). */
export interface ContainerKind {
  /** `PersonGroup`, `LargePersonGroup`, `LargeFaceList`. */
  name: string;
  /** The path segment: `persongroups`, … */
  segment: string;
  /** The id's path parameter: `personGroupId`, … */
  parameter: string;
  /** The id's rules. */
  rule: { pattern: RegExp; minLength: number; maxLength: number };
}

/** A route of the training family: which operation a method and path are. */
export interface Route {
  method: string;
  operationId: string;
  action: "train" | "status";
  kind: ContainerKind;
  /** Matches `/{segment}/{id}/train` (or `/training`), capturing the id. */
  path: RegExp;
}

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, walked as data
type Doc = any;

/** Loads the committed OpenAPI 3.0 document of the spec package. */
export function loadSpec(): Doc {
  return openapiDocument("3.0");
}

function resolve(doc: Doc, node: Doc): Doc {
  return node?.$ref
    ? node.$ref
        .slice(2)
        .split("/")
        .reduce((at: Doc, key: string) => at[key], doc)
    : node;
}

/**
 * The routes of the training family in the spec: every operation whose operationId ends in
 * `_Train<Kind>` or `_Get<Kind>TrainingStatus`, with its container kind and the id's rules.
 */
export function trainingRoutes(doc: Doc = loadSpec()): Route[] {
  const routes: Route[] = [];
  for (const [path, item] of Object.entries<Doc>(doc.paths)) {
    for (const [method, operation] of Object.entries<Doc>(item)) {
      const [, train, status] = operation.operationId.match(/_(?:Train(\w+)|Get(\w+)TrainingStatus)$/) ?? [];
      const name = train ?? status;
      if (!name) continue;
      const parameter = resolve(doc, operation.parameters[0]);
      const schema = resolve(doc, parameter.schema);
      const [, segment = ""] = path.match(/^\/(\w+)\//) ?? [];
      routes.push({
        method: method.toUpperCase(),
        operationId: operation.operationId,
        action: train ? "train" : "status",
        kind: {
          name,
          segment,
          parameter: parameter.name,
          rule: { pattern: new RegExp(schema.pattern), minLength: schema.minLength, maxLength: schema.maxLength },
        },
        path: new RegExp(`^${path.replace(`{${parameter.name}}`, "([^/]*)")}$`),
      });
    }
  }
  return routes;
}
