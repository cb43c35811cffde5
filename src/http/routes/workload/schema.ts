/** The workload API (加权工作量, 案件权重, 业绩档案, 本庭与全院对比, 分案建议): requests and responses. */
import { z } from "zod";
import type { compareDivision } from "../../../app/workload/compare-division.js";
import type { AssignmentDecisionView } from "../../../app/workload/decision-view.js";
import type { getJudgeRecord } from "../../../app/workload/get-judge-record.js";
import type { getWorkload } from "../../../app/workload/get-workload.js";
import type { WorkloadWeightsView } from "../../../app/workload/get-workload-weights.js";
import type { listAssignmentDecisions } from "../../../app/workload/list-assignment-decisions.js";
import type { listCasesToAssign } from "../../../app/workload/list-cases-to-assign.js";
import type { AssignmentSuggestion } from "../../../app/workload/suggest-assignment.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const division = z.string().max(80);

export const periodQuery = z.object({
  from: isoDate.describe("统计期间首日"),
  to: isoDate.describe("统计期间末日"),
  division: division.optional().describe("部门（庭长只能是本庭）"),
});

const counts = z.object({
  received: z.number().describe("新收"),
  closed: z.number().describe("结案"),
  pending: z.number().describe("期末未结"),
});
const share = z.object({
  received: z.number().nullable(),
  closed: z.number().nullable(),
  pending: z.number().nullable(),
});
const unit = z.object({
  unit: z.string().describe("部门或“全院”"),
  judges: z.number().int().describe("法官人数"),
  counts,
  weighted: counts.describe("加权件数"),
  mean: counts.describe("人均加权件数"),
});

export const workloadReport = z.object({
  from: z.string(),
  to: z.string(),
  division: z.string().nullable(),
  weightsAreDefault: z.boolean().describe("案件权重为系统默认值（本院尚未调整）"),
  judges: z.array(
    z.object({
      division: z.string(),
      judge: z.string(),
      counts: counts.describe("件数"),
      weighted: counts.describe("加权件数"),
      share: share.describe("高于（+）或低于（−）本庭人均的百分比；本庭人均为 0 时为 null"),
      actions: z.array(z.literal("view-judge-record")),
    }),
  ),
  divisions: z.array(unit),
  court: unit,
});
schemaMatches<z.infer<typeof workloadReport>, Awaited<ReturnType<typeof getWorkload>>>(true);

const weightRow = z.object({
  typeCode: z.string().max(20).describe("案件类型代字"),
  procedure: z.string().max(20).describe("审理程序，或 *（任何程序）"),
  weight: z.number().describe("权重（民初普通程序为 1）"),
  basis: z.string().max(200).describe("依据或来源（本院实践等）"),
});

export const weightsView = z.object({
  rows: z.array(weightRow),
  otherWeight: z.number().describe("未列明代字的案件的权重"),
  isDefault: z.boolean(),
  actions: z.array(z.literal("edit-workload-weights")),
});
schemaMatches<z.infer<typeof weightsView>, WorkloadWeightsView>(true);

export const weightsBody = z.object({
  rows: z.array(weightRow.extend({ basis: z.string().max(200).optional(), weight: z.unknown() })).max(500),
  otherWeight: z.unknown().optional(),
});

const comparisonRow = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher", "lower", "neutral"]),
  basis: z
    .enum(["court", "per-division"])
    .describe("court：全院值；per-division：全院各庭平均（件数类指标）"),
  value: z.number().nullable(),
  courtValue: z.number().nullable(),
  difference: z.number().nullable(),
  worse: z.boolean().describe("差值在不利方向"),
  assessment: z.enum(["ok", "weak", "none"]),
  reference: z.string().nullable(),
});

export const divisionComparison = z.object({
  division: z.string(),
  from: z.string(),
  to: z.string(),
  catalogueVersion: z.string(),
  divisions: z.array(z.string()),
  rows: z.array(comparisonRow),
  weak: z.number().int(),
  worse: z.number().int(),
});
schemaMatches<z.infer<typeof divisionComparison>, Awaited<ReturnType<typeof compareDivision>>>(true);

export const judgeParams = z.object({ name: z.string().min(1).max(80) });

const recordFigure = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});

export const judgeRecord = z.object({
  judge: z.string(),
  division: z.string(),
  from: z.string(),
  to: z.string(),
  staff: z.object({ staffNo: z.string(), positions: z.array(z.string()), active: z.boolean() }).nullable(),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      unit: z.string(),
      direction: z.enum(["higher", "lower", "neutral"]),
      reference: z.string().nullable(),
      judge: recordFigure,
      assessment: z.enum(["ok", "weak", "none"]),
      division: z.number().nullable(),
      court: z.number().nullable(),
    }),
  ),
  workload: z.object({
    counts,
    weighted: counts,
    share,
    divisionMean: counts,
    courtMean: counts,
    divisionJudges: z.number().int(),
  }),
  alerts: z.object({
    open: z.number().int(),
    rows: z.array(
      z.object({
        id: z.number().int(),
        caseId: z.number().int().nullable(),
        caseNumber: z.string(),
        title: z.string(),
        severity: z.string(),
        reason: z.string(),
        state: z.string(),
        firstSeen: z.string(),
      }),
    ),
  }),
  supervised: z.object({
    total: z.number().int(),
    rows: z.array(
      z.object({
        matterId: z.number().int(),
        caseId: z.number().int().nullable(),
        caseNumber: z.string().nullable(),
        categories: z.array(z.string()),
        openedOn: z.string(),
      }),
    ),
  }),
  signOff: z.object({
    drafts: z.number().int(),
    signedOff: z.number().int(),
    returned: z.number().int(),
    escalated: z.number().int(),
    waiting: z.number().int(),
    overdue: z.number().int(),
    averageDaysToSignOff: z.number().nullable(),
  }),
  reversals: z.object({
    appealed: z.number().int(),
    reversed: z.number().int(),
    remanded: z.number().int(),
    cases: z.array(
      z.object({
        caseId: z.number().int(),
        caseNumber: z.string(),
        closedOn: z.string().nullable(),
        outcome: z.string().nullable(),
        reversed: z.boolean(),
        remanded: z.boolean(),
      }),
    ),
  }),
  assessment: z
    .object({
      schemeName: z.string(),
      schemeVersion: z.string(),
      total: z.number(),
      items: z.array(z.object({ name: z.string(), points: z.number(), explanation: z.string() })),
    })
    .nullable()
    .describe("考核得分（施行中的考核办法；无考核办法或无可计分项目时为空）"),
});
schemaMatches<z.infer<typeof judgeRecord>, Awaited<ReturnType<typeof getJudgeRecord>>>(true);

const candidate = z.object({
  judge: z.string(),
  weightedPending: z.number().describe("未结加权件数（本案除外）"),
  weightedRecent: z.number().describe("近 90 日新收加权件数"),
  pending: z.number().int().describe("未结件数"),
  rank: z.number().int().describe("1 为建议的法官"),
});

export const decisionView = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  suggestedJudge: z.string(),
  followed: z.boolean().describe("true：按建议分案；false：改派"),
  assignedJudge: z.string(),
  note: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  candidates: z.array(candidate).describe("决定时显示的各法官数字"),
});
schemaMatches<z.infer<typeof decisionView>, AssignmentDecisionView>(true);

export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const suggestion = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  currentJudge: z.string().describe("导入数据中的承办人"),
  typeCode: z.string(),
  procedure: z.string(),
  weight: z.number().describe("本案权重"),
  filedOn: z.string(),
  pending: z.boolean(),
  recentlyFiled: z.boolean().describe("近 30 日内立案"),
  asOf: z.string(),
  recentFrom: z.string(),
  eligibility: z
    .enum(["staff", "cases"])
    .describe("staff：人员名册中的在岗员额法官；cases：本庭案件中的承办人"),
  candidates: z.array(candidate),
  suggested: z.string().nullable(),
  decision: decisionView.nullable(),
  actions: z.array(z.enum(["follow", "reassign"])).describe("follow：按建议分案；reassign：改派"),
});
schemaMatches<z.infer<typeof suggestion>, AssignmentSuggestion>(true);

export const decisionBody = z.object({
  caseId: z.number().int().min(1),
  followed: z.boolean().describe("true：按建议分案；false：改派给 judge"),
  judge: z.string().max(80).optional(),
  note: z.string().max(500).optional(),
});

export const decisionListQuery = z.object({
  division: division.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const decisionList = z.object({
  rows: z.array(decisionView),
  followed: z.number().int(),
  reassigned: z.number().int(),
});
schemaMatches<z.infer<typeof decisionList>, Awaited<ReturnType<typeof listAssignmentDecisions>>>(true);

export const casesToAssign = z.object({
  asOf: z.string(),
  filedFrom: z.string(),
  rows: z.array(
    z.object({
      caseId: z.number().int(),
      caseNumber: z.string(),
      division: z.string(),
      judge: z.string(),
      typeCode: z.string(),
      procedure: z.string(),
      filedOn: z.string(),
      decided: z.boolean(),
      followed: z.boolean().nullable(),
      assignedJudge: z.string().nullable(),
    }),
  ),
});
schemaMatches<z.infer<typeof casesToAssign>, Awaited<ReturnType<typeof listCasesToAssign>>>(true);

export type WorkloadReportBody = z.infer<typeof workloadReport>;
export type WeightsViewBody = z.infer<typeof weightsView>;
export type WeightsInput = z.infer<typeof weightsBody>;
export type DivisionComparisonBody = z.infer<typeof divisionComparison>;
export type JudgeRecordBody = z.infer<typeof judgeRecord>;
export type SuggestionBody = z.infer<typeof suggestion>;
export type DecisionViewBody = z.infer<typeof decisionView>;
export type DecisionListBody = z.infer<typeof decisionList>;
export type CasesToAssignBody = z.infer<typeof casesToAssign>;
