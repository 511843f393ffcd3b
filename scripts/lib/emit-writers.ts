import { expectedText, type SchemaLookup } from "./describe-schema.js";
import { condition, readProperty, scalarText } from "./emit-conditions.js";
import type { ModuleContext } from "./emit-module.js";
import type { ModelNaming } from "./model-naming.js";
import { camelCase, NameScope, pascalCase } from "./naming.js";
import type { NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";

const WRITER_PARAMETERS = "value: unknown, path: JsonPath, issues: ValidationIssue[]";
const WRITER_LOCALS = ["value", "path", "issues", "expected", "out"];

/**
 * Emits the serializers: one function per object that checks a model and writes its JSON text in a
 * single pass, reading each property once. Known properties are written by straight-line string
 * building (their wire names precomputed), which is what makes ToJSON cheaper than JSON.stringify;
 * only unknown keys go through the generic copy-and-stringify of the runtime. In `camel` naming the
 * writer reads model names and writes wire names, so no intermediate wire object is built.
 */
export class WriterEmitter {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly module: ModuleContext,
    private readonly naming: ModelNaming,
    private readonly lookup: SchemaLookup,
  ) {
    module.useType("JsonPath", "ValidationIssue");
  }

  reserve(schemas: ReadonlyArray<NamedSchema>): void {
    for (const { name } of schemas) this.names.set(name, this.module.functionNames.claim(`write${this.naming.typeName(name)}`));
  }

  writerName(schemaName: string): string {
    return this.names.get(schemaName)!;
  }

  emitNamed(named: NamedSchema): void {
    this.emitWriter(this.writerName(named.name), named.schema);
  }

  private emitWriter(name: string, node: SchemaNode): void {
    const place = this.module.reserveFunction();
    const expected = JSON.stringify(expectedText(node, this.lookup));
    const scope = new NameScope(WRITER_LOCALS);
    const body =
      node.kind === "object"
        ? this.objectBody(node, name, scope)
        : `let out = "";\n${this.append(node, "value", undefined, "expected", '""', "out", name, scope)}return out;\n`;
    place(`function ${name}(${WRITER_PARAMETERS}, expected = ${expected}): string {\n${body}}\n`);
  }

  private objectBody(node: ObjectNode, functionName: string, scope: NameScope): string {
    this.module.use("isPlainObject", "addIssue");
    let body = 'if (!isPlainObject(value)) {\naddIssue(issues, path, undefined, expected, value);\nreturn "";\n}\nlet out = "";\n';
    for (const property of node.properties) {
      const modelName = this.naming.propertyName(property);
      const local = scope.claim(camelCase(modelName));
      const key = JSON.stringify(modelName);
      const expected = JSON.stringify(expectedText(property.schema, this.lookup));
      const prefix = JSON.stringify(`,${JSON.stringify(property.name)}:`);
      body += `const ${local} = ${readProperty(this.module, modelName)};\n`;
      const write = this.append(property.schema, local, key, expected, prefix, "out", `${functionName}${pascalCase(property.name)}`, scope);
      const missing = property.required ? ` else {\naddIssue(issues, path, ${key}, ${expected}, ${local});\n}` : "";
      body += `if (${local} !== undefined) {\n${write}}${missing}\n`;
    }
    body += this.extraKeys(node, functionName, scope);
    return `${body}return out === "" ? "{}" : "{" + out.slice(1) + "}";\n`;
  }

  /**
   * Keys the schema does not describe: written through the runtime's strict JSON writer (`keep`),
   * checked and written (`map`), or refused (`none`). In a renamed model, a key that is a described
   * property's wire name is refused: the output would hold that key twice.
   */
  private extraKeys(node: ObjectNode, functionName: string, scope: NameScope): string {
    const key = scope.claim("key");
    const item = scope.claim("item");
    const cases: string[] = node.properties.map((property) => `case ${JSON.stringify(this.naming.propertyName(property))}:`);
    let conflicts = "";
    const modelNames = new Set(node.properties.map((property) => this.naming.propertyName(property)));
    for (const property of node.properties) {
      const modelName = this.naming.propertyName(property);
      if (modelName === property.name || modelNames.has(property.name)) continue;
      const expected = JSON.stringify(`no such key in the model: it is the wire name of ${JSON.stringify(modelName)}`);
      conflicts += `case ${JSON.stringify(property.name)}:\naddIssue(issues, path, ${key}, ${expected}, value[${key}]);\ncontinue;\n`;
    }
    const skip = cases.length === 0 && conflicts === "" ? "" : `switch (${key}) {\n${cases.join("\n")}${cases.length > 0 ? "\ncontinue;\n" : ""}${conflicts}}\n`;
    const own = `if (!Object.hasOwn(value, ${key})) continue;\nconst ${item} = value[${key}];\nif (${item} === undefined) continue;\n`;
    let write: string;
    switch (node.extraKeys.kind) {
      case "keep":
        this.module.use("writeJsonValue");
        this.module.use("quoteJson");
        write = `out += "," + quoteJson(${key}) + ":" + writeJsonValue(${item}, path, ${key}, issues);\n`;
        break;
      case "none": {
        const names = node.properties.map((property) => this.naming.propertyName(property)).join(", ");
        const expected = JSON.stringify(names === "" ? "no property (the schema declares none)" : `no other property (the schema declares ${names})`);
        write = `addIssue(issues, path, ${key}, ${expected}, ${item});\n`;
        break;
      }
      case "map": {
        const expected = JSON.stringify(expectedText(node.extraKeys.schema, this.lookup));
        this.module.use("quoteJson");
        write = this.append(node.extraKeys.schema, item, key, expected, `"," + quoteJson(${key}) + ":"`, "out", `${functionName}Value`, scope);
        break;
      }
    }
    // for-in lists own keys first and skips symbols; enumerable keys inherited from a polluted
    // Object.prototype are dropped by the own-property test.
    return `for (const ${key} in value) {\n${skip}${own}${write}}\n`;
  }

  /**
   * Statements that check `v` (found at `path` plus `key`, or at `path` when `key` is `undefined`) and
   * append `prefix` and its JSON text to `sink`, or record an issue naming `expected`.
   */
  private append(node: SchemaNode, v: string, key: string | undefined, expected: string, prefix: string, sink: string, helper: string, scope: NameScope): string {
    const keyArg = key ?? "undefined";
    const fail = `addIssue(issues, path, ${keyArg}, ${expected}, ${v});\n`;
    const test = condition(this.module, node, v);
    if (test !== undefined) {
      this.module.use("addIssue");
      return `if (${test}) {\n${sink} += ${prefix} + ${scalarText(this.module, node, v)};\n} else {\n${fail}}\n`;
    }
    switch (node.kind) {
      case "nullable": {
        const writeNull = `if (${v} === null) {\n${sink} += ${concat(prefix, "null")};\n}`;
        const inner = condition(this.module, node.inner, v);
        if (inner !== undefined) {
          return `${writeNull} else if (${inner}) {\n${sink} += ${prefix} + ${scalarText(this.module, node.inner, v)};\n} else {\n${fail}}\n`;
        }
        return `${writeNull} else {\n${this.append(node.inner, v, key, expected, prefix, sink, helper, scope)}}\n`;
      }
      case "ref":
        return this.callWriter(this.writerName(node.target), this.lookup(node.target).schema, v, key, expected, prefix, sink);
      case "object": {
        const name = this.module.functionNames.claim(helper);
        this.emitWriter(name, node);
        return this.callWriter(name, node, v, key, expected, prefix, sink);
      }
      case "array": {
        this.module.use("addIssue");
        const index = scope.claim("i");
        const item = scope.claim("item");
        const items = scope.claim("items");
        const lengthTests = [
          ...(node.minItems === undefined ? [] : [`${v}.length < ${node.minItems}`]),
          ...(node.maxItems === undefined ? [] : [`${v}.length > ${node.maxItems}`]),
        ];
        const badLength = lengthTests.length === 0 ? "" : `if (${lengthTests.join(" || ")}) {\n${fail}}\n`;
        const itemExpected = JSON.stringify(expectedText(node.items, this.lookup));
        const itemWrite = this.append(node.items, item, index, itemExpected, `(${index} === 0 ? "" : ",")`, items, `${helper}Item`, scope);
        return (
          `if (!Array.isArray(${v})) {\n${fail}} else {\n${badLength}let ${items} = "";\n` +
          (key === undefined ? "" : `path.push(${key});\n`) +
          `for (let ${index} = 0; ${index} < ${v}.length; ${index}++) {\nconst ${item}: unknown = ${v}[${index}];\n${itemWrite}}\n` +
          (key === undefined ? "" : "path.pop();\n") +
          `${sink} += ${prefix} + "[" + ${items} + "]";\n}\n`
        );
      }
      default:
        throw new Error(`internal: no writer for ${node.kind}`);
    }
  }

  private callWriter(name: string, target: SchemaNode, v: string, key: string | undefined, expected: string, prefix: string, sink: string): string {
    const ownExpected = JSON.stringify(expectedText(target, this.lookup));
    const args = expected === ownExpected ? `${v}, path, issues` : `${v}, path, issues, ${expected}`;
    const write = `${sink} += ${prefix} + ${name}(${args});\n`;
    return key === undefined ? write : `path.push(${key});\n${write}path.pop();\n`;
  }
}

/** `prefix + "text"` as one literal when the prefix is a literal too. */
function concat(prefix: string, text: string): string {
  return prefix.startsWith('"') && prefix.endsWith('"') && !prefix.includes('" +')
    ? JSON.stringify((JSON.parse(prefix) as string) + text)
    : `${prefix} + ${JSON.stringify(text)}`;
}
