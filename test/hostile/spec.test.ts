/**
 * A spec written by someone hostile: property names that are reserved words, prototype machinery,
 * comment terminators, template syntax, quotes, line breaks and other scripts; descriptions and enum
 * values with the same. The generated code must compile under the strict tsconfig, and importing and
 * running it must print nothing and change no global.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { camelPropertyName } from "../../scripts/lib/naming.js";
import { ROOT, runGenerator, scratchFolder } from "../helpers/run-generator.js";

const NAMES = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "class", "function", "await", "yield", "default",
  "*/", "/*", "`${globalThis.hostile = 1}`", "a\"b", "a'b", "line\nbreak", "back\\slash", "ü", "𝒳", "0", "1e3", "-", "$", "_", "", "\u2028"];
const TEXTS = ["*/ globalThis.hostile = 2; /*", "${globalThis.hostile = 3}", "`", "\\", "</script>", "line\u2028separator", "two\nlines"];

/** The names, less any whose camelCase name another already has (two such are refused, rightly). */
const CAMEL_NAMES = NAMES.filter((name, index) => NAMES.findIndex((other) => camelPropertyName(other) === camelPropertyName(name)) === index);

function hostileSpec(names: string[]): object {
  const properties: Record<string, object> = {};
  names.forEach((name, index) => {
    properties[name] = { type: "string", description: TEXTS[index % TEXTS.length], enum: [...TEXTS, name] };
  });
  return {
    openapi: "3.1.0",
    info: { title: TEXTS[0], version: "1" },
    paths: {},
    components: {
      schemas: {
        "class": { type: "object", description: TEXTS.join(" "), properties, required: ["constructor"] },
        "my schema *": { type: "object", properties: { toString: { $ref: "#/components/schemas/class" } } },
      },
    },
  };
}

describe.each([
  ["wire", NAMES],
  ["camel", CAMEL_NAMES],
])("a hostile spec, %s naming", (naming, names) => {
  let output: string;
  beforeAll(async () => {
    const folder = scratchFolder(`hostile-spec-${naming}`);
    const spec = join(folder, "spec.json");
    writeFileSync(spec, JSON.stringify(hostileSpec(names)));
    output = join(folder, "out");
    const run = await runGenerator(["--input", spec, "--output", output, "--naming", naming]);
    if (run.status !== 0) throw new Error(run.stderr);
  });

  it("generates code that type-checks under the strict tsconfig", () => {
    const config = join(ROOT, "test", ".generated", `tsconfig.hostile-${naming}.json`);
    writeFileSync(config, JSON.stringify({ extends: "../../tsconfig.json", include: [relative(join(ROOT, "test", ".generated"), output)], exclude: [] }));
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
  });

  describe("imported and run", () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method));
    const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
    afterAll(() => spies.forEach((spy) => spy.mockRestore()));

    it("prints nothing, changes no global, and parses and writes back a value using every hostile name", async () => {
      const module = (await import(join(output, "index.ts"))) as Record<string, (value: unknown) => unknown>;
      const value: Record<string, string> = {};
      for (const name of names) Object.defineProperty(value, name, { value: name, enumerable: true, writable: true, configurable: true });
      const parsed = module["parseClass"]!(value) as { ok: boolean; value: unknown };
      expect(parsed.ok).toBe(true);
      const written = (module["classToJSON"] as (value: unknown) => string)(parsed.value);
      expect(Object.keys(JSON.parse(written) as object).sort()).toEqual([...names].sort());
      expect((module["parseClass"]!({ constructor: "nope" }) as { ok: boolean }).ok).toBe(false);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
      expect((globalThis as Record<string, unknown>)["hostile"]).toBeUndefined();
    });
  });
});
