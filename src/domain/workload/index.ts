export * from "./comparison.js";
export * from "./suggest.js";
export * from "./weights.js";
export * from "./workload.js";
