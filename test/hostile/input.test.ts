/**
 * Hostile and huge input to the shipped model's parsers and serializers. Timings are printed in the
 * test names, never asserted: the figures that count come from `npm run bench`.
 */
import { describe, expect, it } from "vitest";
import {
  anthropicMessageResponseUsageFromJSON as fromJSON,
  anthropicMessageResponseUsageToJSON as toJSON,
  parseAnthropicMessageResponseUsage as parse,
  type AnthropicMessageResponseUsage,
} from "../../src/index.js";
import { canonicalJson } from "../helpers/canonical-json.js";

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

describe("keys that name prototype machinery", () => {
  const text = `{"input_tokens":1,"output_tokens":2,${PROTOTYPE_KEYS.map((key) => `"${key}":{"polluted":true}`).join(",")}}`;

  it.each([
    ["fromJSON", () => fromJSON(text)],
    ["parse", () => parse(JSON.parse(text))],
  ])("are data to %s: kept through the round trip, no prototype changed, the parser still works", (_name, run) => {
    const result = run();
    if (!result.ok) throw result.error;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.keys(result.value)).toEqual(["input_tokens", "output_tokens", ...PROTOTYPE_KEYS]);
    expect(canonicalJson(JSON.parse(toJSON(result.value)))).toBe(canonicalJson(JSON.parse(text)));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(fromJSON(`{"input_tokens":3,"output_tokens":4}`).ok).toBe(true);
  });
});

describe("odd values given to parse", () => {
  it("drops extra properties of an array, as JSON would", () => {
    const list = Object.assign([1, 2], { extra: "x" });
    const result = parse({ input_tokens: 1, output_tokens: 2, list });
    if (!result.ok) throw result.error;
    expect(JSON.parse(toJSON(result.value))).toEqual({ input_tokens: 1, output_tokens: 2, list: [1, 2] });
  });

  it("keeps its verdict when a getter calls the parser again while being copied", () => {
    const nested = { get inner() { return parse({ input_tokens: 1, output_tokens: 2 }).ok; } };
    const hostile = { input_tokens: 1, output_tokens: 2, bad: [() => 0, nested] };
    const result = parse(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.pointer)).toEqual(["/bad/0"]);
  });

  it("reads a getter once and keeps what it returned", () => {
    let reads = 0;
    const result = parse({ output_tokens: 2, get input_tokens() { return ++reads; } });
    expect(result.ok && result.value.input_tokens).toBe(1);
    expect(reads).toBe(1);
  });
});

describe("toJSON with values JSON cannot hold", () => {
  it("reads a getter on the model once", () => {
    let reads = 0;
    const model = { output_tokens: 2, get input_tokens() { return ++reads; } } as AnthropicMessageResponseUsage;
    expect(JSON.parse(toJSON(model))).toEqual({ input_tokens: 1, output_tokens: 2 });
    expect(reads).toBe(1);
  });

  it("writes -0 as 0 and refuses -Infinity", () => {
    expect(toJSON({ input_tokens: -0, output_tokens: 0, x: -0 } as AnthropicMessageResponseUsage)).toBe(`{"input_tokens":0,"output_tokens":0,"x":0}`);
    expect(() => toJSON({ input_tokens: 1, output_tokens: 0, x: Number.NEGATIVE_INFINITY } as AnthropicMessageResponseUsage)).toThrow("/x: expected a JSON value, received number -Infinity");
  });
});

/** Milliseconds that `run` takes. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return Math.round(performance.now() - start);
}

describe("huge input", () => {
  const huge = (megabytes: number) => `{"input_tokens":1,"output_tokens":2,"blob":"${"x".repeat(megabytes * 1024 * 1024)}"}`;
  const manyKeys = (count: number) => `{"input_tokens":1,"output_tokens":2,${Array.from({ length: count }, (_, i) => `"k${i}":${i}`).join(",")}}`;
  const [text10, text50] = [huge(10), huge(50)];
  const [keys20k, keys100k] = [manyKeys(20_000), manyKeys(100_000)];
  const times = {
    fromJSON10: timed(() => fromJSON(text10)),
    fromJSON50: timed(() => fromJSON(text50)),
    parse20k: timed(() => parse(JSON.parse(keys20k))),
    parse100k: timed(() => parse(JSON.parse(keys100k))),
  };

  it(`parses a 50 MB text with one huge unknown string (10 MB: ${times.fromJSON10} ms, 50 MB: ${times.fromJSON50} ms)`, () => {
    const result = fromJSON(text50);
    expect(result.ok && (result.value as unknown as Record<string, string>)["blob"]!.length).toBe(50 * 1024 * 1024);
  });

  it(`copies 100,000 unknown keys (20,000: ${times.parse20k} ms, 100,000: ${times.parse100k} ms) and writes them back`, () => {
    const result = parse(JSON.parse(keys100k));
    if (!result.ok) throw result.error;
    expect(Object.keys(result.value)).toHaveLength(100_002);
    expect(toJSON(result.value)).toBe(keys100k);
  });

  it("handles 10,000 levels of nesting in an unknown field, in every direction", () => {
    const deep = `{"input_tokens":1,"output_tokens":2,"deep":${"[".repeat(10_000)}0${"]".repeat(10_000)}}`;
    const parsed = fromJSON(deep);
    if (!parsed.ok) throw parsed.error;
    const copied = parse(parsed.value);
    if (!copied.ok) throw copied.error;
    expect(toJSON(copied.value)).toBe(deep);
  });
});
