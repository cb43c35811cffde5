export * from "./catalogue.js";
export * from "./evaluate.js";
export * from "./grouping.js";
export * from "./panel.js";
export * from "./predicate.js";
export * from "./quantile.js";
export * from "./query-limits.js";
