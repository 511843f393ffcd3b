import { type JsonPath, toJsonPointer } from "./json-pointer.js";

/** One reason why a value was rejected. */
export interface ValidationIssue {
  /** Where, as an RFC 6901 JSON pointer (`""` is the root, `/input_tokens` a property). */
  pointer: string;
  /** The same location as keys and indexes, for programs. */
  path: Array<string | number>;
  /** What the schema asks for, in words (`a non-negative safe integer`). */
  expected: string;
  /** What was there, shortened (`string "12"`, `nothing (the property is missing)`). */
  received: string;
  /** One line for people: `/input_tokens: expected a non-negative safe integer, received string "12"`. */
  message: string;
}

/**
 * Thrown by serializers and returned (inside a `Result`) by parsers when a value does not match its
 * schema. It lists every issue found in one pass, so a caller sees all bad fields at once; `message`
 * has one line per issue.
 */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(issues.map((issue) => issue.message).join("\n"));
    this.issues = issues;
  }
}

/**
 * A ValidationError without a captured stack trace, for errors returned inside a `Result`. Such an
 * error is a value describing bad data, not a throw site, and capturing the stack is most of what
 * constructing it costs (several microseconds against about one without). Errors that are thrown are
 * built with `new ValidationError` and keep their stack.
 */
export function validationResultError(issues: ValidationIssue[]): ValidationError {
  // `stackTraceLimit` is V8's (Node, Chromium, Deno); where an engine lacks it, setting it does nothing.
  const errorClass = Error as unknown as { stackTraceLimit?: number | undefined };
  const limit = errorClass.stackTraceLimit;
  try {
    errorClass.stackTraceLimit = 0;
  } catch {
    // A locked-down realm may freeze Error; then the stack is captured as usual.
  }
  try {
    return new ValidationError(issues);
  } finally {
    try {
      errorClass.stackTraceLimit = limit;
    } catch {
      // Frozen, so never changed.
    }
  }
}

/** Longest excerpt of a string that `received` quotes; the rest is counted, not dumped. */
const MAX_QUOTED_CHARS = 40;

/**
 * Records an issue for the value at `path` (plus `key`, when the value is a property or an item).
 * Generated checks call this only on failure, so the happy path builds no strings.
 */
export function addIssue(
  issues: ValidationIssue[],
  path: JsonPath,
  key: string | number | undefined,
  expected: string,
  value: unknown,
): void {
  const at = key === undefined ? path.slice() : [...path, key];
  // A property read as `undefined` is absent: parsed JSON and cloned values never hold `undefined`.
  const received =
    value === undefined && typeof key === "string" ? "nothing (the property is missing)" : describeValue(value);
  issues.push(makeIssue(at, expected, received));
}

/** Builds an issue from its parts; the message is derived so that it always agrees with them. */
export function makeIssue(path: JsonPath, expected: string, received: string): ValidationIssue {
  const pointer = toJsonPointer(path);
  return {
    pointer,
    path,
    expected,
    received,
    message: `${pointer === "" ? "(root)" : pointer}: expected ${expected}, received ${received}`,
  };
}

/** A short description of any value, safe on hostile input (it never throws and never dumps a whole object). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "boolean":
      return `boolean ${value}`;
    case "number":
      return `number ${Object.is(value, -0) ? "-0" : String(value)}`;
    case "bigint":
      return `bigint ${shorten(String(value))}n`;
    case "string":
      return `string ${quote(value)}`;
    case "symbol":
      return "symbol";
    case "function":
      return "function";
    default:
      return value === null ? "null" : describeObject(value as object);
  }
}

function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? "" : "s"}`;
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
    if (proto === null || proto === Object.prototype) return "object";
    const name = proto.constructor?.name;
    return typeof name === "string" && name !== "" ? `${shorten(name)} instance` : "object with a custom prototype";
  } catch {
    // A Proxy or an exotic object can throw from any reflective operation.
    return "object that could not be inspected";
  }
}

function quote(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, MAX_QUOTED_CHARS))}… (${text.length} characters)`;
}

function shorten(text: string): string {
  return text.length <= MAX_QUOTED_CHARS ? text : `${text.slice(0, MAX_QUOTED_CHARS)}…`;
}
