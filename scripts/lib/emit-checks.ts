import { expectedText, type SchemaLookup } from "./describe-schema.js";
import { failureTest, readProperty } from "./emit-conditions.js";
import type { ModuleContext } from "./emit-module.js";
import type { ModelNaming } from "./model-naming.js";
import { camelCase, NameScope, pascalCase } from "./naming.js";
import type { NamedSchema, ObjectNode, Property, SchemaNode } from "./schema-model.js";

const CHECK_PARAMETERS = "value: unknown, path: JsonPath, issues: ValidationIssue[]";
const CHECK_LOCALS = ["value", "path", "issues", "expected"];

/**
 * Emits the checks of the wire shape: one straight-line function per object that reads every
 * property once and records an issue for each one that breaks the schema. No schema library and no
 * interpretation at run time: plain `typeof` and comparison expressions, which is what keeps parsing
 * close to the cost of `JSON.parse`.
 */
export class CheckEmitter {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly module: ModuleContext,
    private readonly naming: ModelNaming,
    private readonly lookup: SchemaLookup,
  ) {
    module.useType("JsonPath", "ValidationIssue");
  }

  /** Claims the check names of all schemas first, so references between them resolve in any order. */
  reserve(schemas: ReadonlyArray<NamedSchema>): void {
    for (const { name } of schemas) this.names.set(name, this.module.functionNames.claim(`check${this.naming.typeName(name)}`));
  }

  checkName(schemaName: string): string {
    return this.names.get(schemaName)!;
  }

  /** Emits the check of a named schema (and of the inline objects inside it). */
  emitNamed(named: NamedSchema): void {
    this.emitCheck(this.checkName(named.name), named.schema);
  }

  private emitCheck(name: string, node: SchemaNode): void {
    const place = this.module.reserveFunction();
    const expected = JSON.stringify(expectedText(node, this.lookup));
    const body =
      node.kind === "object"
        ? this.objectBody(node, name)
        : this.valueCheck(node, "value", undefined, "expected", name, new NameScope(CHECK_LOCALS));
    place(`function ${name}(${CHECK_PARAMETERS}, expected = ${expected}): void {\n${body}}\n`);
  }

  private objectBody(node: ObjectNode, functionName: string): string {
    this.module.use("isJsonObject", "addIssue");
    const scope = new NameScope(CHECK_LOCALS);
    let body = "if (!isJsonObject(value)) {\naddIssue(issues, path, undefined, expected, value);\nreturn;\n}\n";
    for (const property of node.properties) {
      const local = scope.claim(camelCase(property.name));
      const key = JSON.stringify(property.name);
      body += `const ${local} = ${readProperty(this.module, property.name)};\n`;
      const expected = JSON.stringify(expectedText(property.schema, this.lookup));
      const test = failureTest(this.module, property.schema, local);
      if (test !== undefined) {
        const guard = property.required ? test : `${local} !== undefined && ${test}`;
        body += `if (${guard}) {\naddIssue(issues, path, ${key}, ${expected}, ${local});\n}\n`;
        continue;
      }
      body += this.structuralPropertyCheck(property, local, key, expected, `${functionName}${pascalCase(property.name)}`, scope);
    }
    body += this.modelNameClashes(node);
    body += this.extraKeysCheck(node, functionName, scope);
    return body;
  }

  /**
   * The check of a property holding an array, an object or a reference. Absent and `null` are settled
   * first where they are allowed; an array check already reports a missing required array as missing.
   */
  private structuralPropertyCheck(property: Property, local: string, key: string, expected: string, helper: string, scope: NameScope): string {
    const { schema, required } = property;
    const nullable = schema.kind === "nullable";
    const inner = schema.kind === "nullable" ? schema.inner : schema;
    const check = this.valueCheck(inner, local, key, expected, helper, scope);
    const missing = `addIssue(issues, path, ${key}, ${expected}, ${local});\n`;
    if (!required) return `if (${local} !== undefined${nullable ? ` && ${local} !== null` : ""}) {\n${check}}\n`;
    if (nullable) return `if (${local} === undefined) {\n${missing}} else if (${local} !== null) {\n${check}}\n`;
    if (inner.kind === "array") return check;
    return `if (${local} === undefined) {\n${missing}} else {\n${check}}\n`;
  }

  /**
   * In a renamed model, an unknown wire key that equals a property's model name (`pageSize` beside
   * `page_size`) would land on that property: it is refused instead of silently overwritten.
   */
  private modelNameClashes(node: ObjectNode): string {
    if (this.naming.mode === "wire" || node.extraKeys.kind === "none") return "";
    const declared = new Set(node.properties.map((property) => property.name));
    let body = "";
    for (const property of node.properties) {
      const modelName = this.naming.propertyName(property);
      if (modelName === property.name || declared.has(modelName)) continue;
      const expected = JSON.stringify(`no such key: it is the model name of ${JSON.stringify(property.name)}`);
      body += `if (${readProperty(this.module, modelName)} !== undefined) {\naddIssue(issues, path, ${JSON.stringify(modelName)}, ${expected}, ${readProperty(this.module, modelName)});\n}\n`;
    }
    return body;
  }

  private extraKeysCheck(node: ObjectNode, functionName: string, scope: NameScope): string {
    const { extraKeys } = node;
    if (extraKeys.kind === "keep") return "";
    const key = scope.claim("key");
    const declared = node.properties.map((property) => `case ${JSON.stringify(property.name)}:`).join("\n");
    const skipDeclared = declared === "" ? "" : `switch (${key}) {\n${declared}\ncontinue;\n}\n`;
    if (extraKeys.kind === "none") {
      const names = node.properties.map((property) => property.name).join(", ");
      const expected = JSON.stringify(names === "" ? "no property (the schema declares none)" : `no other property (the schema declares ${names})`);
      return `for (const ${key} of Object.keys(value)) {\n${skipDeclared}addIssue(issues, path, ${key}, ${expected}, value[${key}]);\n}\n`;
    }
    const item = scope.claim("item");
    const expected = JSON.stringify(expectedText(extraKeys.schema, this.lookup));
    const check = this.valueCheck(extraKeys.schema, item, key, expected, `${functionName}Value`, scope);
    return `for (const ${key} of Object.keys(value)) {\n${skipDeclared}const ${item} = value[${key}];\n${check}}\n`;
  }

  /**
   * Statements that check `v`, found at `path` plus `key` (a TypeScript expression, or `undefined`
   * when `v` is the value at `path` itself). `expected` is the expression of the text an issue names.
   */
  private valueCheck(node: SchemaNode, v: string, key: string | undefined, expected: string, helper: string, scope: NameScope): string {
    const keyArg = key ?? "undefined";
    const test = failureTest(this.module, node, v);
    if (test !== undefined) {
      this.module.use("addIssue");
      return `if (${test}) {\naddIssue(issues, path, ${keyArg}, ${expected}, ${v});\n}\n`;
    }
    switch (node.kind) {
      case "nullable":
        return `if (${v} !== null) {\n${this.valueCheck(node.inner, v, key, expected, helper, scope)}}\n`;
      case "ref":
        return this.callCheck(this.checkName(node.target), this.lookup(node.target).schema, v, key, expected);
      case "object": {
        const name = this.module.functionNames.claim(helper);
        this.emitCheck(name, node);
        return this.callCheck(name, node, v, key, expected);
      }
      case "array": {
        this.module.use("addIssue");
        const index = scope.claim("i");
        const item = scope.claim("item");
        const lengthTests = [
          ...(node.minItems === undefined ? [] : [`${v}.length < ${node.minItems}`]),
          ...(node.maxItems === undefined ? [] : [`${v}.length > ${node.maxItems}`]),
        ];
        const badLength =
          lengthTests.length === 0 ? "" : `if (${lengthTests.join(" || ")}) {\naddIssue(issues, path, ${keyArg}, ${expected}, ${v});\n}\n`;
        const itemExpected = JSON.stringify(expectedText(node.items, this.lookup));
        const itemCheck = this.valueCheck(node.items, item, index, itemExpected, `${helper}Item`, scope);
        return (
          `if (!Array.isArray(${v})) {\naddIssue(issues, path, ${keyArg}, ${expected}, ${v});\n} else {\n${badLength}` +
          (key === undefined ? "" : `path.push(${key});\n`) +
          `for (let ${index} = 0; ${index} < ${v}.length; ${index}++) {\nconst ${item}: unknown = ${v}[${index}];\n${itemCheck}}\n` +
          (key === undefined ? "" : "path.pop();\n") +
          "}\n"
        );
      }
      default:
        throw new Error(`internal: no check for ${node.kind}`);
    }
  }

  /** Calls the check function `name` of schema `target`, passing `expected` only when it differs from the function's own. */
  private callCheck(name: string, target: SchemaNode, v: string, key: string | undefined, expected: string): string {
    const ownExpected = JSON.stringify(expectedText(target, this.lookup));
    const args = expected === ownExpected ? `${v}, path, issues` : `${v}, path, issues, ${expected}`;
    return key === undefined ? `${name}(${args});\n` : `path.push(${key});\n${name}(${args});\npath.pop();\n`;
  }
}
