import type { SchemaLookup } from "./describe-schema.js";
import { docComment } from "./doc-comment.js";
import { CheckEmitter } from "./emit-checks.js";
import { MapperEmitter } from "./emit-mappers.js";
import { ModuleContext } from "./emit-module.js";
import { WriterEmitter } from "./emit-writers.js";
import type { ModelNaming } from "./model-naming.js";
import { lowerFirst } from "./naming.js";
import type { NamedSchema } from "./schema-model.js";

/**
 * Emits the serializers module of a spec: for each schema the four public functions (`fromJSON`,
 * `parse`, `toJSON`, `is`), the checks of its wire shape, its writer and, in `camel` naming, the map
 * from the wire shape to the model. The public functions are thin: the shared runtime does the
 * parsing and copying, with the generated checks, maps and writers plugged in.
 */
export function emitSerializers(
  schemas: ReadonlyArray<NamedSchema>,
  options: { naming: ModelNaming; lookup: SchemaLookup; runtimeImport: string; typesImport: string },
): string {
  const { naming, lookup } = options;
  const module = new ModuleContext();
  for (const { name } of schemas) for (const fn of publicFunctionNames(naming.typeName(name))) module.functionNames.claim(fn);
  const checks = new CheckEmitter(module, naming, lookup);
  checks.reserve(schemas);
  const writers = new WriterEmitter(module, naming, lookup);
  writers.reserve(schemas);
  const mappers = naming.mode === "camel" ? new MapperEmitter(module, naming, lookup) : undefined;
  mappers?.reserve(schemas);

  const publics: string[] = [];
  for (const named of schemas) {
    const fromWire = mappers?.mapperOfNamed(named.name);
    publics.push(publicFunctions(module, naming, named.name, checks.checkName(named.name), fromWire, writers.writerName(named.name)));
  }
  for (const named of schemas) {
    checks.emitNamed(named);
    writers.emitNamed(named);
    mappers?.emitNamed(named);
  }

  module.useType("Result", "ValidationError");
  const types = schemas.flatMap(({ name }) => [...new Set([naming.typeName(name), naming.wireTypeName(name)])]);
  return [
    module.runtimeImport(options.runtimeImport),
    `import type { ${types.join(", ")} } from ${JSON.stringify(options.typesImport)};\n`,
    publics.join("\n"),
    module.functionsText(),
  ].join("\n");
}

/** `[fromJSON, parse, toJSON, is]` function names for a model type. */
export function publicFunctionNames(type: string): [string, string, string, string] {
  return [`${lowerFirst(type)}FromJSON`, `parse${type}`, `${lowerFirst(type)}ToJSON`, `is${type}`];
}

function publicFunctions(
  module: ModuleContext,
  naming: ModelNaming,
  schemaName: string,
  check: string,
  fromWire: string | undefined,
  writer: string,
): string {
  module.use("parseJsonText", "parseValue", "serializeValue");
  const type = naming.typeName(schemaName);
  const wireType = naming.wireTypeName(schemaName);
  const [fromJson, parse, toJson, is] = publicFunctionNames(type);
  const withFromWire = fromWire === undefined ? check : `${check}, ${fromWire}`;
  const renamed = type !== wireType;
  return [
    docComment([`Reads JSON text as {@link ${type}}.`, "Never throws: bad JSON and bad data come back as a `ValidationError`."]),
    `export function ${fromJson}(text: string): Result<${type}, ValidationError> {`,
    `  return parseJsonText<${type}>(text, ${withFromWire});`,
    `}\n`,
    docComment([
      renamed
        ? `Checks an already-parsed value of the wire shape {@link ${wireType}} and returns it as a fresh {@link ${type}}.`
        : `Checks an already-parsed value as {@link ${type}} and returns a fresh copy of it.`,
      "Never throws.",
    ]),
    `export function ${parse}(value: unknown): Result<${type}, ValidationError> {`,
    `  return parseValue<${type}>(value, ${withFromWire});`,
    `}\n`,
    docComment([
      `Writes {@link ${type}} as JSON text${renamed ? " with its wire names" : ""}, unknown properties included.`,
      "",
      "@throws ValidationError when the value does not match the schema; nothing invalid is ever written.",
    ]),
    `export function ${toJson}(value: ${type}): string {`,
    `  return serializeValue(value, ${writer});`,
    `}\n`,
    docComment([`True exactly when {@link ${parse}} would succeed${renamed ? ": the value has the wire shape" : ""}.`]),
    `export function ${is}(value: unknown): value is ${wireType} {`,
    `  return parseValue<${wireType}>(value, ${check}).ok;`,
    `}\n`,
  ].join("\n");
}
