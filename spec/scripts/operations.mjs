// The operation table: every operation of the spec as data, for the generators and tools
// downstream (client, emulator, CLI, conformance, docs), so that none of them parses the OpenAPI
// or restates what an operation is.
//
// Two sources, each for what only it knows:
// - the TypeSpec program: one entry per TypeSpec operation, with its own operationId, summary,
//   description, extensions and request body. `@sharedRoute` operations (add a face from bytes or
//   from a URL) share one OpenAPI operation, which merges their ids, summaries and bodies; the
//   program keeps them apart.
// - the compiled OpenAPI documents, one per API version: the JSON schemas of parameters, bodies
//   and responses, exactly as published, with every `$ref` resolved.
//
// An operation exists in the versions `@added`/`@removed` give it (or its interface); the table
// says which (`versions`, when not all), and takes its facts from the default version's document
// when it is there, else from the newest that has it. An operation must read the same in every
// version that has it: where two versions differ, the build says how, since the table (and the
// client generated from it) holds one description per operation.
import { getDoc, getSummary } from "@typespec/compiler";
import { getAllHttpServices } from "@typespec/http";
import { getExtensions, getOperationId } from "@typespec/openapi";
import { Availability, getAvailabilityMap } from "@typespec/versioning";
import { checkRoles, roleOf } from "./roles.mjs";
import { ruleOf } from "./rules.mjs";

/**
 * Builds the table from a compiled program, the OpenAPI 3.0 document of each version (by
 * version) and the versions (`members`: the TypeSpec enum's members, oldest first).
 */
export function operationTable(program, documents, { apiVersions, defaultApiVersion, members }) {
  const [services] = getAllHttpServices(program);
  const operations = services
    .flatMap((service) => service.operations)
    .map((http) => {
      const versions = versionsOf(program, http.operation, members);
      if (!versions.length) return undefined;
      const from = versions.includes(defaultApiVersion) ? defaultApiVersion : versions.at(-1);
      const entry = operationEntry(program, documents[from], http);
      for (const version of versions.filter((v) => v !== from)) {
        const other = JSON.stringify(operationEntry(program, documents[version], http));
        if (other !== JSON.stringify(entry)) {
          throw new Error(
            `${entry.operationId} reads differently in ${version} than in ${from}: the table holds one description per operation (give the versions separate operations)`,
          );
        }
      }
      return { ...entry, ...(versions.length < apiVersions.length && { versions }), typespecName: http.operation.name };
    })
    .filter(Boolean)
    .map(namedApart)
    .sort((a, b) => a.operationId.localeCompare(b.operationId) || a.name.localeCompare(b.name));
  checkNames(operations);
  checkRoles(operations);
  const ids = new Set(operations.map((o) => o.operationId));
  for (const operation of operations) {
    const polling = operation.longRunning?.pollingOperationId;
    if (polling && !ids.has(polling)) {
      throw new Error(`${operation.operationId}: its polling operation ${polling} is not in the spec`);
    }
  }
  return {
    title: documents[defaultApiVersion].info.title,
    apiVersions,
    defaultApiVersion,
    operations,
  };
}

/**
 * An operation is named (its method, function and command) by its operationId's action in
 * camelCase. An operationId may name operations of different versions (v1.2 replaced
 * v1.2-preview.1's liveness routes under the same ids): those are named by their TypeSpec names,
 * one of them the plain name and the others it with a suffix (the official TypeSpec's
 * `…BeforeV1_2`).
 */
function namedApart({ typespecName, ...entry }, _index, all) {
  const namesakes = all.filter((o) => o.operationId === entry.operationId);
  if (namesakes.length === 1) return entry;
  if (!namesakes.some((o) => o.typespecName === entry.name) || !typespecName.startsWith(entry.name)) {
    throw new Error(
      `${entry.operationId} names operations of several versions: name one of them ${entry.name} in the TypeSpec and the others ${entry.name}<Suffix> (it is ${typespecName})`,
    );
  }
  return { ...entry, name: typespecName };
}

/** Each version's operationIds are its own, and each name is one operation's. */
function checkNames(operations) {
  const names = new Map();
  for (const operation of operations) {
    const { operationId, name, versions } = operation;
    const overlapping = operations.filter(
      (o) =>
        o !== operation &&
        o.operationId === operationId &&
        (!o.versions || !versions || o.versions.some((v) => versions.includes(v))),
    );
    if (overlapping.length) throw new Error(`${operationId} names two operations of one version`);
    if (names.has(name)) throw new Error(`${operationId}: ${name} also names ${names.get(name)}`);
    names.set(name, operationId);
  }
}

/** The versions an operation exists in: its own `@added`/`@removed`, else its interface's, else all. */
function versionsOf(program, operation, members) {
  for (const type of [operation, operation.interface, operation.namespace]) {
    const availability = type && getAvailabilityMap(program, type);
    if (!availability) continue;
    return members
      .filter((member) => [Availability.Added, Availability.Available].includes(availability.get(member.name)))
      .map((member) => member.value ?? member.name);
  }
  return members.map((member) => member.value ?? member.name);
}

function operationEntry(program, document, http) {
  const operationId = getOperationId(program, http.operation);
  if (!operationId) throw new Error(`${http.operation.name} has no @operationId`);
  // `<Group>Operations_<Action>`, or a bare `<Action>` outside any group (GetOperationResult).
  const [group, action] = operationId.includes("_") ? operationId.split("_") : ["", operationId];
  if (!action || !/^[A-Z]\w*$/.test(action))
    throw new Error(`${operationId} is not of the form <Group>Operations_<Action> or <Action>`);
  const published = document.paths[http.path]?.[http.verb];
  if (!published) throw new Error(`${operationId}: ${http.verb.toUpperCase()} ${http.path} is not in the OpenAPI`);
  const resolveRef = (node) => resolve(document, node);
  const publishedParameters = new Map(
    (published.parameters ?? []).map(resolveRef).map((p) => [`${p.in} ${p.name}`, p]),
  );
  const extensions = Object.fromEntries(getExtensions(program, http.operation));

  const parameters = http.parameters.parameters
    // The content type is the body's, not an argument.
    .filter((p) => !(p.type === "header" && p.name.toLowerCase() === "content-type"))
    .map((p) => {
      const schema = publishedParameters.get(`${p.type} ${p.name}`);
      if (!schema) throw new Error(`${operationId}: parameter ${p.name} is not in the OpenAPI`);
      const allowedBy = Object.fromEntries(getExtensions(program, p.param))["x-face-allowed-by"];
      const resolved = deref(document, schema.schema);
      return {
        name: p.name,
        in: p.type,
        required: schema.required === true,
        ...(schema.description && { description: schema.description }),
        schema: resolved,
        rule: ruleOf(resolved),
        ...(allowedBy && { allowedBy }),
      };
    });
  // Path parameters in the order they appear in the path: the order of the method's arguments.
  const order = [...http.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  parameters.sort((a, b) => rank(order, a) - rank(order, b));

  const body = http.parameters.body;
  const requestBody = body && requestBodyOf(document, published, body, operationId);
  if (requestBody && extensions["x-face-image"]) requestBody.image = extensions["x-face-image"];
  const responses = Object.entries(published.responses).map(([status, response]) =>
    responseOf(document, status, resolveRef(response)),
  );
  // Its own success: operations that share a route (create a dynamic person group with persons,
  // 202, or without, 200) share one OpenAPI operation, which merges their responses.
  const own = new Set(http.responses.map((r) => r.statusCodes).filter((code) => typeof code === "number"));
  const success = responses.filter((r) => typeof r.status === "number" && r.status < 300 && own.has(r.status));
  if (success.length !== 1) throw new Error(`${operationId}: expected one 2xx response, found ${success.length}`);
  const polling = extensions["x-face-polling"];
  const name = action.charAt(0).toLowerCase() + action.slice(1);
  const paging =
    extensions["x-face-paging"] && pagingOf(extensions["x-face-paging"], parameters, success[0], operationId, name);

  return {
    operationId,
    group,
    name,
    method: http.verb.toUpperCase(),
    path: http.path,
    summary: getSummary(program, http.operation) ?? published.summary ?? operationId,
    ...(getDoc(program, http.operation) && { description: getDoc(program, http.operation) }),
    tags: published.tags ?? [],
    role: roleOf(operationId, extensions["x-face-role"], requestBody),
    parameters,
    ...(requestBody && { body: requestBody }),
    success: success[0],
    errors: responses.filter((r) => !success.includes(r)),
    ...(extensions["x-face-error-codes"] && { errorCodes: extensions["x-face-error-codes"] }),
    ...(extensions["x-face-capacity"] !== undefined && { capacity: extensions["x-face-capacity"] }),
    ...(paging && { paging }),
    ...(polling && {
      longRunning: {
        // The name generators give its waiter.
        waiterName: `waitFor${action}`,
        pollingOperationId: polling.operationId,
        // The response header whose URL the polling operation's path parameters are read from
        // (a person directory write's `operation-Location`); without it, they are the operation's own.
        ...(polling.locationHeader && {
          locationHeader: polling.locationHeader,
          locationProperty: propertyOfHeader(polling.locationHeader),
        }),
        statusProperty: polling.statusProperty,
        // The status while it waits to start and while it runs (what an emulator answers then).
        ...(polling.notStarted && { notStarted: polling.notStarted }),
        ...(polling.running && { running: polling.running }),
        succeeded: polling.succeeded,
        failed: polling.failed,
        ...(polling.messageProperty && { messageProperty: polling.messageProperty }),
        ...(polling.lastSucceededProperty && { lastSucceededProperty: polling.lastSucceededProperty }),
      },
    }),
  };
}

/**
 * How a list pages (`x-face-paging`): the query parameters of the first item after which to
 * list and of the page size, and the item property whose value of a page's last item is the
 * next page's start. The list ends with a page shorter than the page size (the `top` parameter's
 * default, else its maximum, when the caller gives none).
 */
function pagingOf(extension, parameters, success, operationId, name) {
  const start = parameters.find((p) => p.in === "query" && p.name === extension.startParameter);
  const top = parameters.find((p) => p.in === "query" && p.name === extension.topParameter);
  const items = success.body?.schema?.type === "array" ? success.body.schema.items : undefined;
  const pageSize = top?.schema.default ?? top?.schema.maximum;
  if (!start || !top || !items?.properties?.[extension.nextStartProperty] || !pageSize) {
    throw new Error(
      `${operationId}: x-face-paging needs query parameters ${extension.startParameter} and ${extension.topParameter} (with a default or maximum) and an array of items with ${extension.nextStartProperty}`,
    );
  }
  return {
    // The name generators give the list's iterator: the operation's name without its verb.
    iteratorName: `iterate${name.replace(/^[a-z]+/, "")}`,
    startParameter: start.name,
    topParameter: top.name,
    nextStartProperty: extension.nextStartProperty,
    pageSize,
  };
}

const rank = (order, parameter) => (parameter.in === "path" ? order.indexOf(parameter.name) : order.length);

/** The request body of one TypeSpec operation: its own content type, even on a shared route. */
function requestBodyOf(document, published, body, operationId) {
  const [contentType = "application/json"] = body.contentTypes;
  const media = resolve(document, published.requestBody)?.content?.[contentType];
  if (!media) throw new Error(`${operationId}: no ${contentType} request body in the OpenAPI`);
  // A JSON body, bytes, or form fields (`multipart/form-data`) whose one binary part is a file.
  const kind = /json/.test(contentType) ? "json" : /^multipart\/form-data/.test(contentType) ? "multipart" : "binary";
  const own = schemaOf(document, ownSchema(media.schema, body, operationId));
  if (kind === "multipart") {
    const files = Object.entries(own.schema.properties ?? {}).filter(([, part]) => part.format === "binary");
    if (files.length !== 1)
      throw new Error(`${operationId}: a multipart body needs exactly one binary part (a file), found ${files.length}`);
    own.filePart = files[0][0];
  }
  return {
    kind,
    contentType,
    required: resolve(document, published.requestBody).required === true,
    ...own,
    ...(kind === "json" && { rule: ruleOf(own.schema) }),
    // The form fields' rule; the file is an image body's, checked as one.
    ...(kind === "multipart" && { rule: ruleOf(withoutPart(own.schema, own.filePart)) }),
  };
}

/** An object schema without one of its properties. */
function withoutPart(schema, name) {
  const { [name]: _file, ...properties } = schema.properties;
  return { ...schema, properties, required: (schema.required ?? []).filter((r) => r !== name) };
}

/**
 * This operation's own body schema. Operations on a shared route with the same content type
 * (identify from a person group or a large person group) are merged by the emitter into one
 * body, `anyOf` their models: each takes the member that is its own model.
 */
function ownSchema(schema, body, operationId) {
  if (!Array.isArray(schema?.anyOf) || !schema.anyOf.every((member) => member.$ref)) return schema;
  const name = body.type?.kind === "Model" ? body.type.name : undefined;
  const own = schema.anyOf.find((member) => member.$ref.split("/").pop() === name);
  if (!own) {
    throw new Error(
      `${operationId}: its route's ${body.contentTypes[0] ?? "application/json"} body is one of several models; give its body a named model`,
    );
  }
  return own;
}

/** The property of a result that holds a response header: camelCased (`operation-Location` → `operationLocation`). */
const propertyOfHeader = (name) => name.toLowerCase().replace(/-(.)/g, (_, c) => c.toUpperCase());

function responseOf(document, status, response) {
  const [contentType, media] = Object.entries(response.content ?? {})[0] ?? [];
  return {
    status: status === "default" ? "default" : Number(status),
    description: response.description,
    headers: Object.entries(response.headers ?? {}).map(([name, header]) => ({
      name,
      property: propertyOfHeader(name),
      required: header.required === true,
      schema: deref(document, header.schema),
    })),
    ...(media && { body: { contentType, ...schemaOf(document, media.schema) } }),
  };
}

/** A schema with its component name (or, for an array, its items'), when it is a named one. */
function schemaOf(document, schema) {
  const name = schema?.$ref?.split("/").pop();
  const itemName = schema?.type === "array" ? schema.items?.$ref?.split("/").pop() : undefined;
  return {
    ...(name && { schemaName: name }),
    ...(itemName && { itemSchemaName: itemName }),
    schema: deref(document, schema),
  };
}

/** The object a `$ref` points to within the document, or the node itself. */
function resolve(document, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((at, key) => at[key], document);
}

/**
 * A schema with every `$ref` replaced by what it points to, and TypeSpec's
 * `allOf: [$ref] + description` wrappers flattened into the referenced schema.
 */
function deref(document, node, seen = []) {
  if (Array.isArray(node)) return node.map((item) => deref(document, item, seen));
  if (!node || typeof node !== "object") return node;
  if (node.$ref) {
    if (seen.includes(node.$ref)) throw new Error(`${node.$ref} is recursive: the table cannot inline it`);
    const { $ref, ...rest } = node;
    return { ...deref(document, resolve(document, node), [...seen, $ref]), ...rest };
  }
  if (Array.isArray(node.allOf) && node.allOf.length === 1) {
    const { allOf, ...rest } = node;
    return { ...deref(document, allOf[0], seen), ...deref(document, rest, seen) };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, deref(document, value, seen)]));
}
