export * from "./group.js";
export * from "./kind.js";
export * from "./normalise.js";
export * from "./settings.js";
