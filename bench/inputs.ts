/**
 * The bench corpus: usage objects as the API, gateways and SDKs send them. Every contender gets the
 * same texts and the same parsed objects.
 */

export interface BenchInput {
  name: string;
  text: string;
  /** Valid inputs are timed on the happy path; the invalid one on the error path. */
  valid: boolean;
  /** Whether the object carries fields the four-field model does not describe. */
  unknownKeys: boolean;
}

const full2026 = {
  input_tokens: 1024,
  cache_creation_input_tokens: 2048,
  cache_read_input_tokens: 4096,
  cache_creation: { ephemeral_5m_input_tokens: 2048, ephemeral_1h_input_tokens: 0 },
  output_tokens: 512,
  server_tool_use: { web_search_requests: 2, web_fetch_requests: 1 },
  service_tier: "standard",
  inference_geo: "us",
  output_tokens_details: { thinking_tokens: 256 },
};

export const INPUTS: BenchInput[] = [
  { name: "minimal", text: `{"input_tokens":12,"output_tokens":3}`, valid: true, unknownKeys: false },
  {
    name: "all four counts",
    text: `{"input_tokens":2095,"cache_creation_input_tokens":0,"cache_read_input_tokens":1800,"output_tokens":503}`,
    valid: true,
    unknownKeys: false,
  },
  { name: "full 2026 usage", text: JSON.stringify(full2026), valid: true, unknownKeys: true },
  {
    name: "null cache counts",
    text: `{"input_tokens":5,"cache_creation_input_tokens":null,"cache_read_input_tokens":null,"output_tokens":7}`,
    valid: true,
    unknownKeys: false,
  },
  { name: "invalid (2 bad fields)", text: `{"input_tokens":"12","cache_read_input_tokens":-1,"output_tokens":3}`, valid: false, unknownKeys: false },
];

/** `input_tokens` -> `inputTokens`, for building the camelCase models the serializers start from. */
export function camelKeys(value: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[known.has(key) ? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : key] = item;
  }
  return out;
}
