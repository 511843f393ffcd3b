/**
 * One contender group, timed in this process: the baseline and every contender on every input, so
 * that each ratio compares two numbers measured side by side, in the same rounds. Run by bench/run.ts as
 * `node --import tsx bench/measure.ts <group> [--quick]`; prints its results as JSON.
 */
import { do_not_optimize, measure } from "mitata";
import { contenders, modelFor, type Contender } from "./contenders.js";
import { INPUTS, type BenchInput } from "./inputs.js";

export type Group = "fromJSON" | "parse" | "toJSON";

export interface Timing {
  group: Group;
  input: string;
  /** `baseline` or a contender's name. */
  subject: string;
  /** Median time of one call, in nanoseconds. */
  medianNs: number;
}

function baseline(group: Group, input: BenchInput): () => unknown {
  if (group === "toJSON") {
    const wire: unknown = JSON.parse(input.text);
    return () => JSON.stringify(wire);
  }
  return () => JSON.parse(input.text);
}

function operation(group: Group, contender: Contender, input: BenchInput): () => unknown {
  if (group === "fromJSON") return () => contender.fromJSON(input.text);
  if (group === "parse") {
    const value: unknown = JSON.parse(input.text);
    return () => contender.parse(value);
  }
  const model = modelFor(contender, input);
  return () => contender.toJSON(model);
}

async function median(fn: () => unknown, quick: boolean): Promise<number> {
  const stats = await measure(() => do_not_optimize(fn()), quick ? { min_cpu_time: 5e6, max_samples: 64 } : {});
  return stats.p50;
}

async function main(): Promise<void> {
  const group = process.argv[2] as Group;
  const quick = process.argv.includes("--quick");
  const names = new Set(process.argv.slice(3).filter((arg) => !arg.startsWith("--")));
  const timings: Timing[] = [];
  const all = (await contenders()).filter((contender) => names.size === 0 || names.has(contender.name));
  // Subjects are measured in turn, several rounds over; each keeps its lowest median, the one least
  // disturbed by whatever else the machine was doing.
  const rounds = quick ? 1 : 3;
  for (const input of INPUTS) {
    // Serializers only ever receive valid models.
    if (group === "toJSON" && !input.valid) continue;
    const subjects: Array<[string, () => unknown]> = [
      ["baseline", baseline(group, input)],
      ...all.map((contender): [string, () => unknown] => [contender.name, operation(group, contender, input)]),
    ];
    const best = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      for (const [subject, fn] of subjects) {
        const time = await median(fn, quick);
        best.set(subject, Math.min(time, best.get(subject) ?? Infinity));
      }
    }
    for (const [subject] of subjects) timings.push({ group, input: input.name, subject, medianNs: best.get(subject)! });
  }
  process.stdout.write(JSON.stringify(timings));
}

await main();
