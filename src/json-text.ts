import type { JsonPath } from "./json-pointer.js";
import { cloneJson, type JsonObject } from "./json-value.js";
import { addIssue, type ValidationIssue } from "./validation-error.js";

/**
 * `JSON.stringify` for plain JSON data of any depth. The native one is used whenever it can be, since
 * it is the fastest; it recurses, though, and throws a RangeError on values nested some thousands of
 * levels deep, which `JSON.parse` reads without trouble. Such values are written by the loop below.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return stringifyWithoutRecursion(value);
    throw error;
  }
}

interface Frame {
  container: JsonObject | unknown[];
  keys: string[] | undefined;
  next: number;
}

function stringifyWithoutRecursion(root: unknown): string {
  const parts: string[] = [];
  const stack: Frame[] = [];
  let pending: unknown = root;
  for (;;) {
    if (typeof pending === "object" && pending !== null) {
      const keys = Array.isArray(pending) ? undefined : Object.keys(pending);
      parts.push(keys === undefined ? "[" : "{");
      stack.push({ container: pending as JsonObject | unknown[], keys, next: 0 });
    } else {
      parts.push(JSON.stringify(pending));
    }
    // Climb out of finished containers until one has a next member, or the root is done.
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) return parts.join("");
      const length = frame.keys === undefined ? (frame.container as unknown[]).length : frame.keys.length;
      if (frame.next < length) {
        if (frame.next > 0) parts.push(",");
        if (frame.keys === undefined) {
          pending = (frame.container as unknown[])[frame.next];
        } else {
          const key = frame.keys[frame.next]!;
          parts.push(`${JSON.stringify(key)}:`);
          pending = (frame.container as JsonObject)[key];
        }
        frame.next += 1;
        break;
      }
      parts.push(frame.keys === undefined ? "]" : "}");
      stack.pop();
    }
  }
}

/**
 * The JSON text of a value the schema does not describe (an unknown property), checked strictly: a
 * BigInt, `NaN`, a function, a `Date` or a cycle becomes an issue at `path` plus `key`, never text
 * that JSON.stringify would quietly change. Scalars are written directly; anything else is copied
 * first, so that getters are read once and no `toJSON` method is called, then stringified.
 */
export function writeJsonValue(value: unknown, path: JsonPath, key: string | number, issues: ValidationIssue[]): string {
  const text = writeRecursively(value, 0);
  if (text !== undefined) return text;
  if (typeof value !== "object" || value === null) {
    addIssue(issues, path, key, "a JSON value", value);
    return "";
  }
  // Something inside is off (or very deep): copy carefully, reporting each problem at its pointer.
  const count = issues.length;
  const copy = cloneJson(value, issues, true, [...path, key]);
  return issues.length === count ? stringifyJson(copy) : "";
}

/**
 * `JSON.stringify` for a string. Each call of the native one costs far more than a short string's
 * content, so short strings with nothing to escape (no quote, backslash, control character or
 * surrogate) are quoted here, and only the rest are handed to it.
 */
export function quoteJson(text: string): string {
  if (text.length > 64) return JSON.stringify(text);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x22 || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/** Nesting the recursive writer may reach before the careful path takes over. */
const MAX_RECURSION = 200;

/**
 * Writes plain JSON data, reading each property once; `undefined` as soon as anything is not plain
 * JSON (or nests too deep), for the caller's careful path to report.
 */
function writeRecursively(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case "string":
      return quoteJson(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      // For a finite number, string conversion is exactly JSON's notation (-0 included, as "0").
      return Number.isFinite(value) ? `${value}` : undefined;
    case "object":
      break;
    default:
      return undefined;
  }
  if (value === null) return "null";
  if (depth >= MAX_RECURSION) return undefined;
  let out = "";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = writeRecursively(value[i], depth + 1);
      if (item === undefined) return undefined;
      out += i === 0 ? item : `,${item}`;
    }
    return `[${out}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item: unknown = (value as JsonObject)[key];
    if (item === undefined) continue;
    const text = writeRecursively(item, depth + 1);
    if (text === undefined) return undefined;
    out += `,${quoteJson(key)}:${text}`;
  }
  return out === "" ? "{}" : `{${out.slice(1)}}`;
}
