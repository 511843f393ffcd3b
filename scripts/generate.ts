/**
 * Generates the model package from the OpenAPI specs.
 *
 *   npm run generate                                     every spec in openapi/ -> src/generated/ and docs/models/
 *   npm run generate -- --check                          writes nothing; exits 1 naming each stale or missing file
 *   npm run generate -- --input <spec> --output <dir>    one spec -> <dir> (its docs -> <dir>/docs/)
 *   npm run generate -- --naming camel                   camelCase models with a `...Wire` type beside (default: wire)
 *
 * A spec that cannot be generated exits 1 with the JSON pointer of each problem and leaves every
 * output folder as it was. Usage mistakes exit 2.
 */
import { runCli } from "./lib/cli.js";

process.exitCode = await runCli(process.argv.slice(2));
