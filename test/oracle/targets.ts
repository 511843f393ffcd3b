/**
 * What the oracle checks: every object schema of the shipped spec and of the OpenAPI 3.1 fixture
 * specs, with ajv compiled from the same spec and this package's generated code for it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { pascalCase } from "../../scripts/lib/naming.js";
import type { Result } from "../../src/result.js";
import type { ValidationError } from "../../src/validation-error.js";
import { ROOT } from "../helpers/run-generator.js";
import type { SpecDocument } from "./spec-arbitraries.js";

export interface OracleTarget {
  /** `spec file#schema` */
  name: string;
  document: SpecDocument;
  schema: Record<string, unknown>;
  /**
   * Whether the schema declares a property named `__proto__`. ajv drops such a property from the
   * schema it compiles and accepts any value there; this package checks it. The comparison leaves
   * inputs holding that key aside, and the difference has a test of its own.
   */
  declaresProto: boolean;
  /** ajv's verdict and failing pointers. */
  ajv(value: unknown): { valid: boolean; pointers: string[] };
  parse(value: unknown): Result<unknown, ValidationError>;
  fromJSON(text: string): Result<unknown, ValidationError>;
  toJSON(value: unknown): string;
  is(value: unknown): boolean;
  /** The camelCase build, where one is committed. */
  camel?: { parse(value: unknown): Result<unknown, ValidationError>; toJSON(value: unknown): string };
}

/** OpenAPI 3.1 specs whose generated code is committed (the 3.0 fixture uses keywords ajv's 2020 dialect reads differently). */
const SPECS: Array<{ spec: string; wire: string; camel?: string }> = [
  { spec: "openapi/anthropic-usage.yaml", wire: "src/generated/anthropic-usage/index.ts" },
  ...["anthropic-usage-2026", "arrays", "maps", "additional-properties-false", "nested-ref", "recursive", "enums", "awkward-names", "numbers-and-docs", "spelling-31"].map(
    (fixture) => ({
      spec: `test/fixtures/specs/${fixture}.yaml`,
      wire: `test/fixtures/expected/${fixture}/wire/index.ts`,
      camel: `test/fixtures/expected/${fixture}/camel/index.ts`,
    }),
  ),
];

function escape(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Keeps the deepest pointers: an issue about a container says no more than the issues inside it. */
export function deepest(pointers: Iterable<string>): string[] {
  const all = [...new Set(pointers)];
  return all.filter((pointer) => !all.some((other) => other !== pointer && other.startsWith(`${pointer}/`))).sort();
}

type Module = Record<string, (value: never) => unknown>;

/** Whether any `properties` inside `schema` has an own `__proto__` key. */
function declaresProto(schema: unknown): boolean {
  if (typeof schema !== "object" || schema === null) return false;
  const properties = (schema as { properties?: object }).properties;
  if (properties !== undefined && Object.hasOwn(properties, "__proto__")) return true;
  return Object.values(schema).some(declaresProto);
}

/** Whether `value` holds an own `__proto__` key at any depth. */
export function holdsProtoKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.hasOwn(value, "__proto__") || Object.values(value).some(holdsProtoKey);
}

/**
 * A copy of JSON data whose objects have no prototype. ajv tests an optional property with
 * `data.name !== undefined`, so for a property named like an `Object.prototype` member (`toString`,
 * `constructor`) it finds the inherited function and reports it; this package reads own properties
 * only. ajv gets prototype-free objects so that the comparison is about the schema, and the
 * difference itself has a test of its own.
 */
export function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (typeof value !== "object" || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = withoutPrototypes((value as Record<string, unknown>)[key]);
  return copy;
}

export async function oracleTargets(): Promise<OracleTarget[]> {
  const targets: OracleTarget[] = [];
  for (const { spec, wire, camel } of SPECS) {
    const document = parseYaml(readFileSync(join(ROOT, spec), "utf8")) as SpecDocument;
    const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
    ajv.addSchema(document as object, "spec");
    const wireModule = (await import(join(ROOT, wire))) as Module;
    const camelModule = camel === undefined ? undefined : ((await import(join(ROOT, camel))) as Module);
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      if (schema["type"] !== "object") continue;
      const type = pascalCase(name);
      const validate = ajv.compile({ $ref: `spec#/components/schemas/${escape(name)}` });
      const fn = (module: Module, prefix: string, suffix = "") => module[`${prefix}${prefix === "" ? type[0]!.toLowerCase() + type.slice(1) : type}${suffix}`] as (value: unknown) => never;
      targets.push({
        name: `${spec}#${name}`,
        document,
        schema,
        declaresProto: declaresProto(schema),
        ajv: (value) => {
          const valid = validate(withoutPrototypes(value)) as boolean;
          const pointers = (validate.errors ?? [])
            .filter((error) => !["anyOf", "oneOf", "allOf"].includes(error.keyword))
            .map((error) => {
              const params = error.params as { missingProperty?: string; additionalProperty?: string };
              const child = params.missingProperty ?? (error.keyword === "additionalProperties" ? params.additionalProperty : undefined);
              return child === undefined ? error.instancePath : `${error.instancePath}/${escape(child)}`;
            });
          return { valid, pointers: deepest(pointers) };
        },
        parse: fn(wireModule, "parse"),
        fromJSON: fn(wireModule, "", "FromJSON"),
        toJSON: fn(wireModule, "", "ToJSON"),
        is: fn(wireModule, "is"),
        ...(camelModule === undefined ? {} : { camel: { parse: fn(camelModule, "parse"), toJSON: fn(camelModule, "", "ToJSON") } }),
      });
    }
  }
  return targets;
}
