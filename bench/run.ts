/**
 * `npm run bench`: parse and serialize the usage object with this package and with other libraries,
 * side by side with JSON.parse / JSON.stringify, and check the project's targets.
 *
 *   npm run bench                   full run (a few minutes)
 *   npm run bench -- --quick        a smoke run: few samples, numbers not meaningful, targets not judged
 *   npm run bench -- --json <file>  also write every figure as JSON
 *
 * Each group (fromJSON, parse, toJSON, allocation) runs in a process of its own, the baseline and the
 * contenders of a group in the same process, so each ratio compares figures measured side by side.
 * Contenders are verified first; one that accepts bad data or rejects good data is reported and not
 * timed.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runCli } from "../scripts/lib/cli.js";
import type { Allocation } from "./allocation.js";
import { INPUTS } from "./inputs.js";
import type { Group, Timing } from "./measure.js";
import { judgeTargets, type TargetResult } from "./targets.js";
import { verifyContenders } from "./verify.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const OURS = ["this package (wire)", "this package (camel)"];

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, json: { type: "string" } } });

function child(script: string, args: string[], nodeFlags: string[] = []): unknown {
  const result = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", join(HERE, script), ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The camelCase build of the shipped spec, generated the way a user would. */
async function generateCamel(): Promise<void> {
  const sink = { write: () => true };
  const status = await runCli(["--input", "openapi/anthropic-usage.yaml", "--output", join(HERE, ".generated", "camel"), "--naming", "camel"], {
    stdout: sink,
    stderr: process.stderr,
  });
  if (status !== 0) throw new Error("could not generate the camelCase build");
}

function formatNs(ns: number): string {
  return ns >= 10_000 ? `${(ns / 1000).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

const GROUP_TITLES: Record<Group, string> = {
  fromJSON: "FromJSON: JSON text to a checked value (baseline: JSON.parse(text))",
  parse: "parse: an already-parsed object to a checked value (baseline: JSON.parse of the same text)",
  toJSON: "ToJSON: a model to JSON text (baseline: JSON.stringify(wire object))",
};

function groupTable(group: Group, timings: Timing[], subjects: string[]): string {
  const inputs = [...new Set(timings.filter((t) => t.group === group).map((t) => t.input))];
  const rows = inputs.map((input) => {
    const base = timings.find((t) => t.group === group && t.input === input && t.subject === "baseline")!.medianNs;
    return [
      input,
      formatNs(base),
      ...subjects.map((subject) => {
        const timing = timings.find((t) => t.group === group && t.input === input && t.subject === subject);
        return timing === undefined ? "-" : `${formatNs(timing.medianNs)} (${(timing.medianNs / base).toFixed(2)}x)`;
      }),
    ];
  });
  return `${GROUP_TITLES[group]}\n\n${table(["input", "baseline", ...subjects], rows)}`;
}

async function main(): Promise<void> {
  await generateCamel();
  const { ranked, rejected } = await verifyContenders();
  const subjects = ranked.map((contender) => contender.name);
  const mode = args.quick ? ["--quick"] : [];

  const timings: Timing[] = [];
  for (const group of ["fromJSON", "parse", "toJSON"] as const) {
    timings.push(...(child("measure.ts", [group, ...mode, ...subjects]) as Timing[]));
  }
  const allocations = child("allocation.ts", mode, ["--expose-gc", "--max-semi-space-size=64"]) as Allocation[];
  const targets: TargetResult[] = args.quick ? [] : judgeTargets(timings, OURS);

  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const out: string[] = [
    `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}${args.quick ? " (quick run: figures are not meaningful)" : ""}`,
    "Median time per call; in brackets, the ratio to the baseline measured in the same process (lower is better).",
  ];
  for (const { name, problems } of rejected) out.push(`Not ranked: ${name}: ${problems.join("; ")}`);
  for (const group of ["fromJSON", "parse", "toJSON"] as const) out.push(groupTable(group, timings, subjects));
  const allocationRows = INPUTS.map((input) => [
    input.name,
    ...["baseline", ...subjects].map((subject) => `${allocations.find((a) => a.input === input.name && a.subject === subject)?.bytesPerCall ?? "-"} B`),
  ]);
  out.push(`Allocation per FromJSON call (bytes; baseline: JSON.parse)\n\n${table(["input", "baseline", ...subjects], allocationRows)}`);
  if (targets.length > 0) {
    out.push(
      `Targets (worst input)\n\n${table(
        ["target", "contender", "goal", "measured", "verdict"],
        targets.map((t) => [t.target, t.subject, t.goal, t.measured, t.met ? "met" : "MISSED"]),
      )}`,
    );
  }
  const notes = ranked.filter((contender) => contender.note !== undefined).map((contender) => `- ${contender.name}: ${contender.note}`);
  if (notes.length > 0) out.push(`How contenders' work differs:\n${notes.join("\n")}`);
  process.stdout.write(`${out.join("\n\n")}\n`);

  if (args.json !== undefined) {
    const report = { machine: { cpu, cores: cpus().length, node: process.version }, quick: args.quick, rejected, timings, allocations, targets };
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  }
}

await main();
