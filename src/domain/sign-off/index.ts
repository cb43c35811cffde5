export * from "./kind.js";
export * from "./needs-sign-off.js";
export * from "./settings.js";
export * from "./summary.js";
export * from "./waiting.js";
