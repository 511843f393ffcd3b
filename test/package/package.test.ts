/**
 * The package as consumers get it: built, packed into the tarball npm would publish, and installed
 * from that tarball (no network: it has no dependencies) into throwaway projects that import it the
 * ways real projects do.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-generator.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; dependencies?: object };
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const usageText = JSON.stringify(`{"input_tokens":1,"output_tokens":2,"service_tier":"batch"}`);

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

let tarball: string;
let packedFiles: string[];
const work = mkdtempSync(join(tmpdir(), "consumers-"));

/** A project with the tarball installed and `files` written into it. */
function project(name: string, type: "module" | "commonjs", files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
  const install = run("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--silent"], dir);
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

beforeAll(() => {
  const built = run(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build.ts")], ROOT);
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
  const packed = run("npm", ["pack", "--json", "--pack-destination", work, "--silent"], ROOT);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info!.filename);
  packedFiles = info!.files.map((file) => file.path).sort();
});

describe("the tarball", () => {
  it("ships the builds, the model docs, README, LICENSE and package.json, and nothing else", () => {
    expect(packedFiles.filter((path) => !/^dist\/(esm|cjs)\/.+\.(js|d\.ts)$/.test(path))).toEqual([
      "LICENSE",
      "README.md",
      "dist/cjs/package.json",
      "docs/models/AnthropicMessageResponseUsage.md",
      "package.json",
    ]);
    expect(packedFiles).toContain("dist/esm/index.js");
    expect(packedFiles).toContain("dist/cjs/index.d.ts");
  });

  it("has no runtime dependencies", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("contains no eval, new Function or dynamic import", () => {
    const files = readdirSync(join(ROOT, "dist"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".js"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(join(ROOT, "dist", file), "utf8"), file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bimport\s*\(/);
  });
});

describe("installed from the tarball", () => {
  it("an ES module project imports it and parses a response", () => {
    const dir = project("esm", "module", {
      "main.js": `import { anthropicMessageResponseUsageFromJSON, anthropicMessageResponseUsageToJSON } from ${JSON.stringify(pkg.name)};
const result = anthropicMessageResponseUsageFromJSON(${usageText});
process.stdout.write(anthropicMessageResponseUsageToJSON(result.value));`,
    });
    const out = run(process.execPath, ["main.js"], dir);
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({ input_tokens: 1, output_tokens: 2, service_tier: "batch" });
  });

  it("a CommonJS project requires it and gets ValidationError as a class it can test against", () => {
    const dir = project("cjs", "commonjs", {
      "main.js": `const { parseAnthropicMessageResponseUsage, ValidationError } = require(${JSON.stringify(pkg.name)});
const result = parseAnthropicMessageResponseUsage({ input_tokens: "1", output_tokens: 2 });
process.stdout.write(String(result.error instanceof ValidationError) + " " + result.error.message);`,
    });
    const out = run(process.execPath, ["main.js"], dir);
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(`true /input_tokens: expected a non-negative safe integer, received string "1"`);
  });

  const consumerTs = `import { anthropicMessageResponseUsageFromJSON, totalTokens, type AnthropicMessageResponseUsage, type Result, type ValidationError } from ${JSON.stringify(pkg.name)};
const result: Result<AnthropicMessageResponseUsage, ValidationError> = anthropicMessageResponseUsageFromJSON("{}");
if (result.ok) {
  const count: number = totalTokens(result.value);
  const cached: number | null | undefined = result.value.cache_read_input_tokens;
  void count, cached;
} else {
  const pointer: string | undefined = result.error.issues[0]?.pointer;
  void pointer;
}
// @ts-expect-error: exactOptionalPropertyTypes keeps absent and undefined apart.
const wrong: AnthropicMessageResponseUsage = { input_tokens: 1, output_tokens: 2, cache_read_input_tokens: undefined };
void wrong;
`;
  const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: false, types: [] };

  it.each([
    ["node16", "module", { module: "node16", moduleResolution: "node16" }],
    ["nodenext", "module", { module: "nodenext", moduleResolution: "nodenext" }],
    ["bundler", "module", { module: "esnext", moduleResolution: "bundler" }],
    ["node16 from CommonJS", "commonjs", { module: "node16", moduleResolution: "node16" }],
  ] as const)("a TypeScript project with moduleResolution %s type-checks under strict options", (name, type, options) => {
    const dir = project(`ts-${name.replaceAll(" ", "-")}`, type, {
      "main.ts": consumerTs,
      "tsconfig.json": JSON.stringify({ compilerOptions: { ...strict, ...options, target: "es2022" }, files: ["main.ts"] }),
    });
    const tsc = run(process.execPath, [TSC, "-p", "tsconfig.json"], dir);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("a browser bundle that imports only FromJSON leaves the rest of the package out", async () => {
    const dir = project("bundle", "module", {
      "entry.js": `import { anthropicMessageResponseUsageFromJSON } from ${JSON.stringify(pkg.name)};
console.log(anthropicMessageResponseUsageFromJSON(${usageText}).ok);`,
    });
    const result = await build({ entryPoints: [join(dir, "entry.js")], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain("function anthropicMessageResponseUsageFromJSON");
    for (const absent of ["anthropicMessageResponseUsageToJSON", "parseAnthropicMessageResponseUsage", "isAnthropicMessageResponseUsage", "writeAnthropicMessageResponseUsage", "mergeStreamUsage", "addUsage", "cloneJson"]) {
      expect(code, absent).not.toContain(absent);
    }
  });
});
