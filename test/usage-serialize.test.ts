import { describe, expect, it } from "vitest";
import {
  anthropicMessageResponseUsageFromJSON,
  anthropicMessageResponseUsageToJSON,
  parseAnthropicMessageResponseUsage,
  ValidationError,
  type AnthropicMessageResponseUsage,
} from "../src/index.js";
import { validUsage } from "./fixtures/usage-corpus.js";
import { canonicalJson } from "./helpers/canonical-json.js";

/** Calls toJSON on a value the type system would refuse, as a caller holding `any` can. */
function toJsonUnchecked(value: unknown): string {
  return anthropicMessageResponseUsageToJSON(value as AnthropicMessageResponseUsage);
}

function thrownBy(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("anthropicMessageResponseUsageToJSON", () => {
  it.each(validUsage)("round-trips $name without losing anything", ({ text }) => {
    const parsed = anthropicMessageResponseUsageFromJSON(text);
    if (!parsed.ok) throw parsed.error;
    const written = anthropicMessageResponseUsageToJSON(parsed.value);
    expect(canonicalJson(JSON.parse(written))).toBe(canonicalJson(JSON.parse(text)));
  });

  it.each(validUsage)("is idempotent on $name: writing, parsing and writing again gives the same text", ({ text }) => {
    const first = anthropicMessageResponseUsageFromJSON(text);
    if (!first.ok) throw first.error;
    const written = anthropicMessageResponseUsageToJSON(first.value);
    const second = parseAnthropicMessageResponseUsage(JSON.parse(written));
    if (!second.ok) throw second.error;
    expect(anthropicMessageResponseUsageToJSON(second.value)).toBe(written);
  });

  it("writes null and absent cache counts as they were", () => {
    const text = anthropicMessageResponseUsageToJSON({ input_tokens: 1, output_tokens: 2, cache_read_input_tokens: null });
    expect(JSON.parse(text)).toStrictEqual({ input_tokens: 1, output_tokens: 2, cache_read_input_tokens: null });
  });

  it("writes unknown fields back, nested values included", () => {
    const usage = { input_tokens: 1, output_tokens: 2, server_tool_use: { web_search_requests: 3 }, service_tier: "priority" };
    expect(JSON.parse(anthropicMessageResponseUsageToJSON(usage))).toStrictEqual(usage);
  });

  it.each<[string, unknown, string, string]>([
    ["a negative count", { input_tokens: -1, output_tokens: 2 }, "/input_tokens", "a non-negative safe integer"],
    ["a fractional count", { input_tokens: 1, output_tokens: 2.5 }, "/output_tokens", "a non-negative safe integer"],
    ["a missing required count", { input_tokens: 1 }, "/output_tokens", "a non-negative safe integer"],
    ["a numeric string", { input_tokens: "1", output_tokens: 2 }, "/input_tokens", "a non-negative safe integer"],
    ["a BigInt", { input_tokens: 1n, output_tokens: 2 }, "/input_tokens", "a non-negative safe integer"],
    ["NaN", { input_tokens: Number.NaN, output_tokens: 2 }, "/input_tokens", "a non-negative safe integer"],
    ["a BigInt in an unknown field", { input_tokens: 1, output_tokens: 2, big: 1n }, "/big", "a JSON value"],
    ["Infinity in an unknown field", { input_tokens: 1, output_tokens: 2, x: Number.POSITIVE_INFINITY }, "/x", "a JSON value"],
    ["a Map in an unknown field", { input_tokens: 1, output_tokens: 2, m: new Map() }, "/m", "a JSON value"],
    ["a string instead of an object", "usage", "", "an object"],
    ["undefined", undefined, "", "an object"],
    ["a class instance", new (class Usage { input_tokens = 1; output_tokens = 2; })(), "", "an object"],
  ])("throws a ValidationError for %s", (_name, value, pointer, expected) => {
    const error = thrownBy(() => toJsonUnchecked(value));
    expect(error.issues[0]).toMatchObject({ pointer, expected });
  });

  it("throws for a cycle in an unknown field instead of overflowing", () => {
    const usage: Record<string, unknown> = { input_tokens: 1, output_tokens: 2 };
    usage["self"] = usage;
    // The unknown field is the usage object itself: the cycle closes at its own `self`.
    expect(thrownBy(() => toJsonUnchecked(usage)).issues[0]).toMatchObject({ pointer: "/self/self", expected: "a JSON value without cycles" });
  });

  it("reads a getter once and writes what it returned", () => {
    let reads = 0;
    const usage = {
      output_tokens: 2,
      get input_tokens(): number {
        reads += 1;
        return reads;
      },
    };
    expect(JSON.parse(toJsonUnchecked(usage))).toEqual({ input_tokens: 1, output_tokens: 2 });
    expect(reads).toBe(1);
  });

  it("turns a getter that throws into a ValidationError", () => {
    const usage = { input_tokens: 1, get output_tokens(): number { throw new Error("boom"); } };
    expect(thrownBy(() => toJsonUnchecked(usage)).message).toBe("(root): expected a readable value, received one that threw boom");
  });

  it("writes 10,000 levels of nesting in an unknown field", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const text = toJsonUnchecked({ input_tokens: 1, output_tokens: 2, deep });
    expect(text.length).toBe(`{"input_tokens":1,"output_tokens":2,"deep":}`.length + 20_001);
  });

  it("ignores a toJSON method on the value instead of calling it", () => {
    const usage = { input_tokens: 1, output_tokens: 2, toJSON: () => ({ input_tokens: -1 }) };
    expect(thrownBy(() => toJsonUnchecked(usage)).issues[0]).toMatchObject({ pointer: "/toJSON", expected: "a JSON value" });
  });

  it("throws an error with a stack trace, while parsers return theirs without one", () => {
    expect(thrownBy(() => toJsonUnchecked({ input_tokens: -1, output_tokens: 2 })).stack).toContain("\n    at ");
    const parsed = parseAnthropicMessageResponseUsage({ input_tokens: -1, output_tokens: 2 });
    expect(parsed.ok ? "" : parsed.error.stack).not.toContain("\n    at ");
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });

  it("writes -0 as 0, as JSON.stringify does", () => {
    expect(JSON.parse(anthropicMessageResponseUsageToJSON({ input_tokens: -0, output_tokens: 0 }))).toEqual({ input_tokens: 0, output_tokens: 0 });
  });
});
