import { describe, expect, it } from "vitest";
import { stringifyJson } from "../../src/json-text.js";
import { cloneJson } from "../../src/json-value.js";
import { codePointLength } from "../../src/runtime.js";
import type { ValidationIssue } from "../../src/validation-error.js";

describe("cloneJson", () => {
  it("copies 10,000 levels of nesting without overflowing the stack", () => {
    let deep: unknown = 0;
    for (let i = 0; i < 10_000; i++) deep = i % 2 === 0 ? { next: deep } : [deep];
    const issues: ValidationIssue[] = [];
    const copy = cloneJson(deep, issues);
    expect(issues).toEqual([]);
    expect(copy === deep).toBe(false);
    expect(stringifyJson(copy)).toBe(stringifyJson(deep));
  });

  it("reports every non-JSON part, each at its own pointer", () => {
    const issues: ValidationIssue[] = [];
    const result = cloneJson({ a: [1, () => 2], b: { c: Symbol("s") }, d: new Set() }, issues);
    expect(result).toBeUndefined();
    expect(issues.map((issue) => [issue.pointer, issue.received])).toEqual([
      ["/a/1", "function"],
      ["/b/c", "symbol"],
      ["/d", "Set instance"],
    ]);
  });

  it("keeps non-finite numbers unless asked for finite ones only", () => {
    expect(cloneJson({ x: Number.NaN }, [])).toEqual({ x: Number.NaN });
    const issues: ValidationIssue[] = [];
    expect(cloneJson({ x: Number.NaN }, issues, true)).toBeUndefined();
    expect(issues[0]?.pointer).toBe("/x");
  });

  it("copies scalars at the root as they are", () => {
    expect(cloneJson("text", [])).toBe("text");
    expect(cloneJson(null, [])).toBeNull();
  });
});

describe("stringifyJson", () => {
  it("writes values too deep for JSON.stringify, and the text parses back to the same nesting", () => {
    let text = "0";
    for (let i = 0; i < 50_000; i++) text = i % 2 === 0 ? `{"next":${text},"n":${i}}` : `[${text},"s"]`;
    const value: unknown = JSON.parse(text);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(stringifyJson(value)).toBe(text);
  });

  it.each([null, 0, -1.5, "a\"b", true, [], {}, [1, [2, {}]], { a: { b: [null, "x"] }, "": 1 }])("matches JSON.stringify on %j", (value) => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });
});

describe("codePointLength", () => {
  it.each<{ given: string; want: number }>([
    { given: "", want: 0 },
    { given: "abc", want: 3 },
    { given: "😀", want: 1 },
    { given: "a😀b", want: 3 },
    { given: "\ud83d", want: 1 },
    { given: "\ude00\ud83d", want: 2 },
  ])("counts $want code points in $given", ({ given, want }) => {
    expect(codePointLength(given)).toBe(want);
  });
});
