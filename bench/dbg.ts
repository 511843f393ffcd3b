import { measure, do_not_optimize } from "mitata";
import { anthropicMessageResponseUsageFromJSON as f } from "../src/index.js";
const text = `{"input_tokens":2095,"cache_creation_input_tokens":0,"cache_read_input_tokens":1800,"output_tokens":503}`;
for (let r = 0; r < 3; r++) {
  const a = (await measure(() => do_not_optimize(JSON.parse(text)))).p50;
  const b = (await measure(() => do_not_optimize(f(text)))).p50;
  console.log(a.toFixed(0), b.toFixed(0), (b / a).toFixed(2));
}
