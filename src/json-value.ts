import type { JsonPath } from "./json-pointer.js";
import { addIssue, type ValidationIssue } from "./validation-error.js";

/** A JSON object as parsed: string keys, values of any JSON kind. */
export type JsonObject = { [key: string]: unknown };

/** True for a non-null, non-array object; on parsed or cloned JSON that means a JSON object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True for an object whose prototype is `Object.prototype` or `null`: what JSON objects become. */
export function isPlainObject(value: unknown): value is JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own-property read, for keys that also name something on `Object.prototype` (`constructor`, `__proto__`). */
export function ownValue(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

type Container = JsonObject | unknown[];

interface Frame {
  source: Container;
  target: Container;
  /** Own enumerable keys of an object source; `undefined` for an array. */
  keys: string[] | undefined;
  next: number;
}

/**
 * Deep-copies a value into fresh plain JSON data, checking that every part of it is JSON: `null`,
 * booleans, numbers, strings, arrays and plain objects. Anything else (a function, a BigInt, a `Date`,
 * a class instance, a cycle) becomes an issue at its JSON pointer and the result is `undefined`.
 *
 * `NaN` and `Infinity` are numbers to `JSON.parse` (`1e999` parses as `Infinity`), so a parser copies
 * them and leaves them to the schema's checks, as it does for parsed text. A serializer passes
 * `finiteOnly`: JSON cannot write them, and `JSON.stringify` would silently turn them into `null`.
 *
 * Why a copy: the parsed value must not change when the caller later mutates its input, and getters
 * must be read exactly once, so the checks that follow see the same data that is returned. Properties
 * whose value is `undefined` are left out, as `JSON.stringify` does.
 *
 * Most values are shallow and valid, so a plain recursive copy runs first. It gives up on anything
 * unusual (a non-JSON part, or nesting deeper than it may recurse, which a cycle also reaches), and
 * then a second walk that keeps its own stack, so that no input can overflow the call stack, copies
 * again and reports each problem at its pointer. Keys such as `__proto__` are copied as data and
 * change no prototype. Reflective operations on a Proxy may throw; callers catch that.
 */
export function cloneJson(value: unknown, issues: ValidationIssue[], finiteOnly = false, at: JsonPath = []): unknown {
  const fast = cloneRecursively(value, 0, finiteOnly);
  return fast === GIVE_UP ? cloneWithoutRecursion(value, issues, finiteOnly, at) : fast;
}

/** What the recursive copy returns when the careful walk has to take over. */
const GIVE_UP: unique symbol = Symbol("give up");
/** Nesting the recursive copy may reach; well below any call-stack limit. */
const MAX_RECURSION = 200;

function cloneRecursively(value: unknown, depth: number, finiteOnly: boolean): unknown {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return finiteOnly && !Number.isFinite(value) ? GIVE_UP : value;
    case "object":
      break;
    default:
      return GIVE_UP;
  }
  if (value === null) return null;
  if (depth >= MAX_RECURSION) return GIVE_UP;
  if (Array.isArray(value)) {
    const copy: unknown[] = value.slice();
    for (let i = 0; i < copy.length; i++) {
      const item = copy[i];
      // `undefined` is a hole or an undefined item: not JSON.
      if (item === undefined) return GIVE_UP;
      if (typeof item === "string" || typeof item === "boolean" || item === null) continue;
      if (typeof item === "number" && (!finiteOnly || Number.isFinite(item))) continue;
      const itemCopy = cloneRecursively(item, depth + 1, finiteOnly);
      if (itemCopy === GIVE_UP) return GIVE_UP;
      copy[i] = itemCopy;
    }
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return GIVE_UP;
  // Spreading copies own enumerable properties as data (getters read once, `__proto__` as an own key)
  // far faster than adding keys one by one; nested values are then replaced by their copies in place.
  // Symbol-keyed properties come along too; JSON has none, so checks and serializers never see them.
  const copy: JsonObject = { ...(value as JsonObject) };
  // for-in over a fresh object is the fastest walk V8 offers; it would also list enumerable keys
  // inherited from a polluted Object.prototype, which the own-property test below leaves alone.
  for (const key in copy) {
    const item = copy[key];
    if (typeof item === "string" || typeof item === "boolean" || item === null) continue;
    if (typeof item === "number" && (!finiteOnly || Number.isFinite(item))) continue;
    if (!Object.hasOwn(copy, key)) continue;
    if (item === undefined) {
      delete copy[key];
      continue;
    }
    const itemCopy = cloneRecursively(item, depth + 1, finiteOnly);
    if (itemCopy === GIVE_UP) return GIVE_UP;
    copy[key] = itemCopy;
  }
  return copy;
}

function cloneWithoutRecursion(value: unknown, issues: ValidationIssue[], finiteOnly: boolean, at: JsonPath): unknown {
  const path: JsonPath = at.slice();
  const root = openContainer(value);
  if (root === undefined) {
    if (isJsonScalar(value, finiteOnly)) return value;
    addIssue(issues, path, undefined, "a JSON value", value);
    return undefined;
  }

  const stack: Frame[] = [root];
  // Containers on the current path, to tell a cycle from a value that is merely shared.
  let ancestors: Set<Container> | undefined;
  const issueCount = issues.length;

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { source, target, keys } = frame;
    const length = keys === undefined ? (source as unknown[]).length : keys.length;
    if (frame.next >= length) {
      stack.pop();
      ancestors?.delete(source);
      if (stack.length > 0) path.pop();
      continue;
    }
    const key: string | number = keys === undefined ? frame.next : keys[frame.next]!;
    frame.next += 1;
    const child: unknown = (source as Record<string | number, unknown>)[key];

    if (isJsonScalar(child, finiteOnly)) {
      store(target, key, child);
      continue;
    }
    if (child === undefined && keys !== undefined) continue;

    const opened = openContainer(child);
    if (opened === undefined) {
      addIssue(issues, path, key, "a JSON value", child);
      continue;
    }
    ancestors ??= new Set(stack.map((f) => f.source));
    if (ancestors.has(opened.source)) {
      addIssue(issues, path, key, "a JSON value without cycles", child);
      continue;
    }
    store(target, key, opened.target);
    ancestors.add(opened.source);
    path.push(key);
    stack.push(opened);
  }
  return issues.length === issueCount ? root.target : undefined;
}

function isJsonScalar(value: unknown, finiteOnly: boolean): value is null | boolean | number | string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return !finiteOnly || Number.isFinite(value);
    default:
      return value === null;
  }
}

/** Starts copying an array or a plain object; `undefined` for anything else. */
function openContainer(value: unknown): Frame | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) return { source: value, target: [], keys: undefined, next: 0 };
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  return { source: value as JsonObject, target: {}, keys: Object.keys(value), next: 0 };
}

function store(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target.push(value);
  else setOwnProperty(target, String(key), value);
}

/** Sets `object[key]` as an own data property, `__proto__` included. */
export function setOwnProperty(object: JsonObject, key: string, value: unknown): void {
  if (key === "__proto__") {
    // Plain assignment would replace the prototype; JSON.parse defines an own property, and so do we.
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    object[key] = value;
  }
}
