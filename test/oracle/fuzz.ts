/**
 * `npm run fuzz -- --runs N [--seed S] [--schema TEXT]`: the oracle's properties (agreement with ajv,
 * round trips, `is` against `parse`) with as many runs per schema as asked, outside the test suite,
 * on every schema or those whose `spec#name` contains TEXT. Each line names the schema and the seed,
 * so any run can be replayed with `--seed`.
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { agreesWithAjv, isMatchesParse, issuesAreReadable, roundTrips } from "./properties.js";
import { oracleTargets } from "./targets.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "100000" }, seed: { type: "string" }, schema: { type: "string", default: "" } } });
const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs <= 0) throw new Error(`--runs takes a positive whole number, not ${values.runs}`);
const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(values.seed);

const properties = {
  "agrees with ajv": agreesWithAjv,
  "round-trips": roundTrips,
  "is matches parse": isMatchesParse,
  "issues are readable": issuesAreReadable,
};
let failed = false;
const started = Date.now();
const targets = (await oracleTargets()).filter((target) => target.name.includes(values.schema));
if (targets.length === 0) throw new Error(`no schema matches ${JSON.stringify(values.schema)}`);
for (const target of targets) {
  for (const [name, property] of Object.entries(properties)) {
    const start = Date.now();
    const details = fc.check(property(target), { numRuns: runs, seed });
    const verdict = details.failed ? `FAILED\n${fc.defaultReportMessage(details)}` : "ok";
    process.stdout.write(`${target.name} ${name}: ${runs} runs, seed ${seed}, ${((Date.now() - start) / 1000).toFixed(1)} s: ${verdict}\n`);
    failed ||= details.failed;
  }
}
process.stdout.write(`${failed ? "Failures found" : "All properties held"} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
process.exitCode = failed ? 1 : 0;
