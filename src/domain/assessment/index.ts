export * from "./catalogue-lookup.js";
export * from "./example-2024.js";
export * from "./register-indicators.js";
export * from "./scheme.js";
export * from "./score.js";
