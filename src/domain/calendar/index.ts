export * from "./civil-date.js";
export * from "./legal-calendar.js";
export * from "./period.js";
