/**
 * Token arithmetic over the usage model, hand-written because users keep getting it wrong:
 * `input_tokens` is not the whole input (cached tokens are counted apart), and the counts of a
 * stream's `message_delta` are cumulative, not increments.
 */
import type { AnthropicMessageResponseUsage } from "./generated/index.js";

/** The four counts arithmetic works on; any usage object of a response has them. */
type Counts = Pick<AnthropicMessageResponseUsage, "input_tokens" | "output_tokens" | "cache_creation_input_tokens" | "cache_read_input_tokens">;

/**
 * The usage of a `message_delta` stream event: cumulative counts, of which only `output_tokens` is
 * always there; `input_tokens` may be missing or `null`.
 */
export interface MessageDeltaUsage {
  input_tokens?: number | null;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

/**
 * Every input token of a request: the uncached ones, those written to the cache and those read from
 * it. A `null` or absent cache count counts as 0.
 */
export function totalInputTokens(usage: Omit<Counts, "output_tokens">): number {
  return checkedSum([usage.input_tokens, usage.cache_creation_input_tokens ?? 0, usage.cache_read_input_tokens ?? 0]);
}

/** Every token of a request, input (cached or not) and output. */
export function totalTokens(usage: Counts): number {
  return checkedSum([totalInputTokens(usage), usage.output_tokens]);
}

/**
 * The usage of several responses together. Each count is the sum of the terms; a cache count is
 * `null` in the sum only when no term has a number for it (and absent when every term leaves it out).
 * Only the four counts are summed: properties the model does not describe (`server_tool_use`,
 * `service_tier`, a gateway's `cost`) have no general sum and are not carried over.
 *
 * @throws RangeError when a sum exceeds `Number.MAX_SAFE_INTEGER` and could no longer be exact.
 */
export function addUsage(...usages: Counts[]): AnthropicMessageResponseUsage {
  const sum: AnthropicMessageResponseUsage = {
    input_tokens: checkedSum(usages.map((usage) => usage.input_tokens)),
    output_tokens: checkedSum(usages.map((usage) => usage.output_tokens)),
  };
  for (const key of ["cache_creation_input_tokens", "cache_read_input_tokens"] as const) {
    const terms = usages.map((usage) => usage[key]);
    if (terms.some((term) => typeof term === "number")) sum[key] = checkedSum(terms.map((term) => term ?? 0));
    else if (terms.includes(null)) sum[key] = null;
  }
  return sum;
}

/**
 * The usage of a streamed response, from the usage of its `message_start` event and of a
 * `message_delta` event. Delta counts are cumulative, so a count present and not `null` in the delta
 * replaces the start's, and one that is absent or `null` keeps it; nothing is added up. Properties
 * the model does not describe are kept from the start.
 */
export function mergeStreamUsage(start: AnthropicMessageResponseUsage, delta: MessageDeltaUsage): AnthropicMessageResponseUsage {
  const merged: AnthropicMessageResponseUsage = { ...start, output_tokens: delta.output_tokens };
  for (const key of ["input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens"] as const) {
    const count = delta[key];
    if (typeof count === "number") merged[key] = count;
  }
  return merged;
}

function checkedSum(terms: ReadonlyArray<number>): number {
  let sum = 0;
  for (const term of terms) sum += term;
  if (!Number.isSafeInteger(sum)) throw new RangeError(`token count sum ${sum} is not a safe integer`);
  return sum;
}
