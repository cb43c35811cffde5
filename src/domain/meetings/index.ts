export * from "./kind.js";
export * from "./rules.js";
export * from "./settings.js";
