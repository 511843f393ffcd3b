/**
 * `npm run check:package`: builds, packs the tarball that would be published, and checks it the way
 * consumers' tools will see it: publint (package.json fields against the files) and
 * @arethetypeswrong/cli (types for every module resolution mode). Exits non-zero on any error.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

function run(command: string, args: string[], echo = true): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (echo) process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    process.stderr.write(`\ncheck:package: ${[command, ...args].join(" ")} failed\n`);
    process.exit(1);
  }
  return result.stdout;
}

run(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "build.ts")]);
const folder = mkdtempSync(join(tmpdir(), "package-check-"));
try {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", folder, "--silent"], false)) as Array<{ filename: string }>;
  const tarball = join(folder, packed!.filename);
  run(bin("publint"), ["run", tarball, "--strict"]);
  run(bin("attw"), [tarball, "--format", "table", "--no-emoji", "--no-color"]);
  process.stdout.write("check:package: publint and attw found no problem.\n");
} finally {
  rmSync(folder, { recursive: true, force: true });
}
