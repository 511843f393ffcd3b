import { contenders, modelFor, type Contender } from "./contenders.js";
import { INPUTS } from "./inputs.js";

/**
 * Runs every contender on every input before anything is timed: valid inputs must be accepted by
 * fromJSON and parse and written back by toJSON with nothing lost; the invalid one must be rejected
 * by all three. A contender that fails is reported and left out of the timings.
 */
export async function verifyContenders(): Promise<{ ranked: Contender[]; rejected: Array<{ name: string; problems: string[] }> }> {
  const ranked: Contender[] = [];
  const rejected: Array<{ name: string; problems: string[] }> = [];
  for (const contender of await contenders()) {
    const problems: string[] = [];
    for (const input of INPUTS) {
      const verdicts = [contender.ok(contender.fromJSON(input.text)), contender.ok(contender.parse(JSON.parse(input.text)))];
      if (verdicts.some((accepted) => accepted !== input.valid)) problems.push(`${input.valid ? "rejects" : "accepts"} ${input.name}`);
      let written: string | undefined;
      try {
        written = contender.toJSON(modelFor(contender, input));
      } catch {
        written = undefined;
      }
      if (input.valid && (written === undefined || !sameJson(JSON.parse(written), JSON.parse(input.text)))) {
        problems.push(`toJSON loses data of ${input.name}`);
      }
      if (!input.valid && written !== undefined) problems.push(`toJSON writes ${input.name}`);
    }
    if (problems.length === 0) ranked.push(contender);
    else rejected.push({ name: contender.name, problems });
  }
  return { ranked, rejected };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, sortKeys(item)]));
}
