import { format } from "prettier";

/**
 * Formats generated files with prettier, with every option spelled out here, so that no config file
 * or editor setting on a machine can change the output: the same spec gives the same bytes anywhere.
 */
const OPTIONS = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
} as const;

export async function formatFile(path: string, text: string): Promise<string> {
  if (path.endsWith(".ts")) return format(text, { ...OPTIONS, parser: "typescript" });
  if (path.endsWith(".md")) return format(text, { ...OPTIONS, parser: "markdown" });
  return text;
}
