import type { NamedSchema, NumericConstraints, SchemaNode } from "./schema-model.js";

/**
 * Words for schemas: what an error message says was expected, the type column of the model doc,
 * and the constraint tags of TSDoc. Kept in one place so that errors, docs and comments agree.
 */

export type SchemaLookup = (name: string) => NamedSchema;

/** `a non-negative safe integer`, `one of "standard", "priority"`, `an object or null`. */
export function expectedText(node: SchemaNode, lookup: SchemaLookup): string {
  switch (node.kind) {
    case "integer":
      return node.minimum === 0 && hasOnlyMinimum(node) ? "a non-negative safe integer" : numericText("a safe integer", node);
    case "number":
      return numericText("a finite number", node);
    case "string":
      return `a string${lengthText(node.minLength, node.maxLength, "character")}`;
    case "boolean":
      return "a boolean";
    case "literal":
      return node.values.length === 1 ? JSON.stringify(node.values[0]) : `one of ${node.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "array":
      return `an array${lengthText(node.minItems, node.maxItems, "item")}`;
    case "object":
      return "an object";
    case "ref":
      return expectedText(lookup(node.target).schema, lookup);
    case "nullable":
      return `${expectedText(node.inner, lookup)} or null`;
  }
}

function hasOnlyMinimum(bounds: NumericConstraints): boolean {
  return bounds.maximum === undefined && bounds.exclusiveMinimum === undefined && bounds.exclusiveMaximum === undefined;
}

function numericText(base: string, bounds: NumericConstraints): string {
  const parts: string[] = [];
  if (bounds.minimum !== undefined) parts.push(`>= ${bounds.minimum}`);
  if (bounds.exclusiveMinimum !== undefined) parts.push(`> ${bounds.exclusiveMinimum}`);
  if (bounds.maximum !== undefined) parts.push(`<= ${bounds.maximum}`);
  if (bounds.exclusiveMaximum !== undefined) parts.push(`< ${bounds.exclusiveMaximum}`);
  return parts.length === 0 ? base : `${base} ${parts.join(" and ")}`;
}

function lengthText(min: number | undefined, max: number | undefined, unit: string): string {
  const plural = (n: number) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (min !== undefined && max !== undefined) return min === max ? ` of exactly ${plural(min)}` : ` of ${min} to ${plural(max)}`;
  if (min !== undefined) return ` of at least ${plural(min)}`;
  if (max !== undefined) return ` of at most ${plural(max)}`;
  return "";
}

/** The TypeScript type of a schema as the model doc shows it (`number \| null` is escaped by the doc emitter). */
export function typeText(node: SchemaNode, typeName: (schemaName: string) => string): string {
  switch (node.kind) {
    case "integer":
    case "number":
      return "number";
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "literal":
      return node.values.map((value) => JSON.stringify(value)).join(" | ");
    case "array": {
      const items = typeText(node.items, typeName);
      return node.items.kind === "nullable" || node.items.kind === "literal" ? `Array<${items}>` : `${items}[]`;
    }
    case "object":
      return node.extraKeys.kind === "map" && node.properties.length === 0
        ? `Record<string, ${typeText(node.extraKeys.schema, typeName)}>`
        : "object";
    case "ref":
      return typeName(node.target);
    case "nullable":
      return `${typeText(node.inner, typeName)} | null`;
  }
}

/** The schema's type in the spec's words, as the reference doc's Type column shows it: `integer`, `array of string`. */
export function specTypeText(node: SchemaNode): string {
  switch (node.kind) {
    case "literal":
      return "enum";
    case "array":
      return `array of ${specTypeText(node.items)}`;
    case "ref":
      return `[${node.target}](${node.target}.md)`;
    case "nullable":
      return specTypeText(node.inner);
    default:
      return node.kind;
  }
}

/** Constraint tags for TSDoc and the docs' constraint column, in a fixed order: `["@minimum 0"]`. */
export function constraintTags(node: SchemaNode): string[] {
  const target = node.kind === "nullable" ? node.inner : node;
  const tags: string[] = [];
  const add = (tag: string, value: unknown) => {
    if (value !== undefined) tags.push(`@${tag} ${typeof value === "string" ? value : JSON.stringify(value)}`);
  };
  if ("format" in target) add("format", target.format);
  if (target.kind === "integer" || target.kind === "number") {
    add("minimum", target.minimum);
    add("exclusiveMinimum", target.exclusiveMinimum);
    add("maximum", target.maximum);
    add("exclusiveMaximum", target.exclusiveMaximum);
  }
  if (target.kind === "string") {
    add("minLength", target.minLength);
    add("maxLength", target.maxLength);
  }
  if (target.kind === "array") {
    add("minItems", target.minItems);
    add("maxItems", target.maxItems);
  }
  return tags;
}
