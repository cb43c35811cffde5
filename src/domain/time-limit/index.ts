export * from "./clock.js";
export * from "./explain.js";
export * from "./rules.js";
export * from "./settings.js";
export * from "./timeline.js";
