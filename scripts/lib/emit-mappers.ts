import type { SchemaLookup } from "./describe-schema.js";
import type { ModuleContext } from "./emit-module.js";
import type { ModelNaming } from "./model-naming.js";
import { lowerFirst, pascalCase, propertyAccess } from "./naming.js";
import type { NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";



/**
 * Emits the map from the wire shape to a renamed (camelCase) model: one function per object schema
 * that needs it, which copies the object with its known keys renamed, maps nested objects and arrays,
 * and copies every unknown key unchanged under its wire name. It runs on data the check has passed.
 * The other direction needs no map: the generated writers read model names and write wire names.
 */
export class MapperEmitter {
  private readonly named = new Map<string, string>();
  private readonly inline = new Map<ObjectNode, string>();

  constructor(
    private readonly module: ModuleContext,
    private readonly naming: ModelNaming,
    private readonly lookup: SchemaLookup,
  ) {}

  /** Named schemas whose values need mapping: those that rename a key, here or anywhere inside. */
  private readonly renaming = new Set<string>();

  /**
   * Finds the schemas that need mapping, then claims their mapper names, so references resolve in any
   * order. Values of every other schema are the same in the model and on the wire and pass unchanged.
   */
  reserve(schemas: ReadonlyArray<NamedSchema>): void {
    // A schema needs mapping when it renames a key or refers to one that does; references can form
    // cycles, so this grows the set until it stops changing.
    for (let grew = true; grew; ) {
      grew = false;
      for (const { name, schema } of schemas) {
        if (!this.renaming.has(name) && this.renames(schema)) {
          this.renaming.add(name);
          grew = true;
        }
      }
    }
    for (const { name, schema } of schemas) {
      if (schema.kind !== "object" || !this.renaming.has(name)) continue;
      this.named.set(name, this.module.functionNames.claim(`${lowerFirst(this.naming.typeName(name))}FromWire`));
    }
  }

  /** Emits the mapper of an object schema that needs one. */
  emitNamed(named: NamedSchema): void {
    const name = this.named.get(named.name);
    if (name !== undefined && named.schema.kind === "object") this.emitObject(name, named.schema, lowerFirst(this.naming.typeName(named.name)));
  }

  /** Whether values of `node` differ between model and wire, given what is known of named schemas. */
  private renames(node: SchemaNode): boolean {
    switch (node.kind) {
      case "nullable":
        return this.renames(node.inner);
      case "array":
        return this.renames(node.items);
      case "ref":
        return this.renaming.has(node.target);
      case "object":
        return (
          node.properties.some((property) => this.naming.propertyName(property) !== property.name || this.renames(property.schema)) ||
          (node.extraKeys.kind === "map" && this.renames(node.extraKeys.schema))
        );
      default:
        return false;
    }
  }

  /** The mapper of a named schema's values, or `undefined` where they pass unchanged. */
  mapperOfNamed(schemaName: string): string | undefined {
    if (!this.renaming.has(schemaName)) return undefined;
    return this.named.get(schemaName) ?? this.mapperOf(this.lookup(schemaName).schema, lowerFirst(this.naming.typeName(schemaName)), new Set([schemaName]));
  }

  /**
   * The mapper expression for values of `node`, or `undefined` where values pass unchanged (scalars,
   * and arrays or references that hold no object).
   */
  mapperOf(node: SchemaNode, helper: string, seen: ReadonlySet<string> = new Set()): string | undefined {
    switch (node.kind) {
      case "nullable":
        // Mappers pass `null` (and anything else that is not an object) through unchanged.
        return this.mapperOf(node.inner, helper, seen);
      case "array": {
        const items = this.mapperOf(node.items, `${helper}Item`, seen);
        if (items === undefined) return undefined;
        this.module.use("mapArray");
        return `mapArray(${items})`;
      }
      case "ref": {
        if (!this.renaming.has(node.target)) return undefined;
        const name = this.named.get(node.target);
        if (name !== undefined) return name;
        // A named array (or alias) maps as its schema does; `seen` stops a schema that contains itself.
        if (seen.has(node.target)) return undefined;
        return this.mapperOf(this.lookup(node.target).schema, helper, new Set([...seen, node.target]));
      }
      case "object": {
        if (!this.renames(node)) return undefined;
        let name = this.inline.get(node);
        if (name === undefined) {
          name = this.module.functionNames.claim(`${helper}FromWire`);
          this.inline.set(node, name);
          this.emitObject(name, node, helper);
        }
        return name;
      }
      default:
        return undefined;
    }
  }

  private emitObject(name: string, node: ObjectNode, helper: string): void {
    const place = this.module.reserveFunction();
    this.module.use("isJsonObject", "setOwnProperty");
    this.module.useType("JsonObject");
    const cases: string[] = [];
    for (const property of node.properties) {
      const modelName = this.naming.propertyName(property);
      const mapper = this.mapperOf(property.schema, `${helper}${pascalCase(property.name)}`);
      if (property.name === modelName && mapper === undefined) continue;
      cases.push(`case ${JSON.stringify(property.name)}:\n${this.assign(modelName, mapper)}break;`);
    }
    const extra = node.extraKeys.kind === "map" ? this.mapperOf(node.extraKeys.schema, `${helper}Value`) : undefined;
    const fallback = extra === undefined ? "setOwnProperty(out, key, item);\n" : this.setWithMapper(extra);
    const loopBody = cases.length === 0 ? fallback : `switch (key) {\n${cases.join("\n")}\ndefault:\n${fallback}}\n`;
    place(
      `function ${name}(value: unknown): unknown {\n` +
        "if (!isJsonObject(value)) return value;\n" +
        "const out: JsonObject = {};\n" +
        `for (const key of Object.keys(value)) {\nconst item = value[key];\n${loopBody}}\n` +
        "return out;\n}\n",
    );
  }

  /** `out.name = item;` or, for a value that needs mapping, the mapped item. */
  private assign(to: string, mapper: string | undefined): string {
    const value = mapper === undefined ? "item" : `${mapper}(item)`;
    // Assigning to `__proto__` would replace the prototype instead of adding a key, and TypeScript
    // types `out.toString` and the like as Object's methods.
    return to in Object.prototype ? `setOwnProperty(out, ${JSON.stringify(to)}, ${value});\n` : `${propertyAccess("out", to)} = ${value};\n`;
  }

  private setWithMapper(mapper: string): string {
    return `setOwnProperty(out, key, ${mapper}(item));\n`;
  }
}
