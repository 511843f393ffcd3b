/**
 * `npm run size`: the minified and gzipped size of a consumer bundle that imports only FromJSON and
 * ToJSON of the usage model, built with esbuild as an application would bundle it, next to the same
 * for the zod/v4-mini contender.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const ENTRIES = {
  "this package": `import { anthropicMessageResponseUsageFromJSON, anthropicMessageResponseUsageToJSON } from "./src/index.ts";
export { anthropicMessageResponseUsageFromJSON, anthropicMessageResponseUsageToJSON };`,
  "zod/v4-mini, Speakeasy style": `import { usageInbound, usageOutbound } from "./bench/contenders/zod-mini.ts";
export const fromJSON = (text) => usageInbound.safeParse(JSON.parse(text));
export const toJSON = (model) => JSON.stringify(usageOutbound.parse(model));`,
};

export const SIZE_TARGET_BYTES = 1024;

export async function bundleSizes(): Promise<Array<{ name: string; minified: number; gzipped: number }>> {
  const sizes = [];
  for (const [name, contents] of Object.entries(ENTRIES)) {
    const result = await build({
      stdin: { contents, resolveDir: ROOT, sourcefile: "entry.ts", loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
      treeShaking: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.contents;
    sizes.push({ name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length });
  }
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await bundleSizes();
  const rows = sizes.map(({ name, minified, gzipped }) => `| ${name} | ${minified} B | ${gzipped} B |`);
  process.stdout.write(["| bundle (FromJSON + ToJSON) | minified | minified + gzip |", "| --- | --- | --- |", ...rows].join("\n") + "\n");
  const ours = sizes[0]!;
  process.stdout.write(`Target: <= ${SIZE_TARGET_BYTES} B gzipped for this package: ${ours.gzipped <= SIZE_TARGET_BYTES ? "met" : "MISSED"} (${ours.gzipped} B).\n`);
}
