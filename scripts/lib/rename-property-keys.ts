/**
 * Renames a property everywhere in a spec or IR, keeping key order: every `properties` key and every
 * `required` entry equal to `from` becomes `to`. The generator packages stumble on a few property
 * names (see load-spec.ts and emit-types.ts); those cross them under a stand-in name.
 */
/** A copy of `value` with every `properties` key and `required` entry `from` renamed `to`, order kept. */
export function renamePropertyKeys<T>(value: T, from: string, to: string): T {
  if (Array.isArray(value)) return value.map((item: unknown) => renamePropertyKeys(item, from, to)) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    let renamed = renamePropertyKeys(child, from, to);
    if (key === "properties" && typeof child === "object" && child !== null) {
      const properties: Record<string, unknown> = {};
      for (const [name, schema] of Object.entries(renamed as Record<string, unknown>)) {
        Object.defineProperty(properties, name === from ? to : name, { value: schema, enumerable: true, writable: true, configurable: true });
      }
      renamed = properties;
    } else if (key === "required" && Array.isArray(child)) {
      renamed = child.map((name: unknown) => (name === from ? to : name));
    }
    Object.defineProperty(copy, key, { value: renamed, enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}
