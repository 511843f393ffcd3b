/**
 * JSON text with object keys sorted, for comparing values as JSON: two values give the same text
 * exactly when they are equal JSON, whatever their key order. It writes the text itself rather than
 * building sorted objects, so an own `__proto__` key is compared like any other.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return `<${String(value)}>`;
  return JSON.stringify(value);
}
