/**
 * The package's public entry: the generated models with their parsers and serializers, and the
 * result and error types they share.
 */
export * from "./generated/index.js";
export { err, ok, type Result } from "./result.js";
export { ValidationError, type ValidationIssue } from "./validation-error.js";
export { toJsonPointer, type JsonPath } from "./json-pointer.js";
export { addUsage, mergeStreamUsage, totalInputTokens, totalTokens, type MessageDeltaUsage } from "./usage.js";
