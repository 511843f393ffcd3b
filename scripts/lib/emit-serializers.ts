import { docComment } from "./doc-comment.js";
import { expectedText, type SchemaLookup } from "./describe-schema.js";
import { camelCase, lowerFirst, NameScope, pascalCase, propertyAccess } from "./naming.js";
import type { NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";

/**
 * Emits the parsers and serializers: for each schema, four public functions and one straight-line
 * `check` function per object that reads every property once and records an issue for each one that
 * breaks the schema. No schema library and no interpretation at run time: the checks are plain
 * `typeof` and comparison expressions, which is what keeps parsing close to the cost of `JSON.parse`.
 */

export interface SerializerNames {
  typeName: (schemaName: string) => string;
  lookup: SchemaLookup;
}

/** Helpers of the runtime module that generated code may import, in the order they are imported. */
const RUNTIME_VALUES = ["addIssue", "codePointLength", "isJsonObject", "ownValue", "parseJsonText", "parseValue", "serializeValue"] as const;
type RuntimeValue = (typeof RUNTIME_VALUES)[number];

const CHECK_PARAMETERS = "value: unknown, path: JsonPath, issues: ValidationIssue[]";

class SerializerEmitter {
  private readonly functionNames = new NameScope();
  private readonly checkNames = new Map<string, string>();
  private readonly checks: string[] = [];
  readonly used = new Set<RuntimeValue>();

  constructor(private readonly names: SerializerNames) {}

  /** Reserves every public and check name first, so references between schemas resolve in any order. */
  reserve(schemas: ReadonlyArray<NamedSchema>): void {
    for (const { name } of schemas) {
      const type = this.names.typeName(name);
      for (const fn of publicFunctionNames(type)) this.functionNames.claim(fn);
    }
    for (const { name } of schemas) this.checkNames.set(name, this.functionNames.claim(`check${this.names.typeName(name)}`));
  }

  publicFunctions(named: NamedSchema): string {
    const type = this.names.typeName(named.name);
    const check = this.checkNames.get(named.name)!;
    const [fromJson, parse, toJson, is] = publicFunctionNames(type);
    this.used.add("parseJsonText").add("parseValue").add("serializeValue");
    return [
      docComment([`Reads JSON text as {@link ${type}}.`, "Never throws: bad JSON and bad data come back as a `ValidationError`."]),
      `export function ${fromJson}(text: string): Result<${type}, ValidationError> {`,
      `  return parseJsonText<${type}>(text, ${check});`,
      `}\n`,
      docComment([`Checks an already-parsed value as {@link ${type}} and returns a fresh copy of it.`, "Never throws."]),
      `export function ${parse}(value: unknown): Result<${type}, ValidationError> {`,
      `  return parseValue<${type}>(value, ${check});`,
      `}\n`,
      docComment([
        `Writes {@link ${type}} as JSON text, unknown properties included.`,
        "",
        "@throws ValidationError when the value does not match the schema; nothing invalid is ever written.",
      ]),
      `export function ${toJson}(value: ${type}): string {`,
      `  return serializeValue(value, ${check});`,
      `}\n`,
      docComment([`True exactly when {@link ${parse}} would succeed.`]),
      `export function ${is}(value: unknown): value is ${type} {`,
      `  return parseValue<${type}>(value, ${check}).ok;`,
      `}\n`,
    ].join("\n");
  }

  /** Emits the check of a named schema (and of the inline objects inside it). */
  namedCheck(named: NamedSchema): void {
    this.emitCheck(this.checkNames.get(named.name)!, named.schema);
  }

  allChecks(): string {
    return this.checks.join("\n");
  }

  private emitCheck(name: string, node: SchemaNode): void {
    const expected = JSON.stringify(expectedText(node, this.names.lookup));
    const body =
      node.kind === "object"
        ? this.objectBody(node, name)
        : this.valueCheck(node, "value", undefined, "expected", name, new NameScope(["value", "path", "issues", "expected"]));
    this.checks.push(`function ${name}(${CHECK_PARAMETERS}, expected = ${expected}): void {\n${body}}\n`);
  }

  private objectBody(node: ObjectNode, functionName: string): string {
    this.used.add("isJsonObject").add("addIssue");
    const scope = new NameScope(["value", "path", "issues", "expected"]);
    let body = "if (!isJsonObject(value)) {\naddIssue(issues, path, undefined, expected, value);\nreturn;\n}\n";
    for (const property of node.properties) {
      const local = scope.claim(camelCase(property.name));
      const key = JSON.stringify(property.name);
      body += `const ${local} = ${this.read(property.name)};\n`;
      const expected = JSON.stringify(expectedText(property.schema, this.names.lookup));
      const test = this.failureTest(property.schema, local);
      if (test !== undefined) {
        const guard = property.required ? test : `${local} !== undefined && ${test}`;
        body += `if (${guard}) {\naddIssue(issues, path, ${key}, ${expected}, ${local});\n}\n`;
        continue;
      }
      body += this.structuralPropertyCheck(property.schema, property.required, local, key, expected, `${functionName}${pascalCase(property.name)}`, scope);
    }
    body += this.extraKeysCheck(node, functionName, scope);
    return body;
  }

  /**
   * The check of a property holding an array, an object or a reference. Absent and `null` are settled
   * first where they are allowed; an array check already reports a missing required array as missing.
   */
  private structuralPropertyCheck(
    schema: SchemaNode,
    required: boolean,
    local: string,
    key: string,
    expected: string,
    helper: string,
    scope: NameScope,
  ): string {
    const nullable = schema.kind === "nullable";
    const inner = schema.kind === "nullable" ? schema.inner : schema;
    const check = this.valueCheck(inner, local, key, expected, helper, scope);
    if (!required) return `if (${local} !== undefined${nullable ? ` && ${local} !== null` : ""}) {\n${check}}\n`;
    if (nullable) return `if (${local} === undefined) {\n${this.missing(key, expected, local)}} else if (${local} !== null) {\n${check}}\n`;
    if (inner.kind === "array") return check;
    return `if (${local} === undefined) {\n${this.missing(key, expected, local)}} else {\n${check}}\n`;
  }

  private missing(key: string, expected: string, local: string): string {
    return `addIssue(issues, path, ${key}, ${expected}, ${local});\n`;
  }

  /** Reads a property once; names that `Object.prototype` also has are read as own properties only. */
  private read(name: string): string {
    if (name in Object.prototype) {
      this.used.add("ownValue");
      return `ownValue(value, ${JSON.stringify(name)})`;
    }
    return propertyAccess("value", name);
  }

  private extraKeysCheck(node: ObjectNode, functionName: string, scope: NameScope): string {
    const { extraKeys } = node;
    if (extraKeys.kind === "keep") return "";
    const declared = node.properties.map((property) => `case ${JSON.stringify(property.name)}:`).join(" ");
    const skipDeclared = declared === "" ? "" : `switch (key) {\n${declared}\ncontinue;\n}\n`;
    if (extraKeys.kind === "none") {
      const names = node.properties.map((property) => property.name).join(", ");
      const expected = JSON.stringify(names === "" ? "no property (the schema declares none)" : `no other property (the schema declares ${names})`);
      return `for (const key of Object.keys(value)) {\n${skipDeclared}addIssue(issues, path, key, ${expected}, value[key]);\n}\n`;
    }
    const item = scope.claim("item");
    const key = scope.claim("key");
    const expected = JSON.stringify(expectedText(extraKeys.schema, this.names.lookup));
    const check = this.valueCheck(extraKeys.schema, item, key, expected, `${functionName}Value`, scope);
    return `for (const ${key} of Object.keys(value)) {\n${skipDeclared.replace("switch (key)", `switch (${key})`)}const ${item} = value[${key}];\n${check}}\n`;
  }

  /**
   * A validity expression for scalar schemas (numbers, strings, booleans, literals); `undefined` for
   * the others. `undefined` fails every such expression, which is what makes a missing required
   * property an issue without a separate test.
   */
  private condition(node: SchemaNode, v: string): string | undefined {
    switch (node.kind) {
      case "integer":
        return [`typeof ${v} === "number"`, `Number.isSafeInteger(${v})`, ...bounds(node, v)].join(" && ");
      case "number":
        return [`typeof ${v} === "number"`, `Number.isFinite(${v})`, ...bounds(node, v)].join(" && ");
      case "string": {
        const parts = [`typeof ${v} === "string"`];
        if (node.minLength !== undefined || node.maxLength !== undefined) this.used.add("codePointLength");
        if (node.minLength !== undefined) parts.push(`codePointLength(${v}) >= ${node.minLength}`);
        if (node.maxLength !== undefined) parts.push(`codePointLength(${v}) <= ${node.maxLength}`);
        return parts.join(" && ");
      }
      case "boolean":
        return `typeof ${v} === "boolean"`;
      case "literal":
        return node.values.map((value) => `${v} === ${JSON.stringify(value)}`).join(" || ");
      default:
        return undefined;
    }
  }

  /**
   * An expression that is true when `v` breaks a scalar schema (`null` allowed for a nullable one);
   * `undefined` for containers, which need statements.
   */
  private failureTest(node: SchemaNode, v: string): string | undefined {
    if (node.kind === "nullable") {
      const inner = this.condition(node.inner, v);
      return inner === undefined ? undefined : `${v} !== null && !(${inner})`;
    }
    const condition = this.condition(node, v);
    return condition === undefined ? undefined : `!(${condition})`;
  }

  /**
   * Statements that check `v`, found at `path` plus `key` (a TypeScript expression, or `undefined`
   * when `v` is the value at `path` itself). `expected` is the expression of the text an issue names.
   */
  private valueCheck(node: SchemaNode, v: string, key: string | undefined, expected: string, helper: string, scope: NameScope): string {
    const keyArg = key ?? "undefined";
    const test = this.failureTest(node, v);
    if (test !== undefined) {
      this.used.add("addIssue");
      return `if (${test}) {\naddIssue(issues, path, ${keyArg}, ${expected}, ${v});\n}\n`;
    }
    switch (node.kind) {
      case "nullable":
        return `if (${v} !== null) {\n${this.valueCheck(node.inner, v, key, expected, helper, scope)}}\n`;
      case "ref":
        return this.callCheck(this.checkNames.get(node.target)!, this.names.lookup(node.target).schema, v, key, expected);
      case "object": {
        const name = this.functionNames.claim(helper);
        this.emitCheck(name, node);
        return this.callCheck(name, node, v, key, expected);
      }
      case "array": {
        this.used.add("addIssue");
        const index = scope.claim("i");
        const item = scope.claim("item");
        const lengthTests = [
          ...(node.minItems === undefined ? [] : [`${v}.length < ${node.minItems}`]),
          ...(node.maxItems === undefined ? [] : [`${v}.length > ${node.maxItems}`]),
        ];
        const badLength =
          lengthTests.length === 0 ? "" : `if (${lengthTests.join(" || ")}) {\naddIssue(issues, path, ${keyArg}, ${expected}, ${v});\n}\n`;
        const itemExpected = JSON.stringify(expectedText(node.items, this.names.lookup));
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
    const ownExpected = JSON.stringify(expectedText(target, this.names.lookup));
    const args = expected === ownExpected ? `${v}, path, issues` : `${v}, path, issues, ${expected}`;
    return key === undefined ? `${name}(${args});\n` : `path.push(${key});\n${name}(${args});\npath.pop();\n`;
  }
}

function bounds(node: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }, v: string): string[] {
  return [
    ...(node.minimum === undefined ? [] : [`${v} >= ${node.minimum}`]),
    ...(node.exclusiveMinimum === undefined ? [] : [`${v} > ${node.exclusiveMinimum}`]),
    ...(node.maximum === undefined ? [] : [`${v} <= ${node.maximum}`]),
    ...(node.exclusiveMaximum === undefined ? [] : [`${v} < ${node.exclusiveMaximum}`]),
  ];
}

/** `[fromJSON, parse, toJSON, is]` function names for a model type. */
export function publicFunctionNames(type: string): [string, string, string, string] {
  return [`${lowerFirst(type)}FromJSON`, `parse${type}`, `${lowerFirst(type)}ToJSON`, `is${type}`];
}

/** The whole serializers module for a spec's schemas. */
export function emitSerializers(
  schemas: ReadonlyArray<NamedSchema>,
  names: SerializerNames,
  imports: { runtime: string; types: string },
): string {
  const emitter = new SerializerEmitter(names);
  emitter.reserve(schemas);
  const publics = schemas.map((named) => emitter.publicFunctions(named)).join("\n");
  for (const named of schemas) emitter.namedCheck(named);
  const checks = emitter.allChecks();
  const values = RUNTIME_VALUES.filter((name) => emitter.used.has(name));
  const runtimeImports = [...values, "type JsonPath", "type Result", "type ValidationError", "type ValidationIssue"].join(", ");
  const typeImports = schemas.map(({ name }) => names.typeName(name)).join(", ");
  return [
    `import { ${runtimeImports} } from ${JSON.stringify(imports.runtime)};`,
    `import type { ${typeImports} } from ${JSON.stringify(imports.types)};\n`,
    publics,
    checks,
  ].join("\n");
}
