/**
 * The small schema model that the emitters walk: what the generator supports, normalised from
 * hey-api's IR, with every node carrying the JSON pointer of its place in the spec. Anything the spec
 * says that does not fit here is refused before this model is built.
 */

/** Documentation carried from the spec into TSDoc and the model docs. */
export interface Docs {
  title?: string;
  description?: string;
  deprecated?: boolean;
  /** Documented only: defaults are never injected into parsed data. */
  default?: unknown;
  example?: unknown;
}

interface NodeBase {
  /** JSON pointer of this schema in the spec. */
  pointer: string;
  docs: Docs;
}

export interface NumericConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface IntegerNode extends NodeBase, NumericConstraints {
  kind: "integer";
  format?: string;
}

export interface NumberNode extends NodeBase, NumericConstraints {
  kind: "number";
  format?: string;
}

export interface StringNode extends NodeBase {
  kind: "string";
  format?: string;
  minLength?: number;
  maxLength?: number;
}

export interface BooleanNode extends NodeBase {
  kind: "boolean";
}

/** `enum` and `const`: the value must equal one of these. */
export interface LiteralNode extends NodeBase {
  kind: "literal";
  values: ReadonlyArray<string | number | boolean>;
}

export interface ArrayNode extends NodeBase {
  kind: "array";
  items: SchemaNode;
  minItems?: number;
  maxItems?: number;
}

export interface Property {
  /** The name on the wire, exactly as the spec spells it. */
  name: string;
  required: boolean;
  schema: SchemaNode;
}

/**
 * What an object does with keys it does not declare: `keep` them as they are (JSON Schema's default),
 * refuse them (`none`), or check each against a schema (`map`).
 */
export type ExtraKeys = { kind: "keep" } | { kind: "none" } | { kind: "map"; schema: SchemaNode };

export interface ObjectNode extends NodeBase {
  kind: "object";
  properties: ReadonlyArray<Property>;
  extraKeys: ExtraKeys;
}

/** A reference to a schema under `#/components/schemas`. */
export interface RefNode extends NodeBase {
  kind: "ref";
  /** The referenced schema's name in the spec. */
  target: string;
}

/** `inner` or `null`, whichever of the three spellings the spec used. */
export interface NullableNode extends NodeBase {
  kind: "nullable";
  inner: SchemaNode;
}

export type SchemaNode =
  | IntegerNode
  | NumberNode
  | StringNode
  | BooleanNode
  | LiteralNode
  | ArrayNode
  | ObjectNode
  | RefNode
  | NullableNode;

export interface NamedSchema {
  /** The key under `#/components/schemas`. */
  name: string;
  schema: SchemaNode;
}
