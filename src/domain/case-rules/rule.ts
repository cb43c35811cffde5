/**
 * 类案裁判规则: a rule for deciding a kind of case the same way, drawn from the common problems of
 * reversed cases (评析会) — title, 案由, the rule's text and the cases it comes from. A draft is
 * adopted by the 审判委员会 (《人民法院组织法》第三十七条第一款第（一）项: 审判委员会总结审判工作经验;
 * 《最高人民法院关于健全完善人民法院审判委员会工作机制的意见》（法发〔2019〕20号）), recorded with the
 * day and the reference of its decision, and later retired. Adopted rules are the court's own
 * reference in 类案检索 (《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》（法发〔2020〕24号）
 * 第四条 names the court's own effective judgments among the cases to search); they guide, they do
 * not bind (local practice).
 */

export const RULE_STATUSES = ["draft", "adopted", "retired"] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const RULE_STATUS_NAMES: Record<RuleStatus, string> = {
  draft: "草稿",
  adopted: "审委会已通过",
  retired: "已废止",
};

export function isRuleStatus(v: string): v is RuleStatus {
  return (RULE_STATUSES as readonly string[]).includes(v);
}

/** May the rule move from `from` by `action`? (draft → adopted → retired; only a draft is edited.) */
export function ruleTransition(
  from: RuleStatus,
  action: "edit" | "adopt" | "retire",
): { ok: true } | { ok: false; reason: string } {
  if (action === "edit")
    return from === "draft"
      ? { ok: true }
      : { ok: false, reason: `${RULE_STATUS_NAMES[from]}的规则不能修改，请另拟新规则` };
  if (action === "adopt")
    return from === "draft"
      ? { ok: true }
      : { ok: false, reason: `只有草稿可以记录审委会通过，该规则${RULE_STATUS_NAMES[from]}` };
  return from === "adopted"
    ? { ok: true }
    : { ok: false, reason: `只有审委会已通过的规则可以废止，该规则为${RULE_STATUS_NAMES[from]}` };
}

/** Does a rule with 案由 `ruleCause` guide a case with 案由 `caseCause`? The same name, compared without spaces and with half-width brackets. */
export function sameCause(ruleCause: string, caseCause: string | null): boolean {
  if (!caseCause) return false;
  const key = (s: string) => s.replace(/\s+/g, "").replaceAll("（", "(").replaceAll("）", ")");
  return key(ruleCause) === key(caseCause);
}
