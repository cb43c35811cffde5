export * from "./engine.js";
export * from "./types.js";
export * from "./working-days.js";
