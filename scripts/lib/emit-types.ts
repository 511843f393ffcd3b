import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { commentBody, docLines } from "./doc-comment.js";
import { constraintTags } from "./describe-schema.js";
import { forEachObject } from "./model-naming.js";
import { propertyKey } from "./naming.js";
import { renamePropertyKeys } from "./rename-property-keys.js";
import type { NamedSchema, Property, SchemaNode } from "./schema-model.js";
import { childPointer, valueAtPointer } from "./spec-error.js";

/**
 * Emits the model types with openapi-typescript, the reference translation of OpenAPI into
 * TypeScript types (nullability, enums, references, maps and awkward property names included).
 *
 * openapi-typescript writes every schema as a member of one `components` interface; this emitter
 * lifts each one out into `export interface Name { ... }` (or a `type` alias when the schema is not a
 * plain object), points `components["schemas"]["X"]` references at the lifted names, and replaces its
 * `@description` comments with TSDoc built from the same schema model the parsers use, so that types,
 * parsers and docs document the same constraints.
 */
export async function emitTypes(
  document: Record<string, unknown>,
  schemas: ReadonlyArray<NamedSchema>,
  names: {
    typeName: (schemaName: string) => string;
    /** A property's name in these types; the wire name when absent. */
    propertyName?: (property: Property) => string;
  },
): Promise<string> {
  const { typeName, propertyName } = names;
  // openapi-typescript hands each property's raw schema object to `transformProperty`; the copy
  // given to it is also the one searched here, so object identity links its nodes to our properties.
  // openapi-typescript's validator (@redocly/openapi-core) crashes on a property named
  // `hasOwnProperty`; it crosses under a stand-in name and gets its own back below.
  const copy = renamePropertyKeys(structuredClone(document), HAS_OWN, HAS_OWN_STANDIN) as unknown as OpenAPI3;
  const inCopy = (pointer: string) => pointer.replaceAll(`/properties/${HAS_OWN}/`, `/properties/${HAS_OWN_STANDIN}/`);
  const propertiesByRaw = new Map<unknown, Property>();
  for (const { schema } of schemas) {
    forEachProperty(schema, (property, pointer) => propertiesByRaw.set(valueAtPointer(copy, inCopy(`${pointer}/`).slice(0, -1)), property));
  }

  const docsByNode = new Map<ts.Node, string[]>();
  const ast = await openapiTS(copy, {
    silent: true,
    // A `default` documents a value; it does not make a property present in parsed data.
    defaultNonNullable: false,
    transformProperty(node, rawSchema) {
      const property = propertiesByRaw.get(rawSchema);
      if (property === undefined) throw new Error(`internal: openapi-typescript emitted a property that the schema model lacks`);
      const name = propertyName?.(property) ?? property.name;
      const tags = name === property.name ? constraintTags(property.schema) : [`Wire name: \`${property.name}\``, ...constraintTags(property.schema)];
      const renamed =
        memberName(node) === name ? node : ts.factory.updatePropertySignature(node, node.modifiers, propertyNameNode(name), node.questionToken, node.type);
      docsByNode.set(renamed, docLines(property.schema.docs, tags));
      return renamed === node ? undefined : renamed;
    },
  });
  for (const [node, lines] of docsByNode) setDoc(node, lines);

  const members = componentSchemas(ast);
  const declarations = schemas.map(({ name, schema }) => {
    const member = members.get(name);
    if (member?.type === undefined) throw new Error(`internal: openapi-typescript emitted no type for schema ${name}`);
    const type = ts.visitNode(member.type, (node) => replaceComponentRefs(node, typeName), ts.isTypeNode);
    const exported = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];
    const declaration = ts.isTypeLiteralNode(type)
      ? ts.factory.createInterfaceDeclaration(exported, typeName(name), undefined, undefined, type.members)
      : ts.factory.createTypeAliasDeclaration(exported, typeName(name), undefined, type);
    setDoc(declaration, docLines(schema.docs, constraintTags(schema)));
    return declaration;
  });
  return declarations.map((declaration) => astToString([declaration])).join("\n");
}

const HAS_OWN = "hasOwnProperty";
const HAS_OWN_STANDIN = "\u0000hasOwnProperty";

/** Calls `visit` for every property of every object inside `node`, with the property's raw pointer. */
function forEachProperty(node: SchemaNode, visit: (property: Property, pointer: string) => void): void {
  forEachObject(node, (object) => {
    for (const property of object.properties) visit(property, childPointer(childPointer(object.pointer, "properties"), property.name));
  });
}

/** A property name as TypeScript writes it: bare when it is an identifier, quoted otherwise. */
function propertyNameNode(name: string): ts.PropertyName {
  return propertyKey(name) === name ? ts.factory.createIdentifier(name) : ts.factory.createStringLiteral(name);
}

function setDoc(node: ts.Node, lines: ReadonlyArray<string>): void {
  ts.setSyntheticLeadingComments(
    node,
    lines.length === 0
      ? undefined
      : [{ kind: ts.SyntaxKind.MultiLineCommentTrivia, text: commentBody(lines), hasTrailingNewLine: true, pos: -1, end: -1 }],
  );
}

/** The members of `components.schemas` in openapi-typescript's output, by schema name. */
function componentSchemas(ast: ReadonlyArray<ts.Node>): Map<string, ts.PropertySignature> {
  const components = ast.find(
    (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const schemas = components?.members.find((member) => memberName(member) === "schemas");
  const literal = schemas !== undefined && ts.isPropertySignature(schemas) ? schemas.type : undefined;
  const found = new Map<string, ts.PropertySignature>();
  if (literal === undefined || !ts.isTypeLiteralNode(literal)) return found;
  for (const member of literal.members) {
    const name = memberName(member);
    if (name !== undefined && ts.isPropertySignature(member)) found.set(name, member);
  }
  return found;
}

function memberName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  return name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** `components["schemas"]["Name"]` -> `TypeName`, anywhere below `node`. */
function replaceComponentRefs(node: ts.Node, typeName: (schemaName: string) => string): ts.Node {
  if (ts.isIndexedAccessTypeNode(node)) {
    const { objectType, indexType } = node;
    if (
      ts.isIndexedAccessTypeNode(objectType) &&
      ts.isTypeReferenceNode(objectType.objectType) &&
      ts.isIdentifier(objectType.objectType.typeName) &&
      objectType.objectType.typeName.text === "components" &&
      literalText(objectType.indexType) === "schemas"
    ) {
      const target = literalText(indexType);
      if (target !== undefined) return ts.factory.createTypeReferenceNode(typeName(target));
    }
  }
  return ts.visitEachChild(node, (child) => replaceComponentRefs(child, typeName), undefined);
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}
