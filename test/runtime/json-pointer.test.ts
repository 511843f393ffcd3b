import { describe, expect, it } from "vitest";
import { toJsonPointer } from "../../src/json-pointer.js";

describe("toJsonPointer", () => {
  it.each<{ given: Array<string | number>; want: string }>([
    { given: [], want: "" },
    { given: ["input_tokens"], want: "/input_tokens" },
    { given: ["counts", 2, "value"], want: "/counts/2/value" },
    { given: ["a/b", "m~n"], want: "/a~1b/m~0n" },
    { given: ["~1"], want: "/~01" },
    { given: [""], want: "/" },
  ])("formats $given as $want", ({ given, want }) => {
    expect(toJsonPointer(given)).toBe(want);
  });
});
