/** 执行不能案件库 (docs/termination-library.md). */
export * from "./library.js";
export * from "./schedule.js";
