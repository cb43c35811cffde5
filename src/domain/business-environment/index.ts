/** 涉企 cases and the 营商环境 "解决商业纠纷" pack (docs/business-environment.md). */
export * from "./definitions.js";
export * from "./pack.js";
