/**
 * The office's example scheme for 2024 (2024年度审判质效考核办法), stored on a fresh database and in
 * the demo court. The plan: "年初制定审判质效考核办法 … 将调解率等纳入考核范围，对劣势指标加大考核比重".
 * Weights add up to 100. The parameters follow the sources in reference/indicators.md §4 where
 * there is one (the SPC's 合理区间 "区间达标"; 河南 basic-level courts' per-percentage-point
 * deductions, scaled to this scheme's weights) and are otherwise the office's own choice, said so in
 * the item's note.
 */
import type { Scheme } from "./scheme.js";

export const EXAMPLE_SCHEME_2024: Scheme & { effectiveFrom: string } = {
  name: "2024年度审判质效考核办法",
  version: "2024-01",
  // In force until a newer scheme takes effect (the scheme in force on a day is the one with the
  // latest start on or before it).
  effectiveFrom: "2024-01-01",
  items: [
    {
      indicator: "on_time_rate",
      weight: 12,
      method: "range",
      min: 0.95,
      step: 0.01,
      penalty: 2,
      note: "审限内结案是审判效率的底线；以 95% 为合理区间下限（不追求 100%），每低 1 个百分点扣 2 分",
    },
    {
      indicator: "clearance_rate",
      weight: 8,
      method: "target",
      target: 1,
      floor: 0.8,
      note: "结收比反映收结平衡，结案不少于收案得满分，低于 80% 不得分，其间按比例得分",
    },
    {
      indicator: "avg_duration_days",
      weight: 6,
      method: "target",
      target: 60,
      floor: 150,
      note: "平均审理天数越短越好：60 天以内得满分，150 天以上不得分（本院自定）",
    },
    {
      indicator: "mediation_rate",
      weight: 12,
      method: "range",
      min: 0.27,
      step: 0.01,
      penalty: 0.8,
      note: "按计划将调解率纳入考核并作为劣势指标加大比重；27% 以上得满分，每低 1 个百分点扣 0.8 分（参照河南省基层法院考核办法，按本办法权重折算）",
    },
    {
      indicator: "mediation_withdrawal_rate",
      weight: 6,
      method: "relative",
      note: "调撤率按各单位中的最高值比例得分，鼓励以调解、撤诉方式化解纠纷",
    },
    {
      indicator: "long_pending_12m",
      weight: 8,
      method: "deduct",
      points: 1,
      note: "长期未结案件是审判管理的重点，每有一件超 12 个月未结案件扣 1 分，扣完为止",
    },
    {
      indicator: "overdue_pending",
      weight: 8,
      method: "deduct",
      points: 2,
      note: "超审限未结案件目标为零，每件扣 2 分，扣完为止",
    },
    {
      indicator: "reversal_remand_rate",
      weight: 10,
      method: "range",
      max: 0.02,
      step: 0.005,
      penalty: 2,
      note: "改判发回重审率反映裁判质量，作为劣势指标加大比重；以 2% 为警戒线，每超 0.5 个百分点扣 2 分",
    },
    {
      indicator: "acceptance_rate",
      weight: 6,
      method: "range",
      min: 0.85,
      step: 0.01,
      penalty: 0.5,
      note: "服判息诉率 85% 以上得满分，每低 1 个百分点扣 0.5 分（参照河南省基层法院考核办法）",
    },
    {
      indicator: "appeal_rate",
      weight: 5,
      method: "target",
      target: 0.1,
      floor: 0.3,
      note: "上诉率越低越好：10% 以下得满分，30% 以上不得分（本院自定）",
    },
    {
      indicator: "extension_rate",
      weight: 4,
      method: "range",
      max: 0.1,
      step: 0.01,
      penalty: 0.4,
      note: "延长审限应从严审批；10% 以内得满分，每超 1 个百分点扣 0.4 分（参照河南省南乐县人民法院考核办法）",
    },
    {
      indicator: "auto_performance_rate",
      weight: 6,
      method: "relative",
      note: "自动履行率反映裁判的执行效果，按各单位中的最高值比例得分",
    },
    {
      indicator: "enforcement_on_time_rate",
      weight: 5,
      method: "range",
      min: 0.9,
      step: 0.01,
      penalty: 1,
      note: "执行案件法定期限内执结率以 90% 为下限（基本解决执行难“三个90%”之一），每低 1 个百分点扣 1 分",
    },
    {
      indicator: "archive_rate",
      weight: 4,
      method: "range",
      min: 0.95,
      step: 0.01,
      penalty: 1,
      note: "结案后及时归档，95% 以上得满分，每低 1 个百分点扣 1 分（本院自定）",
    },
  ],
};
