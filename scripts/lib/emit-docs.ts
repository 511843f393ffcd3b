import { constraintTags, type SchemaLookup, specTypeText, typeText } from "./describe-schema.js";
import { exampleValue } from "./example-value.js";
import { publicFunctionNames } from "./emit-serializers.js";
import type { ModelNaming } from "./model-naming.js";
import type { NamedSchema, ObjectNode, SchemaNode } from "./schema-model.js";

/**
 * The model doc of one schema, in the form of the reference doc it replaces (title, example, a
 * Fields table with Field, Type, Required, Description), plus what that form leaves out:
 * nullability, the TypeScript type and the constraints.
 */
export function emitModelDoc(
  named: NamedSchema,
  options: { header: string; packageName: string; lookup: SchemaLookup; naming: ModelNaming },
): string {
  const { lookup, naming } = options;
  const typeName = naming.typeName;
  const type = typeName(named.name);
  const [fromJson] = publicFunctionNames(type);
  const example = JSON.stringify(exampleValue(named.schema, lookup));
  const sections = [options.header, `# ${type}`];
  if (named.schema.docs.description !== undefined) sections.push(named.schema.docs.description.trim());
  if (named.schema.docs.deprecated === true) sections.push("**Deprecated.**");
  sections.push(
    "## Example Usage",
    [
      "```typescript",
      `import { ${fromJson}, type ${type} } from ${JSON.stringify(options.packageName)};`,
      "",
      `const result = ${fromJson}(${JSON.stringify(example)});`,
      "if (result.ok) {",
      `  const value: ${type} = result.value;`,
      "} else {",
      "  console.error(result.error.message);",
      "}",
      "```",
    ].join("\n"),
  );
  const object = named.schema.kind === "object" ? named.schema : undefined;
  if (object !== undefined) sections.push("## Fields", fieldsTable(object, naming), extraKeysNote(object, naming));
  else sections.push("## Type", `\`${typeText(named.schema, typeName)}\`${constraintsText(named.schema) === "" ? "" : ` (${constraintsText(named.schema)})`}`);
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}

function fieldsTable(node: ObjectNode, naming: ModelNaming): string {
  const renamed = naming.mode !== "wire";
  const rows = [
    `| Field |${renamed ? " Wire name |" : ""} Type | TypeScript | Required | Nullable | Constraints | Description |`,
    `| --- |${renamed ? " --- |" : ""} --- | --- | --- | --- | --- | --- |`,
  ];
  for (const property of node.properties) {
    const { schema } = property;
    const description = [schema.docs.description?.trim(), schema.docs.deprecated === true ? "**Deprecated.**" : undefined]
      .filter((part) => part !== undefined && part !== "")
      .join(" ");
    rows.push(
      row([
        `\`${naming.propertyName(property)}\``,
        ...(renamed ? [`\`${property.name}\``] : []),
        `*${specTypeText(schema)}*`,
        `\`${typeText(schema, naming.typeName)}\``,
        property.required ? ":heavy_check_mark:" : ":heavy_minus_sign:",
        schema.kind === "nullable" ? "Yes" : "No",
        constraintsText(schema),
        description,
      ]),
    );
  }
  return rows.join("\n");
}

function extraKeysNote(node: ObjectNode, naming: ModelNaming): string {
  const typeName = naming.typeName;
  const where = naming.mode === "wire" ? "" : " under their wire names";
  switch (node.extraKeys.kind) {
    case "keep":
      return `Properties not listed here are allowed: parsing keeps them${where} and serializing writes them back unchanged.`;
    case "none":
      return "Properties not listed here are rejected.";
    case "map":
      return `Properties not listed here must each be *${typeText(node.extraKeys.schema, typeName)}*${
        constraintsText(node.extraKeys.schema) === "" ? "" : ` (${constraintsText(node.extraKeys.schema)})`
      }.`;
  }
}

/** `minimum 0`, `one of "a", "b"`, `default 4`: the constraints column. */
function constraintsText(node: SchemaNode): string {
  const target = node.kind === "nullable" ? node.inner : node;
  const parts = constraintTags(node).map((tag) => tag.slice(1));
  if (target.kind === "literal") parts.push(`one of ${target.values.map((value) => `\`${JSON.stringify(value)}\``).join(", ")}`);
  if (node.docs.default !== undefined) parts.push(`default \`${JSON.stringify(node.docs.default)}\``);
  return parts.join(", ");
}

/** A table row; cell text may come from the spec, so pipes and line breaks are escaped. */
function row(cells: ReadonlyArray<string>): string {
  return `| ${cells.map((cell) => cell.replaceAll("|", "\\|").replace(/\r?\n/g, "<br/>")).join(" | ")} |`;
}
