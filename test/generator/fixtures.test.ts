/**
 * Every fixture spec, in both namings, generates exactly the committed files under
 * test/fixtures/expected/<fixture>/<naming>/. Those files are real modules: `npm test` type-checks them
 * under the strict tsconfig, and fixture-behaviour.test.ts runs them. Under CI, vitest refuses to write
 * a missing expected file, so a fixture without its expected output fails.
 *
 * After a deliberate change to the generator: `npx vitest run test/generator/fixtures.test.ts -u`,
 * then read the diff of test/fixtures/expected/ before committing it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { singleSpecFiles } from "../../scripts/lib/cli.js";
import { readTree, ROOT } from "../helpers/run-generator.js";

export const VALID_FIXTURES = [
  "additional-properties-false",
  "anthropic-usage-2026",
  "arrays",
  "awkward-names",
  "enums",
  "maps",
  "nested-ref",
  "numbers-and-docs",
  "recursive",
  "spelling-30",
  "spelling-31",
];
const NAMINGS = ["wire", "camel"] as const;

function expectedFolder(fixture: string, naming: string): string {
  return join(ROOT, "test", "fixtures", "expected", fixture, naming);
}

describe.each(VALID_FIXTURES)("fixture %s", (fixture) => {
  it.each(NAMINGS)("generates the committed expected output in %s naming", async (naming) => {
    const folder = expectedFolder(fixture, naming);
    const files = await singleSpecFiles(`test/fixtures/specs/${fixture}.yaml`, folder, naming);
    for (const [path, text] of files) await expect(text).toMatchFileSnapshot(join(folder, path));
    // Nothing committed there that the generator no longer writes.
    if (existsSync(folder)) expect([...readTree(folder).keys()]).toEqual([...files.keys()].sort());
  });
});

describe("OpenAPI 3.0 and 3.1 spellings of the same schemas", () => {
  it.each(NAMINGS)("generate the same types, serializers and docs in %s naming", async (naming) => {
    const withoutHeader = (text: string) => text.slice(text.indexOf("\n") + 1);
    const v30 = await singleSpecFiles("test/fixtures/specs/spelling-30.yaml", expectedFolder("spelling-30", naming), naming);
    const v31 = await singleSpecFiles("test/fixtures/specs/spelling-31.yaml", expectedFolder("spelling-31", naming), naming);
    expect([...v30.keys()]).toEqual([...v31.keys()]);
    for (const [path, text] of v30) expect(withoutHeader(text), path).toBe(withoutHeader(v31.get(path)!));
  });
});
