/**
 * What generated code imports: the shared entry points that wrap a generated check into `fromJSON`,
 * `parse`, `toJSON` and `is`, plus the pieces its checks use. Users import from the package entry
 * instead; this module is not part of the public API.
 */
import { type JsonPath } from "./json-pointer.js";
import { cloneJson } from "./json-value.js";
import { err, ok, type Result } from "./result.js";
import { makeIssue, ValidationError, validationResultError, type ValidationIssue } from "./validation-error.js";

export { type JsonPath } from "./json-pointer.js";
export { quoteJson, writeJsonValue } from "./json-text.js";
export { isJsonObject, isPlainObject, ownValue, setOwnProperty, type JsonObject } from "./json-value.js";
export { type Result } from "./result.js";
export { addIssue, ValidationError, type ValidationIssue } from "./validation-error.js";

/**
 * A generated check: it records an issue for every part of `value` (located at `path`) that breaks
 * the schema. It expects plain JSON data, as `JSON.parse` or `cloneJson` produce.
 */
export type Check = (value: unknown, path: JsonPath, issues: ValidationIssue[]) => void;

/**
 * A generated map from the wire shape to a model with other property names (the `camel` naming): it
 * copies checked wire data with its keys renamed. The check has already refused every key a map
 * could not place, so a map has nothing to report.
 */
export type Mapper = (value: unknown) => unknown;

/**
 * Parses JSON text and checks it. `JSON.parse` already returns fresh plain data, so it is checked in
 * place and returned as is (or as mapped, given a mapper): no copy, which keeps this path close to the
 * cost of `JSON.parse` alone.
 */
export function parseJsonText<T>(text: string, check: Check, fromWire?: Mapper): Result<T, ValidationError> {
  if (typeof text !== "string") {
    return err(validationResultError([makeIssue([], "JSON text (a string)", describeKind(text))]));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return err(validationResultError([makeIssue([], "valid JSON text", syntaxErrorText(error))]));
  }
  return checked<T>(value, check, fromWire);
}

/**
 * Checks an already-parsed value (for example `message.usage` from another SDK) and returns a fresh
 * copy of it. Never throws: a getter or a Proxy that throws while being read becomes an issue.
 */
export function parseValue<T>(value: unknown, check: Check, fromWire?: Mapper): Result<T, ValidationError> {
  // Its own list, not the shared one: copying reads getters and Proxy traps, which are user code and
  // could call a parser again.
  const issues: ValidationIssue[] = [];
  let copy: unknown;
  try {
    copy = cloneJson(value, issues);
  } catch (error) {
    return err(validationResultError([unreadable(error)]));
  }
  if (issues.length !== 0) return err(validationResultError(issues));
  return checked<T>(copy, check, fromWire);
}

/**
 * A generated writer: it checks a model and returns its JSON text in one pass, recording an issue for
 * every part that breaks the schema (the text is then meaningless).
 */
export type Writer = (value: unknown, path: JsonPath, issues: ValidationIssue[]) => string;

/**
 * Serializes a model with its generated writer, so that nothing invalid is ever written: a value that
 * breaks the schema (a caller's `any`, a negative count, a BigInt, `NaN`, a cycle) throws the
 * `ValidationError`, and so does a getter or a Proxy that throws while being read.
 */
export function serializeValue(value: unknown, write: Writer): string {
  const issues: ValidationIssue[] = [];
  let text: string;
  try {
    text = write(value, [], issues);
  } catch (error) {
    throw new ValidationError([unreadable(error)]);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return text;
}

/** The issue for a value whose getter or Proxy trap threw while it was copied. */
function unreadable(error: unknown): ValidationIssue {
  return makeIssue([], "a readable value", `one that threw ${errorText(error)}`);
}

/**
 * The path and issue list every check shares, so that the happy path allocates neither. Checks run
 * on plain JSON data (parsed, or copied by `cloneJson`) and call no user code, so nothing can re-enter
 * them; both are emptied before each use anyway, in case a check ever stopped half-way (a stack
 * overflow on very deep recursive data).
 */
const sharedPath: JsonPath = [];
const sharedIssues: ValidationIssue[] = [];

function checked<T>(value: unknown, check: Check, fromWire: Mapper | undefined): Result<T, ValidationError> {
  // Only when needed: writing `length` costs as much as all the checks of a small object.
  if (sharedPath.length !== 0) sharedPath.length = 0;
  if (sharedIssues.length !== 0) sharedIssues.length = 0;
  check(value, sharedPath, sharedIssues);
  if (sharedIssues.length > 0) return err(validationResultError(sharedIssues.splice(0)));
  return ok((fromWire === undefined ? value : fromWire(value)) as T);
}

/** A map for arrays whose items `map` maps. */
export function mapArray(map: Mapper): Mapper {
  return (value) => (Array.isArray(value) ? value.map((item: unknown) => map(item)) : value);
}

function describeKind(value: unknown): string {
  return value === null ? "null" : typeof value;
}

function syntaxErrorText(error: unknown): string {
  return `text that does not parse (${errorText(error)})`;
}

/** An error's message, cut short: a SyntaxError from `JSON.parse` may quote the input. */
function errorText(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable error";
  }
  return text.length <= MAX_ERROR_CHARS ? text : `${text.slice(0, MAX_ERROR_CHARS)}…`;
}

const MAX_ERROR_CHARS = 120;

/**
 * String length as JSON Schema counts it, in Unicode code points: `"😀".length` is 2 in JavaScript,
 * but `maxLength: 1` allows it.
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}
