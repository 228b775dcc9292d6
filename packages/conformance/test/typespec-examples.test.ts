import { fileURLToPath } from "node:url";
import { operations as table } from "@face-training/spec";
import {
  compile,
  getOpExamples,
  NodeHost,
  navigateProgram,
  type Operation,
  serializeValueAsJson,
  type Value,
} from "@typespec/compiler";
import { getOperationId } from "@typespec/openapi";
import { beforeAll, describe, expect, it } from "vitest";

// The OpenAPI emitter has no place for an example of a response without a body (train's 202),
// so the TypeSpec's own examples are checked here, for every operation.
const main = fileURLToPath(new URL("../../../spec/main.tsp", import.meta.url));
// Operations of different versions may share an operationId (v1.2's liveness sessions and
// v1.2-preview.1's `…BeforeV1_2` ones), so each id holds a list.
const operations = new Map<string, Operation[]>();
let program: Awaited<ReturnType<typeof compile>>;

beforeAll(async () => {
  program = await compile(NodeHost, main, { noEmit: true });
  expect(program.diagnostics).toEqual([]);
  navigateProgram(program, {
    operation(operation) {
      const id = getOperationId(program, operation);
      if (id) operations.set(id, [...(operations.get(id) ?? []), operation]);
    },
  });
});

/** The examples of an operation as JSON: the parameters and the response. */
function examplesOf(operation: Operation) {
  const json = (value: Value | undefined) => value && serializeValueAsJson(program, value, value.type);
  return getOpExamples(program, operation).map((example) => ({
    parameters: json(example.parameters) as Record<string, string>,
    returnType: json(example.returnType) as Record<string, unknown>,
  }));
}

const family = [
  ["PersonGroupOperations_TrainPersonGroup", "personGroupId", "/persongroups/"],
  ["PersonGroupOperations_TrainLargePersonGroup", "largePersonGroupId", "/largepersongroups/"],
  ["FaceListOperations_TrainLargeFaceList", "largeFaceListId", "/largefacelists/"],
] as const;

describe("the TypeSpec's examples", () => {
  it("cover every operation", () => {
    expect([...operations.values()].flat().length).toBe(table.length);
    for (const [id, list] of operations) for (const o of list) expect(examplesOf(o).length, id).toBeGreaterThan(0);
  });

  it.each(family)(
    "of %s answer 202 with the URL of that container's training status",
    (operationId, parameter, segment) => {
      const [operation, ...others] = operations.get(operationId) ?? [];
      expect(operation && others).toEqual([]);
      const [example] = operation ? examplesOf(operation) : [];
      const id = example?.parameters[parameter];
      expect(id).toMatch(/^[a-z0-9-_]{1,64}$/);
      expect(example?.returnType.statusCode).toBe(202);
      const location = new URL(String(example?.returnType.operationLocation));
      expect(location.protocol).toBe("https:");
      expect(location.pathname).toBe(`/face/v1.2${segment}${id}/training`);
    },
  );
});
