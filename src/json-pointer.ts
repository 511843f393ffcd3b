/** A location inside a JSON value: object keys and array indexes from the root down. */
export type JsonPath = Array<string | number>;

/**
 * Formats a path as an RFC 6901 JSON pointer (`""` is the root, `/a/0/b` a nested value).
 * `~` and `/` inside keys are escaped as `~0` and `~1`, so every key maps back unambiguously.
 */
export function toJsonPointer(path: ReadonlyArray<string | number>): string {
  let pointer = "";
  for (const segment of path) {
    pointer += "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
  }
  return pointer;
}
