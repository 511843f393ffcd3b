import { camelPropertyName, pascalCase } from "./naming.js";
import type { NamedSchema, ObjectNode, Property, SchemaNode } from "./schema-model.js";
import { SpecError, SpecErrors } from "./spec-error.js";

/**
 * How models are named: `wire` keeps the spec's property names (as the official SDK does); `camel`
 * renames them to camelCase (`page_size` -> `pageSize`) and adds a `...Wire` type for the shape
 * on the wire, with generated maps between the two.
 */
export type NamingMode = "wire" | "camel";

export interface ModelNaming {
  mode: NamingMode;
  /** The model type of a schema. */
  typeName(schemaName: string): string;
  /** The type of a schema's wire shape: the model type itself in `wire` naming. */
  wireTypeName(schemaName: string): string;
  /** A property's name in the model. */
  propertyName(property: Property): string;
}

export function modelNaming(mode: NamingMode, schemas: ReadonlyArray<NamedSchema>): ModelNaming {
  const typeNames = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const { name } of schemas) {
    const type = pascalCase(name);
    const owner = owners.get(type);
    if (owner !== undefined) {
      throw new SpecErrors([new SpecError(`#/components/schemas/${name}`, `its type name ${type} is already taken by schema ${JSON.stringify(owner)}`)]);
    }
    owners.set(type, name);
    typeNames.set(name, type);
  }
  const typeName = (schemaName: string) => typeNames.get(schemaName) ?? pascalCase(schemaName);
  if (mode === "wire") return { mode, typeName, wireTypeName: typeName, propertyName: (property) => property.name };

  const errors: SpecError[] = [];
  for (const { schema } of schemas) forEachObject(schema, (node) => errors.push(...camelCollisions(node)));
  if (errors.length > 0) throw new SpecErrors(errors);
  return {
    mode,
    typeName,
    wireTypeName: (schemaName) => `${typeName(schemaName)}Wire`,
    propertyName: (property) => camelPropertyName(property.name),
  };
}

/** Two wire names with one camelCase name would become one model property; refuse, naming both. */
function camelCollisions(node: ObjectNode): SpecError[] {
  const byCamel = new Map<string, string>();
  const errors: SpecError[] = [];
  for (const property of node.properties) {
    const camel = camelPropertyName(property.name);
    const other = byCamel.get(camel);
    if (other !== undefined) {
      errors.push(
        new SpecError(
          `${node.pointer}/properties`,
          `properties ${JSON.stringify(other)} and ${JSON.stringify(property.name)} would both be named ${JSON.stringify(camel)} in the camelCase model`,
        ),
      );
    }
    byCamel.set(camel, property.name);
  }
  return errors;
}

/** Calls `visit` for every object schema inside `node`, inline ones included. */
export function forEachObject(node: SchemaNode, visit: (object: ObjectNode) => void): void {
  switch (node.kind) {
    case "object":
      visit(node);
      for (const property of node.properties) forEachObject(property.schema, visit);
      if (node.extraKeys.kind === "map") forEachObject(node.extraKeys.schema, visit);
      return;
    case "array":
      return forEachObject(node.items, visit);
    case "nullable":
      return forEachObject(node.inner, visit);
    default:
      return;
  }
}
