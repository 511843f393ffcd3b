/**
 * Builds dist/: ES modules in dist/esm and CommonJS in dist/cjs, each with its type declarations, for
 * the `exports` map in package.json. The CommonJS half gets its own package.json saying so, which is
 * how Node and TypeScript tell the two apart inside one package.
 *
 *   npm run build
 */
import { spawnSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

function tsc(args: ReadonlyArray<string>): void {
  const result = spawnSync(process.execPath, [TSC, "-p", join(ROOT, "tsconfig.build.json"), ...args], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await rm(join(ROOT, "dist"), { recursive: true, force: true });
tsc(["--outDir", join(ROOT, "dist", "esm")]);
// verbatimModuleSyntax forbids rewriting `import` into `require`, which is exactly this build's job.
tsc(["--outDir", join(ROOT, "dist", "cjs"), "--module", "commonjs", "--moduleResolution", "node10", "--verbatimModuleSyntax", "false"]);
await mkdir(join(ROOT, "dist", "cjs"), { recursive: true });
await writeFile(join(ROOT, "dist", "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
process.stdout.write("Built dist/esm and dist/cjs.\n");
