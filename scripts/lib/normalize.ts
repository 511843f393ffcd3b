import type { IR } from "@hey-api/openapi-ts";
import type { Docs, ExtraKeys, NamedSchema, NumericConstraints, Property, SchemaNode } from "./schema-model.js";
import { childPointer, SpecError, valueAtPointer } from "./spec-error.js";

const SCHEMAS_POINTER = "#/components/schemas";

/**
 * Turns hey-api's IR into the generator's schema model. The IR already folds the three spellings of
 * "nullable" (`type: [X, "null"]`, `anyOf: [X, {type: null}]`, 3.0 `nullable: true`) into one union and
 * reads 3.0 and 3.1 alike; this step names the shapes the emitters handle and attaches to every node
 * the pointer of its place in the raw document, which is why the raw document comes along.
 */
export function normalizeSchemas(schemas: Record<string, IR.SchemaObject>, document: unknown): NamedSchema[] {
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    schema: normalize(schema, childPointer(SCHEMAS_POINTER, name), document),
  }));
}

function normalize(ir: IR.SchemaObject, pointer: string, document: unknown): SchemaNode {
  const raw = valueAtPointer(document, pointer) as Record<string, unknown> | undefined;
  const node = normalizeNode(ir, pointer, raw, document);
  // OpenAPI 3.0's `nullable: true` allows null even beside an `enum` that does not list it; the IR
  // drops it there, so the raw keyword decides.
  if (raw?.["nullable"] === true && node.kind !== "nullable") {
    return { kind: "nullable", pointer, docs: node.docs, inner: { ...node, docs: {} } };
  }
  return node;
}

function normalizeNode(ir: IR.SchemaObject, pointer: string, raw: Record<string, unknown> | undefined, document: unknown): SchemaNode {
  const docs = readDocs(ir);

  if (ir.$ref !== undefined) {
    if (!ir.$ref.startsWith(`${SCHEMAS_POINTER}/`)) throw unsupported(pointer, `the reference ${ir.$ref}`);
    const target = decodeSegment(ir.$ref.slice(SCHEMAS_POINTER.length + 1));
    return { kind: "ref", pointer, docs, target };
  }
  if (ir.logicalOperator === "and") throw unsupported(pointer, "allOf");

  if (ir.type === "enum" || ir.const !== undefined) {
    const items = ir.type === "enum" ? (ir.items ?? []) : [ir];
    const values = items.map((item) => item.const);
    const scalars = values.filter((value): value is string | number | boolean => value !== null);
    if (!values.includes(null)) return { kind: "literal", pointer, docs, values: scalars };
    return { kind: "nullable", pointer, docs, inner: { kind: "literal", pointer, docs: {}, values: scalars } };
  }

  if (ir.items !== undefined && ir.type !== "array") {
    const members = ir.items.filter((item) => item.type !== "null");
    if (members.length !== 1) throw unsupported(pointer, "a union of several schemas");
    const memberPointer = unionMemberPointer(raw, pointer);
    // `type: [X, "null"]` and 3.0's `nullable: true` keep X at this same pointer: normalise it as a
    // node here, without reading this pointer's `nullable` again.
    const inner =
      memberPointer === pointer ? normalizeNode(members[0]!, pointer, raw, document) : normalize(members[0]!, memberPointer, document);
    if (members.length === ir.items.length) return { ...inner, docs: { ...inner.docs, ...docs } };
    return { kind: "nullable", pointer, docs, inner };
  }

  switch (ir.type) {
    case "integer":
    case "number":
      return { kind: ir.type, pointer, docs, ...numericConstraints(ir), ...optional("format", ir.format) };
    case "string":
      return {
        kind: "string",
        pointer,
        docs,
        ...optional("format", ir.format),
        ...optional("minLength", ir.minLength),
        ...optional("maxLength", ir.maxLength),
      };
    case "boolean":
      return { kind: "boolean", pointer, docs };
    case "array": {
      const items = ir.items ?? [];
      if (items.length !== 1) throw unsupported(pointer, "a tuple or an array without item schema");
      return {
        kind: "array",
        pointer,
        docs,
        items: normalize(items[0]!, childPointer(pointer, "items"), document),
        ...optional("minItems", ir.minItems),
        ...optional("maxItems", ir.maxItems),
      };
    }
    case "object":
      return { kind: "object", pointer, docs, properties: readProperties(ir, pointer, document), extraKeys: readExtraKeys(ir, pointer, document) };
    default:
      throw unsupported(pointer, `a schema of type ${JSON.stringify(ir.type ?? "unknown")}`);
  }
}

function readProperties(ir: IR.SchemaObject, pointer: string, document: unknown): Property[] {
  const required = new Set(ir.required ?? []);
  return Object.entries(ir.properties ?? {}).map(([name, schema]) => ({
    name,
    required: required.has(name),
    schema: normalize(schema, childPointer(childPointer(pointer, "properties"), name), document),
  }));
}

function readExtraKeys(ir: IR.SchemaObject, pointer: string, document: unknown): ExtraKeys {
  const extra = ir.additionalProperties;
  if (extra === undefined || (extra !== false && extra.type === "unknown")) return { kind: "keep" };
  if (extra === false || extra.type === "never") return { kind: "none" };
  return { kind: "map", schema: normalize(extra, childPointer(pointer, "additionalProperties"), document) };
}

/** The pointer of the non-null member of an `anyOf`/`oneOf`; the schema's own for `type: [X, "null"]`. */
function unionMemberPointer(raw: Record<string, unknown> | undefined, pointer: string): string {
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const members = raw?.[keyword];
    if (Array.isArray(members)) {
      const index = members.findIndex((member) => (member as { type?: unknown }).type !== "null");
      return childPointer(childPointer(pointer, keyword), index);
    }
  }
  return pointer;
}

function numericConstraints(ir: IR.SchemaObject): NumericConstraints {
  // OpenAPI 3.0 spells an exclusive bound as `minimum: 5, exclusiveMinimum: true`; 3.1 as `exclusiveMinimum: 5`.
  const raw = ir as { exclusiveMinimum?: number | boolean; exclusiveMaximum?: number | boolean };
  const bounds: NumericConstraints = {};
  if (raw.exclusiveMinimum === true && ir.minimum !== undefined) bounds.exclusiveMinimum = ir.minimum;
  else {
    if (ir.minimum !== undefined) bounds.minimum = ir.minimum;
    if (typeof raw.exclusiveMinimum === "number") bounds.exclusiveMinimum = raw.exclusiveMinimum;
  }
  if (raw.exclusiveMaximum === true && ir.maximum !== undefined) bounds.exclusiveMaximum = ir.maximum;
  else {
    if (ir.maximum !== undefined) bounds.maximum = ir.maximum;
    if (typeof raw.exclusiveMaximum === "number") bounds.exclusiveMaximum = raw.exclusiveMaximum;
  }
  return bounds;
}

function readDocs(ir: IR.SchemaObject): Docs {
  return {
    ...optional("title", ir.title),
    ...optional("description", ir.description),
    ...(ir.deprecated === true ? { deprecated: true } : {}),
    ...optional("default", ir.default as unknown),
    ...optional("example", ir.example as unknown),
  };
}

/** `{ [key]: value }` when the value is present, `{}` otherwise: keeps absent keys absent. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function decodeSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

function unsupported(pointer: string, what: string): SpecError {
  return new SpecError(pointer, `${what} is not supported`);
}
