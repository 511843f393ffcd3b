/**
 * ajv compiled from the same spec component the package is generated from (OpenAPI 3.1 schemas are
 * JSON Schema 2020-12), reporting every error. A bench contender; it validates and has no serializer,
 * so its "toJSON" is validate plus JSON.stringify.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "yaml";

const spec = parse(readFileSync(new URL("../../openapi/anthropic-usage.yaml", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, object> };
};
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
export const validateUsage = ajv.compile(spec.components.schemas["AnthropicMessageResponseUsage"]!);
