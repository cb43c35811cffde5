export * from "./effective-date.js";
export * from "./figure-docs.js";
export * from "./figures.js";
export * from "./records.js";
export * from "./settings.js";
