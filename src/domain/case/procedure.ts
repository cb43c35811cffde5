/**
 * 审理程序 — the procedure a case is heard under, as the import format names it
 * (../docs/import-format.md, column 审理程序). The type code alone does not fix it:
 * 民初 may be 普通, 简易 or 小额 (reference/deadlines.md §5.2).
 */
export const PROCEDURES = [
  "普通程序",
  "简易程序",
  "小额诉讼程序",
  "速裁程序",
  "第二审程序",
  "特别程序",
  "督促程序",
  "公示催告程序",
  "再审审查",
  "再审",
  "执行实施",
  "执行审查",
  "非诉执行",
  "其他",
] as const;

export type Procedure = (typeof PROCEDURES)[number];

/** English spellings accepted wherever a procedure is read (import, timeline JSON, API). */
const ALIASES: Record<string, Procedure> = {
  ordinary: "普通程序",
  普通: "普通程序",
  summary: "简易程序",
  simple: "简易程序",
  简易: "简易程序",
  "small-claims": "小额诉讼程序",
  small_claims: "小额诉讼程序",
  smallclaims: "小额诉讼程序",
  小额: "小额诉讼程序",
  小额诉讼: "小额诉讼程序",
  "fast-track": "速裁程序",
  fasttrack: "速裁程序",
  速裁: "速裁程序",
  "second-instance": "第二审程序",
  appeal: "第二审程序",
  二审: "第二审程序",
  第二审: "第二审程序",
  special: "特别程序",
  "payment-order": "督促程序",
  "public-summons": "公示催告程序",
  "retrial-review": "再审审查",
  retrial: "再审",
  enforcement: "执行实施",
  "enforcement-review": "执行审查",
  "non-litigation-enforcement": "非诉执行",
  other: "其他",
};

/** Reads a procedure name in Chinese or English; undefined when it is not one we know. */
export function parseProcedure(text: string): Procedure | undefined {
  const t = text.trim();
  if ((PROCEDURES as readonly string[]).includes(t)) return t as Procedure;
  return ALIASES[t] ?? ALIASES[t.toLowerCase()];
}
