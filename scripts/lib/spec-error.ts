/**
 * A problem with a spec that stops generation. `pointer` is the JSON pointer of the place in the
 * spec (`#/components/schemas/Usage/properties/tier`), or `#` for the document as a whole.
 */
export class SpecError extends Error {
  override readonly name = "SpecError";

  constructor(
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`${pointer}: ${problem}`);
  }
}

/** Several spec problems found in one pass, reported together. */
export class SpecErrors extends Error {
  override readonly name = "SpecErrors";

  constructor(readonly errors: ReadonlyArray<SpecError>) {
    super(errors.map((error) => error.message).join("\n"));
  }
}

/** Appends one segment to a JSON pointer, escaping `~` and `/` as RFC 6901 asks. */
export function childPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** Reads the value at a `#/a/b` pointer inside a document, or `undefined` when there is none. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  if (pointer === "#") return document;
  if (!pointer.startsWith("#/")) return undefined;
  let current: unknown = document;
  for (const raw of pointer.slice(2).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
