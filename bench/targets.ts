import { INPUTS } from "./inputs.js";
import type { Group, Timing } from "./measure.js";

/**
 * The project's performance targets, judged on the worst input: a target is met only when every
 * input it covers meets it. Ratios are to the baseline measured in the same process.
 */
export interface TargetResult {
  target: string;
  subject: string;
  goal: string;
  measured: string;
  met: boolean;
}

interface RatioTarget {
  target: string;
  group: Group;
  inputs: (input: (typeof INPUTS)[number]) => boolean;
  max: number;
}

const RATIO_TARGETS: RatioTarget[] = [
  { target: "FromJSON, valid inputs", group: "fromJSON", inputs: (i) => i.valid, max: 1.05 },
  { target: "parse (already-parsed object)", group: "parse", inputs: (i) => i.valid, max: 0.05 },
  { target: "ToJSON, model without unknown keys", group: "toJSON", inputs: (i) => i.valid && !i.unknownKeys, max: 0.5 },
  { target: "ToJSON, model with unknown keys", group: "toJSON", inputs: (i) => i.valid && i.unknownKeys, max: 1.1 },
  { target: "FromJSON, invalid input", group: "fromJSON", inputs: (i) => !i.valid, max: 15 },
];

const ZOD = "zod/v4-mini, Speakeasy style";
const MIN_SPEEDUP_OVER_ZOD = 4;

function timing(timings: Timing[], group: Group, input: string, subject: string): number | undefined {
  return timings.find((t) => t.group === group && t.input === input && t.subject === subject)?.medianNs;
}

export function judgeTargets(timings: Timing[], ours: string[]): TargetResult[] {
  const results: TargetResult[] = [];
  for (const subject of ours) {
    for (const target of RATIO_TARGETS) {
      const ratios = INPUTS.filter(target.inputs).flatMap((input) => {
        const time = timing(timings, target.group, input.name, subject);
        const base = timing(timings, target.group, input.name, "baseline");
        return time === undefined || base === undefined ? [] : [time / base];
      });
      if (ratios.length === 0) continue;
      const worst = Math.max(...ratios);
      results.push({ target: target.target, subject, goal: `<= ${target.max}x`, measured: `${worst.toFixed(2)}x`, met: worst <= target.max });
    }
    const speedups = INPUTS.filter((input) => input.valid).flatMap((input) => {
      const zod = timing(timings, "fromJSON", input.name, ZOD);
      const time = timing(timings, "fromJSON", input.name, subject);
      return zod === undefined || time === undefined ? [] : [zod / time];
    });
    if (speedups.length > 0) {
      const worst = Math.min(...speedups);
      results.push({
        target: "FromJSON vs the zod/v4-mini model",
        subject,
        goal: `>= ${MIN_SPEEDUP_OVER_ZOD}x faster`,
        measured: `${worst.toFixed(1)}x faster`,
        met: worst >= MIN_SPEEDUP_OVER_ZOD,
      });
    }
  }
  return results;
}
