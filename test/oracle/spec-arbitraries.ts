/**
 * fast-check arbitraries built from a spec's raw JSON Schema (not from the generator's own schema
 * model, so that the oracle tests do not share its reading of the spec): valid values of a schema,
 * and near-valid ones with exactly one thing wrong.
 */
import fc from "fast-check";

type Schema = Record<string, unknown>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SpecDocument {
  components: { schemas: Record<string, Schema> };
}

const MAX_DEPTH = 3;

function resolve(document: SpecDocument, schema: Schema): Schema {
  const ref = schema["$ref"];
  if (typeof ref !== "string") return schema;
  return document.components.schemas[ref.split("/").at(-1)!.replaceAll("~1", "/").replaceAll("~0", "~")]!;
}

/** The schema's own types (`type` as a string or a list, 3.0's `nullable`), with `null` where allowed. */
function typesOf(schema: Schema): string[] {
  const type = schema["type"];
  const types = Array.isArray(type) ? [...(type as string[])] : typeof type === "string" ? [type] : [];
  if (schema["nullable"] === true) types.push("null");
  return types;
}

/** Valid values of `schema`. `depth` bounds recursive references. */
export function validValue(document: SpecDocument, input: Schema, depth = 0): fc.Arbitrary<Json> {
  const schema = resolve(document, input);
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const members = schema[keyword];
    if (Array.isArray(members)) {
      const options = (members as Schema[]).map((member) => validValue(document, member, depth));
      if (schema["nullable"] === true) options.push(fc.constant(null));
      return fc.oneof(...options);
    }
  }
  if (Array.isArray(schema["enum"])) return fc.constantFrom(...(schema["enum"] as Json[]));
  if ("const" in schema) return fc.constant(schema["const"] as Json);
  const options = typesOf(schema).map((type) => valueOfType(document, schema, type, depth));
  return fc.oneof(...options);
}

function valueOfType(document: SpecDocument, schema: Schema, type: string, depth: number): fc.Arbitrary<Json> {
  const num = (key: string) => (typeof schema[key] === "number" ? (schema[key] as number) : undefined);
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = num("minimum") ?? (num("exclusiveMinimum") !== undefined ? num("exclusiveMinimum")! + 1 : -1e6);
      const max = num("maximum") ?? (num("exclusiveMaximum") !== undefined ? num("exclusiveMaximum")! - 1 : 1e9);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case "number": {
      const min = num("minimum") ?? num("exclusiveMinimum") ?? -1e6;
      const max = num("maximum") ?? num("exclusiveMaximum") ?? 1e6;
      return fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .filter((n) => (num("exclusiveMinimum") === undefined || n > num("exclusiveMinimum")!) && (num("exclusiveMaximum") === undefined || n < num("exclusiveMaximum")!));
    }
    case "string":
      return fc.string({ unit: "grapheme-composite", minLength: num("minLength") ?? 0, maxLength: Math.min(num("maxLength") ?? 12, 12) });
    case "array": {
      if (depth >= MAX_DEPTH && (num("minItems") ?? 0) === 0) return fc.constant([]);
      return fc.array(validValue(document, schema["items"] as Schema, depth + 1), { minLength: num("minItems") ?? 0, maxLength: Math.min(num("maxItems") ?? 3, 3) });
    }
    case "object":
      return objectValue(document, schema, depth);
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}

function objectValue(document: SpecDocument, schema: Schema, depth: number): fc.Arbitrary<Json> {
  const properties = (schema["properties"] ?? {}) as Record<string, Schema>;
  const required = new Set((schema["required"] ?? []) as string[]);
  const shape: Record<string, fc.Arbitrary<Json>> = {};
  for (const [name, property] of Object.entries(properties)) {
    // Past the depth bound only required properties are generated, which ends recursion.
    if (depth >= MAX_DEPTH && !required.has(name)) continue;
    shape[name] = validValue(document, property, depth + 1);
  }
  const declared = fc.record(shape, { requiredKeys: [...required].filter((name) => name in shape) });
  const extra = schema["additionalProperties"];
  const extras =
    extra === false
      ? fc.constant({})
      : typeof extra === "object" && extra !== null
        ? fc.dictionary(fc.string({ maxLength: 6 }), validValue(document, extra as Schema, depth + 1), { maxKeys: 2 })
        : fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { maxKeys: 2 });
  return fc.tuple(declared, extras, fc.boolean()).map(([known, more, reverse]) => {
    const out: Record<string, Json> = {};
    const entries = [...Object.entries(more).filter(([key]) => !(key in properties)), ...Object.entries(known)];
    // Keys in either order: JSON objects are unordered and neither side may depend on order.
    for (const [key, value] of reverse ? entries.reverse() : entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** One thing wrong with a valid value: a value replaced by one of another kind, or a key removed. */
const MUTATIONS: Array<(value: Json) => Json | undefined> = [
  () => "12",
  () => -1,
  () => 1.5,
  () => null,
  () => true,
  () => ({ unexpected: 1 }),
  () => [],
  () => undefined, // removes the key
];

/** Near-valid values: a valid value of `schema` with one nested value mutated (or one key removed). */
export function nearValidValue(document: SpecDocument, schema: Schema): fc.Arbitrary<Json> {
  return fc.tuple(validValue(document, schema), fc.nat(), fc.nat({ max: MUTATIONS.length - 1 })).map(([value, pick, mutation]) => {
    const places = locations(value);
    const [parent, key] = places[pick % places.length]!;
    if (parent === undefined) return MUTATIONS[mutation]!(value) ?? "removed";
    const replacement = MUTATIONS[mutation]!((parent as Record<string, Json>)[key as string]!);
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key as string];
    } else {
      (parent as Record<string | number, Json>)[key] = replacement;
    }
    return value;
  });
}

/** Every place in a value a mutation can hit: `[undefined]` for the root, else `[container, key]`. */
function locations(value: Json): Array<[Json[] | Record<string, Json> | undefined, string | number]> {
  const found: Array<[Json[] | Record<string, Json> | undefined, string | number]> = [[undefined, ""]];
  const walk = (node: Json) => {
    if (Array.isArray(node)) node.forEach((item, index) => (found.push([node, index]), walk(item)));
    else if (typeof node === "object" && node !== null) for (const key of Object.keys(node)) (found.push([node, key]), walk(node[key]!));
  };
  walk(value);
  return found;
}
