import type { Docs } from "./schema-model.js";

/**
 * TSDoc for generated declarations, from the spec's documentation keywords. Spec text is written by
 * someone else, so `*\/` inside it is escaped: it would otherwise end the comment and turn the rest
 * of the description into code.
 */
export function docLines(docs: Docs, tags: ReadonlyArray<string> = []): string[] {
  const lines: string[] = [];
  if (docs.title !== undefined) lines.push(...wrap(docs.title));
  if (docs.description !== undefined) {
    if (lines.length > 0) lines.push("");
    lines.push(...wrap(docs.description));
  }
  const allTags = [...tags];
  if (docs.default !== undefined) allTags.push(`@default ${JSON.stringify(docs.default)}`);
  if (docs.example !== undefined) allTags.push(`@example ${JSON.stringify(docs.example)}`);
  if (docs.deprecated === true) allTags.push("@deprecated");
  if (allTags.length > 0 && lines.length > 0) lines.push("");
  lines.push(...allTags);
  return lines;
}

/** Comment width; prettier formats code but leaves comments as they are. */
const WIDTH = 100;

/** Breaks long spec text at spaces, keeping the spec's own line breaks. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line !== "" && line.length + 1 + word.length > WIDTH) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The text between `/*` and `*\/` for the lines, as TypeScript's synthetic comments want it. */
export function commentBody(lines: ReadonlyArray<string>): string {
  const escaped = lines.map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  if (escaped.length === 1) return `* ${escaped[0]} `;
  return `*\n${escaped.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n `;
}

/** A whole `/** ... *\/` block for code emitted as text. */
export function docComment(lines: ReadonlyArray<string>): string {
  return lines.length === 0 ? "" : `/*${commentBody(lines)}*/`;
}
