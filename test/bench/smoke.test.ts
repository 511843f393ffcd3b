/**
 * The benches in their quick mode, so that they never rot: each runs to the end and reports every
 * contender on every input. No timing is asserted; the figures come from full runs (README).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INPUTS } from "../../bench/inputs.js";
import { ROOT } from "../helpers/run-generator.js";

function runScript(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", script), ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run bench -- --quick", () => {
  it("verifies every contender, times each on every input and writes the JSON report", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), "report.json");
    const run = runScript("run.ts", ["--quick", "--json", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      rejected: unknown[];
      timings: Array<{ group: string; input: string; subject: string; medianNs: number }>;
      allocations: Array<{ input: string; subject: string; bytesPerCall: number }>;
    };
    expect(report.rejected).toEqual([]);
    const subjects = new Set(report.timings.map((t) => t.subject));
    expect([...subjects].sort()).toEqual(
      ["baseline", "this package (wire)", "this package (camel)", "zod/v4-mini, Speakeasy style", "ajv (from the spec)", "valibot"].sort(),
    );
    for (const group of ["fromJSON", "parse", "toJSON"]) {
      const inputs = INPUTS.filter((input) => group !== "toJSON" || input.valid).map((input) => input.name);
      expect(new Set(report.timings.filter((t) => t.group === group).map((t) => t.input))).toEqual(new Set(inputs));
    }
    expect(report.timings.every((t) => t.medianNs > 0)).toBe(true);
    expect(report.allocations.length).toBe(INPUTS.length * subjects.size);
    expect(run.stdout).toContain("Allocation per FromJSON call");
  });
});

describe("npm run size", () => {
  it("bundles FromJSON and ToJSON and reports both sizes", () => {
    const run = runScript("size.ts", []);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\| this package \| \d+ B \| \d+ B \|/);
    expect(run.stdout).toMatch(/\| zod\/v4-mini, Speakeasy style \| \d+ B \| \d+ B \|/);
  });
});

describe("npm run bench:generate -- --quick", () => {
  it("generates the synthetic specs and reports their times", () => {
    const run = runScript("generate-scale.ts", ["--quick"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\| 100 \| [\d.]+ s \| [\d.]+ ms \|/);
  });
});
