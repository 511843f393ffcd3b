import { NameScope } from "./naming.js";

/** Helpers of the runtime module that generated code may import, in the order they are imported. */
const RUNTIME_VALUES = [
  "addIssue",
  "codePointLength",
  "isJsonObject",
  "isPlainObject",
  "mapArray",
  "ownValue",
  "parseJsonText",
  "parseValue",
  "quoteJson",
  "serializeValue",
  "setOwnProperty",
  "writeJsonValue",
] as const;
export type RuntimeValue = (typeof RUNTIME_VALUES)[number];

const RUNTIME_TYPES = ["JsonObject", "JsonPath", "Mapper", "Result", "ValidationError", "ValidationIssue"] as const;
export type RuntimeType = (typeof RUNTIME_TYPES)[number];

/**
 * What the emitters of one generated module share: its function names (one scope, so no two
 * emitters hand out the same name), the functions emitted so far, and the runtime helpers they use,
 * so that exactly those are imported.
 */
export class ModuleContext {
  readonly functionNames = new NameScope();
  private readonly functions: string[] = [];
  private readonly values = new Set<RuntimeValue>();
  private readonly types = new Set<RuntimeType>();

  use(...names: RuntimeValue[]): void {
    for (const name of names) this.values.add(name);
  }

  useType(...names: RuntimeType[]): void {
    for (const name of names) this.types.add(name);
  }

  /**
   * Takes the next place in the module for a function whose text is not known yet: emitting a
   * function can emit its helpers, and the function should still come before them.
   */
  reserveFunction(): (text: string) => void {
    const index = this.functions.push("") - 1;
    return (text) => {
      this.functions[index] = text;
    };
  }

  functionsText(): string {
    return this.functions.join("\n");
  }

  /** `import { addIssue, ..., type Result } from "<runtime>";` with what was used, in a fixed order. */
  runtimeImport(specifier: string): string {
    const names = [
      ...RUNTIME_VALUES.filter((name) => this.values.has(name)),
      ...RUNTIME_TYPES.filter((name) => this.types.has(name)).map((name) => `type ${name}`),
    ];
    return `import { ${names.join(", ")} } from ${JSON.stringify(specifier)};`;
  }
}
