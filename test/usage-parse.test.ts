import { describe, expect, it } from "vitest";
import {
  anthropicMessageResponseUsageFromJSON,
  isAnthropicMessageResponseUsage,
  parseAnthropicMessageResponseUsage,
  ValidationError,
} from "../src/index.js";
import { invalidUsage, malformedJson, validUsage } from "./fixtures/usage-corpus.js";
import { canonicalJson } from "./helpers/canonical-json.js";

describe("anthropicMessageResponseUsageFromJSON", () => {
  it.each(validUsage)("accepts $name, keeping every key and value", ({ text }) => {
    const result = anthropicMessageResponseUsageFromJSON(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(canonicalJson(result.value)).toBe(canonicalJson(JSON.parse(text)));
  });

  it.each(invalidUsage)("rejects $name with one issue per bad field", ({ text, issues }) => {
    const result = anthropicMessageResponseUsageFromJSON(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.issues.map((issue) => [issue.pointer, issue.expected, issue.received])).toEqual(issues);
  });

  it.each(malformedJson)("returns an error for text that is not JSON: %j", (text) => {
    const result = anthropicMessageResponseUsageFromJSON(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ pointer: "", path: [], expected: "valid JSON text" });
    expect(result.error.message).toMatch(/^\(root\): expected valid JSON text, received text that does not parse \(.+\)$/);
  });

  it("returns an error, not an exception, when given something other than a string", () => {
    const result = anthropicMessageResponseUsageFromJSON(42 as unknown as string);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("(root): expected JSON text (a string), received number");
  });

  it("keeps absent, null and a number as three different states", () => {
    const absent = anthropicMessageResponseUsageFromJSON(`{"input_tokens":1,"output_tokens":2}`);
    const nulled = anthropicMessageResponseUsageFromJSON(`{"input_tokens":1,"output_tokens":2,"cache_read_input_tokens":null}`);
    const counted = anthropicMessageResponseUsageFromJSON(`{"input_tokens":1,"output_tokens":2,"cache_read_input_tokens":0}`);
    if (!absent.ok || !nulled.ok || !counted.ok) throw new Error("all three must parse");
    expect("cache_read_input_tokens" in absent.value).toBe(false);
    expect(nulled.value.cache_read_input_tokens).toBeNull();
    expect(counted.value.cache_read_input_tokens).toBe(0);
  });

  it("writes one message line per issue, naming the field, the expectation and what was found", () => {
    const result = anthropicMessageResponseUsageFromJSON(`{"input_tokens":"12","output_tokens":-1}`);
    if (result.ok) throw new Error("must fail");
    expect(result.error.message).toBe(
      [
        `/input_tokens: expected a non-negative safe integer, received string "12"`,
        "/output_tokens: expected a non-negative safe integer, received number -1",
      ].join("\n"),
    );
    expect(result.error.issues[0]!.path).toEqual(["input_tokens"]);
    expect(result.error.name).toBe("ValidationError");
  });

  it("treats __proto__ and constructor keys as data and pollutes nothing", () => {
    const text = `{"input_tokens":1,"output_tokens":2,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
    const result = anthropicMessageResponseUsageFromJSON(text);
    if (!result.ok) throw new Error("must parse");
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.hasOwn(result.value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("parseAnthropicMessageResponseUsage", () => {
  it.each(validUsage)("accepts $name as an already-parsed value", ({ text }) => {
    const input: unknown = JSON.parse(text);
    const result = parseAnthropicMessageResponseUsage(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toBe(input);
      expect(canonicalJson(result.value)).toBe(canonicalJson(input));
    }
  });

  it.each(invalidUsage)("rejects $name with the same issues as fromJSON", ({ text, issues }) => {
    const result = parseAnthropicMessageResponseUsage(JSON.parse(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => [issue.pointer, issue.expected, issue.received])).toEqual(issues);
  });

  it("returns a fresh copy: later changes to the input, at any depth, do not reach it", () => {
    const input = { input_tokens: 1, output_tokens: 2, cache_creation: { ephemeral_5m_input_tokens: 3 }, tags: ["a"] };
    const result = parseAnthropicMessageResponseUsage(input);
    if (!result.ok) throw new Error("must parse");
    input.input_tokens = 99;
    input.cache_creation.ephemeral_5m_input_tokens = 99;
    input.tags.push("b");
    expect(result.value).toEqual({ input_tokens: 1, output_tokens: 2, cache_creation: { ephemeral_5m_input_tokens: 3 }, tags: ["a"] });
  });

  it("copies an own __proto__ key as data without changing the copy's prototype", () => {
    const input: unknown = JSON.parse(`{"input_tokens":1,"output_tokens":2,"__proto__":{"polluted":true}}`);
    const result = parseAnthropicMessageResponseUsage(input);
    if (!result.ok) throw new Error("must parse");
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.value, "__proto__")?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("reads a property named like an Object.prototype member only when it is the object's own", () => {
    // Inherited `constructor` must not count as an unknown field, nor as present.
    const result = parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2 });
    if (!result.ok) throw new Error("must parse");
    expect(Object.keys(result.value)).toEqual(["input_tokens", "output_tokens"]);
  });

  it("accepts frozen input and a null-prototype object", () => {
    const frozen = Object.freeze({ input_tokens: 1, output_tokens: 2 });
    const bare = Object.assign(Object.create(null) as object, { input_tokens: 1, output_tokens: 2 });
    expect(parseAnthropicMessageResponseUsage(frozen).ok).toBe(true);
    expect(parseAnthropicMessageResponseUsage(bare).ok).toBe(true);
  });

  it("leaves out properties whose value is undefined, as JSON.stringify does", () => {
    const result = parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2, cache_read_input_tokens: undefined });
    if (!result.ok) throw new Error("must parse");
    expect(Object.keys(result.value)).toEqual(["input_tokens", "output_tokens"]);
  });

  it.each<[string, () => unknown, string, string]>([
    ["a getter that throws", () => ({ input_tokens: 1, get output_tokens(): number { throw new Error("boom"); } }), "", "a readable value"],
    [
      "a Proxy whose traps throw",
      () => new Proxy({}, { ownKeys: () => { throw new Error("trap"); } }),
      "",
      "a readable value",
    ],
    ["a class instance", () => new (class Usage { input_tokens = 1; output_tokens = 2; })(), "", "a JSON value"],
    ["a Date in an unknown field", () => ({ input_tokens: 1, output_tokens: 2, at: new Date(0) }), "/at", "a JSON value"],
    ["a function in an unknown field", () => ({ input_tokens: 1, output_tokens: 2, fn: () => 1 }), "/fn", "a JSON value"],
    ["a BigInt count", () => ({ input_tokens: 1n, output_tokens: 2 }), "/input_tokens", "a JSON value"],
    ["a hole in an unknown array", () => ({ input_tokens: 1, output_tokens: 2, list: [1, , 3] }), "/list/1", "a JSON value"],
  ])("returns an error, never throws, for %s", (_name, make, pointer, expected) => {
    const result = parseAnthropicMessageResponseUsage(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ pointer, expected });
  });

  it("reports a cycle in an unknown field at its pointer instead of looping", () => {
    const cyclic: Record<string, unknown> = { input_tokens: 1, output_tokens: 2, extra: { list: [] as unknown[] } };
    ((cyclic["extra"] as { list: unknown[] }).list).push(cyclic["extra"]);
    const result = parseAnthropicMessageResponseUsage(cyclic);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ pointer: "/extra/list/0", expected: "a JSON value without cycles" });
  });

  it("accepts a non-finite number in an unknown field, as fromJSON accepts 1e999 there", () => {
    expect(parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2, ratio: Number.POSITIVE_INFINITY }).ok).toBe(true);
    expect(anthropicMessageResponseUsageFromJSON(`{"input_tokens":1,"output_tokens":2,"ratio":1e999}`).ok).toBe(true);
  });

  it("accepts the same object twice in one value: shared is not cyclic", () => {
    const shared = { a: 1 };
    expect(parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2, x: shared, y: [shared, shared] }).ok).toBe(true);
  });
});

describe("isAnthropicMessageResponseUsage", () => {
  it.each([...validUsage, ...invalidUsage])("agrees with parse for $name", ({ text }) => {
    const value: unknown = JSON.parse(text);
    expect(isAnthropicMessageResponseUsage(value)).toBe(parseAnthropicMessageResponseUsage(value).ok);
  });

  it("is true for a valid object and false for a string holding one", () => {
    expect(isAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2 })).toBe(true);
    expect(isAnthropicMessageResponseUsage(`{"input_tokens":1,"output_tokens":2}`)).toBe(false);
  });
});
