/** 案件大类 — the family a case belongs to, fixed by its type code (类型代字). */
export const CATEGORIES = ["civil", "criminal", "administrative", "enforcement", "other"] as const;
export type CaseCategory = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<CaseCategory, string> = {
  civil: "民事",
  criminal: "刑事",
  administrative: "行政",
  enforcement: "执行",
  other: "其他",
};

/**
 * 审级/案件性质 — where in the life of a dispute a case sits. Indicators such as 上诉率 and
 * 改判发回重审率 count first-instance cases only.
 */
export const INSTANCES = [
  "first",
  "second",
  "retrial-review",
  "retrial",
  "enforcement",
  "enforcement-review",
  "special",
  "other",
] as const;
export type Instance = (typeof INSTANCES)[number];
