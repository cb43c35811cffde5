export * from "./escalation.js";
export * from "./kind.js";
export * from "./tally.js";
