/** The `npm run generate` command: arguments, the plan of folders to fill, and the report. */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SUPPORTED_SUMMARY } from "./check-spec.js";
import { formatFile } from "./format.js";
import { generateSpec, headerText, type SpecOutput } from "./generate-spec.js";
import { compareFolder, type FileTree, replaceFolder } from "./output.js";
import type { NamingMode } from "./model-naming.js";
import { SpecError, SpecErrors } from "./spec-error.js";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const RUNTIME = join(ROOT, "src", "runtime.ts");

/** Where a project run reads specs and writes output. Tests point it at scratch folders. */
export interface Layout {
  specs: string;
  code: string;
  docs: string;
}

const PROJECT: Layout = { specs: join(ROOT, "openapi"), code: join(ROOT, "src", "generated"), docs: join(ROOT, "docs", "models") };
const SPEC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
const CHECK_WORDS = { stale: "stale", missing: "missing", extra: "not generated from the spec" } as const;
const WRITE_WORDS = { stale: "updated", missing: "added", extra: "removed" } as const;

/** One output folder and the files it must hold exactly. */
interface Target {
  folder: string;
  files: FileTree;
}

/** What every spec of a run is generated with. */
interface Settings {
  packageName: string;
  naming: NamingMode;
}

/** What a run generates: the folders to fill, and what to tell the user about them. */
interface Plan {
  targets: Target[];
  report: string[];
}

/** Where the command writes; the process's own streams, or a test's buffers. */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the generate command with `argv` (the arguments after `generate`) and returns its exit code. */
export async function runCli(argv: ReadonlyArray<string>, io: Output = process, layout: Layout = PROJECT): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        check: { type: "boolean", default: false },
        input: { type: "string" },
        output: { type: "string" },
        naming: { type: "string", default: "wire" },
      },
      strict: true,
    }).values;
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if ((args.input === undefined) !== (args.output === undefined)) return usage(io, "--input and --output go together");

  if (args.naming !== "wire" && args.naming !== "camel") return usage(io, `--naming takes wire or camel, not ${JSON.stringify(args.naming)}`);
  const settings: Settings = {
    packageName: await packageName(),
    naming: args.naming,
  };
  let plan: Plan;
  try {
    plan =
      args.input !== undefined && args.output !== undefined
        ? await singleSpecPlan(resolve(args.input), resolve(args.output), settings)
        : await projectPlan(settings, layout);
  } catch (error) {
    if (!(error instanceof SpecErrors)) throw error;
    const count = error.errors.length === 1 ? "1 problem" : `${error.errors.length} problems`;
    const hint = error.message.includes("not supported") ? `${SUPPORTED_SUMMARY}\n` : "";
    io.stderr.write(`Cannot generate: the spec has ${count}; no file was written.\n${error.message}\n${hint}`);
    return 1;
  }

  const { targets, report } = plan;
  if (args.check) {
    const problems: string[] = [];
    for (const { folder, files } of targets) {
      for (const { kind, path } of await compareFolder(folder, files)) problems.push(`${CHECK_WORDS[kind]}: ${shown(folder)}/${path}`);
    }
    if (problems.length > 0) {
      io.stderr.write(`Generated files are out of date; run \`npm run generate\`:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
      return 1;
    }
    io.stdout.write(`Generated files are up to date (${targets.map(({ folder }) => shown(folder)).join(", ")}).\n`);
    return 0;
  }
  for (const { folder, files } of targets) {
    const changes = await compareFolder(folder, files);
    await replaceFolder(folder, files);
    const lines = changes.map(({ kind, path }) => `  ${WRITE_WORDS[kind]}: ${path}`);
    const changed = lines.length === 0 ? "none changed" : `changed:\n${lines.join("\n")}`;
    io.stdout.write(`Wrote ${shown(folder)}/ (${files.size} file${files.size === 1 ? "" : "s"}), ${changed}\n`);
  }
  io.stdout.write(`${report.join("\n")}\n`);
  return 0;
}

/** Every spec in openapi/: code under src/generated/<spec name>/, docs under docs/models/. */
async function projectPlan(settings: Settings, layout: Layout): Promise<Plan> {
  const specDir = layout.specs;
  const specs = (await readdir(specDir)).filter((name) => SPEC_EXTENSIONS.has(extname(name))).sort();
  const specsShown = shown(specDir);
  if (specs.length === 0) throw new SpecErrors([new SpecError("#", `${specsShown}/ holds no .yaml, .yml or .json spec`)]);
  const codeRoot = layout.code;
  const code = new Map<string, string>();
  const docs = new Map<string, string>();
  const exportedBy = new Map<string, string>();
  const specNames: string[] = [];
  const report: string[] = [];
  for (const spec of specs) {
    const module = basename(spec, extname(spec));
    const output = await generate(join(specDir, spec), join(codeRoot, module), settings);
    for (const type of output.typeNames) {
      const other = exportedBy.get(type);
      if (other !== undefined) {
        throw new SpecErrors([
          new SpecError("#/components/schemas", `type ${type} would be exported by both ${specsShown}/${other} and ${specsShown}/${spec}`),
        ]);
      }
      exportedBy.set(type, spec);
    }
    for (const [path, text] of output.code) code.set(`${module}/${path}`, text);
    for (const [path, text] of output.docs) docs.set(path, text);
    specNames.push(spec);
    report.push(`${specsShown}/${spec}:`, ...output.summary.map((line) => `  ${line}`));
  }
  const header = headerText(`${specsShown}/`);
  const exports = specNames.map((spec) => `export * from "./${basename(spec, extname(spec))}/index.js";`);
  code.set("index.ts", await formatFile("index.ts", `// ${header}\n${exports.join("\n")}\n`));
  code.set("README.md", await formatFile("README.md", generatedReadme(header, specsShown, shown(layout.docs), specNames)));
  return {
    targets: [
      { folder: codeRoot, files: code },
      { folder: layout.docs, files: docs },
    ],
    report,
  };
}

/**
 * The files that `--input spec --output folder` would write, without writing them: what tests compare
 * with committed expected output.
 */
export async function singleSpecFiles(spec: string, folder: string, naming: NamingMode): Promise<FileTree> {
  const plan = await singleSpecPlan(resolve(spec), resolve(folder), { packageName: await packageName(), naming });
  return plan.targets[0]!.files;
}

async function packageName(): Promise<string> {
  return (JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { name: string }).name;
}

async function singleSpecPlan(spec: string, folder: string, settings: Settings): Promise<Plan> {
  const output = await generate(spec, folder, settings);
  const files = new Map(output.code);
  for (const [path, text] of output.docs) files.set(`docs/${path}`, text);
  return { targets: [{ folder, files }], report: [`${shown(spec)}:`, ...output.summary.map((line) => `  ${line}`)] };
}

function generate(spec: string, folder: string, settings: Settings): Promise<SpecOutput> {
  const runtime = relative(folder, RUNTIME).split("\\").join("/").replace(/\.ts$/, ".js");
  return generateSpec({
    file: spec,
    source: shown(spec),
    runtimeImport: runtime.startsWith(".") ? runtime : `./${runtime}`,
    ...settings,
  });
}

function generatedReadme(header: string, specDir: string, docsDir: string, specs: ReadonlyArray<string>): string {
  return [
    `<!-- ${header} -->`,
    "# Generated code",
    `Everything in this folder is generated by \`npm run generate\` from the specs in \`${specDir}/\` and is replaced on every run. Do not edit it: change the spec and regenerate. \`npm run generate -- --check\` fails when this folder is out of date.`,
    ...specs.map(
      (spec) =>
        `- \`${basename(spec, extname(spec))}/\` from \`${specDir}/${spec}\`: \`types.gen.ts\` holds the model types, \`serializers.gen.ts\` their parsers and serializers. The model docs are in \`${docsDir}/\`.`,
    ),
    "",
  ].join("\n\n");
}

/** A path as messages and generated headers show it: relative to the project root, with `/`. */
function shown(path: string): string {
  const rel = relative(ROOT, path).split("\\").join("/");
  return rel === "" ? "." : rel.startsWith("..") ? basename(path) : rel;
}

function usage(io: Output, problem: string): number {
  io.stderr.write(`${problem}\nUsage: npm run generate [-- --check] [-- --naming wire|camel] [-- --input <spec> --output <folder>]\n`);
  return 2;
}

