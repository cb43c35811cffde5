/** The assessment API's shapes (考核): the server's HTTP schema types. */
import type { z } from "zod";
import type {
  assessmentResult,
  schemeBody,
  schemeItem,
  schemeList,
  schemeRow,
} from "../../../../src/http/routes/assessment/schema.js";

export type SchemeItem = z.infer<typeof schemeItem>;
export type SchemeRow = z.infer<typeof schemeRow>;
export type SchemeList = z.infer<typeof schemeList>;
export type SchemeBody = z.input<typeof schemeBody>;
export type AssessmentResult = z.infer<typeof assessmentResult>;
export type AssessmentUnit = AssessmentResult["units"][number];
export type ScoringMethod = SchemeItem["method"];
export type AssessmentBy = AssessmentResult["by"];
