/** 案号 (case numbers): parsing, formatting, the type-code (类型代字) and court-code (法院代字) tables. */
export {
  allCourts,
  type CourtInfo,
  type CourtLevel,
  type CourtSummary,
  courtLevelOf,
  courtSummary,
  HIGH_COURT_CHARS,
  isCourtCodeShape,
  lookupCourt,
  SUPREME_COURT_CODE,
} from "./courts.js";
export {
  type CaseNumberParts,
  FIXED_LENGTH_SEQUENCES,
  formatCaseNumber,
  formatSequence,
} from "./format.js";
export {
  type AnyCaseNumber,
  type CaseNumber,
  type CaseNumberError,
  type CaseNumberErrorCode,
  type CaseNumberResult,
  type ExpandResult,
  expandCaseNumberRange,
  type LegacyCaseNumber,
  MAX_RANGE_SIZE,
  MAX_YEAR,
  MIN_YEAR,
  modernCaseNumber,
  normalizeCaseNumberText,
  parseCaseNumber,
} from "./parse.js";
export { allTypeCodes, lookupTypeCode, maxTypeCodeLength, type TypeCodeInfo } from "./type-codes.js";
