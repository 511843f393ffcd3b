import type { ModuleContext } from "./emit-module.js";
import { propertyAccess } from "./naming.js";
import type { NumericConstraints, SchemaNode } from "./schema-model.js";

/**
 * The expressions that test a scalar value, shared by the checks and the writers so that reading
 * and writing accept exactly the same values.
 */

/**
 * A validity expression for scalar schemas (numbers, strings, booleans, literals); `undefined` for
 * the others. `undefined` fails every such expression, which is what makes a missing required
 * property an issue without a separate test.
 */
export function condition(module: ModuleContext, node: SchemaNode, v: string): string | undefined {
  switch (node.kind) {
    case "integer":
      return [`typeof ${v} === "number"`, `Number.isSafeInteger(${v})`, ...bounds(node, v)].join(" && ");
    case "number":
      return [`typeof ${v} === "number"`, `Number.isFinite(${v})`, ...bounds(node, v)].join(" && ");
    case "string": {
      const parts = [`typeof ${v} === "string"`];
      if (node.minLength !== undefined || node.maxLength !== undefined) module.use("codePointLength");
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
export function failureTest(module: ModuleContext, node: SchemaNode, v: string): string | undefined {
  if (node.kind === "nullable") {
    const inner = condition(module, node.inner, v);
    return inner === undefined ? undefined : `${v} !== null && !(${inner})`;
  }
  const test = condition(module, node, v);
  return test === undefined ? undefined : `!(${test})`;
}

/**
 * Reads property `name` of the local `value` once. Names that `Object.prototype` also has
 * (`constructor`, `toString`, `__proto__`) are read as own properties only, so an absent one is
 * absent rather than the inherited member.
 */
export function readProperty(module: ModuleContext, name: string): string {
  if (name in Object.prototype) {
    module.use("ownValue");
    return `ownValue(value, ${JSON.stringify(name)})`;
  }
  return propertyAccess("value", name);
}

/** The JSON text of a valid scalar `v`: strings need quoting and escaping, numbers and booleans don't. */
export function scalarText(module: ModuleContext, node: SchemaNode, v: string): string {
  if (node.kind === "string") {
    module.use("quoteJson");
    return `quoteJson(${v})`;
  }
  // A literal may mix strings with numbers and booleans; its values are few and known.
  if (node.kind === "literal" && node.values.some((value) => typeof value === "string")) return `JSON.stringify(${v})`;
  return v;
}

function bounds(node: NumericConstraints, v: string): string[] {
  return [
    ...(node.minimum === undefined ? [] : [`${v} >= ${node.minimum}`]),
    ...(node.exclusiveMinimum === undefined ? [] : [`${v} > ${node.exclusiveMinimum}`]),
    ...(node.maximum === undefined ? [] : [`${v} <= ${node.maximum}`]),
    ...(node.exclusiveMaximum === undefined ? [] : [`${v} < ${node.exclusiveMaximum}`]),
  ];
}
