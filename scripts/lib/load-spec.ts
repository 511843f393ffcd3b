import { readFile } from "node:fs/promises";
import { createClient } from "@hey-api/openapi-ts";
import type { IR } from "@hey-api/openapi-ts";
import { parseDocument } from "yaml";
import { checkSpec } from "./check-spec.js";
import { renamePropertyKeys } from "./rename-property-keys.js";
import { SpecError, SpecErrors } from "./spec-error.js";

/** A spec as the emitters need it: the raw document and hey-api's normalised IR of its schemas. */
export interface LoadedSpec {
  document: Record<string, unknown>;
  schemas: Record<string, IR.SchemaObject>;
}

/**
 * Reads a YAML or JSON spec, checks it, and lets hey-api normalise it. hey-api gets the parsed object
 * (not the path) so that the document checked here is exactly the one it normalises, and so that its
 * messages never carry file-system paths. `dryRun` keeps it from writing anything.
 */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  const document = parseSpecText(await readFile(file, "utf8"));
  checkSpec(document);
  // checkSpec returned, so the document is an object.
  const spec = document as Record<string, unknown>;
  let contexts: Awaited<ReturnType<typeof createClient>>;
  try {
    contexts = await createClient({
      input: renamePropertyKeys(structuredClone(spec), PROTO, PROTO_STANDIN),
      output: { path: ".hey-api-dry-run", clean: false },
      dryRun: true,
      logs: { level: "silent", file: false },
      plugins: ["@hey-api/typescript"],
    });
  } catch (error) {
    const cause = (error as { originalError?: { error?: unknown } }).originalError?.error ?? error;
    throw new SpecErrors([new SpecError("#", `hey-api could not parse the spec: ${cause instanceof Error ? cause.message : String(cause)}`)]);
  }
  const schemas = contexts[0]?.ir.components?.schemas ?? {};
  return { document: spec, schemas: renamePropertyKeys(schemas, PROTO_STANDIN, PROTO) };
}

/**
 * hey-api builds its IR with plain assignment, so a property named `__proto__` replaces the IR
 * object's prototype instead of becoming a property, and silently disappears. Such properties cross
 * hey-api under a stand-in name (which `check-spec` keeps spec authors from using) and get their name
 * back afterwards, defined as own properties.
 */
const PROTO = "__proto__";
const PROTO_STANDIN = "\u0000__proto__";

/** YAML is a superset of JSON, so one parser reads both; its errors carry a line and column. */
function parseSpecText(text: string): unknown {
  const parsed = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const problem = parsed.errors[0];
  if (problem !== undefined) {
    // With prettyErrors the first line of the message ends in "at line L, column C".
    throw new SpecErrors([new SpecError("#", `the file is not valid YAML or JSON: ${problem.message.split("\n")[0]!.replace(/:$/, "")}`)]);
  }
  return parsed.toJS({ maxAliasCount: 100 });
}
