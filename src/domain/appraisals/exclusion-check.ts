/**
 * data-quality.appraisal-exclusion-mismatch: a 诉中 appraisal and the case's 扣除审限 (原因 鉴定).
 * The time an appraisal takes does not count toward the 审限 (民事诉讼法解释第二百四十三条: 鉴定期间
 * 不计入审理期限), so the court records it as a 扣除审限 with the
 * reason 鉴定 — from the commissioning day to the day the opinion arrives. An appraisal with no such
 * exclusion, or with one of other dates, means the register and the 审限 record disagree: one of
 * them is wrong, and either the 审限 or the register's figures are off.
 */
import type { AppraisalRecord } from "./appraisal.js";

/** A 扣除审限 of the case as stored (reason 鉴定 only are considered). */
export interface ExclusionSpan {
  reason: string | null;
  from: string;
  to: string | null;
}

export type ExclusionMismatch =
  | { problem: "missing" }
  | { problem: "dates"; exclusionFrom: string; exclusionTo: string | null };

/**
 * The mismatch of each 诉中 appraisal of one case against its 鉴定 exclusions, in the appraisals'
 * order (undefined where they agree). An exclusion matches an appraisal when its 开始日期 is the
 * 委托日期 and its 结束日期 is the 完成日期 (both empty while the appraisal runs). Each exclusion
 * matches at most one appraisal; a leftover 鉴定 exclusion is shown beside an unmatched appraisal
 * (the nearest by 开始日期) as "dates differ", else the appraisal has no exclusion at all.
 */
export function exclusionMismatches(
  appraisals: readonly Pick<AppraisalRecord, "stage" | "commissionedOn" | "completedOn">[],
  exclusions: readonly ExclusionSpan[],
): (ExclusionMismatch | undefined)[] {
  const spans = exclusions.filter((e) => e.reason === "鉴定");
  const used = new Set<number>();
  const out: (ExclusionMismatch | undefined)[] = appraisals.map(() => undefined);
  const unmatched: number[] = [];
  appraisals.forEach((a, i) => {
    if (a.stage !== "诉中") return;
    const j = spans.findIndex(
      (e, k) => !used.has(k) && e.from === a.commissionedOn && (e.to ?? null) === (a.completedOn ?? null),
    );
    if (j >= 0) used.add(j);
    else unmatched.push(i);
  });
  for (const i of unmatched) {
    const a = appraisals[i] as (typeof appraisals)[number];
    let best = -1;
    let bestGap = Number.POSITIVE_INFINITY;
    spans.forEach((e, k) => {
      if (used.has(k)) return;
      const gap = Math.abs(Date.parse(e.from) - Date.parse(a.commissionedOn));
      if (gap < bestGap) {
        bestGap = gap;
        best = k;
      }
    });
    if (best < 0) out[i] = { problem: "missing" };
    else {
      used.add(best);
      const e = spans[best] as ExclusionSpan;
      out[i] = { problem: "dates", exclusionFrom: e.from, exclusionTo: e.to };
    }
  }
  return out;
}

/** The sentence an alert or the register shows for a mismatch. */
export function mismatchText(
  a: Pick<AppraisalRecord, "kind" | "commissionedOn" | "completedOn">,
  m: ExclusionMismatch,
): string {
  const span = `${a.commissionedOn} 至 ${a.completedOn ?? "今（尚未完成）"}`;
  if (m.problem === "missing") return `诉中${a.kind}鉴定（${span}）没有对应的扣除审限（原因：鉴定）记录`;
  return `诉中${a.kind}鉴定（${span}）与扣除审限（原因：鉴定，${m.exclusionFrom} 至 ${m.exclusionTo ?? "未结束"}）的日期不一致`;
}
