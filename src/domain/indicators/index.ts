export * from "./catalogue.js";
export * from "./evaluate.js";
export * from "./predicate.js";
