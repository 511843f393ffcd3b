/**
 * The outcome of an operation that can fail on bad input.
 *
 * Parsers return a `Result` instead of throwing because bad data is an expected outcome when reading
 * responses from the network: callers branch on `ok` and TypeScript narrows `value` or `error`.
 * This is the same shape that Speakeasy-generated SDKs use.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps a failure. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
