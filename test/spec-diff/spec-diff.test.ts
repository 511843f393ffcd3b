/**
 * The spec-diff report on pairs of specs: a base spec and, for each kind of change, a copy of it with
 * that one change, classified as a consumer of the generated model experiences it.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../scripts/lib/load-spec.js";
import { normalizeSchemas } from "../../scripts/lib/normalize.js";
import { diffSchemas } from "../../scripts/lib/spec-diff.js";
import { ROOT, scratchFolder } from "../helpers/run-generator.js";

type Spec = { openapi: string; info: object; paths: object; components: { schemas: Record<string, Record<string, any>> } };

function base(): Spec {
  return {
    openapi: "3.1.0",
    info: { title: "base", version: "1" },
    paths: {},
    components: {
      schemas: {
        Usage: {
          type: "object",
          description: "Usage.",
          required: ["input_tokens"],
          properties: {
            input_tokens: { type: "integer", minimum: 0 },
            cache_read_input_tokens: { type: ["integer", "null"], minimum: 0 },
            service_tier: { type: "string", enum: ["standard", "priority"] },
            note: { type: "string", maxLength: 10 },
            tags: { type: "array", items: { type: "string" } },
          },
        },
      },
    },
  };
}

const folder = scratchFolder("spec-diff");
let count = 0;
async function schemas(spec: Spec) {
  const file = join(folder, `spec-${count++}.json`);
  writeFileSync(file, JSON.stringify(spec));
  const { document, schemas: ir } = await loadSpec(file);
  return normalizeSchemas(ir, document);
}

async function changesAfter(edit: (spec: Spec) => void): Promise<string[]> {
  const after = base();
  edit(after);
  return diffSchemas(await schemas(base()), await schemas(after)).map((c) => `${c.impact} ${c.pointer.replace("#/components/schemas/Usage", "")}: ${c.what}`);
}

const usage = (spec: Spec) => spec.components.schemas["Usage"]!;

describe("spec-diff classifies", () => {
  it.each<[string, (spec: Spec) => void, string[]]>([
    ["a removed property", (s) => delete usage(s).properties.note, ["breaking /properties/note: property removed"]],
    ["a property made required", (s) => usage(s).required.push("note"), ["breaking /properties/note: now required"]],
    ["a required property added", (s) => ((usage(s).properties.extra = { type: "string" }), usage(s).required.push("extra")), ["breaking /properties/extra: required property added"]],
    ["a narrowed type", (s) => (usage(s).properties.note = { type: "integer" }), ["breaking /properties/note: type changed from string to integer"]],
    ["a raised minimum", (s) => (usage(s).properties.input_tokens.minimum = 1), ["breaking /properties/input_tokens: lower bound 0 -> 1"]],
    ["a lowered maxLength", (s) => (usage(s).properties.note.maxLength = 5), ["breaking /properties/note: maxLength 10 -> 5"]],
    ["nullable removed", (s) => (usage(s).properties.cache_read_input_tokens.type = "integer"), ["breaking /properties/cache_read_input_tokens: no longer nullable"]],
    ["an enum value removed", (s) => (usage(s).properties.service_tier.enum = ["standard"]), [`breaking /properties/service_tier: value "priority" removed`]],
    ["additionalProperties tightened", (s) => (usage(s).additionalProperties = false), ["breaking /additionalProperties: tightened from keep to none"]],
    ["a removed schema", (s) => (s.components.schemas = { Other: { type: "object" } }), ["breaking : schema removed", "additive #/components/schemas/Other: schema added"]],
    ["an optional property added", (s) => (usage(s).properties.extra = { type: "string" }), ["additive /properties/extra: optional property added"]],
    ["an enum value added", (s) => usage(s).properties.service_tier.enum.push("batch"), [`additive /properties/service_tier: value "batch" added`]],
    ["nullable added", (s) => (usage(s).properties.note.type = ["string", "null"]), ["additive /properties/note: now nullable"]],
    ["a required property made optional", (s) => (usage(s).required = []), ["additive /properties/input_tokens: now optional"]],
    ["integer widened to number", (s) => (usage(s).properties.input_tokens.type = "number"), ["additive /properties/input_tokens: type changed from integer to number"]],
    ["a changed description", (s) => (usage(s).description = "Billing usage."), ["docs-only : description changed"]],
    ["a deprecated property", (s) => (usage(s).properties.note.deprecated = true), ["docs-only /properties/note: deprecated changed"]],
    ["the same schema respelled for OpenAPI 3.0", (s) => ((s.openapi = "3.0.3"), (usage(s).properties.cache_read_input_tokens = { type: "integer", nullable: true, minimum: 0 })), []],
  ])("%s", async (_name, edit, want) => {
    expect(await changesAfter(edit)).toEqual(want);
  });
});

describe("npm run spec-diff", () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "spec-diff.ts"), ...args], { cwd: ROOT, encoding: "utf8" });

  it("exits 1 on a breaking change and 0 on an additive one, naming the semver bump", () => {
    const breaking = cli(["test/fixtures/specs/anthropic-usage-2026.yaml", "openapi/anthropic-usage.yaml"]);
    expect(breaking.status).toBe(1);
    expect(breaking.stdout).toContain("breaking   #/components/schemas/AnthropicMessageResponseUsage/properties/cache_creation: property removed");
    expect(breaking.stdout).toContain("semver bump major.");
    const additive = cli(["openapi/anthropic-usage.yaml", "test/fixtures/specs/anthropic-usage-2026.yaml"]);
    expect(additive.status).toBe(0);
    expect(additive.stdout).toContain("0 breaking, 8 additive, 2 docs-only: semver bump minor.");
  });

  it("compares openapi/ with a git ref", () => {
    const run = cli(["--base", "HEAD"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ breaking, \d+ additive, \d+ docs-only: semver bump /);
  });

  it("exits 2 on a usage mistake", () => {
    expect(cli(["only-one.yaml"]).status).toBe(2);
  });
});
