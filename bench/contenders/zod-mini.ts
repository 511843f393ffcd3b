/**
 * The usage model as a Speakeasy-generated SDK writes it with zod/v4-mini: a loose object (unknown
 * keys kept) piped into a transform that renames keys to camelCase with a generic remap pass, and the
 * reverse for outbound data. A bench contender, written here to measure against.
 */
import * as z from "zod/v4-mini";

function remap(value: Record<string, unknown>, names: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[names[key] ?? key] = item;
  return out;
}

const count = () => z.int().check(z.minimum(0));
const inbound = { input_tokens: "inputTokens", cache_creation_input_tokens: "cacheCreationInputTokens", cache_read_input_tokens: "cacheReadInputTokens", output_tokens: "outputTokens" };
const outbound = Object.fromEntries(Object.entries(inbound).map(([wire, model]) => [model, wire]));

export const usageInbound = z.pipe(
  z.looseObject({
    input_tokens: count(),
    cache_creation_input_tokens: z.optional(z.nullable(count())),
    cache_read_input_tokens: z.optional(z.nullable(count())),
    output_tokens: count(),
  }),
  z.transform((value) => remap(value, inbound)),
);

export const usageOutbound = z.pipe(
  z.looseObject({
    inputTokens: count(),
    cacheCreationInputTokens: z.optional(z.nullable(count())),
    cacheReadInputTokens: z.optional(z.nullable(count())),
    outputTokens: count(),
  }),
  z.transform((value) => remap(value, outbound)),
);
