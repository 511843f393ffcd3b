/**
 * The built package, loaded the ways consumers load it: `require` and `import` by package name (so
 * through the `exports` map), with zero runtime dependencies and no dynamic code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-generator.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; dependencies?: object };

function node(args: ReadonlyArray<string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

beforeAll(() => {
  const build = node(["--import", "tsx", join(ROOT, "scripts", "build.ts")]);
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
});

const usageText = JSON.stringify(`{"input_tokens":1,"output_tokens":2,"service_tier":"batch"}`);

describe("the built package", () => {
  it("loads with require() and parses a response", () => {
    const run = node([
      "-e",
      `const m = require(${JSON.stringify(pkg.name)}); const r = m.anthropicMessageResponseUsageFromJSON(${usageText}); process.stdout.write(m.anthropicMessageResponseUsageToJSON(r.value));`,
    ]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ input_tokens: 1, output_tokens: 2, service_tier: "batch" });
  });

  it("loads with import and reports errors as ValidationError", () => {
    const run = node([
      "--input-type=module",
      "-e",
      `import { parseAnthropicMessageResponseUsage, ValidationError } from ${JSON.stringify(pkg.name)}; const r = parseAnthropicMessageResponseUsage({ input_tokens: "1", output_tokens: 2 }); process.stdout.write(String(r.error instanceof ValidationError) + " " + r.error.message);`,
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`true /input_tokens: expected a non-negative safe integer, received string "1"`);
  });

  it("has no runtime dependencies", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("contains no eval, new Function or dynamic import", () => {
    const files = readdirSync(join(ROOT, "dist"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".js"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(join(ROOT, "dist", file), "utf8");
      expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bimport\s*\(/);
    }
  });
});
