import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Layout, runCli } from "../../scripts/lib/cli.js";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the generate command in this process, collecting what it prints: the same code as
 * `npm run generate -- <args>` without a process start per call (loading the generator packages
 * takes seconds).
 */
export async function runGenerator(args: ReadonlyArray<string>, layout?: Layout): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
  const status = await runCli(args, io, layout);
  return { status, stdout, stderr };
}

/** Runs `npm run generate -- <args>` as npm does (tsx on the script) in a child process, from the project root. */
export function runGeneratorProcess(args: ReadonlyArray<string>): Run {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "generate.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh, empty scratch folder inside the project (ignored by git), so generated imports resolve. */
export function scratchFolder(name: string): string {
  const folder = join(ROOT, "test", ".generated", name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every file below `folder` with its bytes, by relative path. */
export function readTree(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(folder);
  return files;
}
