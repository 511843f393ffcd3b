/**
 * The generator on a spec with nothing in common with the usage object: nested references, a
 * recursive one, enums, arrays, maps, closed objects and awkward property names. The generated code
 * is imported and run, so this tests behaviour, not text.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Result } from "../../src/result.js";
import type { ValidationError } from "../../src/validation-error.js";
import { runGenerator, scratchFolder, typeCheck } from "../helpers/run-generator.js";

type Parse = (value: unknown) => Result<unknown, ValidationError>;
interface Generated {
  parseOrder: Parse;
  orderFromJSON: (text: string) => Result<unknown, ValidationError>;
  orderToJSON: (value: unknown) => string;
}

let generated: Generated;
let folder: string;

beforeAll(async () => {
  folder = scratchFolder("general-behaviour");
  const run = await runGenerator(["--input", "test/fixtures/specs/general.yaml", "--output", folder]);
  if (run.status !== 0) throw new Error(run.stderr);
  generated = (await import(join(folder, "index.ts"))) as Generated;
});

const valid = {
  id: "A1",
  status: `it's "done"`,
  priority: null,
  lines: [{ sku: "s", quantity: 2, parent: { sku: "p", quantity: 1 } }],
  shipping: { country: "DE", extra: true },
  weight: 0.5,
  "x-request-id": "r",
  class: 3,
  constructor: "c",
  labels: { a: 1, b: 0 },
  unknown: { nested: [1, "two"] },
};

function pointers(value: unknown): string[] {
  const result = generated.parseOrder(value);
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.pointer} ${issue.expected}`);
}

describe("generated code for a general spec", () => {
  it("type-checks under the strict tsconfig", () => {
    expect(typeCheck(folder)).toBe("");
  });

  it("accepts a valid order and round-trips it", () => {
    const result = generated.parseOrder(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(generated.orderToJSON(result.value))).toEqual(valid);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a string too long", { id: "123456789" }, ["/id a string of 1 to 8 characters"]],
    ["a length counted in code points", { id: "😀😀😀😀😀😀😀😀" }, []],
    ["a value outside the enum", { status: "lost" }, [`/status one of "open", "shipped", "it's \\"done\\""`]],
    ["a nullable enum given a wrong value", { priority: "urgent" }, [`/priority one of "low", "high" or null`]],
    ["an empty array below minItems", { lines: [] }, ["/lines an array of at least 1 item"]],
    ["a bad item deep inside an array", { lines: [{ sku: "s", quantity: 1 }, { sku: "t", quantity: 100 }] }, ["/lines/1/quantity a safe integer >= 1 and <= 99"]],
    ["a recursive reference", { lines: [{ sku: "s", quantity: 1, parent: { sku: 1, quantity: 1 } }] }, ["/lines/0/parent/sku a string"]],
    ["an unknown key in a closed object", { lines: [{ sku: "s", quantity: 1, colour: "red" }] }, ["/lines/0/colour no other property (the schema declares sku, quantity, parent)"]],
    ["a nullable reference given a string", { shipping: "home" }, ["/shipping an object or null"]],
    ["a nested required property missing", { shipping: {} }, ["/shipping/country a string of exactly 2 characters"]],
    ["an exclusive minimum reached", { weight: 0 }, ["/weight a finite number > 0 and <= 1000"]],
    ["a map value of the wrong type", { labels: { a: -1, b: "x" } }, ["/labels/a a non-negative safe integer", "/labels/b a non-negative safe integer"]],
    ["a quoted property name", { "x-request-id": 5 }, ["/x-request-id a string"]],
    ["a reserved-word property name", { class: "x" }, ["/class a safe integer"]],
    ["a property named like an Object.prototype member", { constructor: 1 }, ["/constructor a string"]],
  ])("reports %s at its pointer", (_name, change, want) => {
    expect(pointers({ ...valid, ...change })).toEqual(want);
  });

  it("treats an inherited constructor as absent, not as a bad value", () => {
    const { constructor: _omitted, ...withoutConstructor } = valid;
    expect(pointers(withoutConstructor)).toEqual([]);
  });

  it("reports a missing required array as missing", () => {
    const { lines: _omitted, ...withoutLines } = valid;
    const result = generated.parseOrder(withoutLines);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ pointer: "/lines", received: "nothing (the property is missing)" });
  });

  it("reads JSON text with the same checks", () => {
    const result = generated.orderFromJSON(JSON.stringify({ ...valid, weight: -1 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("/weight: expected a finite number > 0 and <= 1000, received number -1");
  });
});
