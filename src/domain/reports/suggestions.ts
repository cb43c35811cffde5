/**
 * 下一步工作建议, by rule. Each rule names the indicator whose weakness triggers it and the work it
 * asks for; the sentence always starts from the figure that triggered it — the whole scope's value
 * with its numerator and denominator, and the units whose own value lies outside the range, each
 * with its value — so that no suggestion says anything the figures do not show. The rules are
 * listed in docs/reports.md.
 */
import { chineseDate } from "../bulletin/dates.js";
import { RUNG_NAMES } from "../bulletin/model.js";
import { type IndicatorDef, indicatorById, type PanelFigure } from "../indicators/index.js";
import { count, oneDecimal, pct, rangeText, valueText } from "./format.js";
import type { LadderCounts, ReportInput } from "./model.js";

export interface SuggestionRule {
  /** The catalogue id of the indicator whose weakness triggers the rule. */
  indicator: string;
  /** What to do (fixed words), with its basis where there is one. */
  advice: string;
}

/** The law the 审限 rules rest on (the catalogue cites it for 结案). */
const TIME_LIMIT_RULES = "《最高人民法院关于严格执行案件审理期限制度的若干规定》（法释〔2000〕29号）";

/** The rules, in the order the suggestions are listed. */
export const SUGGESTION_RULES: SuggestionRule[] = [
  {
    indicator: "overdue_pending",
    advice: `建议逐案查明超审限原因，由庭长逐案督办、明确结案时限，审判管理办公室跟踪督促至结案销号；确需延长审限的，依照${TIME_LIMIT_RULES}的规定报请批准。`,
  },
  {
    indicator: "long_pending_36m",
    advice: "建议对立案满三年以上的未结案件逐案建立台账，由院领导包案督办，制定清理计划，力争尽快审结。",
  },
  {
    indicator: "long_pending_12m_ratio",
    advice:
      "建议开展长期未结案件专项清理，按六个月、一年、一年半、二年、三年节点分级预警、逐级督办，院庭长对满一年以上的案件包案推进。",
  },
  {
    indicator: "on_time_rate",
    advice: `建议严格执行${TIME_LIMIT_RULES}，对审限已过三分之二和临近届满的案件逐案提醒、督促，提升审限内结案比例。`,
  },
  {
    indicator: "clearance_rate",
    advice:
      "结案数少于新收案件数，未结案件有积压趋势。建议根据各部门收案和存案情况合理调配审判力量，加大结案力度，防止存案持续增加。",
  },
  {
    indicator: "extension_rate",
    advice: "建议从严审查延长审限申请，定期清理延长审限案件，防止以延长审限代替及时审理。",
  },
  {
    indicator: "reversal_remand_rate",
    advice: "建议对被改判、发回重审的案件逐案评查，分析改判、发回的原因，通报典型问题，统一裁判尺度。",
  },
  {
    indicator: "mediation_rate",
    advice:
      "建议坚持调解优先、调判结合，依照《中华人民共和国民事诉讼法》第九条关于自愿、合法调解的规定，加强诉前、诉中调解，将调解贯穿审判全过程。",
  },
  {
    indicator: "acceptance_rate",
    advice: "建议加强庭审释明、裁判文书说理和判后答疑，从源头减少上诉。",
  },
  {
    indicator: "simple_procedure_rate",
    advice: "建议深化繁简分流，对事实清楚、权利义务关系明确、争议不大的简单民事案件依法适用简易程序。",
  },
];

/** For a weak indicator no rule names. */
export const DEFAULT_ADVICE = "建议相关部门分析原因，制定改进措施，并在下一期报告中说明改进情况。";

/** "调解率为 24.0%（200 件中 48 件）", "超审限未结案件数为 3 件", "平均审理天数为 45.3 天（120 件）". */
export function figureSentence(def: IndicatorDef, f: PanelFigure | undefined): string {
  const v = f?.value ?? null;
  if (v === null) return `${def.name}无数据`;
  const num = f?.numerator ?? null;
  const den = f?.denominator ?? null;
  switch (def.kind) {
    case "ratio":
      return `${def.name}为 ${pct(v)}（${count(den ?? 0)} 件中 ${count(num ?? 0)} 件）`;
    case "mean":
      return def.unit === "天"
        ? `${def.name}为 ${oneDecimal(v)} 天（${count(den ?? 0)} 件共 ${count(num ?? 0)} 天）`
        : `${def.name}为 ${valueText(def.unit, v)}`;
    default:
      return `${def.name}为 ${valueText(def.unit, v)}`;
  }
}

/** How far a value lies outside the range: "低于合理区间下限（95.0%）7.0 个百分点". */
export function deviationText(def: IndicatorDef, value: number): string {
  const r = def.reference;
  if (!r) return "";
  if (r.min !== undefined && value < r.min) {
    const gap =
      def.unit === "%" ? `${oneDecimal((r.min - value) * 100)} 个百分点` : valueText(def.unit, r.min - value);
    return `低于合理区间下限（${valueText(def.unit, r.min)}）${gap}`;
  }
  if (r.max !== undefined && value > r.max) {
    if (r.max === 0) return `目标${rangeText(def)}`;
    const gap =
      def.unit === "%" ? `${oneDecimal((value - r.max) * 100)} 个百分点` : valueText(def.unit, value - r.max);
    return `高于警戒线（${valueText(def.unit, r.max)}）${gap}`;
  }
  return `在合理区间（${rangeText(def)}）内`;
}

/** At most this many units are named in one sentence; the rest are counted. */
export const MAX_NAMED_UNITS = 6;

/** "民一庭（88.0%）、民二庭（90.1%）等 8 个部门" */
export function unitList(
  names: { key: string; value: number | null }[],
  def: IndicatorDef,
  unitWord: string,
): string {
  const shown = names.slice(0, MAX_NAMED_UNITS).map((u) => `${u.key}（${valueText(def.unit, u.value)}）`);
  const rest = names.length > MAX_NAMED_UNITS ? `等 ${names.length} 个${unitWord}` : "";
  return `${shown.join("、")}${rest}`;
}

export interface Suggestion {
  /** The indicator (catalogue id) or "ladder" or "none": what the sentence rests on. */
  basis: string;
  text: string;
}

/**
 * The suggestions of a report: one per weak indicator (the whole scope's value outside the range,
 * or any unit's), in rule order, then the weak indicators no rule names; the long-pending ladder
 * when cases a year old or more remain and no long-pending rule has fired; and, when nothing is
 * weak, one sentence saying so with the number of indicators checked.
 */
export function suggestionsFor(input: ReportInput, checkedIds: readonly string[]): Suggestion[] {
  const unitWord = input.unitKind === "court" ? "法院" : input.unitKind === "division" ? "部门" : "承办法官";
  const scope = input.division ?? input.scopeName ?? "全院";
  const out: Suggestion[] = [];
  const weakIds = checkedIds.filter(
    (id) =>
      input.total[id]?.assessment === "weak" ||
      input.units.some((u) => u.indicators[id]?.assessment === "weak"),
  );
  const ruleOrder = SUGGESTION_RULES.map((r) => r.indicator);
  const ordered = [
    ...ruleOrder.filter((id) => weakIds.includes(id)),
    ...weakIds.filter((id) => !ruleOrder.includes(id)),
  ];
  for (const id of ordered) {
    const def = indicatorById(id);
    if (!def) continue;
    const total = input.total[id];
    const weakUnits = input.units
      .filter((u) => u.indicators[id]?.assessment === "weak")
      .map((u) => ({ key: u.key, value: u.indicators[id]?.value ?? null }));
    const advice = SUGGESTION_RULES.find((r) => r.indicator === id)?.advice ?? DEFAULT_ADVICE;
    let head: string;
    if (total?.assessment === "weak" && total.value !== null) {
      head = `${scope}${figureSentence(def, total)}，${deviationText(def, total.value)}`;
      if (weakUnits.length > 0) head += `，其中${unitList(weakUnits, def, unitWord)}偏离合理区间`;
    } else {
      head =
        `${scope}${figureSentence(def, total)}，在合理区间（${rangeText(def)}）内，` +
        `但${unitList(weakUnits, def, unitWord)}偏离合理区间`;
    }
    out.push({ basis: id, text: `${head}。${advice}` });
  }
  const ladderRules = ["long_pending_36m", "long_pending_12m_ratio"];
  const c12 = input.totalLadder[12] ?? 0;
  if (c12 > 0 && !ordered.some((id) => ladderRules.includes(id))) {
    out.push({ basis: "ladder", text: ladderSuggestion(scope, input.period.to, input.totalLadder) });
  }
  if (ordered.length === 0) {
    const withRange = checkedIds.filter(
      (id) => indicatorById(id)?.reference && input.total[id]?.value !== null,
    );
    out.unshift({
      basis: "none",
      text:
        `本期${scope}设有合理区间的 ${withRange.length} 项指标均在区间内。` +
        "建议保持现有工作力度，持续关注审限届满和长期未结案件的变化，防止指标回落。",
    });
  }
  return out;
}

function ladderSuggestion(scope: string, to: string, ladder: LadderCounts): string {
  const c12 = ladder[12] ?? 0;
  const c24 = ladder[24] ?? 0;
  const tail = c24 > 0 ? `，其中满${RUNG_NAMES[24]}以上 ${count(c24)} 件` : "";
  return (
    `截至${chineseDate(to)}，` +
    `${scope}立案满一年以上未结案件 ${count(c12)} 件${tail}。` +
    "建议按长期未结节点逐案明确结案计划，由庭长跟踪督促，防止案件进入更高节点。"
  );
}
