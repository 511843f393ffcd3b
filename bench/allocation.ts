/**
 * Bytes allocated per FromJSON call, for every contender and input. Needs `--expose-gc` and a young
 * generation large enough that no collection runs during the loop (bench/run.ts starts it with
 * `--max-semi-space-size=64`): then the heap's growth over N calls, divided by N, is what they allocated.
 */
import { contenders } from "./contenders.js";
import { INPUTS } from "./inputs.js";

export interface Allocation {
  input: string;
  subject: string;
  bytesPerCall: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");

function bytesPerCall(fn: () => unknown, calls: number): number {
  for (let i = 0; i < 2_000; i++) fn();
  gc!();
  gc!();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < calls; i++) fn();
  const after = process.memoryUsage().heapUsed;
  return Math.max(0, Math.round((after - before) / calls));
}

const calls = process.argv.includes("--quick") ? 500 : 5_000;
const rows: Allocation[] = [];
for (const input of INPUTS) {
  rows.push({ input: input.name, subject: "baseline", bytesPerCall: bytesPerCall(() => JSON.parse(input.text), calls) });
  for (const contender of await contenders()) {
    rows.push({ input: input.name, subject: contender.name, bytesPerCall: bytesPerCall(() => contender.fromJSON(input.text), calls) });
  }
}
process.stdout.write(JSON.stringify(rows));
