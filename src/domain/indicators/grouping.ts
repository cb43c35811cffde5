/** The ways a panel can be grouped: by court, division, judge, category, type code, procedure, month, or all together. */
export const GROUPINGS = [
  "court",
  "division",
  "judge",
  "category",
  "type",
  "procedure",
  "month",
  "all",
] as const;
export type Grouping = (typeof GROUPINGS)[number];
