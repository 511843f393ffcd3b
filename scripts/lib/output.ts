import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** Generated files by path relative to their output folder. */
export type FileTree = ReadonlyMap<string, string>;

/**
 * Replaces `folder` with exactly `files`. Everything is written to a sibling folder first and swapped
 * in with renames at the end, so a failure part-way leaves the old output as it was.
 */
export async function replaceFolder(folder: string, files: FileTree): Promise<void> {
  const staging = `${folder}.staging-${process.pid}`;
  const retired = `${folder}.retired-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      const target = join(staging, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    await mkdir(staging, { recursive: true });
    await mkdir(dirname(folder), { recursive: true });
    const existed = await rename(folder, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return false;
        throw error;
      },
    );
    await rename(staging, folder);
    if (existed) await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** How a file on disk differs from what the spec generates. */
export interface Difference {
  kind: "stale" | "missing" | "extra";
  /** Relative to the folder. */
  path: string;
}

/** What differs between `folder` on disk and `files`, file by file, in path order. */
export async function compareFolder(folder: string, files: FileTree): Promise<Difference[]> {
  const differences: Difference[] = [];
  const onDisk = new Set(await listFiles(folder));
  for (const [path, text] of files) {
    if (!onDisk.has(path)) differences.push({ kind: "missing", path });
    else if ((await readFile(join(folder, path), "utf8")) !== text) differences.push({ kind: "stale", path });
  }
  for (const path of onDisk) {
    if (!files.has(path)) differences.push({ kind: "extra", path });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}
