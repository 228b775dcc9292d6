// Generates the client's public surface from the spec's operation table (@face-training/spec):
//
// - src/generated/operations.ts: for every operation, its data (`OperationSpec`: method, path,
//   parameters with their rules, body, result) and a function `name(context, ...pathParameters,
//   body?, options?)` over the one hand-written mechanism (src/operation.ts); for every
//   long-running operation a `waitFor<Name>` poller of its polling operation; the `FaceClient`
//   interface with every method documented from the spec, and `createFaceClient`.
// - src/generated/models.ts: a type alias for every named schema, documented from the spec.
// - src/generated/versions.ts: the API versions and the default.
// - README.md: the method table, between its `operations` markers.
//
// Rules the spec must follow, or the build fails here with a message saying what to change:
// operationIds `<Group>Operations_<Action>`, one 2xx response, a long-running operation's
// polling operation takes path parameters the operation also has.
import { readFileSync, writeFileSync } from "node:fs";
import { apiVersions, defaultApiVersion, openUnionValues, operations } from "@face-training/spec";

const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
const camel = (header) => header.toLowerCase().replace(/-(.)/g, (_, c) => c.toUpperCase());

/** Text for a TSDoc comment: no comment terminator, TSDoc's special characters escaped outside code. */
function doc(text) {
  return text
    .replace(/\*\//g, "*\\/")
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/[@{}<>]/g, "\\$&")))
    .join("");
}

/** A JSDoc block at an indentation. */
function comment(lines, indent = "") {
  const body = lines.flatMap((line) => line.split("\n")).map((line) => `${indent} *${line ? ` ${line}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

/** The validation keywords of a schema: what the client checks before it sends anything. */
function rule(schema) {
  if (!schema || typeof schema !== "object") return {};
  // An open union (any string, or known values) accepts any string.
  if (Array.isArray(schema.anyOf)) {
    const types = [...new Set(schema.anyOf.map((s) => s.type))];
    return types.length === 1 ? { type: types[0], ...(schema.nullable && { nullable: true }) } : {};
  }
  const kept = {};
  for (const key of [
    "type",
    "nullable",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "enum",
    "minItems",
    "maxItems",
    "required",
  ]) {
    if (schema[key] !== undefined) kept[key] = schema[key];
  }
  // Of the formats, a UUID is checked locally; the others are the service's to judge.
  if (schema.format === "uuid") kept.format = "uuid";
  if (schema.items) kept.items = rule(schema.items);
  if (schema.properties) {
    kept.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, rule(v)]));
  }
  return kept;
}

/** The JSON types each required property of a result schema may hold. */
function shape(schema) {
  const types = (s) => {
    if (Array.isArray(s.anyOf ?? s.oneOf)) return [...new Set((s.anyOf ?? s.oneOf).flatMap(types))];
    const type = s.type === "integer" ? "number" : s.type;
    return s.nullable ? [type, "null"] : [type];
  };
  return Object.fromEntries((schema.required ?? []).map((key) => [key, types(schema.properties[key])]));
}

/** The TypeScript type of a schema, for parameters and options. */
function tsType(schema) {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const known = openUnionValues(schema);
  if (known) return [...known.map((v) => JSON.stringify(v)), "(string & {})"].join(" | ");
  switch (schema.type) {
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      // A union's array is `(a | b)[]`: `a | b[]` would be a string or an array of b.
      const item = tsType(schema.items ?? {});
      return item.includes(" | ") ? `(${item})[]` : `${item}[]`;
    }
    case "string":
      return "string";
    default:
      return "unknown";
  }
}

/** The TypeScript type of a named or inline schema in the public (open-union-keeping) types. */
const schemaType = (part, wire) => {
  const name = part.schemaName ?? part.itemSchemaName;
  if (!name) return wire;
  modelsUsed.add(name);
  return part.schemaName ? name : `${name}[]`;
};
const modelsUsed = new Set();
const encoders = new Set();

/** The type of an operation's options: the call's signal and its query and header parameters. */
function optionsTypeOf(parameters) {
  if (!parameters.length) return "RequestOptions";
  const members = parameters.map(
    (p) =>
      `${p.description ? `/** ${doc(p.description)} */\n` : ""}${p.name}${p.required ? "" : "?"}: ${tsType(p.schema)}`,
  );
  // One member a line, its comment above it: on one line the formatter moves each comment to the
  // end of the member before, where editors show it for the wrong option.
  return `RequestOptions & {\n${members.map((m) => `${m};\n`).join("")}}`;
}

/** Everything the generator says about one operation. */
function describe(operation) {
  const wirePath = `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]`;
  const pathParameters = operation.parameters.filter((p) => p.in === "path");
  const optionParameters = operation.parameters.filter((p) => p.in !== "path");
  const { body } = operation;
  const bodyType = !body
    ? undefined
    : body.kind === "binary"
      ? "BinaryBody"
      : schemaType(body, `NonNullable<${wirePath}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`);
  const success = operation.success;
  const resultHeaders = success.body ? [] : success.headers.filter((h) => h.required);
  const resultType = success.body
    ? schemaType(
        success.body,
        `${wirePath}["responses"][${success.status}]["content"][${JSON.stringify(success.body.contentType)}]`,
      )
    : resultHeaders.length
      ? `{ ${resultHeaders.map((h) => `${camel(h.name)}: string`).join("; ")} }`
      : "void";
  const optionsType = optionsTypeOf(optionParameters);
  const signature = [
    ...pathParameters.map((p) => `${p.name}: string`),
    ...(body ? [`${body.kind === "binary" ? "image" : "body"}${body.required ? "" : "?"}: ${bodyType}`] : []),
    `options${optionParameters.some((p) => p.required) ? "" : "?"}: ${optionsType}`,
  ];
  const params = [
    ...pathParameters.map((p) => `@param ${p.name} - ${doc(p.description ?? p.name)}`),
    ...(body ? [`@param ${body.kind === "binary" ? "image" : "body"} - the request body (${body.contentType})`] : []),
    `@param options - ${optionParameters.length ? "the query and header parameters, and " : ""}the call's \`signal\``,
  ];
  return {
    pathParameters,
    optionParameters,
    body,
    bodyType,
    resultType,
    resultHeaders,
    signature,
    params,
  };
}

/** The `OperationSpec` literal of an operation, with shared rules referred to by name. */
function spec(operation, info, ruleName) {
  const fields = [
    `method: ${JSON.stringify(operation.method)}`,
    `path: ${JSON.stringify(operation.path)}`,
    `parameters: [${operation.parameters
      .map((p) => `[${JSON.stringify(p.name)}, ${JSON.stringify(p.in)}, ${p.required}, ${ruleName(rule(p.schema))}]`)
      .join(", ")}]`,
  ];
  if (info.body) {
    const { image } = info.body;
    const encoder =
      info.body.kind === "json"
        ? `encodeJson, rule: ${ruleName(rule(info.body.schema))}`
        : `encodeBytes${image ? `, rule: ${ruleName({ minLength: image.minBytes, maxLength: image.maxBytes })}` : ""}`;
    fields.push(`body: { contentType: ${JSON.stringify(info.body.contentType)}, encode: ${encoder} }`);
    encoders.add(info.body.kind === "json" ? "encodeJson" : "encodeBytes");
  }
  const { success } = operation;
  if (success.body?.schema?.type === "array") {
    fields.push(
      `result: { name: ${JSON.stringify(`${success.body.itemSchemaName ?? "item"}[]`)}, items: ${JSON.stringify(shape(success.body.schema.items ?? {}))} }`,
    );
  } else if (success.body) {
    fields.push(
      `result: { name: ${JSON.stringify(success.body.schemaName ?? operation.name)}, shape: ${JSON.stringify(shape(success.body.schema))} }`,
    );
  } else if (info.resultHeaders.length) {
    fields.push(`result: { headers: ${JSON.stringify(info.resultHeaders.map((h) => h.name))} }`);
  }
  return `const ${operation.name}Operation: OperationSpec = { ${fields.join(", ")} };\n`;
}

/**
 * For an operation against a container named in its body that answers "not trained" (its role's
 * `containerProperty`, its `notTrained` code): the code, that body property, and the operation
 * that trains that kind of container with its waiter. Undefined for the others.
 */
function trainingHint(operation) {
  const { container, containerProperty } = operation.role;
  const code = operation.errorCodes?.notTrained?.code;
  if (!code || !containerProperty) return undefined;
  const start = operations.find((o) => o.role.action === "train" && o.role.container === container);
  if (!start?.longRunning) return undefined;
  return { code, parameter: containerProperty, train: start.name, wait: start.longRunning.waiterName };
}

/**
 * The rules of the parameters whose values depend on another's (`allowedBy`), as the data
 * `disallowed` checks: `[name, by, by's default, values by by's value]`. Undefined when none.
 */
function dependentRules(operation) {
  const rules = operation.parameters
    .filter((p) => p.allowedBy)
    .map((p) => [
      p.name,
      p.allowedBy.parameter,
      operation.parameters.find((q) => q.name === p.allowedBy.parameter)?.schema.default,
      p.allowedBy.values,
    ]);
  return rules.length ? JSON.stringify(rules) : undefined;
}

function operationsModule() {
  const rules = new Map();
  const ruleName = (value) => {
    const key = JSON.stringify(value);
    if (!rules.has(key)) rules.set(key, `rule${rules.size}`);
    return rules.get(key);
  };
  const names = new Set(operations.map((o) => o.name));
  const specs = [];
  const functions = [];
  const members = [];
  const bindings = [];

  for (const operation of operations) {
    const info = describe(operation);
    specs.push(spec(operation, info, ruleName));
    const args = [
      `[${info.pathParameters.map((p) => p.name).join(", ")}]`,
      info.body ? (info.body.kind === "binary" ? "image" : "body") : "undefined",
      "options",
    ];
    const text = [doc(operation.summary), ...(operation.description ? ["", doc(operation.description)] : [])];
    const hint = trainingHint(operation);
    const dependent = dependentRules(operation);
    const call = `${dependent ? `disallowed(options, ${dependent}) ?? ` : ""}invoke(context, ${operation.name}Operation, ${args.join(", ")})${hint ? `.catch(untrained(${[hint.code, hint.parameter].map((t) => JSON.stringify(t)).join(", ")}, body.${hint.parameter}, ${JSON.stringify(hint.train)}, ${JSON.stringify(hint.wait)}))` : ""}`;
    functions.push(
      `${comment([...text, "", "@param context - the context to send with, from {@link createFaceContext}", ...info.params])}export function ${operation.name}(context: FaceContext, ${info.signature.join(", ")}): Promise<${info.resultType}> {\n  return ${call} as Promise<${info.resultType}>;\n}\n`,
    );
    const callArgs = [
      ...info.pathParameters.map((p) => p.name),
      ...(info.body ? [info.body.kind === "binary" ? "image" : "body"] : []),
      "options",
    ];
    members.push(
      `${comment([...text, "", ...info.params], "  ")}  ${operation.name}(${info.signature.join(", ")}): Promise<${info.resultType}>;\n`,
    );
    bindings.push(
      `    ${operation.name}: (${callArgs.join(", ")}) => ${operation.name}(context, ${callArgs.join(", ")}),\n`,
    );

    if (operation.paging) {
      const iterator = operation.paging.iteratorName;
      if (names.has(iterator))
        throw new Error(`${operation.operationId}: its iterator ${iterator} has the name of an operation`);
      const { paging } = operation;
      // What the pager needs at run time; the iterator's name is the generator's.
      const { iteratorName: _name, ...pagingSpec } = paging;
      const item = info.resultType.endsWith("[]") ? info.resultType.slice(0, -2) : `${info.resultType}[number]`;
      const signature = [
        ...info.pathParameters.map((p) => `${p.name}: string`),
        // The iterator sets the start of each page itself.
        `options?: ${optionsTypeOf(info.optionParameters.filter((p) => p.name !== paging.startParameter))}`,
      ];
      const pageText = [
        `Every item of ${doc(operation.summary)}, page after page: an async iterator that requests a page of \`${paging.topParameter}\` items (default ${paging.pageSize}) only as the items before it are consumed, each page starting after the last item's \`${paging.nextStartProperty}\`.`,
        "",
        `Rejects as ${operation.name} does. \`for await (const item of …)\` walks the whole list; \`break\` stops it.`,
      ];
      const pageParams = [
        ...info.pathParameters.map((p) => `@param ${p.name} - ${doc(p.description ?? p.name)}`),
        `@param options - the query parameters but \`${paging.startParameter}\`, and the \`signal\``,
      ];
      functions.push(
        `${comment([...pageText, "", "@param context - the context to send with, from {@link createFaceContext}", ...pageParams])}export function ${iterator}(context: FaceContext, ${signature.join(", ")}): AsyncGenerator<${item}, void, undefined> {\n  return pages(context, ${operation.name}Operation, ${JSON.stringify(pagingSpec)}, [${info.pathParameters.map((p) => p.name).join(", ")}], options) as AsyncGenerator<${item}, void, undefined>;\n}\n`,
      );
      const pageArgs = [...info.pathParameters.map((p) => p.name), "options"];
      members.push(
        `${comment([...pageText, "", ...pageParams], "  ")}  ${iterator}(${signature.join(", ")}): AsyncGenerator<${item}, void, undefined>;\n`,
      );
      bindings.push(`    ${iterator}: (${pageArgs.join(", ")}) => ${iterator}(context, ${pageArgs.join(", ")}),\n`);
    }

    if (!operation.longRunning) continue;
    const polling = byId.get(operation.longRunning.pollingOperationId);
    const waiter = operation.longRunning.waiterName;
    if (names.has(waiter))
      throw new Error(`${operation.operationId}: its waiter ${waiter} has the name of an operation`);
    const pollingInfo = describe(polling);
    for (const p of pollingInfo.pathParameters) {
      if (!info.pathParameters.some((q) => q.name === p.name)) {
        throw new Error(`${operation.operationId}: its polling operation needs ${p.name}, which it does not take`);
      }
    }
    const pollingSpec = JSON.stringify({
      statusProperty: operation.longRunning.statusProperty,
      succeeded: operation.longRunning.succeeded,
      failed: operation.longRunning.failed,
    });
    const signature = [
      ...info.pathParameters.map((p) => `${p.name}: string`),
      `options?: WaitOptions<${pollingInfo.resultType}>`,
    ];
    const waitText = [
      `Waits for ${doc(operation.summary)} to end: polls ${polling.name} until its \`${operation.longRunning.statusProperty}\` is ${[...operation.longRunning.succeeded, ...operation.longRunning.failed].map((v) => `\`${v}\``).join(" or ")}.`,
      "",
      `Resolves with the final status when it is ${operation.longRunning.succeeded.map((v) => `\`${v}\``).join(" or ")}; rejects with {@link OperationFailedError} when it is ${operation.longRunning.failed.map((v) => `\`${v}\``).join(" or ")}, with a \`TimeoutError\` after \`timeoutMs\`, with the signal's reason when aborted. Needs only the ids, so a process that restarts can resume waiting. See {@link WaitOptions}.`,
    ];
    const waitParams = [
      ...info.pathParameters.map((p) => `@param ${p.name} - ${doc(p.description ?? p.name)}`),
      "@param options - the interval, the time limit, the progress callback and the `signal`",
    ];
    functions.push(
      `${comment([...waitText, "", "@param context - the context to send with, from {@link createFaceContext}", ...waitParams])}export function ${waiter}(context: FaceContext, ${signature.join(", ")}): Promise<${pollingInfo.resultType}> {\n  return poll(context, ${JSON.stringify(operation.summary)}, ${polling.name}Operation, ${pollingSpec}, [${pollingInfo.pathParameters.map((p) => p.name).join(", ")}], options as WaitOptions) as Promise<${pollingInfo.resultType}>;\n}\n`,
    );
    const waitArgs = [...info.pathParameters.map((p) => p.name), "options"];
    members.push(
      `${comment([...waitText, "", ...waitParams], "  ")}  ${waiter}(${signature.join(", ")}): Promise<${pollingInfo.resultType}>;\n`,
    );
    bindings.push(`    ${waiter}: (${waitArgs.join(", ")}) => ${waiter}(context, ${waitArgs.join(", ")}),\n`);
  }

  const ruleConsts = [...rules].map(([value, name]) => `const ${name}: Rule = ${value};\n`).join("");
  return `import type { Client } from "openapi-fetch";
import { createFaceContext, type FaceClientOptions, type FaceContext } from "../context.js";
import { type BinaryBody, ${[...encoders]
    .sort()
    .map((e) => `${e}, `)
    .join(
      "",
    )}invoke, type OperationSpec, pages, poll, type RequestOptions, ${operations.some(trainingHint) ? "untrained, " : ""}type WaitOptions${operations.some(dependentRules) ? ", disallowed" : ""} } from "../operation.js";
import { lazyRawClient } from "../raw-client.js";
import type { Rule } from "../validate.js";
import type { paths } from "./openapi.js";
${modelsUsed.size ? `import type { ${[...modelsUsed].sort().join(", ")} } from "./models.js";\n` : ""}
// The rules of the parameters and bodies, each written once.
${ruleConsts}
${specs.join("")}
${functions.join("\n")}
/**
 * A client of the Face API, made by {@link createFaceClient}: a method for every operation of
 * the spec, and a \`waitFor…\` method for every long-running one.
 *
 * Every method rejects with {@link FaceValidationError} (nothing sent) when an argument breaks
 * the spec's rules, with {@link FaceApiError} when the service answers with an error, and with
 * the signal's reason when aborted. For a bundle that holds only the operations it calls, use
 * the operation functions with {@link createFaceContext} instead.
 *
 * @example
 * \`\`\`ts
 * await client.trainPersonGroup("my-group");
 * const result = await client.waitForTrainPersonGroup("my-group");
 * \`\`\`
 */
export interface FaceClient {
${members.join("")}  /**
   * A typed openapi-fetch client with the same authentication, retries and timeouts: every
   * operation of the spec by its path, for what the methods above do not cover. openapi-fetch is
   * loaded on the first call, so applications that never use \`raw\` do not bundle it.
   *
   * @example
   * \`\`\`ts
   * const { data, error, response } = await client.raw.GET("/persongroups/{personGroupId}/training", {
   *   params: { path: { personGroupId: "my-group" } },
   * });
   * \`\`\`
   */
  readonly raw: Client<paths>;
}

/**
 * Creates a client of every operation of the Face API. Throws {@link FaceValidationError} for an
 * endpoint that is not https (but to loopback), a credential of neither kind, or options out of
 * range.
 *
 * @example
 * \`\`\`ts
 * import { createFaceClient } from "@face-training/client";
 *
 * const client = createFaceClient({
 *   endpoint: "https://my-resource.cognitiveservices.azure.com",
 *   credential: { key: process.env.FACE_KEY! },
 * });
 * const { status } = await client.getPersonGroupTrainingStatus("my-group");
 * \`\`\`
 */
export function createFaceClient(options: FaceClientOptions): FaceClient {
  const context = createFaceContext(options);
  return {
${bindings.join("")}    raw: lazyRawClient(context),
  };
}
`;
}

function modelsModule(document) {
  const aliases = Object.entries(document.components?.schemas ?? {})
    .filter(([name]) => /^[A-Z]\w*$/.test(name))
    .map(
      ([name, schema]) =>
        `${comment([doc(schema.description ?? name)])}export type ${name} = components["schemas"][${JSON.stringify(name)}];\n`,
    );
  return `import type { components } from "./schemas.js";\n\n${aliases.join("\n")}`;
}

/** The README's table: one row per method. */
function methodTable() {
  const rows = operations.flatMap((operation) => {
    const args = operation.parameters.filter((p) => p.in === "path").map((p) => p.name);
    if (operation.body) args.push(operation.body.kind === "binary" ? "image" : "body");
    const row = `| \`${operation.name}(${[...args, "options?"].join(", ")})\` | \`${operation.method} ${operation.path}\` | ${operation.summary} |`;
    const extra = [];
    if (operation.paging) {
      extra.push(
        `| \`${operation.paging.iteratorName}(${[...args.filter((a) => a !== "body" && a !== "image"), "options?"].join(", ")})\` | pages \`${operation.name}\` | Every item of ${operation.summary} |`,
      );
    }
    if (!operation.longRunning) return [row, ...extra];
    const polling = byId.get(operation.longRunning.pollingOperationId);
    const waiter = `| \`${operation.longRunning.waiterName}(${[...args.filter((a) => a !== "body" && a !== "image"), "options?"].join(", ")})\` | polls \`${polling.name}\` | Waits for ${operation.summary} to end |`;
    return [row, ...extra, waiter];
  });
  return ["| method | request | what |", "|---|---|---|", ...rows].join("\n");
}

export function writeSurface({ write, document }) {
  write("operations.ts", "Every operation of the spec: its data, its function, the FaceClient.", operationsModule());
  write("models.ts", "A type for every named schema of the spec.", modelsModule(document));
  write(
    "versions.ts",
    "The API versions the spec describes.",
    `/** The API versions the spec describes, oldest first. */
export const apiVersions = ${JSON.stringify(apiVersions)} as const;

/** The version used when none is given: the newest generally available one. */
export const defaultApiVersion = ${JSON.stringify(defaultApiVersion)};
`,
  );
  const readme = new URL("../README.md", import.meta.url);
  const text = readFileSync(readme, "utf8");
  const start = "<!-- operations:start (generated by scripts/surface.mjs from the spec) -->";
  const end = "<!-- operations:end -->";
  if (!text.includes(start) || !text.includes(end)) throw new Error(`README.md needs the markers ${start} … ${end}`);
  const before = text.slice(0, text.indexOf(start) + start.length);
  const after = text.slice(text.indexOf(end));
  writeFileSync(readme, `${before}\n${methodTable()}\n${after}`);
}
