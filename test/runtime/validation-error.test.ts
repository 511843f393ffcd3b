import { describe, expect, it } from "vitest";
import { addIssue, describeValue, makeIssue, ValidationError, type ValidationIssue } from "../../src/validation-error.js";

describe("describeValue", () => {
  it.each<{ given: unknown; want: string }>([
    { given: undefined, want: "undefined" },
    { given: null, want: "null" },
    { given: true, want: "boolean true" },
    { given: 1.5, want: "number 1.5" },
    { given: -0, want: "number -0" },
    { given: Number.NaN, want: "number NaN" },
    { given: 12n, want: "bigint 12n" },
    { given: "12", want: `string "12"` },
    { given: "a\nb", want: `string "a\\nb"` },
    { given: [], want: "array of 0 items" },
    { given: [1], want: "array of 1 item" },
    { given: {}, want: "object" },
    { given: Object.create(null), want: "object" },
    { given: new Date(0), want: "Date instance" },
    { given: () => 1, want: "function" },
    { given: Symbol("s"), want: "symbol" },
  ])("describes $given as $want", ({ given, want }) => {
    expect(describeValue(given)).toBe(want);
  });

  it("shortens a long string instead of dumping it", () => {
    const described = describeValue("x".repeat(1_000_000));
    expect(described).toBe(`string "${"x".repeat(40)}"… (1000000 characters)`);
  });

  it("never throws, even for a Proxy whose every trap throws", () => {
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap"); } });
    expect(describeValue(hostile)).toBe("object that could not be inspected");
  });
});

describe("addIssue", () => {
  it("names a missing property as missing, and copies the path so later pushes do not change it", () => {
    const issues: ValidationIssue[] = [];
    const path = ["outer"];
    addIssue(issues, path, "count", "a non-negative safe integer", undefined);
    path.push("changed");
    expect(issues).toEqual([
      {
        pointer: "/outer/count",
        path: ["outer", "count"],
        expected: "a non-negative safe integer",
        received: "nothing (the property is missing)",
        message: "/outer/count: expected a non-negative safe integer, received nothing (the property is missing)",
      },
    ]);
  });

  it("describes an undefined array item as undefined, not as missing", () => {
    const issues: ValidationIssue[] = [];
    addIssue(issues, ["list"], 3, "a JSON value", undefined);
    expect(issues[0]?.received).toBe("undefined");
  });
});

describe("ValidationError", () => {
  it("is an Error whose message has one line per issue", () => {
    const error = new ValidationError([makeIssue([], "an object", "null"), makeIssue(["a"], "a string", "number 1")]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ValidationError");
    expect(error.message.split("\n")).toEqual(["(root): expected an object, received null", "/a: expected a string, received number 1"]);
  });
});
