/**
 * `npm run bench:generate`: how generation scales. Writes synthetic specs of 10, 100 and 1,000 object
 * schemas (8 properties each: integers with bounds, strings, a nullable enum, a nullable reference to
 * another schema, an array of references, an inline object), generates each the way a user would
 * (the command in a fresh process, so wall time includes start-up), prints seconds per size and per
 * schema, and type-checks the largest output under the strict tsconfig.
 *
 *   npm run bench:generate               sizes 10, 100, 1000
 *   npm run bench:generate -- --quick    sizes 10 and 100, no type check
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORK = join(ROOT, "bench", ".generated", "scale");
const quick = process.argv.includes("--quick");
const SIZES = quick ? [10, 100] : [10, 100, 1000];
const WALL_TARGET_SECONDS = 10;
const LINEARITY_TARGET = 1.5;

/**
 * A spec of `count` schemas in groups of ten; each refers to the next in its group, so references form
 * cycles of ten. (One cycle through all 1,000 overflows the stack of hey-api's recursive parser.)
 */
export function syntheticSpec(count: number): object {
  const schemas: Record<string, object> = {};
  for (let i = 0; i < count; i++) {
    const next = `Model${i - (i % 10) + ((i + 1) % 10)}`;
    schemas[`Model${i}`] = {
      type: "object",
      description: `Synthetic schema ${i}.`,
      required: ["id", "count"],
      properties: {
        id: { type: "string", minLength: 1, description: "Identifier." },
        count: { type: "integer", minimum: 0 },
        ratio: { type: ["number", "null"], maximum: 1 },
        state: { type: ["string", "null"], enum: ["new", "active", "closed", null] },
        next: { anyOf: [{ $ref: `#/components/schemas/${next}` }, { type: "null" }] },
        children: { type: "array", maxItems: 10, items: { $ref: `#/components/schemas/${next}` } },
        meta: { type: "object", properties: { created_by: { type: "string" }, version: { type: "integer" } } },
        enabled: { type: "boolean", default: true },
      },
    };
  }
  return { openapi: "3.1.0", info: { title: `Synthetic, ${count} schemas`, version: "1.0.0" }, paths: {}, components: { schemas } };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const rows: Array<{ size: number; seconds: number; perSchemaMs: number }> = [];
for (const size of SIZES) {
  const spec = join(WORK, `spec-${size}.yaml`);
  writeFileSync(spec, stringify(syntheticSpec(size)));
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "generate.ts"), "--input", spec, "--output", join(WORK, `out-${size}`)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const elapsed = seconds(start);
  if (run.status !== 0) throw new Error(`generation of ${size} schemas failed:\n${run.stderr}`);
  rows.push({ size, seconds: elapsed, perSchemaMs: (elapsed / size) * 1000 });
}

const lines = ["| schemas | wall time | per schema |", "| --- | --- | --- |", ...rows.map((r) => `| ${r.size} | ${r.seconds.toFixed(2)} s | ${r.perSchemaMs.toFixed(2)} ms |`)];
process.stdout.write(`${lines.join("\n")}\n`);
const largest = rows.at(-1)!;
const previous = rows.at(-2)!;
if (!quick) {
  // Start-up is paid once per run, so growth is judged on the time beyond the smallest run.
  const marginal = (r: (typeof rows)[number]) => (r.seconds - rows[0]!.seconds) / (r.size - rows[0]!.size);
  const growth = marginal(largest) / marginal(previous);
  process.stdout.write(
    `Target: ${largest.size} schemas in <= ${WALL_TARGET_SECONDS} s: ${largest.seconds <= WALL_TARGET_SECONDS ? "met" : "MISSED"} (${largest.seconds.toFixed(2)} s).\n` +
      `Target: cost per added schema at ${largest.size} within ${LINEARITY_TARGET}x of that at ${previous.size}: ${growth <= LINEARITY_TARGET ? "met" : "MISSED"} (${growth.toFixed(2)}x).\n`,
  );
  const config = join(WORK, "tsconfig.json");
  writeFileSync(config, JSON.stringify({ extends: "../../../tsconfig.json", include: [`out-${largest.size}`], exclude: [] }));
  const start = process.hrtime.bigint();
  const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", config], { encoding: "utf8" });
  process.stdout.write(`Type check of the ${largest.size}-schema output: ${tsc.status === 0 ? "clean" : "FAILED"} (${seconds(start).toFixed(1)} s).\n`);
  if (tsc.status !== 0) {
    process.stdout.write(tsc.stdout.split("\n").slice(0, 20).join("\n"));
    process.exitCode = 1;
  }
}
