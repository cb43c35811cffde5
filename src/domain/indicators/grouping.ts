/** The ways a panel can be grouped: by court, division, judge, category, type code, procedure, month, or all together; or by 案由 (the 涉企 panel). */
export const GROUPINGS = [
  "court",
  "division",
  "judge",
  "category",
  "type",
  "procedure",
  "month",
  "all",
  "cause",
] as const;
export type Grouping = (typeof GROUPINGS)[number];
