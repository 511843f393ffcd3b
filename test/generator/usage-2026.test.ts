/**
 * The usage object as the API sends it in 2026 (nested cache_creation and server_tool_use, a
 * nullable service_tier enum, a nullable string, a nullable reference), generated from a fixture spec
 * in both namings: what a spec change adding these fields would ship.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ValidationError } from "../../src/validation-error.js";
import * as camel from "../fixtures/expected/anthropic-usage-2026/camel/index.js";
import * as wire from "../fixtures/expected/anthropic-usage-2026/wire/index.js";
import { canonicalJson } from "../helpers/canonical-json.js";
import { issueList, valueOf } from "../helpers/issues.js";

const response2026 = {
  input_tokens: 1024,
  cache_creation_input_tokens: 2048,
  cache_read_input_tokens: 0,
  cache_creation: { ephemeral_5m_input_tokens: 2048, ephemeral_1h_input_tokens: 0 },
  output_tokens: 512,
  server_tool_use: { web_search_requests: 2, web_fetch_requests: 1 },
  service_tier: "priority",
  inference_geo: null,
  output_tokens_details: { thinking_tokens: 256 },
  iterations: [{ input_tokens: 10, output_tokens: 2 }],
  cost: { usd: 0.0123 },
};
const text = JSON.stringify(response2026);

function thrownBy(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error("expected a ValidationError");
}

describe("the 2026 usage object, wire naming", () => {
  it("parses and round-trips a full response, unknown fields included", () => {
    const usage = valueOf(wire.anthropicMessageResponseUsageFromJSON(text));
    expect(usage.server_tool_use?.web_search_requests).toBe(2);
    expect(canonicalJson(JSON.parse(wire.anthropicMessageResponseUsageToJSON(usage)))).toBe(canonicalJson(response2026));
  });

  it("checks the nested objects and the enum", () => {
    expect(
      issueList(
        wire.parseAnthropicMessageResponseUsage({
          input_tokens: 1,
          output_tokens: 1,
          cache_creation: { ephemeral_5m_input_tokens: -1 },
          server_tool_use: {},
          service_tier: "flex",
          inference_geo: 3,
          output_tokens_details: "many",
        }),
      ),
    ).toEqual([
      "/cache_creation/ephemeral_5m_input_tokens a non-negative safe integer",
      "/cache_creation/ephemeral_1h_input_tokens a non-negative safe integer",
      "/server_tool_use/web_search_requests a non-negative safe integer",
      `/service_tier one of "standard", "priority", "batch" or null`,
      "/inference_geo a string or null",
      "/output_tokens_details an object or null",
    ]);
  });

  it("accepts the minimal response and nulls for every nullable field", () => {
    expect(issueList(wire.parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2 }))).toEqual([]);
    const nulls = { input_tokens: 1, output_tokens: 2, cache_creation: null, server_tool_use: null, service_tier: null, inference_geo: null, output_tokens_details: null };
    expect(issueList(wire.parseAnthropicMessageResponseUsage(nulls))).toEqual([]);
  });
});

describe("the 2026 usage object, camel naming", () => {
  it("returns a camelCase model with nested objects mapped and unknown keys kept under their wire names", () => {
    const usage = valueOf(camel.anthropicMessageResponseUsageFromJSON(text));
    expect(usage).toEqual({
      inputTokens: 1024,
      cacheCreationInputTokens: 2048,
      cacheReadInputTokens: 0,
      cacheCreation: { ephemeral5mInputTokens: 2048, ephemeral1hInputTokens: 0 },
      outputTokens: 512,
      serverToolUse: { webSearchRequests: 2, webFetchRequests: 1 },
      serviceTier: "priority",
      inferenceGeo: null,
      outputTokensDetails: { thinkingTokens: 256 },
      iterations: [{ input_tokens: 10, output_tokens: 2 }],
      cost: { usd: 0.0123 },
    });
    expectTypeOf(usage.inputTokens).toEqualTypeOf<number>();
    expectTypeOf(usage.serverToolUse).toEqualTypeOf<camel.ServerToolUsage | null | undefined>();
  });

  it("writes wire names back, losing nothing and duplicating no key", () => {
    const usage = valueOf(camel.parseAnthropicMessageResponseUsage(response2026));
    const written = camel.anthropicMessageResponseUsageToJSON(usage);
    expect(canonicalJson(JSON.parse(written))).toBe(canonicalJson(response2026));
    expect(written.match(/"input_tokens"/g)).toHaveLength(2); // the top level and the unknown iterations item
  });

  it("refuses a wire key that is the camelCase name of a described property", () => {
    expect(issueList(camel.parseAnthropicMessageResponseUsage({ input_tokens: 1, output_tokens: 2, inputTokens: 3 }))).toEqual([
      `/inputTokens no such key: it is the model name of "input_tokens"`,
    ]);
  });

  it("refuses a model that also carries a described property under its wire name", () => {
    const model = { inputTokens: 1, outputTokens: 2, input_tokens: 5 } as camel.AnthropicMessageResponseUsage;
    expect(thrownBy(() => camel.anthropicMessageResponseUsageToJSON(model)).issues.map((issue) => issue.pointer)).toEqual(["/input_tokens"]);
  });

  it("names model keys in the issues of a model that breaks the schema", () => {
    const model = { inputTokens: -1, outputTokens: 2, cacheCreation: { ephemeral5mInputTokens: 1 } } as camel.AnthropicMessageResponseUsage;
    expect(thrownBy(() => camel.anthropicMessageResponseUsageToJSON(model)).issues.map((issue) => issue.pointer)).toEqual([
      "/inputTokens",
      "/cacheCreation/ephemeral1hInputTokens",
    ]);
  });

  it("guards the wire shape with is...", () => {
    expect(camel.isAnthropicMessageResponseUsage(response2026)).toBe(true);
    expect(camel.isAnthropicMessageResponseUsage({ inputTokens: 1, outputTokens: 2 })).toBe(false);
  });
});
