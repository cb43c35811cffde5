/**
 * 六源治理 — the plan's 一·一: the figures of the catalogue grouped by the source of cases they
 * measure (诉源, 案源, 执源, 积源, 访源, 腐源). Pure data: each source names its figures by
 * catalogue id, so every figure drills to its cases the way the dashboard's do. 腐源 (the
 * integrity of judicial staff) is not in case data and is listed with that said.
 *
 * "六源治理" is local practice (内蒙古法院系统的"六源"治理: 诉源、案源、执源、积源、访源、腐源);
 * no national rule defines its figures, so the grouping is this court's.
 */

export interface SourceFigure {
  /** A catalogue indicator id. */
  indicator: string;
  /** How the page breaks it down beside the total: by month (trend) or by type code. */
  breakdown?: "month" | "type";
}

export interface CaseSource {
  key: "su" | "an" | "zhi" | "ji" | "fang" | "fu";
  name: string;
  /** What the source means, in Chinese. */
  description: string;
  figures: SourceFigure[];
  /** Why a source has no figures (腐源), or a caveat about its figures. */
  note?: string;
}

export const SIX_SOURCES_BASIS =
  "本院2024年审判管理工作要点“六源治理”（诉源、案源、执源、积源、访源、腐源）；各源所列指标的计算口径见质效指标目录";

export const SIX_SOURCES: readonly CaseSource[] = Object.freeze([
  {
    key: "su",
    name: "诉源",
    description: "纠纷进入法院的源头：新收案件的数量与走势、诉前调解分流的情况。",
    figures: [
      { indicator: "filed", breakdown: "month" },
      { indicator: "pre_filing_mediation_filed", breakdown: "month" },
    ],
    note: "诉前调解案件以“民诉前调”编号导入时计入；导入数据不含诉前调解案件时为 0。",
  },
  {
    key: "an",
    name: "案源",
    description: "一个纠纷在本院派生出的案件：案-件比与派生案件数。",
    figures: [{ indicator: "case_proceedings_ratio" }, { indicator: "derived_filed", breakdown: "type" }],
  },
  {
    key: "zhi",
    name: "执源",
    description: "裁判进入执行的情况：判决进入执行的比例、自动履行率与首次执行新收。",
    figures: [
      { indicator: "judgment_enforcement_rate" },
      { indicator: "auto_performance_rate" },
      { indicator: "enforcement_first_filed", breakdown: "month" },
    ],
  },
  {
    key: "ji",
    name: "积源",
    description: "长期未结案件的积压：超12、18、24、36个月未结案件。",
    figures: [
      { indicator: "long_pending_12m" },
      { indicator: "long_pending_18m" },
      { indicator: "long_pending_24m" },
      { indicator: "long_pending_36m" },
    ],
  },
  {
    key: "fang",
    name: "访源",
    description: "裁判生效后的申诉与申请再审：再审审查类案件，按类型代字分列。",
    figures: [{ indicator: "petition_review_filed", breakdown: "type" }],
  },
  {
    key: "fu",
    name: "腐源",
    description: "司法廉洁风险的源头。",
    figures: [],
    note: "腐源治理针对干警廉洁风险，不属于案件数据，本平台不作统计。",
  },
]) as readonly CaseSource[];

/** Every catalogue id the page shows. */
export function sixSourceIndicatorIds(): string[] {
  return SIX_SOURCES.flatMap((s) => s.figures.map((f) => f.indicator));
}
