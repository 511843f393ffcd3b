import type { NamedSchema, SchemaNode } from "./schema-model.js";

/**
 * An example value for a schema: the spec's own `example` where it gives one, otherwise the smallest
 * value that satisfies the schema's constraints. The model docs show it; tests check it parses.
 */
export function exampleValue(node: SchemaNode, lookup: (name: string) => NamedSchema, depth = 0): unknown {
  if (node.docs.example !== undefined) return node.docs.example;
  switch (node.kind) {
    case "integer":
    case "number":
      return smallestNumber(node);
    case "string":
      return "text".padEnd(node.minLength ?? 0, "x").slice(0, node.maxLength ?? Infinity);
    case "boolean":
      return true;
    case "literal":
      return node.values[0];
    case "nullable":
      return exampleValue(node.inner, lookup, depth);
    case "array":
      return Array.from({ length: Math.max(node.minItems ?? 1, 1) }, () => exampleValue(node.items, lookup, depth + 1)).slice(
        0,
        node.maxItems ?? Infinity,
      );
    case "ref":
      // A recursive reference stops at the first level it would repeat.
      return depth > 3 ? null : exampleValue(lookup(node.target).schema, lookup, depth + 1);
    case "object": {
      const value: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (!property.required && depth > 0) continue;
        const example = exampleValue(property.schema, lookup, depth + 1);
        if (example !== null || property.schema.kind === "nullable") value[property.name] = example;
      }
      return value;
    }
  }
}

function smallestNumber(node: { kind: "integer" | "number"; minimum?: number; exclusiveMinimum?: number; maximum?: number; exclusiveMaximum?: number }): number {
  const step = node.kind === "integer" ? 1 : 0.5;
  let value = node.minimum ?? (node.exclusiveMinimum === undefined ? 0 : node.exclusiveMinimum + step);
  if (node.kind === "integer") value = Math.ceil(value);
  if (node.maximum !== undefined && value > node.maximum) value = node.maximum;
  return value;
}
