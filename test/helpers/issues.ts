import type { Result } from "../../src/result.js";
import type { ValidationError } from "../../src/validation-error.js";

/** `"<pointer> <expected>"` for each issue of a failed result; `[]` for a success. */
export function issueList(result: Result<unknown, ValidationError>): string[] {
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.pointer} ${issue.expected}`);
}

/** The value of a successful result; throws the error of a failed one, so a test shows it. */
export function valueOf<T>(result: Result<T, ValidationError>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
