export * from "./accounts.js";
export * from "./permissions.js";
export * from "./policies.js";
export * from "./roles.js";
export * from "./scope.js";
