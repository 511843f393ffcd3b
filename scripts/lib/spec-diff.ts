import type { Docs, NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";
import { childPointer } from "./spec-error.js";

/**
 * What a spec change does to consumers of the generated models, change by change:
 * - breaking: data the old model accepted may now be refused, or a field it had is gone;
 * - additive: the new model accepts everything the old one did, and more;
 * - docs-only: only documentation changed.
 * The comparison runs on the normalised schema model, so respelling a schema (3.0 `nullable` as
 * 3.1 `type: [X, "null"]`, say) is no change at all.
 */
export type Impact = "breaking" | "additive" | "docs-only";

export interface Change {
  impact: Impact;
  pointer: string;
  what: string;
}

export function diffSchemas(before: ReadonlyArray<NamedSchema>, after: ReadonlyArray<NamedSchema>): Change[] {
  const changes: Change[] = [];
  const afterByName = new Map(after.map((named) => [named.name, named]));
  const beforeNames = new Set(before.map((named) => named.name));
  for (const old of before) {
    const current = afterByName.get(old.name);
    const pointer = childPointer("#/components/schemas", old.name);
    if (current === undefined) changes.push({ impact: "breaking", pointer, what: "schema removed" });
    else compare(old.schema, current.schema, pointer, changes);
  }
  for (const added of after) {
    if (!beforeNames.has(added.name)) changes.push({ impact: "additive", pointer: childPointer("#/components/schemas", added.name), what: "schema added" });
  }
  return changes;
}

function compare(before: SchemaNode, after: SchemaNode, pointer: string, changes: Change[]): void {
  compareDocs(before.docs, after.docs, pointer, changes);
  const wasNullable = before.kind === "nullable";
  const isNullable = after.kind === "nullable";
  if (wasNullable && !isNullable) changes.push({ impact: "breaking", pointer, what: "no longer nullable" });
  if (!wasNullable && isNullable) changes.push({ impact: "additive", pointer, what: "now nullable" });
  const old = before.kind === "nullable" ? before.inner : before;
  const current = after.kind === "nullable" ? after.inner : after;
  if (old.kind !== current.kind) {
    const widened = (old.kind === "integer" && current.kind === "number") || (old.kind === "literal" && current.kind === "string" && old.values.every((v) => typeof v === "string"));
    changes.push({ impact: widened ? "additive" : "breaking", pointer, what: `type changed from ${describeKind(old)} to ${describeKind(current)}` });
    return;
  }
  switch (old.kind) {
    case "integer":
    case "number": {
      const next = current as typeof old;
      bound(lower(old), lower(next), "lower bound", pointer, changes, (a, b) => a > b);
      bound(upper(old), upper(next), "upper bound", pointer, changes, (a, b) => a < b);
      return;
    }
    case "string": {
      const next = current as typeof old;
      bound(old.minLength, next.minLength, "minLength", pointer, changes, (a, b) => a > b);
      bound(old.maxLength, next.maxLength, "maxLength", pointer, changes, (a, b) => a < b);
      return;
    }
    case "literal": {
      const next = current as typeof old;
      for (const value of old.values) if (!next.values.includes(value)) changes.push({ impact: "breaking", pointer, what: `value ${JSON.stringify(value)} removed` });
      for (const value of next.values) if (!old.values.includes(value)) changes.push({ impact: "additive", pointer, what: `value ${JSON.stringify(value)} added` });
      return;
    }
    case "array": {
      const next = current as typeof old;
      bound(old.minItems, next.minItems, "minItems", pointer, changes, (a, b) => a > b);
      bound(old.maxItems, next.maxItems, "maxItems", pointer, changes, (a, b) => a < b);
      compare(old.items, next.items, childPointer(pointer, "items"), changes);
      return;
    }
    case "ref": {
      const next = current as typeof old;
      if (old.target !== next.target) changes.push({ impact: "breaking", pointer, what: `refers to ${next.target} instead of ${old.target}` });
      return;
    }
    case "object":
      compareObjects(old, current as ObjectNode, pointer, changes);
      return;
    case "boolean":
      return;
  }
}

function compareObjects(before: ObjectNode, after: ObjectNode, pointer: string, changes: Change[]): void {
  const afterProperties = new Map(after.properties.map((property) => [property.name, property]));
  const properties = childPointer(pointer, "properties");
  for (const old of before.properties) {
    const at = childPointer(properties, old.name);
    const current = afterProperties.get(old.name);
    if (current === undefined) {
      changes.push({ impact: "breaking", pointer: at, what: "property removed" });
      continue;
    }
    if (!old.required && current.required) changes.push({ impact: "breaking", pointer: at, what: "now required" });
    if (old.required && !current.required) changes.push({ impact: "additive", pointer: at, what: "now optional" });
    compare(old.schema, current.schema, at, changes);
  }
  const beforeNames = new Set(before.properties.map((property) => property.name));
  for (const added of after.properties) {
    if (beforeNames.has(added.name)) continue;
    const at = childPointer(properties, added.name);
    changes.push(added.required ? { impact: "breaking", pointer: at, what: "required property added" } : { impact: "additive", pointer: at, what: "optional property added" });
  }
  const at = childPointer(pointer, "additionalProperties");
  const [old, current] = [before.extraKeys, after.extraKeys];
  const openness = { keep: 2, map: 1, none: 0 } as const;
  if (openness[old.kind] > openness[current.kind]) changes.push({ impact: "breaking", pointer: at, what: `tightened from ${old.kind} to ${current.kind}` });
  if (openness[old.kind] < openness[current.kind]) changes.push({ impact: "additive", pointer: at, what: `loosened from ${old.kind} to ${current.kind}` });
  if (old.kind === "map" && current.kind === "map") compare(old.schema, current.schema, at, changes);
}

/** A bound that rises (`tighter`) is breaking, one that relaxes or disappears is additive. */
function bound(before: number | undefined, after: number | undefined, name: string, pointer: string, changes: Change[], tighter: (a: number, b: number) => boolean): void {
  if (before === after) return;
  const narrowed = after !== undefined && (before === undefined || tighter(after, before));
  changes.push({ impact: narrowed ? "breaking" : "additive", pointer, what: `${name} ${before ?? "none"} -> ${after ?? "none"}` });
}

/** The smallest allowed value, as a number comparable across inclusive and exclusive bounds. */
function lower(node: { minimum?: number; exclusiveMinimum?: number }): number | undefined {
  if (node.minimum === undefined && node.exclusiveMinimum === undefined) return undefined;
  return Math.max(node.minimum ?? -Infinity, node.exclusiveMinimum === undefined ? -Infinity : node.exclusiveMinimum + Number.EPSILON * Math.max(1, Math.abs(node.exclusiveMinimum)));
}

function upper(node: { maximum?: number; exclusiveMaximum?: number }): number | undefined {
  if (node.maximum === undefined && node.exclusiveMaximum === undefined) return undefined;
  return Math.min(node.maximum ?? Infinity, node.exclusiveMaximum === undefined ? Infinity : node.exclusiveMaximum - Number.EPSILON * Math.max(1, Math.abs(node.exclusiveMaximum)));
}

function describeKind(node: SchemaNode): string {
  return node.kind === "literal" ? "enum" : node.kind === "ref" ? `a reference to ${node.target}` : node.kind;
}

function compareDocs(before: Docs, after: Docs, pointer: string, changes: Change[]): void {
  for (const key of ["title", "description", "deprecated", "default", "example"] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes.push({ impact: "docs-only", pointer, what: `${key} changed` });
  }
}
