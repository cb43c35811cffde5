/**
 * docs/indicators.md is generated from the catalogue (`npm run docs`), so the written counting
 * rules can never drift from the ones the engine runs; a test checks the file is current.
 */

import { AFTERCARE_FIGURES } from "../aftercare/figure-docs.js";
import { REGISTER_FIGURES } from "../reversals/figures.js";
import {
  CATALOGUE_VERSIONS,
  CORE_INDICATOR_IDS,
  INDICATORS,
  type IndicatorDef,
  type Measure,
  selectCatalogue,
} from "./catalogue.js";
import type { Pred } from "./predicate.js";

const KIND: Record<IndicatorDef["kind"], string> = {
  count: "计数",
  ratio: "比率 = 分子 ÷ 分母（分母为零时为空，不记作 0）",
  mean: "平均值 = 分子之和 ÷ 分母件数",
  median: "中位数",
  p90: "第 90 百分位数（最近秩法）",
  "period-days": "（统计期间天数）× 分子 ÷ 分母",
};

function pred(p: Pred): string {
  if ("and" in p) return p.and.map(pred).join(" 且 ");
  if ("or" in p) return `(${p.or.map(pred).join(" 或 ")})`;
  if ("not" in p) return `非(${pred(p.not)})`;
  if ("period" in p) {
    return {
      filed: "期间内立案",
      closed: "期间内结案",
      "pending-start": "期初旧存",
      "pending-end": "期末未结",
    }[p.period];
  }
  if ("overdueAtEnd" in p) return "期末已超审限";
  if ("olderAtEnd" in p) return `立案满 ${p.olderAtEnd} 个月（至期末）`;
  if ("fieldLe" in p) return `${p.fieldLe[0]} ≤ ${p.fieldLe[1]}`;
  if ("durationAtMost" in p) return `审理天数 ≤ ${p.durationAtMost}`;
  if ("isNull" in p) return `${p.field} ${p.isNull ? "为空" : "不为空"}`;
  if ("eq" in p) return `${p.field} = ${p.eq}`;
  if ("in" in p) return `${p.field} ∈ {${p.in.join("、")}}`;
  if ("gt" in p) return `${p.field} > ${p.gt}`;
  if ("gte" in p) return `${p.field} ≥ ${p.gte}`;
  if ("lt" in p) return `${p.field} < ${p.lt}`;
  return `${p.field} ≤ ${p.lte}`;
}

function measure(m: Measure): string {
  return "count" in m ? `件数：${pred(m.count)}` : `${m.sum} 之和：${pred(m.where)}`;
}

function reference(d: IndicatorDef): string {
  if (!d.reference) return "—";
  const fmt = (v: number) => (d.unit === "%" ? `${(v * 100).toFixed(2).replace(/\.?0+$/, "")}%` : `${v}`);
  const parts = [
    d.reference.min !== undefined ? `≥ ${fmt(d.reference.min)}` : "",
    d.reference.max !== undefined ? `≤ ${fmt(d.reference.max)}` : "",
  ].filter(Boolean);
  return `${parts.join("，")}（${d.reference.source}）`;
}

export function renderIndicatorDocs(): string {
  const lines: string[] = [];
  lines.push("# 质效指标口径 — indicator definitions");
  lines.push("");
  lines.push(
    "Generated from `src/domain/indicators/catalogue.ts` by `npm run docs`; do not edit by hand. Each indicator is data: its numerator and denominator are predicates over `case_facts`, and the same predicate produces the figure, its case list (drill-down), the export and the alert. The Chinese texts below (名称, 口径, 范围, 参考区间, 依据) are the ones users read on the screens, in /api/meta and in the xlsx 口径说明 sheet; the research notes behind each entry (reference/indicators.md sections, the evidence marks [C] confirmed, [L] local only, [I] inferred) are the comments beside it in catalogue.ts.",
  );
  lines.push("");
  lines.push("## Common rules");
  lines.push("");
  lines.push(
    "- Period P = [from, to], both days included. 新收: from ≤ 立案日期 ≤ to. 结案: from ≤ 结案日期 ≤ to.",
  );
  lines.push(
    "- 旧存: filed before from and not closed before from. 未结: filed on or before to and not closed on or before to. So 未结 = 旧存 + 新收 − 结案.",
  );
  lines.push(
    "- A ratio with a zero denominator is empty (null), never 0 or NaN. Shares are returned as fractions (0.9234) and shown as percentages.",
  );
  lines.push(
    "- 超审限 at the period's end uses the deadline computed as of `to` (events known by then; open exclusions running to `to`) — see [审限计算口径](time-limits.md). Facts store the first and last overdue day of each case, so any past period can be asked.",
  );
  lines.push(
    "- 超N个月未结: 立案日期 + N months (民法典 art. 202 month arithmetic) < to; natural days, no deductions.",
  );
  lines.push(
    "- First instance (一审) = type codes 民初, 刑初, 行初. Procedure = the procedure in force after any conversion.",
  );
  lines.push(
    "- Grouping by court, division, judge (division / judge), category, type code, procedure or month (each month its own period). Roles restrict every figure to their scope (a 庭长 their division, a 法官 their own cases).",
  );
  lines.push(
    "- 同比 = the same period a year earlier (month ends kept); 环比 = the previous period of the same length (previous month, quarter or year for whole months).",
  );
  lines.push(
    "- Linked cases (关联案件): a derived case (二审, 再审, 执行, 执行异议 …) names the case it derives from in 原审案号. Following the links up gives each case's root; the root and every case under it form one dispute's chain — one 案 and its 件. After every facts refresh a pass writes `chain_root` (1 on a root), `chain_cases` (on a root, the cases of its chain; 0 elsewhere) and `enforced_by_case` (1 when a first-enforcement 执 case names the case). Local rules: a link resolves by case number, so a link to a case not yet imported resolves at the refresh after that case arrives; a 原审案号 naming a case not in the court's data (another court's, e.g. the 中院's 二审) makes the case a root, and the cases of other courts are not counted; a case naming itself is a root; a cycle of links is broken at its earliest-filed case. See [关联案件与案-件比](chains.md).",
  );
  lines.push(
    "- Fast track (繁简分流): after every facts refresh, and after the chain pass, a pass writes for each 民初 case `fast_track` (the track it started in: 1 速裁 = 简易程序 in a 速裁 division at filing, 2 小额诉讼 = 小额诉讼程序 at filing, 0 otherwise; the division at filing is the prior division of its first 变更承办部门), `small_claims_eligible` (1 when it meets 民事诉讼法 arts. 165–166 under the triage settings, with the events known on the refresh's date), `transferred_back` and `transfer_day` (the first 程序转换 or 变更承办部门 that took it out of the fast track). Local rules: the 速裁 divisions and the court's own rules are settings; by division, a case counts under its current division. See [繁简分流](triage.md).",
  );
  lines.push("");
  lines.push("## Catalogue versions");
  lines.push("");
  lines.push("| id | name | in force | note |");
  lines.push("|---|---|---|---|");
  for (const v of CATALOGUE_VERSIONS) {
    lines.push(`| ${v.id} | ${v.name} | ${v.effectiveFrom} – ${v.effectiveTo ?? ""} | ${v.note} |`);
  }
  lines.push("");
  lines.push(
    `Core panel (dashboards and the CLI default) until 2024-09-30: ${CORE_INDICATOR_IDS.map((i) => `\`${i}\``).join(", ")}.`,
  );
  lines.push("");
  for (const v of CATALOGUE_VERSIONS) {
    if (!v.coreIds) continue;
    lines.push(
      `Core panel while ${v.id} is in force (from ${v.effectiveFrom}; the version in force on the period's last day, or today for the dashboard's default list): ${v.coreIds.map((i) => `\`${i}\``).join(", ")}.`,
    );
    lines.push("");
  }
  for (const v of CATALOGUE_VERSIONS) {
    if (!v.unsupported) continue;
    const selected = selectCatalogue(v.effectiveFrom);
    lines.push(`### ${v.name} — \`${v.id}\``);
    lines.push("");
    lines.push(
      "The official list of its items and their counting rules were not published; the items known by name are below. Computed here (marked 属于最高法院指标体系 on the screens and in /api/meta):",
    );
    lines.push("");
    for (const d of selected.indicators.filter((i) => i.inSpcSet)) {
      lines.push(`- ${d.spc?.name ?? d.name} — \`${d.id}\``);
    }
    lines.push("");
    lines.push("本院数据暂不支持 (listed in /api/meta as `spcUnsupported`, with the data missing):");
    lines.push("");
    for (const u of v.unsupported) lines.push(`- ${u.name}：${u.missing}`);
    lines.push("");
  }
  lines.push("## Indicators");
  for (const d of INDICATORS) {
    lines.push("");
    lines.push(`### ${d.name} — \`${d.id}\``);
    lines.push("");
    lines.push(
      `- 分组 ${d.group} · 维度 ${d.dimension} · 单位 ${d.unit} · ${d.direction === "higher" ? "越高越好" : d.direction === "lower" ? "越低越好" : "中性"}`,
    );
    lines.push(`- 口径：${d.definition}`);
    lines.push(`- 范围：${d.scope}`);
    lines.push(`- 计算：${KIND[d.kind]}`);
    lines.push(`- 分子：${measure(d.numerator)}`);
    if (d.denominator) lines.push(`- 分母：${measure(d.denominator)}`);
    lines.push(`- 参考区间：${reference(d)}`);
    if (d.spc)
      lines.push(
        `- 最高法院指标体系：${d.spc.name ?? ""}${d.spc.since ? `，自 ${d.spc.since}` : ""}${d.spc.until ? `，至 ${d.spc.until}` : ""}`,
      );
    lines.push(`- 依据：${d.source}`);
  }
  lines.push("");
  lines.push("## Register-based figures (发改案件台账, outside the catalogue)");
  lines.push("");
  lines.push(
    "Computed from the 发改案件 register and the office's classifications, not from `case_facts`: shown on the 发改案件 page by division or judge over any period, each group drilling to its entries; `shenguan reversals --by` prints the same counts. The catalogue's `reversal_rate`, `remand_rate` and `reversal_remand_rate` count first-instance cases by their closing period from their own 二审结果 column; these figures count entries by the day of the appellate result and include appellate cases found by 原审案号.",
  );
  for (const f of REGISTER_FIGURES) {
    lines.push("");
    lines.push(`### ${f.name} — \`${f.id}\``);
    lines.push("");
    lines.push(`- 口径：${f.definition}`);
    lines.push(`- 范围：${f.scope}`);
    lines.push(`- 依据：${f.basis}`);
  }
  lines.push("");
  lines.push("## 判后 figures (判后释明与督促履行, outside the catalogue)");
  lines.push("");
  lines.push(
    "Computed from the judgments and mediations, the judges' 释明 and 督促 records and the enforcement links, not from `case_facts` alone: shown on the 判后 page (统计) by division or judge over any closing period. The catalogue's `auto_performance_rate` counts only the 申请执行 registration; `aftercare_auto_performance_rate` uses the better data where it exists — a 执 case naming the case as 原审案号 and the 督促 outcome — and the effective date (recorded or estimated on the legal calendar), which the predicate engine cannot compute. See [判后释明与督促履行](aftercare.md).",
  );
  for (const f of AFTERCARE_FIGURES) {
    lines.push("");
    lines.push(`### ${f.name} — \`${f.id}\``);
    lines.push("");
    lines.push(`- 口径：${f.definition}`);
    lines.push(`- 范围：${f.scope}`);
    lines.push(`- 依据：${f.basis}`);
  }
  lines.push("");
  return lines.join("\n");
}
