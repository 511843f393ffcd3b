/**
 * The properties the serializers must keep, as fast-check runs over the oracle targets; shared by the
 * test suite (a fixed number of runs) and `npm run fuzz` (as many as asked).
 */
import fc from "fast-check";
import { toJsonPointer } from "../../src/json-pointer.js";
import { canonicalJson } from "../helpers/canonical-json.js";
import { nearValidValue, validValue } from "./spec-arbitraries.js";
import { deepest, holdsProtoKey, type OracleTarget } from "./targets.js";

/** Any value the oracle gets: mostly near-valid, some valid, some arbitrary JSON. */
export function oracleInputs(target: OracleTarget): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: nearValidValue(target.document, target.schema), weight: 6 },
    { arbitrary: validValue(target.document, target.schema), weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
  );
}

/** ajv and this package agree on every input: the same verdict, and for a rejection the same pointers. */
export function agreesWithAjv(target: OracleTarget): fc.IPropertyWithHooks<[unknown]> {
  return fc.property(oracleInputs(target), (value) => {
    fc.pre(!(target.declaresProto && holdsProtoKey(value)));
    const theirs = target.ajv(value);
    const ours = target.parse(value);
    if (ours.ok !== theirs.valid) return false;
    if (ours.ok) return true;
    const pointers = deepest(ours.error.issues.map((issue) => issue.pointer));
    return canonicalJson(pointers) === canonicalJson(theirs.pointers);
  });
}

/** For every valid value: toJSON(fromJSON(text)) is the same JSON, again after a second pass, in both namings. */
export function roundTrips(target: OracleTarget): fc.IPropertyWithHooks<[unknown]> {
  return fc.property(validValue(target.document, target.schema), (value) => {
    const text = JSON.stringify(value);
    const parsed = target.fromJSON(text);
    if (!parsed.ok) return false;
    const written = target.toJSON(parsed.value);
    if (canonicalJson(JSON.parse(written)) !== canonicalJson(JSON.parse(text))) return false;
    const again = target.parse(JSON.parse(written));
    if (!again.ok || target.toJSON(again.value) !== written) return false;
    if (target.camel === undefined) return true;
    const model = target.camel.parse(JSON.parse(text));
    return model.ok && canonicalJson(JSON.parse(target.camel.toJSON(model.value))) === canonicalJson(JSON.parse(text));
  });
}

/** `is` is true exactly when `parse` succeeds. */
export function isMatchesParse(target: OracleTarget): fc.IPropertyWithHooks<[unknown]> {
  return fc.property(oracleInputs(target), (value) => target.is(value) === target.parse(value).ok);
}

/** Every issue is complete and fits on one line: pointer and path agree, long values are shortened. */
export function issuesAreReadable(target: OracleTarget): fc.IPropertyWithHooks<[unknown]> {
  return fc.property(oracleInputs(target), (value) => {
    const result = target.parse(value);
    if (result.ok) return true;
    return result.error.issues.every(
      (issue) =>
        toJsonPointer(issue.path) === issue.pointer &&
        issue.message === `${issue.pointer === "" ? "(root)" : issue.pointer}: expected ${issue.expected}, received ${issue.received}` &&
        !/[\n\r\u2028\u2029]/.test(issue.message) &&
        issue.received.length <= 120,
    ) && result.error.message === result.error.issues.map((issue) => issue.message).join("\n");
  });
}
