// One rule set, two runtimes: for every parameter and JSON body of the operation table, the
// client's validator (before it sends) and the emulator's ajv (when a request arrives) accept
// and refuse the same values. Values are generated from each rule (at and around its limits,
// matching and breaking its pattern) and from anything JSON can hold.
import { operations, type Rule } from "@face-training/spec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../client/src/validate.js";
import { compileValidator } from "../src/validation.js";

const clientAccepts = (value: unknown, rule: Rule) => {
  try {
    check("value", value, rule);
    return true;
  } catch {
    return false;
  }
};

/** Lengths at and around a rule's limits, and one in between. */
function lengths(min = 0, max = min + 8): fc.Arbitrary<number> {
  const edges = [min - 1, min, min + 1, max - 1, max, max + 1].filter((n) => n >= 0);
  return fc.oneof(fc.constantFrom(...edges), fc.integer({ min, max: Math.min(max, min + 40) }));
}

const text = (length: fc.Arbitrary<number>) =>
  length.chain((n) =>
    fc.string({
      unit: fc.oneof(
        fc.constant("a"),
        fc.string({ unit: "binary", maxLength: 1 }).filter((s) => s.length > 0),
      ),
      minLength: n,
      maxLength: n,
    }),
  );

/** Values of a rule's type, near its limits; `typed` leaves out values of other types. */
function near(rule: Rule, typed: boolean, depth = 0): fc.Arbitrary<unknown> {
  const any = fc.jsonValue({ maxDepth: 2 });
  const options: fc.Arbitrary<unknown>[] = [];
  if (rule.enum) options.push(fc.constantFrom(...rule.enum));
  switch (rule.type) {
    case "string":
      options.push(text(lengths(rule.minLength, rule.maxLength)));
      if (rule.pattern) options.push(fc.stringMatching(new RegExp(rule.pattern)));
      if (rule.format === "uuid")
        options.push(
          fc.uuid(),
          fc.uuid().map((id) => `urn:uuid:${id}`),
          fc.uuid().map((id) => id.slice(1)),
        );
      break;
    case "integer":
    case "number": {
      const low = rule.minimum ?? -10;
      const high = rule.maximum ?? low + 100;
      options.push(
        fc.constantFrom(low - 1, low, high, high + 1, low + 0.5, high - 0.5),
        fc.integer({ min: Math.ceil(low) - 2, max: Math.floor(high) + 2 }),
        fc.double({ min: low - 1, max: high + 1 }),
      );
      break;
    }
    case "boolean":
      options.push(fc.boolean());
      break;
    case "array":
      options.push(
        lengths(rule.minItems, rule.maxItems).chain((n) =>
          fc.array(near(rule.items ?? {}, typed, depth + 1), { minLength: n, maxLength: n }),
        ),
      );
      break;
    case "object": {
      const properties = Object.entries(rule.properties ?? {}).map(
        ([key, property]) => [key, near(property, false, depth + 1)] as const,
      );
      options.push(fc.record(Object.fromEntries(properties), { requiredKeys: [] }));
      if (rule.required?.length) {
        options.push(fc.record(Object.fromEntries(properties), { requiredKeys: rule.required as never[] }));
      }
      break;
    }
  }
  if (rule.nullable) options.push(fc.constant(null));
  if (!typed || !options.length) options.push(any);
  return fc.oneof(...options);
}

const parameterRules = operations.flatMap((operation) =>
  operation.parameters.map((p) => ({ name: `${operation.operationId} ${p.in} ${p.name}`, rule: p.rule })),
);
const bodyRules = operations.flatMap((operation) =>
  operation.body?.rule ? [{ name: `${operation.operationId} body`, rule: operation.body.rule }] : [],
);
/** Each distinct rule once, with the first place it appears. */
const distinct = (rules: { name: string; rule: Rule }[]) => [
  ...new Map(rules.map((entry) => [JSON.stringify(entry.rule), entry])).values(),
];

describe("the client and the emulator judge by one rule set", () => {
  it("every parameter, JSON body and form has a rule", () => {
    expect(parameterRules.length).toBeGreaterThan(operations.length);
    // A form's rule is its text fields' (its file part is an image: checks.ts).
    expect(bodyRules.length).toBe(operations.filter((o) => o.body && o.body.kind !== "binary").length);
  });

  it.each(distinct(bodyRules))(
    "$name: a JSON body the client sends is one the emulator takes, and no other",
    ({ rule }) => {
      const emulatorAccepts = compileValidator({ schema: rule, httpPart: "body" });
      fc.assert(
        fc.property(near(rule, false), (value) => {
          expect(emulatorAccepts(value), JSON.stringify(value)).toBe(clientAccepts(value, rule));
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(distinct(parameterRules))(
    "$name: a value the client sends is one the emulator takes, and no other",
    ({ rule }) => {
      const validate = compileValidator({
        schema: { type: "object", properties: { value: rule } },
        httpPart: "querystring",
      });
      // As the client writes it into the URL, and the emulator reads it back (arrays comma-separated).
      const emulatorAccepts = (value: unknown) => {
        const written = Array.isArray(value) ? value.join(",") : String(value);
        const read = { value: rule.type === "array" ? written.split(",") : written };
        return validate(read);
      };
      fc.assert(
        fc.property(near(rule, true), (value) => {
          expect(emulatorAccepts(value), JSON.stringify(value)).toBe(clientAccepts(value, rule));
        }),
        { numRuns: 300 },
      );
    },
  );
});
