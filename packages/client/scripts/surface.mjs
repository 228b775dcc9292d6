// Generates the client's public surface from the spec's operation table (@face-training/spec):
//
// - src/generated/operations.ts: for every operation, its data (`OperationSpec<Result>`: method,
//   path, parameters with their rules, body, result), and the entries the client offers for it:
//   its function, its iterator when it pages, its waiter when it is long-running. Each entry is
//   one documented function of a context over the one hand-written, typed mechanism
//   (src/operation.ts: `invoke`, `pages`, `poll`), so its result type follows from its data and
//   is never asserted; the `FaceClient` interface documents each as a method, and
//   `createFaceClient` binds them all in one loop (`bindAll`), checked against that interface.
// - src/generated/models.ts: a type alias for every named schema, documented from the spec.
// - src/generated/versions.ts: the API versions and the default.
// - README.md: the method table, between its `operations` markers.
//
// Bodies by their kind: JSON (`body`), bytes (`image`), or a multipart form whose file part is the
// argument (named after the part) and whose fields are options of the call, typed by the body's
// model without the file. A success that is not JSON (an image) resolves with its bytes.
//
// Rules the spec must follow, or the build fails here with a message saying what to change:
// operationIds `<Group>Operations_<Action>` (or a bare `<Action>`), one 2xx response, a long-running operation's
// polling operation takes path parameters the operation also has, a form field is named like no
// option of its call, a result of bytes has no documented header.
import { readFileSync, writeFileSync } from "node:fs";
import { apiVersions, defaultApiVersion, openUnionValues, operations } from "@face-training/spec";

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

/** The JSON types each required property of a result schema may hold, space-separated (`"string null"`). */
function shape(schema) {
  const types = (s) => {
    if (Array.isArray(s.anyOf ?? s.oneOf)) return [...new Set((s.anyOf ?? s.oneOf).flatMap(types))];
    const type = s.type === "integer" ? "number" : s.type;
    return s.nullable ? [type, "null"] : [type];
  };
  return Object.fromEntries((schema.required ?? []).map((key) => [key, types(schema.properties[key]).join(" ")]));
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

/** The TypeScript type of a named or inline schema in the public (open-union-keeping) types, and the models it names. */
function schemaType(part, wire) {
  const name = part.schemaName ?? part.itemSchemaName;
  if (!name) return { type: wire, models: [] };
  return { type: part.schemaName ? name : `${name}[]`, models: [name] };
}

/**
 * The type of an operation's options: the call's signal, its query and header parameters, and
 * the form fields of a multipart body (`fields`, a type).
 */
function optionsTypeOf(parameters, fields) {
  const members = parameters.map(
    (p) =>
      `${p.description ? `/** ${doc(p.description)} */\n` : ""}${p.name}${p.required ? "" : "?"}: ${tsType(p.schema)}`,
  );
  // One member a line, its comment above it: on one line the formatter moves each comment to the
  // end of the member before, where editors show it for the wrong option.
  return [
    "RequestOptions",
    ...(members.length ? [`{\n${members.map((m) => `${m};\n`).join("")}}`] : []),
    ...(fields ? [fields] : []),
  ].join(" & ");
}

/** Whether a content type is JSON's (`application/json`, `application/problem+json`). */
const isJson = (contentType) => /json/.test(contentType);

/**
 * A multipart body's form fields, which a call takes among its options: their type (the body's
 * model without its file part), the models it names, and whether any is required.
 */
function formFields(operation, wirePath) {
  const { body } = operation;
  if (body?.kind !== "multipart") return undefined;
  const names = Object.keys(body.rule.properties ?? {});
  const taken = [...operation.parameters.map((p) => p.name), "signal"].find((name) => names.includes(name));
  if (taken)
    throw new Error(`${operation.operationId}: its form field ${taken} is also an option of the call; rename one`);
  const model = schemaType(
    body,
    `NonNullable<${wirePath}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`,
  );
  return {
    type: `Omit<${model.type}, ${JSON.stringify(body.filePart)}>`,
    models: model.models,
    required: (body.rule.required ?? []).length > 0,
  };
}

/** Everything the generator says about one operation's call: its arguments, body and result types. */
function describe(operation) {
  const wirePath = `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]`;
  const pathParameters = operation.parameters.filter((p) => p.in === "path");
  const optionParameters = operation.parameters.filter((p) => p.in !== "path");
  const { body, success } = operation;
  const fields = formFields(operation, wirePath);
  const bodyType = !body
    ? { type: undefined, models: [] }
    : body.kind === "json"
      ? schemaType(body, `NonNullable<${wirePath}["requestBody"]>["content"][${JSON.stringify(body.contentType)}]`)
      : { type: "BinaryBody", models: [] }; // an image, alone (binary) or as a form's file part (multipart)
  // The documented headers are part of the result (a train's `operation-Location`; a person
  // directory create's, beside its body), camelCased.
  const resultHeaders = success.headers.filter((h) => h.required);
  const headersType = `{ ${resultHeaders.map((h) => `${h.property}: string`).join("; ")} }`;
  // A success that is not JSON (an image) is its bytes.
  const bytes = Boolean(success.body && !isJson(success.body.contentType));
  if (bytes && resultHeaders.length)
    throw new Error(`${operation.operationId}: a result of bytes cannot carry headers (${resultHeaders[0].name})`);
  const bodyResult =
    success.body &&
    (bytes
      ? { type: "Uint8Array<ArrayBuffer>", models: [] }
      : schemaType(
          success.body,
          `${wirePath}["responses"][${success.status}]["content"][${JSON.stringify(success.body.contentType)}]`,
        ));
  const result = bodyResult
    ? { ...bodyResult, ...(resultHeaders.length && { type: `${bodyResult.type} & ${headersType}` }) }
    : { type: resultHeaders.length ? headersType : "void", models: [] };
  const bodyName = { binary: "image", multipart: body?.filePart }[body?.kind] ?? "body";
  const bodyDoc =
    {
      binary: `the request body (${body?.contentType})`,
      multipart: `the file part \`${bodyName}\` of the request body (${body?.contentType})`,
    }[body?.kind] ?? `the request body (${body?.contentType})`;
  const pathArguments = pathParameters.map((p) => `${p.name}: ${tsType(p.schema)}`);
  const pathDocs = pathParameters.map((p) => `@param ${p.name} - ${doc(p.description ?? p.name)}`);
  const optionsName = optionParameters.some((p) => p.required) || fields?.required ? "options" : "options?";
  const optionsDoc = [
    ...(fields ? ["the form fields (the body's other parts)"] : []),
    ...(optionParameters.length ? ["the query and header parameters"] : []),
  ];
  return {
    pathParameters,
    optionParameters,
    resultType: result.type,
    resultHeaders,
    bytes,
    models: [...bodyType.models, ...(fields?.models ?? []), ...result.models],
    pathArguments,
    pathDocs,
    signature: [
      ...pathArguments,
      ...(body ? [`${bodyName}${body.required ? "" : "?"}: ${bodyType.type}`] : []),
      `${optionsName}: ${optionsTypeOf(optionParameters, fields?.type)}`,
    ],
    params: [
      ...pathDocs,
      ...(body ? [`@param ${bodyName} - ${bodyDoc}`] : []),
      `@param options - ${optionsDoc.length ? `${optionsDoc.join(", ")}, and ` : ""}the call's \`signal\``,
    ],
    argumentNames: [...pathParameters.map((p) => p.name), ...(body ? [bodyName] : [])],
    optionsName,
  };
}

/** A namer of shared constants: the same value gets the same name, written once (as `source`, by default its JSON). */
function constants(prefix) {
  const names = new Map();
  return {
    name(value, source = JSON.stringify(value)) {
      const key = JSON.stringify(value);
      if (!names.has(key)) names.set(key, { name: `${prefix}${names.size}`, source });
      return names.get(key).name;
    },
    declarations: (type) =>
      [...names.values()].map(({ name, source }) => `const ${name}: ${type} = ${source};\n`).join(""),
  };
}

/**
 * Constants of rules: `name(rule)` is the constant of a rule whose properties' and items' rules
 * are constants too, so that a rule many bodies share (a face id's) is written once.
 */
function ruleConstants() {
  const rules = constants("rule");
  const name = (rule) => {
    const fields = Object.entries(rule).map(([key, value]) =>
      key === "properties"
        ? `properties: { ${Object.entries(value)
            .map(([property, inner]) => `${JSON.stringify(property)}: ${name(inner)}`)
            .join(", ")} }`
        : key === "items"
          ? `items: ${name(value)}`
          : `${key}: ${JSON.stringify(value)}`,
    );
    return rules.name(rule, `{ ${fields.join(", ")} }`);
  };
  return { name, declarations: rules.declarations };
}

/** The `OperationSpec` literal of an operation, with shared rules referred to by name. */
function spec(operation, info, { rules, versions, allowed }, table) {
  const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
  if (inPath.join() !== info.pathParameters.map((p) => p.name).join()) {
    throw new Error(`${operation.operationId}: its path parameters are not those of ${operation.path}, in order`);
  }
  const fields = [`method: ${JSON.stringify(operation.method)}`, `path: ${JSON.stringify(operation.path)}`];
  const uses = [];
  if (info.pathParameters.length)
    fields.push(`pathRules: [${info.pathParameters.map((p) => rules.name(p.rule)).join(", ")}]`);
  if (info.optionParameters.length) {
    fields.push(
      `parameters: [${info.optionParameters
        .map((p) => `[${JSON.stringify(p.name)}, ${JSON.stringify(p.in)}, ${p.required}, ${rules.name(p.rule)}]`)
        .join(", ")}]`,
    );
  }
  const { body, success } = operation;
  if (operation.versions) uses.push("checkVersion", "type VersionsSpec");
  if (operation.versions) {
    const source = `{ names: ${JSON.stringify(operation.versions)}, check: checkVersion }`;
    fields.push(`versions: ${versions.name(operation.versions, source)}`);
  }
  const dependent = dependentRules(operation, allowed);
  if (dependent) {
    fields.push(`refuse: /* @__PURE__ */ allowedBy(${dependent})`);
    uses.push("allowedBy", "type AllowedBy");
  }
  const hint = trainingHint(operation, table);
  if (hint) {
    fields.push(
      `explain: /* @__PURE__ */ untrained(${[hint.code, hint.parameter, hint.train, hint.wait].map((t) => JSON.stringify(t)).join(", ")})`,
    );
    uses.push("untrained");
  }
  if (body) {
    const { image } = body;
    const size = image && rules.name({ minLength: image.minBytes, maxLength: image.maxBytes });
    const encoders = {
      json: () => `encodeJson, rule: ${rules.name(body.rule)}`,
      binary: () => `encodeBytes${size ? `, rule: ${size}` : ""}`,
      multipart: () =>
        `encodeForm, rule: ${rules.name(body.rule)}, file: [${JSON.stringify(body.filePart)}${size ? `, ${size}` : ""}]`,
    };
    if (!encoders[body.kind])
      throw new Error(`${operation.operationId}: the client has no encoder of a ${body.kind} body`);
    const encoder = encoders[body.kind]();
    uses.push(encoder.split(",")[0]);
    fields.push(`body: { contentType: ${JSON.stringify(body.contentType)}, encode: ${encoder} }`);
  }
  const resultHeaders = JSON.stringify(info.resultHeaders.map((h) => [h.name, h.property]));
  const headers = info.resultHeaders.length ? `, headers: ${resultHeaders}` : "";
  if (info.bytes) {
    fields.push("result: { bytes: true }");
  } else if (success.body?.schema?.type === "array") {
    fields.push(
      `result: { name: ${JSON.stringify(`${success.body.itemSchemaName ?? "item"}[]`)}, items: ${JSON.stringify(shape(success.body.schema.items ?? {}))} }`,
    );
  } else if (success.body) {
    fields.push(
      `result: { name: ${JSON.stringify(success.body.schemaName ?? operation.name)}, shape: ${JSON.stringify(shape(success.body.schema))}${headers} }`,
    );
  } else if (info.resultHeaders.length) {
    fields.push(`result: { headers: ${resultHeaders} }`);
  }
  return {
    text: `const ${operation.name}Operation: OperationSpec<${info.resultType}> = { ${fields.join(", ")} };\n`,
    // The client's own copy (see `definitions`), checked against the same type.
    definition: `{ ${fields.join(", ")} } satisfies OperationSpec<${info.resultType}>`,
    uses,
  };
}

/**
 * For an operation against a container named in its body that answers "not trained" (its role's
 * `containerProperty`, its `notTrained` code): the code, that body property, and the operation
 * that trains that kind of container with its waiter. Undefined for the others.
 */
function trainingHint(operation, table) {
  const { container, containerProperty } = operation.role;
  const code = operation.errorCodes?.notTrained?.code;
  if (!code || !containerProperty) return undefined;
  const start = table.find((o) => o.role.action === "train" && o.role.container === container);
  if (!start?.longRunning) return undefined;
  return { code, parameter: containerProperty, train: start.name, wait: start.longRunning.waiterName };
}

/**
 * The rules of the parameters whose values depend on another's (`allowedBy`), as the data
 * `disallowed` checks: `[name, by, by's default, values by by's value]`. Undefined when none.
 */
function dependentRules(operation, allowed) {
  const rules = operation.parameters
    .filter((p) => p.allowedBy)
    .map((p) => [
      p.name,
      p.allowedBy.parameter,
      operation.parameters.find((q) => q.name === p.allowedBy.parameter)?.schema.default,
      p.allowedBy.values,
    ]);
  return rules.length ? allowed.name(rules) : undefined;
}

/**
 * What the client offers for one operation, as data: the operation's function, and its
 * iterator (a paged list) and waiter (a long-running operation) when it has them. Each entry is
 * a documented function of a context (`name`, `text`, `params`, `signature`, `returns`, `call`,
 * the mechanism it `uses`), with the context bound a method of the FaceClient, and a row of the
 * README's method table (`argumentNames`, `request`, `what`).
 */
function entriesOf(operation, table, shared) {
  const info = describe(operation);
  const text = [doc(operation.summary), ...(operation.description ? ["", doc(operation.description)] : [])];
  const entries = [
    {
      name: operation.name,
      versions: operation.versions,
      text,
      params: info.params,
      signature: info.signature,
      returns: `Promise<${info.resultType}>`,
      value: (data) => `(context, ...args) => invoke(context, ${data(operation.name)}, args)`,
      uses: ["invoke"],
      argumentNames: info.argumentNames,
      optionsName: info.optionsName,
      request: `\`${operation.method} ${operation.path}\``,
      what: operation.summary,
    },
  ];

  if (operation.paging) {
    // An iterator's arguments are the path parameters and the options: a body has no place.
    if (operation.body) throw new Error(`${operation.operationId}: a paged list cannot take a body`);
    const { iteratorName, ...paging } = operation.paging; // the iterator's name is the generator's
    const item = info.resultType.endsWith("[]") ? info.resultType.slice(0, -2) : `${info.resultType}[number]`;
    entries.push({
      name: iteratorName,
      versions: operation.versions,
      text: [
        `Every item of ${doc(operation.summary)}, page after page: an async iterator that requests a page of \`${paging.topParameter}\` items (default ${paging.pageSize}) only as the items before it are consumed, each page starting after the last item's \`${paging.nextStartProperty}\`.`,
        "",
        `Rejects as ${operation.name} does. \`for await (const item of …)\` walks the whole list; \`break\` stops it.`,
      ],
      params: [
        ...info.pathDocs,
        `@param options - the query parameters but \`${paging.startParameter}\`, and the \`signal\``,
      ],
      // The iterator sets the start of each page itself.
      signature: [
        ...info.pathArguments,
        `options?: ${optionsTypeOf(info.optionParameters.filter((p) => p.name !== paging.startParameter))}`,
      ],
      returns: `AsyncGenerator<${item}, void, undefined>`,
      value: (data) =>
        `/* @__PURE__ */ iteratorFunction<${item}>(${data(operation.name)}, ${shared.paging.name(paging)})`,
      uses: ["iteratorFunction", "type PagingSpec"],
      argumentNames: info.pathParameters.map((p) => p.name),
      request: `pages \`${operation.name}\``,
      what: `Every item of ${operation.summary}`,
    });
  }

  if (operation.longRunning) {
    const { pollingOperationId, waiterName, statusProperty, succeeded, failed, messageProperty } =
      operation.longRunning;
    const polling = table.find((o) => o.operationId === pollingOperationId);
    if (!polling)
      throw new Error(`${operation.operationId}: its polling operation ${pollingOperationId} is not in the table`);
    if (polling.body)
      throw new Error(`${operation.operationId}: its polling operation ${polling.operationId} takes a body`);
    const pollingInfo = describe(polling);
    const { locationHeader } = operation.longRunning;
    // The polling operation's path parameters: the operation's own, or read from the URL of its
    // answer's `locationHeader` (a person directory write's `operation-Location`).
    const location = locationHeader && operation.longRunning.locationProperty;
    for (const p of location ? [] : pollingInfo.pathParameters) {
      if (!info.pathParameters.some((q) => q.name === p.name)) {
        throw new Error(`${operation.operationId}: its polling operation needs ${p.name}, which it does not take`);
      }
    }
    const from = location
      ? {
          docs: [`@param ${location} - the \`${locationHeader}\` of the answer (the result's \`${location}\`)`],
          signature: [`${location}: string`],
          names: [location],
          resume: `the \`${locationHeader}\``,
        }
      : {
          docs: info.pathDocs,
          signature: info.pathArguments,
          names: info.pathParameters.map((p) => p.name),
          resume: "the ids",
        };
    const values = (list) => list.map((v) => `\`${v}\``).join(" or ");
    entries.push({
      name: waiterName,
      versions: operation.versions,
      text: [
        `Waits for ${doc(operation.summary)} to end: polls ${polling.name} until its \`${statusProperty}\` is ${values([...succeeded, ...failed])}.`,
        "",
        `Resolves with the final status when it is ${values(succeeded)}; rejects with {@link OperationFailedError} when it is ${values(failed)}, with a \`TimeoutError\` after \`timeoutMs\`, with the signal's reason when aborted. Needs only ${from.resume}, so a process that restarts can resume waiting. See {@link WaitOptions}.`,
      ],
      params: [...from.docs, "@param options - the interval, the time limit, the progress callback and the `signal`"],
      signature: [...from.signature, `options?: WaitOptions<${pollingInfo.resultType}>`],
      returns: `Promise<${pollingInfo.resultType}>`,
      value: (data) =>
        `/* @__PURE__ */ waiterFunction<${pollingInfo.resultType}>(${[JSON.stringify(operation.summary), data(polling.name), shared.polling.name({ statusProperty, succeeded, failed, ...(messageProperty && { messageProperty }) }), ...(location ? [JSON.stringify(location)] : [])].join(", ")})`,
      uses: ["waiterFunction", "type PollingSpec"],
      argumentNames: from.names,
      request: `polls \`${polling.name}\``,
      what: `Waits for ${operation.summary} to end`,
    });
  }
  return { info, entries };
}

/** The surface of a table of operations: their data, the entries the client offers, the shared constants and models they use. */
function surfaceOf(table) {
  const shared = {
    rules: ruleConstants(),
    versions: constants("versions"),
    allowed: constants("allowed"),
    paging: constants("paging"),
    polling: constants("polling"),
  };
  const specs = [];
  const entries = [];
  const literals = new Map();
  const models = new Set();
  for (const operation of table) {
    const described = entriesOf(operation, table, shared);
    const data = spec(operation, described.info, shared, table);
    specs.push(data);
    literals.set(operation.name, data.definition);
    entries.push(...described.entries);
    for (const model of described.info.models) models.add(model);
  }
  const names = new Set();
  for (const { name } of entries) {
    if (names.has(name))
      throw new Error(`Two functions of the client are named ${name}: rename an operation, an iterator or a waiter`);
    names.add(name);
  }
  // The client's definitions: an operation's data, written in place; an iterator or a waiter
  // over the data written in place.
  for (const entry of entries) {
    entry.definition = literals.get(entry.name) ?? entry.value((name) => literals.get(name));
  }
  return { shared, specs, entries, models };
}

/** What src/generated/operations.ts imports of the mechanism, in this order, when its operations use it. */
const RUNTIME = [
  "type BinaryBody",
  "bindAll",
  "checkVersion",
  "encodeBytes",
  "encodeForm",
  "encodeJson",
  "invoke",
  "iteratorFunction",
  "waiterFunction",
  "type OperationSpec",
  "untrained",
  "allowedBy",
  "type AllowedBy",
  "type PagingSpec",
  "type PollingSpec",
  "type RequestOptions",
  "type VersionsSpec",
  "type WaitOptions",
];
const ALWAYS = [
  "type BinaryBody",
  "bindAll",
  "invoke",
  "type OperationSpec",
  "type RequestOptions",
  "type WaitOptions",
];

/** The source of src/generated/operations.ts for a table of operations (the spec's, or a part of it). */
export function operationsModule(table, versions = apiVersions) {
  const { shared, specs, entries, models } = surfaceOf(table);
  const contextParam = "@param context - the context to send with, from {@link createFaceContext}";
  const functions = entries.map(
    (e) =>
      `${comment([...e.text, ...onlyIn(e), "", contextParam, ...e.params])}export const ${e.name}: (context: FaceContext, ${e.signature.join(", ")}) => ${e.returns} =\n  ${e.value((name) => `${name}Operation`)};\n`,
  );
  const members = entries.map(
    (e) =>
      `${comment([...e.text, ...onlyIn(e), "", ...e.params], "  ")}  ${e.name}(${e.signature.join(", ")}): ${e.returns};\n`,
  );
  // What each version lacks: the entries of the operations it does not have.
  const missing = versions.map((version) => {
    const names = entries.filter((e) => e.versions && !e.versions.includes(version)).map((e) => JSON.stringify(e.name));
    return `  /** The methods ${version} lacks${names.length ? "" : ": none"}. */\n  ${JSON.stringify(version)}: ${names.join(" | ") || "never"};\n`;
  });
  const used = new Set([...ALWAYS, ...specs.flatMap((s) => s.uses), ...entries.flatMap((e) => e.uses)]);
  const runtime = RUNTIME.filter((name) => used.has(name));
  return `import type { Client } from "openapi-fetch";
import { type ApiVersion, createFaceContext, type FaceClientOptions, type FaceContext } from "../context.js";
import { ${runtime.join(", ")} } from "../operation.js";
import { lazyRawClient } from "../raw-client.js";
import type { Rule } from "../validate.js";
import type { paths } from "./openapi.js";
${models.size ? `import type { ${[...models].sort().join(", ")} } from "./models.js";\n` : ""}
// The rules of the parameters and bodies, and how lists page and waits end: each written once.
${shared.rules.declarations("Rule")}${shared.versions.declarations("VersionsSpec")}${shared.allowed.declarations("AllowedBy")}${shared.paging.declarations("PagingSpec")}${shared.polling.declarations("PollingSpec")}
${specs.map((s) => s.text).join("")}
${functions.join("\n")}
/**
 * Every method of a client of the Face API, made by {@link createFaceClient}: a method for every
 * operation of the spec, a \`iterate…\` method for every paged list and a \`waitFor…\` method for
 * every long-running operation. A client of one API version has the methods of the operations
 * that version has: see {@link FaceClient}.
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
export interface FaceClientMethods {
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

/** The methods of {@link FaceClientMethods} that each API version of the spec lacks: those of the operations it does not have. */
export interface MethodsMissingIn {
${missing.join("")}}

/**
 * A client of an API version (by default the default version): the methods of
 * {@link FaceClientMethods} that the version has. For a version the spec does not describe, every
 * method (the service judges).
 *
 * @example
 * \`\`\`ts
 * const client: FaceClient = createFaceClient({ endpoint, credential });
 * const preview: FaceClient<"v1.2-preview.1"> = createFaceClient({ endpoint, credential, apiVersion: "v1.2-preview.1" });
 * \`\`\`
 */
export type FaceClient<Version extends ApiVersion = ${JSON.stringify(defaultApiVersion)}> = Omit<
  FaceClientMethods,
  [Version] extends [keyof MethodsMissingIn] ? MethodsMissingIn[Version] : never
>;

// Every function above, the methods of a FaceClient once its context is bound. The client binds
// an operation's data, a copy of its spec above written in place: a bundle of the whole client
// then holds no function and no variable per operation (the functions and their specs
// tree-shake away), and a bundle of a few functions none of this. An iterator or a waiter is
// bound as its function. The methods' types are the functions'.
type Functions = { ${entries.map((e) => `${e.name}: typeof ${e.name}`).join("; ")} };
const definitions = { ${entries.map((e) => `${e.name}: ${e.definition}`).join(", ")} };

/**
 * Creates a client of the Face API: the methods of the operations its API version has (see
 * {@link FaceClient}); a call of an operation that version lacks is refused before anything is
 * sent, naming the versions that have it. Throws {@link FaceValidationError} for an
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
export function createFaceClient<const Version extends ApiVersion = ${JSON.stringify(defaultApiVersion)}>(
  options: FaceClientOptions & { apiVersion?: Version },
): FaceClient<Version> {
  const context = createFaceContext(options);
  const client: FaceClientMethods = { ...bindAll<Functions>(context, definitions), raw: lazyRawClient(context) };
  return client;
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

/** The docs' note on an entry that not every API version has. */
const onlyIn = (e) =>
  e.versions
    ? ["", `Only in API version ${e.versions.join(", ")}: a client of another version refuses it before sending.`]
    : [];

/** The README's table: one row per method, iterator and waiter. */
function methodTable(table) {
  const rows = surfaceOf(table).entries.map(
    (e) =>
      `| \`${e.name}(${[...e.argumentNames, e.optionsName ?? "options?"].join(", ")})\` | ${e.request} | ${e.what}${e.versions ? ` (${e.versions.join(", ")} only)` : ""} |`,
  );
  return ["| method | request | what |", "|---|---|---|", ...rows].join("\n");
}

export function writeSurface({ write, document }) {
  write(
    "operations.ts",
    "Every operation of the spec: its data, its function, the FaceClient.",
    operationsModule(operations),
  );
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
  writeFileSync(readme, `${before}\n${methodTable(operations)}\n${after}`);
}
