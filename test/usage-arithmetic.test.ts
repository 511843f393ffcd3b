import { describe, expect, it } from "vitest";
import { addUsage, mergeStreamUsage, totalInputTokens, totalTokens, type AnthropicMessageResponseUsage } from "../src/index.js";

const plain: AnthropicMessageResponseUsage = { input_tokens: 12, output_tokens: 30 };
const cacheWrite: AnthropicMessageResponseUsage = { input_tokens: 21, cache_creation_input_tokens: 1533, cache_read_input_tokens: 0, output_tokens: 393 };
const cacheRead: AnthropicMessageResponseUsage = { input_tokens: 21, cache_creation_input_tokens: 0, cache_read_input_tokens: 1533, output_tokens: 120 };
const nulls: AnthropicMessageResponseUsage = { input_tokens: 5, cache_creation_input_tokens: null, cache_read_input_tokens: null, output_tokens: 7 };
const withServerTools = { input_tokens: 100, output_tokens: 50, server_tool_use: { web_search_requests: 2 }, service_tier: "standard" };

describe("totalInputTokens and totalTokens", () => {
  it.each<[string, AnthropicMessageResponseUsage, number, number]>([
    ["a plain response", plain, 12, 42],
    ["a cache write", cacheWrite, 1554, 1947],
    ["a cache read", cacheRead, 1554, 1674],
    ["null cache counts", nulls, 5, 12],
    ["a response with server tool use", withServerTools, 100, 150],
  ])("count every input token of %s, cached ones included", (_name, usage, input, total) => {
    expect(totalInputTokens(usage)).toBe(input);
    expect(totalTokens(usage)).toBe(total);
  });
});

describe("addUsage", () => {
  it("sums every count over several responses", () => {
    expect(addUsage(cacheWrite, cacheRead, plain)).toEqual({
      input_tokens: 54,
      cache_creation_input_tokens: 1533,
      cache_read_input_tokens: 1533,
      output_tokens: 543,
    });
  });

  it("keeps a cache count null or absent only when it is so in every term", () => {
    expect(addUsage(plain, plain)).toEqual({ input_tokens: 24, output_tokens: 60 });
    expect(addUsage(plain, nulls)).toEqual({ input_tokens: 17, cache_creation_input_tokens: null, cache_read_input_tokens: null, output_tokens: 37 });
    expect(addUsage(nulls, cacheRead)).toEqual({ input_tokens: 26, cache_creation_input_tokens: 0, cache_read_input_tokens: 1533, output_tokens: 127 });
  });

  it("does not carry over properties the model does not describe", () => {
    expect(addUsage(withServerTools, withServerTools)).toEqual({ input_tokens: 200, output_tokens: 100 });
  });

  it("is zero for no terms", () => {
    expect(addUsage()).toEqual({ input_tokens: 0, output_tokens: 0 });
  });

  it("refuses a sum that could no longer be exact", () => {
    expect(() => addUsage({ input_tokens: Number.MAX_SAFE_INTEGER, output_tokens: 0 }, plain)).toThrow(RangeError);
  });
});

describe("mergeStreamUsage", () => {
  const start: AnthropicMessageResponseUsage = { input_tokens: 472, cache_creation_input_tokens: 0, cache_read_input_tokens: 2048, output_tokens: 2, service_tier: "standard" } as AnthropicMessageResponseUsage;

  it("takes the delta's cumulative output count instead of adding it", () => {
    expect(mergeStreamUsage(start, { output_tokens: 503 })).toEqual({ ...start, output_tokens: 503 });
  });

  it("replaces counts the delta carries, and keeps those it leaves out or sends as null", () => {
    expect(mergeStreamUsage(start, { input_tokens: 480, cache_creation_input_tokens: null, output_tokens: 503 })).toEqual({
      input_tokens: 480,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 2048,
      output_tokens: 503,
      service_tier: "standard",
    });
    expect(mergeStreamUsage(start, { input_tokens: null, cache_read_input_tokens: 4096, output_tokens: 10 })).toMatchObject({ input_tokens: 472, cache_read_input_tokens: 4096 });
  });

  it("works for a stream without cache counts", () => {
    expect(mergeStreamUsage({ input_tokens: 25, output_tokens: 1 }, { output_tokens: 15 })).toEqual({ input_tokens: 25, output_tokens: 15 });
  });

  it("leaves its inputs as they were", () => {
    const before = JSON.stringify(start);
    mergeStreamUsage(start, { input_tokens: 1, output_tokens: 1 });
    expect(JSON.stringify(start)).toBe(before);
  });
});
