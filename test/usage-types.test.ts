/**
 * Type-level tests: `npm test` type-checks this file with the strict tsconfig (the assertions below
 * fail `tsc`, not the run), and vitest runs it so that the runtime half is exercised too.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  anthropicMessageResponseUsageFromJSON,
  anthropicMessageResponseUsageToJSON,
  isAnthropicMessageResponseUsage,
  parseAnthropicMessageResponseUsage,
  type AnthropicMessageResponseUsage,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from "../src/index.js";

describe("the model type", () => {
  it("names properties as on the wire, with the cache counts optional and nullable", () => {
    expectTypeOf<AnthropicMessageResponseUsage>().toEqualTypeOf<{
      input_tokens: number;
      cache_creation_input_tokens?: number | null;
      cache_read_input_tokens?: number | null;
      output_tokens: number;
    }>();
  });

  it("rejects undefined for an optional count under exactOptionalPropertyTypes", () => {
    // @ts-expect-error: absent and undefined are different; the model says absent.
    const usage: AnthropicMessageResponseUsage = { input_tokens: 1, output_tokens: 2, cache_read_input_tokens: undefined };
    expectTypeOf(usage).toEqualTypeOf<AnthropicMessageResponseUsage>();
  });

  it("rejects a usage object without a required count", () => {
    // @ts-expect-error: output_tokens is required.
    const usage: AnthropicMessageResponseUsage = { input_tokens: 1 };
    expectTypeOf(usage).toEqualTypeOf<AnthropicMessageResponseUsage>();
  });
});

describe("the functions' types", () => {
  it("return a Result that narrows on ok", () => {
    const result = anthropicMessageResponseUsageFromJSON(`{"input_tokens":1,"output_tokens":2}`);
    expectTypeOf(result).toEqualTypeOf<Result<AnthropicMessageResponseUsage, ValidationError>>();
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<AnthropicMessageResponseUsage>();
      // @ts-expect-error: a success has no error.
      void result.error;
    } else {
      expectTypeOf(result.error.issues).toEqualTypeOf<ValidationIssue[]>();
      // @ts-expect-error: a failure has no value.
      void result.value;
    }
  });

  it("take what each direction needs", () => {
    expectTypeOf(parseAnthropicMessageResponseUsage).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(anthropicMessageResponseUsageFromJSON).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(anthropicMessageResponseUsageToJSON).parameter(0).toEqualTypeOf<AnthropicMessageResponseUsage>();
    expectTypeOf(anthropicMessageResponseUsageToJSON).returns.toEqualTypeOf<string>();
  });

  it("narrow unknown values with the type guard", () => {
    const value: unknown = JSON.parse(`{"input_tokens":1,"output_tokens":2}`);
    if (isAnthropicMessageResponseUsage(value)) expectTypeOf(value).toEqualTypeOf<AnthropicMessageResponseUsage>();
  });

  it("describe every issue with pointer, path, expected, received and message", () => {
    expectTypeOf<ValidationIssue>().toEqualTypeOf<{
      pointer: string;
      path: Array<string | number>;
      expected: string;
      received: string;
      message: string;
    }>();
  });
});
