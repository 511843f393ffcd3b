/**
 * Interop with the official SDK (`@anthropic-ai/sdk`, a pinned devDependency): its usage values go
 * into this package's parser as they are, and this package's model goes where a consumer passes
 * usage on. The messages here are built from the SDK's types in the test, not fetched.
 */
import type { Message, MessageDeltaUsage as SdkDeltaUsage, Usage } from "@anthropic-ai/sdk/resources/messages";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  anthropicMessageResponseUsageToJSON,
  mergeStreamUsage,
  parseAnthropicMessageResponseUsage,
  totalInputTokens,
  type AnthropicMessageResponseUsage,
  type MessageDeltaUsage,
} from "../src/index.js";

const sdkUsage: Usage = {
  input_tokens: 2095,
  output_tokens: 503,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 1800,
  cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  inference_geo: null,
  output_tokens_details: null,
  server_tool_use: null,
  service_tier: "standard",
  speed: "standard",
};

const message: Message = {
  id: "msg_01",
  type: "message",
  role: "assistant",
  model: "claude-sonnet-4-5",
  content: [{ type: "text", text: "Hello", citations: null }],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: sdkUsage,
  container: null,
} as Message;

describe("values from the official SDK", () => {
  it("parse as they are, keeping the fields this model does not describe", () => {
    const result = parseAnthropicMessageResponseUsage(message.usage);
    if (!result.ok) throw result.error;
    expect(result.value).toEqual(sdkUsage);
    expect(JSON.parse(anthropicMessageResponseUsageToJSON(result.value))).toEqual(sdkUsage);
  });

  it("are assignable to the model without a cast", () => {
    const usage: AnthropicMessageResponseUsage = message.usage;
    expect(totalInputTokens(usage)).toBe(3895);
  });

  it("include the stream delta shape, which mergeStreamUsage takes as it is", () => {
    const delta: SdkDeltaUsage = {
      input_tokens: null,
      output_tokens: 640,
      cache_creation_input_tokens: null,
      cache_read_input_tokens: null,
      server_tool_use: null,
    } as SdkDeltaUsage;
    expectTypeOf(delta).toMatchTypeOf<MessageDeltaUsage>();
    expect(mergeStreamUsage(sdkUsage, delta)).toEqual({ ...sdkUsage, output_tokens: 640 });
  });
});

describe("where the types differ", () => {
  it("the SDK says the cache counts are always present (maybe null); this model, from the API reference, that they may be absent", () => {
    expectTypeOf<Usage["cache_read_input_tokens"]>().toEqualTypeOf<number | null>();
    expectTypeOf<AnthropicMessageResponseUsage["cache_read_input_tokens"]>().toEqualTypeOf<number | null | undefined>();
    // So a parsed model is not an SDK `Usage` until the missing fields are filled in:
    expectTypeOf<AnthropicMessageResponseUsage>().not.toMatchTypeOf<Usage>();
  });
});
