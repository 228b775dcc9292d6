// The rule checker keyword by keyword, at each limit and just past it: what every generated
// method checks before it sends, with the message a user reads (the argument, the rule, the value).
// The emulator's test/rules.test.ts proves the same rules judge alike there; this pins the words.
import { describe, expect, it } from "vitest";
import { FaceValidationError } from "../src/index.js";
import { check, type Rule } from "../src/validate.js";

/** The message `check` throws, or undefined when the value obeys the rule. */
function verdict(value: unknown, rule: Rule, name = "x"): string | undefined {
  try {
    check(name, value, rule);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(FaceValidationError);
    return (e as Error).message;
  }
}

const UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

describe("each keyword of a rule, at its limits", () => {
  it.each<[string, unknown, Rule, string | undefined]>([
    // nullable, enum
    ["null where nullable", null, { type: "string", nullable: true }, undefined],
    ["null where not nullable", null, { type: "string" }, "x must be a string; got null"],
    ["a nullable string that is a number", 5, { type: "string", nullable: true }, "x must be a string; got 5"],
    ["a value of the enum", "b", { enum: ["a", "b"] }, undefined],
    ["a value outside the enum", "c", { enum: ["a", "b"] }, 'x must be one of "a", "b"; got "c"'],
    // strings
    ["a string at its minimum length", "ab", { type: "string", minLength: 2, maxLength: 3 }, undefined],
    ["a string at its maximum length", "abc", { type: "string", minLength: 2, maxLength: 3 }, undefined],
    ["a string one under", "a", { type: "string", minLength: 2, maxLength: 3 }, 'x must be 2-3 characters; got "a"'],
    [
      "a string one over",
      "abcd",
      { type: "string", minLength: 2, maxLength: 3 },
      'x must be 2-3 characters; got "abcd"',
    ],
    ["a string under a minimum alone", "", { type: "string", minLength: 1 }, 'x must be at least 1 characters; got ""'],
    [
      "a string over a maximum alone",
      "ab",
      { type: "string", maxLength: 1 },
      'x must be at most 1 characters; got "ab"',
    ],
    ["an emoji counted once", "😀😀", { type: "string", maxLength: 2 }, undefined],
    ["a string matching its pattern", "a-1", { type: "string", pattern: "^[a-z0-9-]+$" }, undefined],
    [
      "a string breaking its pattern",
      "A",
      { type: "string", minLength: 1, maxLength: 4, pattern: "^[a-z]+$" },
      'x must be 1-4 characters matching ^[a-z]+$; got "A"',
    ],
    ["a UUID", UUID, { type: "string", format: "uuid" }, undefined],
    ["a UUID in capitals", UUID.toUpperCase(), { type: "string", format: "uuid" }, undefined],
    [
      "a UUID with a prefix",
      `x${UUID}`,
      { type: "string", format: "uuid" },
      `x must be a UUID (8-4-4-4-12 hexadecimal digits); got "x${UUID}"`,
    ],
    [
      "a UUID with a suffix",
      `${UUID}0`,
      { type: "string", format: "uuid" },
      `x must be a UUID (8-4-4-4-12 hexadecimal digits); got "${UUID}0"`,
    ],
    ["another format, the service's to judge", "not a date", { type: "string", format: "date-time" }, undefined],
    // numbers
    ["an integer at its minimum", 1, { type: "integer", minimum: 1, maximum: 3 }, undefined],
    ["an integer at its maximum", 3, { type: "integer", minimum: 1, maximum: 3 }, undefined],
    ["an integer one under", 0, { type: "integer", minimum: 1, maximum: 3 }, "x must be 1-3; got 0"],
    ["an integer one over", 4, { type: "integer", minimum: 1, maximum: 3 }, "x must be 1-3; got 4"],
    ["an integer under a minimum alone", 0, { type: "integer", minimum: 1 }, "x must be >= 1; got 0"],
    ["an integer over a maximum alone", 2, { type: "integer", maximum: 1 }, "x must be <= 1; got 2"],
    ["a fraction where an integer is due", 1.5, { type: "integer" }, "x must be an integer; got 1.5"],
    ["a fraction where a number is due", 0.5, { type: "number", minimum: 0, maximum: 1 }, undefined],
    ["a number just over", 1.01, { type: "number", minimum: 0, maximum: 1 }, "x must be 0-1; got 1.01"],
    ["NaN", Number.NaN, { type: "number" }, "x must be a number; got null"],
    ["Infinity", Number.POSITIVE_INFINITY, { type: "number" }, "x must be a number; got null"],
    ["a numeric string", "5", { type: "integer" }, 'x must be an integer; got "5"'],
    // booleans
    ["false", false, { type: "boolean" }, undefined],
    ["a string that says true", "true", { type: "boolean" }, 'x must be true or false; got "true"'],
    // arrays
    ["an array at its limits", [1, 2], { type: "array", minItems: 1, maxItems: 2 }, undefined],
    [
      "an empty array under its minimum",
      [],
      { type: "array", minItems: 1, maxItems: 2 },
      "x must have 1-2 items; got []",
    ],
    [
      "an array over its maximum",
      [1, 2, 3],
      { type: "array", minItems: 1, maxItems: 2 },
      "x must have 1-2 items; got [1,2,3]",
    ],
    ["an array over a maximum alone", [1, 2], { type: "array", maxItems: 1 }, "x must have <= 1 items; got [1,2]"],
    [
      "one item breaking the items' rule",
      [1, "2"],
      { type: "array", items: { type: "integer" } },
      'x[1] must be an integer; got "2"',
    ],
    ["a string in place of an array", "1,2", { type: "array" }, 'x must be an array; got "1,2"'],
    // objects
    ["an object with what it requires", { a: 1 }, { type: "object", required: ["a"] }, undefined],
    ["an object without it", { b: 1 }, { type: "object", required: ["a"] }, "x.a is required"],
    [
      "a property breaking its rule",
      { a: "1" },
      { type: "object", properties: { a: { type: "integer" } } },
      'x.a must be an integer; got "1"',
    ],
    ["an absent optional property", {}, { type: "object", properties: { a: { type: "integer" } } }, undefined],
    ["null in place of an object", null, { type: "object" }, "x must be an object; got null"],
    ["an array in place of an object", [], { type: "object" }, "x must be an object; got []"],
    ["a string in place of an object", "{}", { type: "object" }, 'x must be an object; got "{}"'],
    // no type: anything
    ["anything, where the rule has no type", { any: [1] }, {}, undefined],
  ])("%s", (_name, value, rule, message) => {
    expect(verdict(value, rule)).toBe(message);
  });

  it("shows at most 99 characters of a long value", () => {
    const message = verdict("a".repeat(500), { type: "string", maxLength: 4 });
    expect(message).toBe(`x must be at most 4 characters; got "${"a".repeat(98)}`);
  });

  it("shows a value JSON cannot write as text", () => {
    expect(verdict(undefined, { type: "string" })).toBe("x must be a string; got undefined");
    expect(verdict(10n, { type: "integer" })).toBe("x must be an integer; got 10");
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(verdict(cycle, { type: "string" })).toBe("x must be a string; got [object Object]");
  });

  it("reads a pattern the same on every call (compiled once, not changed by a global flag)", () => {
    const rule: Rule = { type: "string", pattern: "^a+$" };
    for (let i = 0; i < 3; i++) expect(verdict("aa", rule)).toBeUndefined();
  });
});
