/** The 案件评查 API: plans, the draw, scoring, 复核, feedback, objections, figures, the score sheet. */
import { z } from "zod";
import type { DrawOutcome as AppDrawOutcome } from "../../../app/review/draw-review-plan.js";
import type { MyReviewRow as AppMyReviewRow } from "../../../app/review/list-my-reviews.js";
import type {
  PlanDetail as AppPlanDetail,
  PlanSummary as AppPlanSummary,
} from "../../../app/review/list-review-plans.js";
import type { JudgeReviewFigures as AppJudgeFigures } from "../../../app/review/review-figures-by-judge.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const idParams = z.object({ id: z.coerce.number().int().min(1) });

export const createPlanBody = z.object({
  kind: z.string().max(16).describe("routine 常规；focus 重点；special 专项；cross 交叉"),
  title: z.string().max(200),
  month: z.string().max(7).nullable().optional().describe("常规评查的年月 YYYY-MM"),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
  seed: z.number().int().nullable().optional().describe("随机种子 0…4294967295；缺省为年月数字"),
  allocation: z
    .string()
    .max(16)
    .nullable()
    .optional()
    .describe("proportional 按部门比例；per-division 每部门 N 件；simple 不分层"),
  size: z.number().int().nullable().optional(),
  filter: z
    .object({
      minExtensions: z.number().int().nullable().optional(),
      minDurationDays: z.number().int().nullable().optional(),
      cause: z.string().max(100).nullable().optional(),
      concealedOverrun: z.boolean().optional().describe("隐形超审限"),
      divisions: z.array(z.string().max(100)).max(100).optional(),
    })
    .optional(),
  reviewers: z.array(z.string().max(100)).max(200).optional(),
});

export const createdBody = z.object({ id: z.number().int() });

export const planSummary = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindLabel: z.string(),
  /** The court (法院代字) the plan belongs to; null on a one-court installation. */
  courtCode: z.string().nullable(),
  title: z.string(),
  periodFrom: isoDate,
  periodTo: isoDate,
  seed: z.number().int(),
  sheetVersion: z.number().int(),
  state: z.string(),
  stateLabel: z.string(),
  drawnOn: isoDate.nullable(),
  createdBy: z.string(),
  actions: z.array(z.string()),
});
schemaMatches<z.infer<typeof planSummary>, AppPlanSummary>(true);
export const planList = z.array(planSummary);

const planCase = z.object({
  sampleId: z.number().int(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  reviewer: z.string().nullable(),
  reviewerName: z.string().nullable(),
  matterId: z.number().int().nullable(),
  matterVersion: z.number().int().nullable(),
  state: z.string().nullable(),
  stateLabel: z.string(),
  score: z.number().nullable(),
  className: z.string().nullable(),
  problems: z.array(
    z.object({
      section: z.string(),
      item: z.string(),
      text: z.string(),
      points: z.number(),
      severity: z.string(),
    }),
  ),
  /** verify (复核通过 / 退回重评), decide (处理异议): what the reader may do on it now. */
  actions: z.array(z.string()),
});

export const planDetail = z.object({
  plan: planSummary.extend({
    allocation: z.unknown(),
    filter: z.unknown(),
    reviewers: z.array(z.string()),
    recentMonths: z.number().int(),
  }),
  cases: z.array(planCase),
  problemsBySection: z.array(z.object({ section: z.string(), count: z.number().int(), points: z.number() })),
  rectifications: z.array(
    z.object({
      matterId: z.number().int(),
      caseNumber: z.string(),
      judge: z.string(),
      division: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      dueOn: isoDate.nullable(),
      overdue: z.boolean(),
    }),
  ),
  overdueRectifications: z.number().int(),
});
schemaMatches<z.infer<typeof planDetail>, AppPlanDetail>(true);

export const drawOutcome = z.object({
  planId: z.number().int(),
  drawn: z.number().int(),
  assigned: z.number().int(),
  unassigned: z.array(z.object({ caseNumber: z.string(), division: z.string(), judge: z.string() })),
  eligible: z.number().int(),
  skipped: z.number().int(),
  strata: z.array(z.object({ division: z.string(), eligible: z.number().int(), quota: z.number().int() })),
});
schemaMatches<z.infer<typeof drawOutcome>, AppDrawOutcome>(true);

const myReviewRow = z.object({
  sampleId: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  planKindLabel: z.string(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  matterId: z.number().int().nullable(),
  matterVersion: z.number().int().nullable(),
  state: z.string().nullable(),
  stateLabel: z.string(),
  score: z.number().nullable(),
  className: z.string().nullable(),
});
schemaMatches<z.infer<typeof myReviewRow>, AppMyReviewRow>(true);
export const myReviews = z.object({ toReview: z.array(myReviewRow), ofMyCases: z.array(myReviewRow) });

export const scoreBody = z.object({
  version: z.number().int(),
  comment: z.string().max(5000).default(""),
  findings: z
    .array(
      z.object({
        itemCode: z.string().max(100),
        deductionCode: z.string().max(100).nullable().optional(),
        points: z.number().nullable().optional(),
        severity: z.enum(["flaw", "error"]).nullable().optional(),
        note: z.string().max(2000).default(""),
      }),
    )
    .max(200),
});
export const scoreResult = z.object({ score: z.number(), className: z.string() });

export const verifyBody = z.object({
  version: z.number().int(),
  decision: z.enum(["verify", "return"]).describe("verify 复核通过；return 退回重评"),
  note: z.string().max(2000).optional(),
});
export const answerBody = z.object({
  version: z.number().int(),
  answer: z.enum(["accept", "object"]).describe("accept 确认；object 提出异议"),
  note: z.string().max(2000).optional(),
  reason: z.string().max(5000).optional(),
});
export const decideBody = z.object({
  version: z.number().int(),
  outcome: z.string().max(20).describe("维持评查结果 或 变更评查结果"),
  note: z.string().max(5000),
  reference: z.string().max(200).optional(),
  finalScore: z.number().nullable().optional(),
});
export const okBody = z.object({ ok: z.literal(true) });
export const answeredBody = z.object({ rectificationId: z.number().int().nullable() });
export const decidedBody = z.object({
  rectificationId: z.number().int().nullable(),
  finalScore: z.number().nullable(),
  finalClass: z.string().nullable(),
});

export const figuresQuery = z.object({ from: isoDate, to: isoDate });
const judgeFigures = z.object({
  courtCode: z.string(),
  division: z.string(),
  judge: z.string(),
  reviewedCases: z.number().int(),
  averageScore: z.number().nullable(),
  errorCount: z.number().int(),
  overdueRectifications: z.number().int(),
});
schemaMatches<z.infer<typeof judgeFigures>, AppJudgeFigures>(true);
export const figuresBody = z.array(judgeFigures);

export const sheetBody = z.object({
  name: z.string(),
  version: z.number().int(),
  total: z.number(),
  classes: z.array(z.string()),
  sections: z
    .array(
      z.object({
        code: z.string(),
        name: z.string(),
        items: z
          .array(
            z.object({
              code: z.string(),
              text: z.string(),
              points: z.number(),
              deductions: z
                .array(
                  z.object({
                    code: z.string(),
                    text: z.string(),
                    points: z.number(),
                    severity: z.enum(["flaw", "error"]),
                  }),
                )
                .readonly(),
            }),
          )
          .readonly(),
      }),
    )
    .readonly(),
});

export const saveSheetBody = z.object({
  name: z.string().max(100),
  sections: z
    .array(
      z.object({
        code: z.string().max(50),
        name: z.string().max(50),
        items: z
          .array(
            z.object({
              code: z.string().max(50),
              text: z.string().max(200),
              points: z.number(),
              deductions: z
                .array(
                  z.object({
                    code: z.string().max(60),
                    text: z.string().max(200),
                    points: z.number(),
                    severity: z.enum(["flaw", "error"]),
                  }),
                )
                .max(50),
            }),
          )
          .max(100),
      }),
    )
    .max(30),
});
export const savedSheetBody = z.object({ version: z.number().int(), total: z.number() });

export const rectificationList = z.object({
  rows: z.array(
    z.object({
      matterId: z.number().int(),
      planId: z.number().int(),
      planTitle: z.string(),
      caseNumber: z.string(),
      division: z.string(),
      judge: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      dueOn: isoDate.nullable(),
      overdue: z.boolean(),
      openedOn: isoDate,
      closedOn: isoDate.nullable(),
    }),
  ),
  open: z.number().int(),
  overdue: z.number().int(),
});
