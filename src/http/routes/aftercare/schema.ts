/** The 判后释明与督促履行 API: the two task lists, their exports, one 督促 task, the records, the figures. */
import { z } from "zod";
import type { AftercarePending } from "../../../app/aftercare/count-pending.js";
import type { Page, PerformanceDetail } from "../../../app/aftercare/list-tasks.js";
import type { AftercareStatistics } from "../../../app/aftercare/statistics.js";
import type { ExplanationTask, PerformanceTask } from "../../../app/aftercare/tasks.js";
import { CONTACT_WAYS, EXPLANATION_WAYS, PERFORMANCE_OUTCOMES } from "../../../domain/aftercare/settings.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const aftercareQuery = z.object({
  from: isoDate.optional().describe("结案日期起"),
  to: isoDate.optional().describe("结案日期止"),
  division: z.string().max(100).optional(),
  judge: z.string().max(100).optional(),
  caseNumber: z.string().max(100).optional().describe("案号（部分）"),
  state: z.enum(["pending", "done", "enforced"]).optional().describe("待办 / 已办 / 已进入执行（督促）"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const statisticsQuery = aftercareQuery.extend({
  by: z.enum(["division", "judge"]).optional().describe("按部门 / 按承办人"),
});

export const caseIdParams = z.object({ caseId: z.coerce.number().int().min(1) });

const explanationTask = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  typeCode: z.string(),
  cause: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  closedOn: isoDate,
  appealed: z.boolean(),
  state: z.enum(["pending", "done"]),
  explanation: z
    .object({
      explainedOn: isoDate,
      way: z.string(),
      riskPoints: z.array(z.string()),
      riskNote: z.string(),
      guidance: z.string(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    })
    .nullable(),
  canRecord: z.boolean(),
});
schemaMatches<z.infer<typeof explanationTask>, ExplanationTask>(true);

export const explanationPage = z.object({
  rows: z.array(explanationTask),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
schemaMatches<z.infer<typeof explanationPage>, Page<ExplanationTask>>(true);

const outcome = z.enum(PERFORMANCE_OUTCOMES);

const performanceTask = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  cause: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  closureMode: z.string(),
  closedOn: isoDate,
  amountYuan: z.number(),
  effectiveOn: isoDate,
  effectEstimated: z.boolean(),
  effectBasis: z.string(),
  state: z.enum(["pending", "done", "enforced"]),
  stateLabel: z.string(),
  enforcementCase: z.string().nullable(),
  outcome: outcome.nullable(),
  recorded: z
    .object({
      outcome,
      decidedOn: isoDate,
      dueYuan: z.number().nullable(),
      performedYuan: z.number().nullable(),
      note: z.string(),
      recordedBy: z.string(),
    })
    .nullable(),
  contacts: z.number().int(),
  lastContactOn: isoDate.nullable(),
  canRecord: z.boolean(),
});
schemaMatches<z.infer<typeof performanceTask>, PerformanceTask>(true);

export const performancePage = z.object({
  rows: z.array(performanceTask),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
schemaMatches<z.infer<typeof performancePage>, Page<PerformanceTask>>(true);

export const performanceDetail = z.object({
  task: performanceTask,
  contacts: z.array(
    z.object({
      id: z.number().int(),
      contactedOn: isoDate,
      way: z.string(),
      note: z.string(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    }),
  ),
});
schemaMatches<z.infer<typeof performanceDetail>, PerformanceDetail>(true);

export const explanationBody = z.object({
  explainedOn: isoDate.describe("释明日期"),
  way: z.enum(EXPLANATION_WAYS).describe("释明方式"),
  riskPoints: z.array(z.string().max(200)).max(30).describe("释明的风险点（标签）"),
  riskNote: z.string().max(2000).default("").describe("风险点补充说明"),
  guidance: z.string().max(2000).default("").describe("类案指引（案号或说明）"),
});

export const contactBody = z.object({
  contactedOn: isoDate.describe("督促日期"),
  way: z.enum(CONTACT_WAYS).describe("督促方式"),
  note: z.string().max(2000).describe("督促情况"),
});

export const outcomeBody = z.object({
  outcome: outcome.describe("履行结果"),
  decidedOn: isoDate.describe("确认日期"),
  dueYuan: z.number().nullable().default(null).describe("应履行金额（元），默认标的额"),
  performedYuan: z.number().nullable().default(null).describe("已履行金额（元）"),
  note: z.string().max(2000).default(""),
});

const rate = z.object({ n: z.number().int(), hit: z.number().int(), rate: z.number().nullable() });
const explanationGroup = z.object({
  division: z.string(),
  judge: z.string().nullable(),
  judgments: z.number().int(),
  explained: z.number().int(),
  share: z.number().nullable(),
  acceptedWith: rate,
  acceptedWithout: rate,
});
const performanceGroup = z.object({
  division: z.string(),
  judge: z.string().nullable(),
  effective: z.number().int(),
  performed: z.number().int(),
  presumed: z.number().int(),
  notPerformed: z.number().int(),
  enforced: z.number().int(),
  rate: z.number().nullable(),
  recordedShare: z.number().nullable(),
});

export const statisticsBody = z.object({
  by: z.enum(["division", "judge"]),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  asOf: isoDate,
  explanations: z.object({ rows: z.array(explanationGroup), total: explanationGroup }),
  performance: z.object({ rows: z.array(performanceGroup), total: performanceGroup }),
});
schemaMatches<z.infer<typeof statisticsBody>, AftercareStatistics>(true);

export const pendingBody = z.object({
  from: isoDate,
  explanations: z.number().int(),
  performance: z.number().int(),
});
schemaMatches<z.infer<typeof pendingBody>, AftercarePending>(true);
