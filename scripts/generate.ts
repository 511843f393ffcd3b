/**
 * Generates the model package from the OpenAPI specs.
 *
 *   npm run generate                                     every spec in openapi/ -> src/generated/ and docs/models/
 *   npm run generate -- --check                          writes nothing; exits 1 naming each stale or missing file
 *   npm run generate -- --input <spec> --output <dir>    one spec -> <dir> (its docs -> <dir>/docs/)
 *
 * A spec that cannot be generated exits 1 with the JSON pointer of each problem and leaves every
 * output folder as it was. Usage mistakes exit 2.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatFile } from "./lib/format.js";
import { generateSpec, headerText, type SpecOutput } from "./lib/generate-spec.js";
import { compareFolder, type FileTree, replaceFolder } from "./lib/output.js";
import { SpecError, SpecErrors } from "./lib/spec-error.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const RUNTIME = join(ROOT, "src", "runtime.ts");
const SPEC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/** One output folder and the files it must hold exactly. */
interface Target {
  folder: string;
  files: FileTree;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { check: { type: "boolean", default: false }, input: { type: "string" }, output: { type: "string" } },
      strict: true,
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
  if ((args.input === undefined) !== (args.output === undefined)) return usage("--input and --output go together");

  const packageName = (JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { name: string }).name;
  let targets: Target[];
  try {
    targets =
      args.input !== undefined && args.output !== undefined
        ? await singleSpecTargets(resolve(args.input), resolve(args.output), packageName)
        : await projectTargets(packageName);
  } catch (error) {
    if (!(error instanceof SpecErrors)) throw error;
    process.stderr.write(`Cannot generate: the spec has ${error.errors.length} problem(s).\n${error.message}\n`);
    return 1;
  }

  if (args.check) {
    const problems: string[] = [];
    for (const { folder, files } of targets) problems.push(...(await compareFolder(folder, files, shown(folder))));
    if (problems.length > 0) {
      process.stderr.write(`Generated files are out of date; run \`npm run generate\`:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
      return 1;
    }
    process.stdout.write(`Generated files are up to date (${targets.map(({ folder }) => shown(folder)).join(", ")}).\n`);
    return 0;
  }
  for (const { folder, files } of targets) {
    await replaceFolder(folder, files);
    process.stdout.write(`Wrote ${files.size} file(s) to ${shown(folder)}/\n`);
  }
  return 0;
}

/** Every spec in openapi/: code under src/generated/<spec name>/, docs under docs/models/. */
async function projectTargets(packageName: string): Promise<Target[]> {
  const specDir = join(ROOT, "openapi");
  const specs = (await readdir(specDir)).filter((name) => SPEC_EXTENSIONS.has(extname(name))).sort();
  const codeRoot = join(ROOT, "src", "generated");
  const code = new Map<string, string>();
  const docs = new Map<string, string>();
  const exportedBy = new Map<string, string>();
  const specNames: string[] = [];
  for (const spec of specs) {
    const module = basename(spec, extname(spec));
    const output = await generate(join(specDir, spec), join(codeRoot, module), packageName);
    for (const type of output.typeNames) {
      const other = exportedBy.get(type);
      if (other !== undefined) {
        throw new SpecErrors([new SpecError("#/components/schemas", `type ${type} would be exported by both openapi/${other} and openapi/${spec}`)]);
      }
      exportedBy.set(type, spec);
    }
    for (const [path, text] of output.code) code.set(`${module}/${path}`, text);
    for (const [path, text] of output.docs) docs.set(path, text);
    specNames.push(spec);
  }
  const header = headerText("openapi/");
  const exports = specNames.map((spec) => `export * from "./${basename(spec, extname(spec))}/index.js";`);
  code.set("index.ts", await formatFile("index.ts", `// ${header}\n${exports.join("\n")}\n`));
  code.set("README.md", await formatFile("README.md", generatedReadme(header, specNames)));
  return [
    { folder: codeRoot, files: code },
    { folder: join(ROOT, "docs", "models"), files: docs },
  ];
}

async function singleSpecTargets(spec: string, folder: string, packageName: string): Promise<Target[]> {
  const output = await generate(spec, folder, packageName);
  const files = new Map(output.code);
  for (const [path, text] of output.docs) files.set(`docs/${path}`, text);
  return [{ folder, files }];
}

function generate(spec: string, folder: string, packageName: string): Promise<SpecOutput> {
  const runtime = relative(folder, RUNTIME).split("\\").join("/").replace(/\.ts$/, ".js");
  return generateSpec({
    file: spec,
    source: shown(spec),
    runtimeImport: runtime.startsWith(".") ? runtime : `./${runtime}`,
    packageName,
  });
}

function generatedReadme(header: string, specs: ReadonlyArray<string>): string {
  return [
    `<!-- ${header} -->`,
    "# Generated code",
    "Everything in this folder is generated by `npm run generate` from the specs in `openapi/` and is replaced on every run. Do not edit it: change the spec and regenerate. `npm run generate -- --check` fails when this folder is out of date.",
    ...specs.map(
      (spec) =>
        `- \`${basename(spec, extname(spec))}/\` from \`openapi/${spec}\`: \`types.gen.ts\` holds the model types, \`serializers.gen.ts\` their parsers and serializers. The model docs are in \`docs/models/\`.`,
    ),
    "",
  ].join("\n\n");
}

/** A path as messages and generated headers show it: relative to the project root, with `/`. */
function shown(path: string): string {
  const rel = relative(ROOT, path).split("\\").join("/");
  return rel === "" ? "." : rel.startsWith("..") ? basename(path) : rel;
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\nUsage: npm run generate [-- --check] [-- --input <spec> --output <folder>]\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
