/** The usage model in valibot: a loose object (unknown keys kept), every issue reported. A bench contender. */
import * as v from "valibot";

const count = v.pipe(v.number(), v.integer(), v.safeInteger(), v.minValue(0));

export const usageSchema = v.looseObject({
  input_tokens: count,
  cache_creation_input_tokens: v.optional(v.nullable(count)),
  cache_read_input_tokens: v.optional(v.nullable(count)),
  output_tokens: count,
});

export const parseOptions = { abortEarly: false } as const;
