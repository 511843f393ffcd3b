/**
 * The contenders, each doing the same work on the same inputs: check every field, keep unknown keys,
 * report every issue. Each offers the three operations the bench times; `ok` reads its verdict.
 */
import * as wire from "../src/index.js";
import { validateUsage } from "./contenders/ajv.js";
import * as valibot from "./contenders/valibot.js";
import { usageInbound, usageOutbound } from "./contenders/zod-mini.js";
import * as v from "valibot";
import { camelKeys, type BenchInput } from "./inputs.js";

export interface Contender {
  name: string;
  /** `camel` contenders return and serialize camelCase models; `wire` ones the wire shape. */
  naming: "wire" | "camel";
  fromJSON(text: string): unknown;
  parse(value: unknown): unknown;
  /** Throws on a value that breaks the schema. */
  toJSON(model: unknown): string;
  /** Whether a result of fromJSON or parse is a success. */
  ok(result: unknown): boolean;
  /** What the bench says about how its work differs, if it does. */
  note?: string;
}

interface GeneratedModule {
  anthropicMessageResponseUsageFromJSON(text: string): { ok: boolean };
  parseAnthropicMessageResponseUsage(value: unknown): { ok: boolean };
  anthropicMessageResponseUsageToJSON(value: never): string;
}

const resultOk = (result: unknown) => (result as { ok: boolean }).ok;

function generated(name: string, naming: "wire" | "camel", module: GeneratedModule): Contender {
  return {
    name,
    naming,
    fromJSON: (text) => module.anthropicMessageResponseUsageFromJSON(text),
    parse: (value) => module.parseAnthropicMessageResponseUsage(value),
    toJSON: (model) => module.anthropicMessageResponseUsageToJSON(model as never),
    ok: resultOk,
  };
}

/** All contenders; the camelCase build of this package is generated into bench/.generated/ first. */
export async function contenders(): Promise<Contender[]> {
  const camel = (await import("./.generated/camel/index.js")) as GeneratedModule;
  return [
    generated("this package (wire)", "wire", wire),
    generated("this package (camel)", "camel", camel),
    {
      name: "zod/v4-mini, Speakeasy style",
      naming: "camel",
      fromJSON: (text) => usageInbound.safeParse(JSON.parse(text)),
      parse: (value) => usageInbound.safeParse(value),
      toJSON: (model) => JSON.stringify(usageOutbound.parse(model)),
      ok: (result) => (result as { success: boolean }).success,
      note: "copies the top level only",
    },
    {
      name: "ajv (from the spec)",
      naming: "wire",
      fromJSON: (text) => {
        const value: unknown = JSON.parse(text);
        return validateUsage(value) ? { ok: true, value } : { ok: false, errors: validateUsage.errors };
      },
      parse: (value) => (validateUsage(value) ? { ok: true, value } : { ok: false, errors: validateUsage.errors }),
      toJSON: (model) => {
        if (!validateUsage(model)) throw new Error(JSON.stringify(validateUsage.errors));
        return JSON.stringify(model);
      },
      ok: resultOk,
      note: "validates in place: returns the input, no copy",
    },
    {
      name: "valibot",
      naming: "wire",
      fromJSON: (text) => v.safeParse(valibot.usageSchema, JSON.parse(text), valibot.parseOptions),
      parse: (value) => v.safeParse(valibot.usageSchema, value, valibot.parseOptions),
      toJSON: (model) => JSON.stringify(v.parse(valibot.usageSchema, model)),
      ok: (result) => (result as { success: boolean }).success,
      note: "copies the top level only",
    },
  ];
}

const KNOWN = new Set(["input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens", "output_tokens"]);

/** The value a contender's toJSON starts from: its own model of the input. */
export function modelFor(contender: Contender, input: BenchInput): unknown {
  const wire = JSON.parse(input.text) as Record<string, unknown>;
  return contender.naming === "camel" ? camelKeys(wire, KNOWN) : wire;
}
