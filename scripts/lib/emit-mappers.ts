import type { SchemaLookup } from "./describe-schema.js";
import type { ModuleContext } from "./emit-module.js";
import type { ModelNaming } from "./model-naming.js";
import { lowerFirst, pascalCase, propertyAccess } from "./naming.js";
import type { NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";

/** `fromWire` turns checked wire data into the model; `toWire` turns a model into wire data to check. */
export type Direction = "fromWire" | "toWire";

const MAPPER_PARAMETERS = "value: unknown, path: JsonPath, issues: ValidationIssue[]";

/**
 * Emits the maps between the wire shape and a renamed (camelCase) model: one function per object
 * schema and direction, which copies the object with its known keys renamed, maps nested objects and
 * arrays, and copies every unknown key unchanged under its wire name.
 *
 * `fromWire` runs on data the check has passed, so it never finds anything to report. `toWire` runs
 * on a caller's model before the check: it leaves anything of the wrong shape as it is for the check
 * to report, and refuses a key that is a wire name where the model has its own name for it, since the
 * wire object would otherwise get that key twice.
 */
export class MapperEmitter {
  private readonly named = new Map<string, { fromWire: string; toWire: string }>();
  private readonly inline = new Map<ObjectNode, { fromWire: string; toWire: string }>();

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
      const base = lowerFirst(this.naming.typeName(name));
      this.named.set(name, {
        fromWire: this.module.functionNames.claim(`${base}FromWire`),
        toWire: this.module.functionNames.claim(`${base}ToWire`),
      });
    }
  }

  /** Emits both mappers of every object schema. */
  emitNamed(named: NamedSchema): void {
    const names = this.named.get(named.name);
    if (names === undefined || named.schema.kind !== "object") return;
    for (const direction of ["fromWire", "toWire"] as const) this.emitObject(names[direction], named.schema, direction, lowerFirst(this.naming.typeName(named.name)));
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
  mapperOfNamed(schemaName: string, direction: Direction): string | undefined {
    if (!this.renaming.has(schemaName)) return undefined;
    const names = this.named.get(schemaName);
    if (names !== undefined) return names[direction];
    return this.mapperOf(this.lookup(schemaName).schema, direction, lowerFirst(this.naming.typeName(schemaName)), new Set([schemaName]));
  }

  /**
   * The mapper expression for values of `node`, or `undefined` where values pass unchanged (scalars,
   * and arrays or references that hold no object).
   */
  mapperOf(node: SchemaNode, direction: Direction, helper: string, seen: ReadonlySet<string> = new Set()): string | undefined {
    switch (node.kind) {
      case "nullable":
        // Mappers pass `null` (and anything else that is not an object) through unchanged.
        return this.mapperOf(node.inner, direction, helper, seen);
      case "array": {
        const items = this.mapperOf(node.items, direction, `${helper}Item`, seen);
        if (items === undefined) return undefined;
        this.module.use("mapArray");
        return `mapArray(${items})`;
      }
      case "ref": {
        if (!this.renaming.has(node.target)) return undefined;
        const names = this.named.get(node.target);
        if (names !== undefined) return names[direction];
        // A named array (or alias) maps as its schema does; `seen` stops a schema that contains itself.
        if (seen.has(node.target)) return undefined;
        return this.mapperOf(this.lookup(node.target).schema, direction, helper, new Set([...seen, node.target]));
      }
      case "object": {
        if (!this.renames(node)) return undefined;
        let names = this.inline.get(node);
        if (names === undefined) {
          names = { fromWire: this.module.functionNames.claim(`${helper}FromWire`), toWire: this.module.functionNames.claim(`${helper}ToWire`) };
          this.inline.set(node, names);
          for (const each of ["fromWire", "toWire"] as const) this.emitObject(names[each], node, each, helper);
        }
        return names[direction];
      }
      default:
        return undefined;
    }
  }

  private emitObject(name: string, node: ObjectNode, direction: Direction, helper: string): void {
    const place = this.module.reserveFunction();
    this.module.use("isJsonObject", "setOwnProperty");
    this.module.useType("JsonObject", "JsonPath", "ValidationIssue");
    const cases: string[] = [];
    for (const property of node.properties) {
      const modelName = this.naming.propertyName(property);
      const [from, to] = direction === "fromWire" ? [property.name, modelName] : [modelName, property.name];
      const mapper = this.mapperOf(property.schema, direction, `${helper}${pascalCase(property.name)}`);
      if (from === to && mapper === undefined) continue;
      cases.push(`case ${JSON.stringify(from)}:\n${this.assign(to, mapper, "key")}break;`);
      if (direction === "toWire" && from !== to && !node.properties.some((other) => this.naming.propertyName(other) === property.name)) {
        this.module.use("addIssue");
        const expected = JSON.stringify(`no such key in the model: it is the wire name of ${JSON.stringify(modelName)}`);
        cases.push(`case ${JSON.stringify(property.name)}:\naddIssue(issues, path, key, ${expected}, item);\nbreak;`);
      }
    }
    const extra = node.extraKeys.kind === "map" ? this.mapperOf(node.extraKeys.schema, direction, `${helper}Value`) : undefined;
    const fallback = extra === undefined ? "setOwnProperty(out, key, item);\n" : this.setWithMapper(extra);
    const loopBody = cases.length === 0 ? fallback : `switch (key) {\n${cases.join("\n")}\ndefault:\n${fallback}}\n`;
    place(
      `function ${name}(${MAPPER_PARAMETERS}): unknown {\n` +
        "if (!isJsonObject(value)) return value;\n" +
        "const out: JsonObject = {};\n" +
        `for (const key of Object.keys(value)) {\nconst item = value[key];\n${loopBody}}\n` +
        "return out;\n}\n",
    );
  }

  /** `out.name = item;` or, for a value that needs mapping, the mapped item. */
  private assign(to: string, mapper: string | undefined, key: string): string {
    let value = "item";
    if (mapper !== undefined) {
      this.module.use("mapProperty");
      value = `mapProperty(item, path, ${key}, issues, ${mapper})`;
    }
    // Assigning to `__proto__` would replace the prototype instead of adding a key.
    return to === "__proto__" ? `setOwnProperty(out, "__proto__", ${value});\n` : `${propertyAccess("out", to)} = ${value};\n`;
  }

  private setWithMapper(mapper: string): string {
    this.module.use("mapProperty");
    return `setOwnProperty(out, key, mapProperty(item, path, key, issues, ${mapper}));\n`;
  }
}
