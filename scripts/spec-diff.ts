/**
 * What a spec change does to consumers, classified so that a release can pick its semver bump.
 *
 *   npm run spec-diff -- <old spec> <new spec>
 *   npm run spec-diff -- --base <git ref>      each spec in openapi/ against its version at <git ref>
 *
 * Prints one line per change (breaking, additive or docs-only) and the bump it calls for; exits 1
 * when any change is breaking, 2 on a usage mistake.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadSpec } from "./lib/load-spec.js";
import { normalizeSchemas } from "./lib/normalize.js";
import type { NamedSchema } from "./lib/schema-model.js";
import { diffSchemas, type Change } from "./lib/spec-diff.js";
import { SpecErrors } from "./lib/spec-error.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

async function schemasOf(file: string | undefined): Promise<NamedSchema[]> {
  if (file === undefined) return [];
  const { document, schemas } = await loadSpec(file);
  return normalizeSchemas(schemas, document);
}

/** Pairs of [old file or none, new file or none, label] for every spec in openapi/ now or at `ref`. */
function pairsAgainst(ref: string, scratch: string): Array<[string | undefined, string | undefined, string]> {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
  const isSpec = (name: string) => [".yaml", ".yml", ".json"].includes(extname(name));
  const then = git("ls-tree", "--name-only", ref, "openapi/").split("\n").filter(isSpec).map((path) => path.replace(/^openapi\//, ""));
  const now = readdirSync(join(ROOT, "openapi")).filter(isSpec);
  return [...new Set([...then, ...now])].sort().map((name) => {
    let old: string | undefined;
    if (then.includes(name)) {
      old = join(scratch, name);
      writeFileSync(old, git("show", `${ref}:openapi/${name}`));
    }
    return [old, now.includes(name) ? join(ROOT, "openapi", name) : undefined, `openapi/${name}`];
  });
}

function report(changes: Change[]): number {
  const order = { breaking: 0, additive: 1, "docs-only": 2 } as const;
  for (const change of [...changes].sort((a, b) => order[a.impact] - order[b.impact])) {
    process.stdout.write(`${change.impact.padEnd(9)}  ${change.pointer}: ${change.what}\n`);
  }
  const count = (impact: Change["impact"]) => changes.filter((change) => change.impact === impact).length;
  const bump = count("breaking") > 0 ? "major" : count("additive") > 0 ? "minor" : count("docs-only") > 0 ? "patch" : "none";
  process.stdout.write(`${count("breaking")} breaking, ${count("additive")} additive, ${count("docs-only")} docs-only: semver bump ${bump}.\n`);
  return count("breaking") > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ options: { base: { type: "string" } }, allowPositionals: true }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const changes: Change[] = [];
  try {
    if (values.base !== undefined) {
      if (positionals.length > 0) return usage("--base compares openapi/ with a git ref; give no spec files with it");
      const scratch = mkdtempSync(join(tmpdir(), "spec-diff-"));
      try {
        for (const [old, current, label] of pairsAgainst(values.base, scratch)) {
          changes.push(...diffSchemas(await schemasOf(old), await schemasOf(current)).map((change) => ({ ...change, pointer: `${label}${change.pointer}` })));
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    } else {
      if (positionals.length !== 2) return usage("give the old spec and the new spec");
      changes.push(...diffSchemas(await schemasOf(positionals[0]), await schemasOf(positionals[1])));
    }
  } catch (error) {
    if (!(error instanceof SpecErrors)) throw error;
    process.stderr.write(`Cannot compare: ${error.message}\n`);
    return 2;
  }
  return report(changes);
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\nUsage: npm run spec-diff -- <old spec> <new spec>\n       npm run spec-diff -- --base <git ref>\n`);
  return 2;
}

process.exitCode = await main();
