export {
  type ComputeOptions,
  computeLoanInterest,
  interestFen,
  NEW_RULES_FROM,
  yuanText,
} from "./calculate.js";
export { ART } from "./citations.js";
export { LoanInputError, type LoanProblem } from "./errors.js";
export {
  bpText,
  bpToRate,
  DEFAULT_LPR_TABLE,
  LPR_FIRST_DATE,
  type LprRow,
  type LprTable,
  lprOn,
  parseLprSetting,
  withLprRows,
} from "./lpr.js";
export { type ParsedRate, parseRate, percentText } from "./rate.js";
export * from "./types.js";
