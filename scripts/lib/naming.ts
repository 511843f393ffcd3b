/**
 * Names in generated code, derived from names in the spec. Spec names are written by someone else:
 * they may hold dashes, spaces, leading digits or reserved words, and every derived name must still be
 * a valid, readable identifier.
 */

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield any boolean constructor declare get " +
    "module require number set string symbol type from of undefined unknown never object async await arguments eval"
  ).split(" "),
);

const IDENTIFIER = /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u;

/** Splits `page_size`, `x-request-id`, `HTTPStatus2xx`, `größe_max` into words (letters and digits of any script). */
function words(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** `order_line-item` -> `OrderLineItem`; keeps existing capitals (`HTTPError` stays). */
export function pascalCase(name: string): string {
  const joined = words(name)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
  if (joined === "") return "Schema";
  return IDENTIFIER.test(joined) ? joined : `_${joined}`;
}

/** `page_size` -> `pageSize`; safe to use as a local variable or function name. */
export function camelCase(name: string): string {
  const parts = words(name);
  const joined = parts.map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1))).join("");
  if (joined === "") return "value";
  const safe = IDENTIFIER.test(joined) ? joined : `_${joined}`;
  return RESERVED.has(safe) ? `${safe}_` : safe;
}

/** `OrderLineItem` -> `orderLineItem`, for function-name prefixes. */
export function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** A property key as written in a type or an object literal: bare when it can be, quoted otherwise. */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/** Reads property `name` of `object`: `object.name` when it can, `object["x-y"]` otherwise. */
export function propertyAccess(object: string, name: string): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

/** Hands out unique names within one scope, suffixing `2`, `3`, ... on collision. */
export class NameScope {
  private readonly taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.taken = new Set(reserved);
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n += 1) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * The camelCase model name of a wire property: `page_size` -> `pageSize`, `x-request-id` ->
 * `xRequestId`, `HTTPStatus` -> `httpStatus`. Reserved words stay as they are (they are valid property
 * names); a name with no letters or digits stays as it is.
 */
export function camelPropertyName(wire: string): string {
  const parts = words(wire);
  if (parts.length === 0) return wire;
  const [first, ...rest] = parts as [string, ...string[]];
  const head = first.replace(/^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/, (capitals) => capitals.toLowerCase());
  return head + rest.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}
