/**
 * Differential tests against an independent validator: ajv, compiled from the same spec component,
 * and this package's generated parser must agree on every input fast-check builds from the spec.
 * Round trips, idempotence and `is` are checked on the same inputs. fast-check prints the seed and
 * the shrunk counterexample of any failure; `npm run fuzz -- --runs N --seed S` replays or extends it.
 */
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { agreesWithAjv, isMatchesParse, issuesAreReadable, oracleInputs, roundTrips } from "./properties.js";
import { oracleTargets, type OracleTarget } from "./targets.js";

const RUNS = 20_000;
let targets: OracleTarget[];

beforeAll(async () => {
  targets = await oracleTargets();
});

describe("the oracle targets", () => {
  it("cover the shipped schema and every object schema of the 3.1 fixtures", () => {
    expect(targets.length).toBeGreaterThanOrEqual(15);
    expect(targets.map((t) => t.name)).toContain("openapi/anthropic-usage.yaml#AnthropicMessageResponseUsage");
  });
});

/** Runs a property on every target, naming the target of a failure beside fast-check's seed and counterexample. */
function assertOnAll(property: (target: OracleTarget) => fc.IPropertyWithHooks<[unknown]>, numRuns: number): void {
  for (const target of targets) {
    try {
      fc.assert(property(target), { numRuns });
    } catch (error) {
      throw new Error(`${target.name}: ${(error as Error).message}`);
    }
  }
}

describe("the oracle's inputs", () => {
  it("are neither all valid nor all invalid for any schema, so agreement means something", () => {
    for (const target of targets) {
      const sample = fc.sample(oracleInputs(target), { numRuns: 1000, seed: 1 });
      const accepted = sample.filter((value) => target.parse(value).ok).length;
      expect(accepted, target.name).toBeGreaterThan(100);
      expect(accepted, target.name).toBeLessThan(900);
    }
  });
});

describe("agreement with ajv", () => {
  it(`holds on ${RUNS} inputs per schema`, { timeout: 300_000 }, () => {
    assertOnAll(agreesWithAjv, RUNS);
  });

  it("differs, as intended, on a declared __proto__ property: ajv drops it from the schema, this package checks it", () => {
    const awkward = targets.find((t) => t.name.endsWith("#my-schema.v2"))!;
    expect(awkward.declaresProto).toBe(true);
    const value: unknown = JSON.parse(`{"__proto__":0}`);
    expect(awkward.ajv(value).valid).toBe(true);
    expect(awkward.parse(value).ok).toBe(false);
  });

  it("differs, as intended, on properties named like Object.prototype members: ajv sees the inherited ones", () => {
    const awkward = targets.find((t) => t.name.endsWith("#my-schema.v2"))!;
    expect(awkward.parse({}).ok).toBe(true);
    expect(awkward.ajv(Object.create(null)).valid).toBe(true);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile({ type: "object", properties: { toString: { type: "string" } } });
    expect(validate({})).toBe(false);
  });

  it("differs, as intended, on integers beyond Number.MAX_SAFE_INTEGER: ajv accepts, this package refuses", () => {
    const usage = targets.find((t) => t.name.endsWith("#AnthropicMessageResponseUsage") && t.name.startsWith("openapi/"))!;
    const value = { input_tokens: 2 ** 53, output_tokens: 1 };
    expect(usage.ajv(value).valid).toBe(true);
    expect(usage.parse(value).ok).toBe(false);
  });
});

describe("round trips", () => {
  it(`lose nothing and are idempotent, in both namings, on ${RUNS / 10} valid values per schema`, { timeout: 300_000 }, () => {
    assertOnAll(roundTrips, RUNS / 10);
  });
});

describe("is", () => {
  it(`is true exactly when parse succeeds, on ${RUNS / 10} inputs per schema`, { timeout: 300_000 }, () => {
    assertOnAll(isMatchesParse, RUNS / 10);
  });
});

describe("error quality", () => {
  it(`every issue names pointer, path, expected and received on one line, on ${RUNS / 10} inputs per schema`, { timeout: 300_000 }, () => {
    assertOnAll(issuesAreReadable, RUNS / 10);
  });
});
