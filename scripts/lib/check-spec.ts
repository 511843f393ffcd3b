import { childPointer, SpecError, SpecErrors, valueAtPointer } from "./spec-error.js";

/**
 * Checks the raw spec against what the generator supports, before any emitter sees it. hey-api's IR
 * quietly turns constructs it cannot express (`not`, for one) into `unknown`, and a schema library
 * would quietly ignore keywords such as `pattern`; here every unsupported construct is refused with
 * its JSON pointer instead, so generated parsers never accept less strictly than the spec says.
 */

const DOC_KEYWORDS = ["title", "description", "deprecated", "default", "example", "examples", "readOnly", "writeOnly"];
const SUPPORTED_KEYWORDS = new Set([
  ...DOC_KEYWORDS,
  "$ref",
  "type",
  "format",
  "nullable",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "items",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "additionalProperties",
]);
const TYPES = new Set(["null", "boolean", "integer", "number", "string", "array", "object"]);
const SCHEMAS_POINTER = "#/components/schemas";
/** What the CLI prints once after a list of refusals. */
export const SUPPORTED_SUMMARY =
  "The generator supports: type, properties, required, additionalProperties, items, enum, const, nullable, " +
  "anyOf/oneOf of one schema and {type: null}, allOf of one schema, local $ref to #/components/schemas/<name>, minimum/maximum " +
  "(exclusive too), minLength/maxLength, minItems/maxItems, and documentation keywords.";

/** Throws `SpecErrors` listing every problem found; returns when the spec can be generated. */
export function checkSpec(document: unknown): void {
  const errors: SpecError[] = [];
  if (!isObject(document)) throw new SpecErrors([new SpecError("#", "a spec must be a YAML or JSON object")]);
  const version = document["openapi"];
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    errors.push(new SpecError("#/openapi", `expected an OpenAPI version 3.0.x or 3.1.x, found ${JSON.stringify(version) ?? "nothing"}`));
  }
  const schemas = valueAtPointer(document, SCHEMAS_POINTER);
  if (!isObject(schemas) || Object.keys(schemas).length === 0) {
    errors.push(new SpecError(SCHEMAS_POINTER, "expected an object with at least one schema"));
  } else {
    for (const [name, schema] of Object.entries(schemas)) {
      const at = childPointer(SCHEMAS_POINTER, name);
      // openapi-typescript loses track of schemas whose names need JSON-pointer escaping.
      if (name === "__proto__" || /[\u0000/~]/.test(name)) errors.push(new SpecError(at, `the schema name ${JSON.stringify(name)} is not supported (no "/", "~" or NUL, not "__proto__")`));
      else checkSchema(document, schema, at, errors);
    }
  }
  if (errors.length > 0) throw new SpecErrors(errors);
}

function checkSchema(document: Record<string, unknown>, schema: unknown, pointer: string, errors: SpecError[]): void {
  if (!isObject(schema)) {
    errors.push(new SpecError(pointer, "expected a schema object"));
    return;
  }
  const unsupported = Object.keys(schema).filter((keyword) => !SUPPORTED_KEYWORDS.has(keyword) && !keyword.startsWith("x-"));
  for (const keyword of unsupported) {
    errors.push(new SpecError(childPointer(pointer, keyword), `"${keyword}" is not supported`));
  }
  // A schema built on an unsupported keyword has nothing more worth reporting.
  if (unsupported.length > 0) return;
  if ("$ref" in schema) {
    checkRef(document, schema, pointer, errors);
    return;
  }
  checkType(schema, pointer, errors);
  checkEnum(schema, pointer, errors);
  for (const keyword of ["anyOf", "oneOf"] as const) {
    if (keyword in schema) checkNullableUnion(document, schema[keyword], childPointer(pointer, keyword), errors);
  }
  if ("allOf" in schema) checkSingleAllOf(document, schema["allOf"], childPointer(pointer, "allOf"), errors);
  for (const keyword of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]) {
    const bound = schema[keyword];
    if (bound !== undefined && !Number.isFinite(bound) && typeof bound !== "boolean") {
      errors.push(new SpecError(childPointer(pointer, keyword), "expected a number"));
    }
  }
  for (const keyword of ["minLength", "maxLength", "minItems", "maxItems"]) {
    const bound = schema[keyword];
    if (bound !== undefined && !(Number.isSafeInteger(bound) && (bound as number) >= 0)) {
      errors.push(new SpecError(childPointer(pointer, keyword), "expected a non-negative integer"));
    }
  }
  if ("items" in schema) {
    if (isObject(schema["items"])) checkSchema(document, schema["items"], childPointer(pointer, "items"), errors);
    else errors.push(new SpecError(childPointer(pointer, "items"), "expected one schema (tuples are not supported)"));
  }
  checkProperties(document, schema, pointer, errors);
}

function checkRef(document: Record<string, unknown>, schema: Record<string, unknown>, pointer: string, errors: SpecError[]): void {
  const ref = schema["$ref"];
  const at = childPointer(pointer, "$ref");
  if (typeof ref !== "string" || !ref.startsWith(`${SCHEMAS_POINTER}/`)) {
    errors.push(new SpecError(at, `expected a local reference to ${SCHEMAS_POINTER}/<name>, found ${JSON.stringify(ref)}`));
    return;
  }
  if (ref.slice(SCHEMAS_POINTER.length + 1).includes("/") || valueAtPointer(document, ref) === undefined) {
    errors.push(new SpecError(at, `${JSON.stringify(ref)} does not name a schema in this spec`));
  }
  for (const keyword of Object.keys(schema)) {
    if (keyword !== "$ref" && !DOC_KEYWORDS.includes(keyword) && !keyword.startsWith("x-")) {
      errors.push(new SpecError(childPointer(pointer, keyword), `"${keyword}" beside "$ref" is not supported; only documentation keywords may stand there`));
    }
  }
}

function checkType(schema: Record<string, unknown>, pointer: string, errors: SpecError[]): void {
  const type = schema["type"];
  const at = childPointer(pointer, "type");
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  for (const entry of types) {
    if (typeof entry !== "string" || !TYPES.has(entry)) {
      errors.push(new SpecError(at, `expected one of ${[...TYPES].join(", ")}, found ${JSON.stringify(entry)}`));
    }
  }
  const nonNull = types.filter((entry) => entry !== "null");
  if (nonNull.length > 1) {
    errors.push(new SpecError(at, `a value of several types (${nonNull.join(", ")}) is not supported; one type, optionally with "null", is`));
  }
  if (types.length > 0 && nonNull.length === 0) {
    errors.push(new SpecError(at, `a schema that only allows null is not supported`));
  }
  const composed = "anyOf" in schema || "oneOf" in schema || "allOf" in schema;
  if (types.length === 0 && !composed && !("enum" in schema) && !("const" in schema)) {
    errors.push(new SpecError(pointer, `a schema without "type" (one that accepts anything) is not supported`));
  }
  if (composed && types.length > 0) {
    errors.push(new SpecError(pointer, `"type" beside "anyOf"/"oneOf"/"allOf" is not supported; put it inside`));
  }
}

function checkEnum(schema: Record<string, unknown>, pointer: string, errors: SpecError[]): void {
  const values = "enum" in schema ? schema["enum"] : "const" in schema ? [schema["const"]] : undefined;
  if (values === undefined) return;
  const at = childPointer(pointer, "enum" in schema ? "enum" : "const");
  if (!Array.isArray(values) || values.length === 0) {
    errors.push(new SpecError(at, "expected a non-empty list of values"));
    return;
  }
  for (const value of values) {
    const scalar = value === null || typeof value === "string" || typeof value === "boolean" || Number.isFinite(value);
    if (!scalar) errors.push(new SpecError(at, `only string, number, boolean and null values are supported, found ${JSON.stringify(value)}`));
  }
  if (values.every((value) => value === null)) errors.push(new SpecError(at, "a schema that only allows null is not supported"));
}

function checkNullableUnion(document: Record<string, unknown>, members: unknown, pointer: string, errors: SpecError[]): void {
  const isNull = (member: unknown) => isObject(member) && member["type"] === "null" && Object.keys(member).length === 1;
  if (!Array.isArray(members) || members.filter((member) => !isNull(member)).length !== 1) {
    errors.push(new SpecError(pointer, "only a union of one schema with {type: null} (a nullable value) is supported"));
    return;
  }
  members.forEach((member, index) => {
    if (!isNull(member)) checkSchema(document, member, childPointer(pointer, index), errors);
  });
}

/**
 * `allOf` of one schema is how OpenAPI 3.0 makes a reference nullable (`nullable: true` beside a
 * `$ref` is ignored there); anything longer is an intersection, which is not supported.
 */
function checkSingleAllOf(document: Record<string, unknown>, members: unknown, pointer: string, errors: SpecError[]): void {
  if (!Array.isArray(members) || members.length !== 1) {
    errors.push(new SpecError(pointer, "only allOf of a single schema (OpenAPI 3.0's nullable reference) is supported"));
    return;
  }
  checkSchema(document, members[0], childPointer(pointer, 0), errors);
}

function checkProperties(document: Record<string, unknown>, schema: Record<string, unknown>, pointer: string, errors: SpecError[]): void {
  const properties = schema["properties"] ?? {};
  if (!isObject(properties)) {
    errors.push(new SpecError(childPointer(pointer, "properties"), "expected an object of schemas"));
    return;
  }
  for (const [name, property] of Object.entries(properties)) {
    const at = childPointer(childPointer(pointer, "properties"), name);
    if (name.includes("\u0000")) errors.push(new SpecError(at, "a property name containing the NUL character is not supported"));
    checkSchema(document, property, at, errors);
  }
  const required = schema["required"] ?? [];
  if (!Array.isArray(required) || !required.every((name) => typeof name === "string")) {
    errors.push(new SpecError(childPointer(pointer, "required"), "expected a list of property names"));
  } else {
    for (const name of required) {
      if (!Object.hasOwn(properties, name)) {
        errors.push(new SpecError(childPointer(pointer, "required"), `"${name}" is required but not declared under "properties"`));
      }
    }
  }
  const extra = schema["additionalProperties"];
  if (isObject(extra)) checkSchema(document, extra, childPointer(pointer, "additionalProperties"), errors);
  else if (extra !== undefined && typeof extra !== "boolean") {
    errors.push(new SpecError(childPointer(pointer, "additionalProperties"), "expected a boolean or a schema"));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
