/**
 * The 判后 figures' definitions as data: computed by the aftercare use cases from the cases, the
 * judges' records and the enforcement links (not over case_facts alone, so not in the indicator
 * catalogue), shown on the 判后 page by division and judge; listed in docs/indicators.md from here.
 */
export interface AftercareFigure {
  id: string;
  name: string;
  definition: string;
  scope: string;
  basis: string;
}

export const AFTERCARE_FIGURES: readonly AftercareFigure[] = [
  {
    id: "aftercare_explained_share",
    name: "判后释明记录率",
    definition: "已登记判后释明的判决数 ÷ 判决结案数。",
    scope: "统计期间内以判决结案的民初、民终案件",
    basis: "本院口径（判后释明、答疑工作）",
  },
  {
    id: "aftercare_acceptance_by_explanation",
    name: "服判息诉率（已释明／未释明）",
    definition:
      "分别就已登记和未登记判后释明的民初判决，计算未上诉的件数 ÷ 件数；计数规则同一审服判息诉率（上诉 ≠ 是 即为服判息诉），范围限于判决结案的民初案件。",
    scope: "统计期间内以判决结案的民初案件",
    basis:
      "一审服判息诉率的计数规则（最高人民法院案件质量评估体系效果指标，简单口径）；按是否释明分组为本院口径",
  },
  {
    id: "aftercare_auto_performance_rate",
    name: "自动履行率（督促与执行关联口径）",
    definition:
      "（督促结果为全部履行的件数 + 推定自动履行的件数）÷ 已生效的件数。逐案依次判断：至数据日期尚未生效（生效日期未登记的按结案日期、送达期间和上诉期间推定）的不计入；有首次执行（执）案件的原审案号指向该案的，为进入执行（此前登记的督促结果不再计算）；督促结果为全部履行的，为自动履行；督促结果为部分履行、未履行的，为未自动履行；未登记督促结果而登记申请执行 = 是（在其他法院申请执行）的，为进入执行；其余（无执行案件、无申请执行登记、无督促结果）推定为自动履行。计至数据日期。",
    scope: "统计期间内以判决、调解结案，案由属于金钱给付类案由（含其下级案由）且标的额大于零的民初案件",
    basis:
      "民事诉讼法（2023年修正）第二百四十七条（发生法律效力的判决、裁定当事人必须履行，一方拒绝履行的对方可申请执行）；最高人民法院案件质量评估体系效果指标（裁判主动履行率）；计数规则为本院口径",
  },
];
