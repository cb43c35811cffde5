/** The 发改案件 API: the register, its figures, classification, objection and decision. */
import { z } from "zod";
import type { ReversalList } from "../../../app/reversals/list-reversals.js";
import type { ReversalRow as AppReversalRow } from "../../../app/reversals/register.js";
import type { ReversalOptions } from "../../../app/reversals/reversal-options.js";
import type { ReversalStatistics } from "../../../app/reversals/reversal-statistics.js";
import { RECORD_ACTIONS } from "../../../domain/auth/index.js";
import {
  OBJECTION_DECIDERS,
  OBJECTION_DECISIONS,
  REASON_NAMES,
  RESPONSIBILITIES,
} from "../../../domain/reversals/classification.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const outcome = z.enum(["改判", "发回重审"]);
const state = z.enum(["unclassified", "classified", "objected", "decided"]);

export const reversalRow = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  courtCode: z.string().optional().describe("一审案件所属法院（法院代字）"),
  division: z.string(),
  judge: z.string(),
  cause: z.string().nullable(),
  outcome: outcome.describe("二审结果"),
  decidedOn: z.string().nullable().describe("二审结果的日期（二审结案日期）"),
  source: z
    .enum(["first-instance", "appellate", "both"])
    .describe("来源：一审案件的二审结果列、二审案件（原审案号）或两者"),
  appellateCaseNumber: z.string().nullable(),
  disagreement: z.string().nullable().describe("两个来源不一致时的说明"),
  state: state,
  stateName: z.string(),
  reason: z.string().nullable().describe("发改原因"),
  responsibility: z.string().nullable().describe("责任认定：差错、瑕疵、非差错"),
  note: z.string().nullable(),
  classifiedBy: z.string().nullable(),
  classifiedAt: z.string().nullable(),
  objection: z
    .object({
      text: z.string(),
      by: z.string(),
      at: z.string(),
      decision: z.string().nullable(),
      decider: z.string().nullable(),
      reference: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
      originalReason: z.string().nullable(),
      originalResponsibility: z.string().nullable(),
    })
    .nullable(),
  reviews: z
    .array(z.object({ meetingId: z.number().int(), complete: z.boolean() }))
    .describe("评析该案的评析会，及是否评析完毕"),
  version: z.number().int(),
  actions: z.array(z.enum(RECORD_ACTIONS.reversal)),
});
schemaMatches<z.infer<typeof reversalRow>, AppReversalRow>(true);

export const reversalListBody = z.object({
  rows: z.array(reversalRow),
  total: z.number().int(),
  unmatched: z.array(
    z.object({
      caseNumber: z.string(),
      originCaseNumber: z.string(),
      outcome,
      decidedOn: z.string().nullable(),
    }),
  ),
});
export type ReversalListBody = z.infer<typeof reversalListBody>;
schemaMatches<ReversalListBody, ReversalList>(true);

export const reversalListQuery = z.object({
  from: isoDate.optional().describe("二审结果日期起（含）"),
  to: isoDate.optional().describe("二审结果日期止（含）"),
  division: z.string().max(80).optional(),
  judge: z.string().max(80).optional(),
  outcome: outcome.optional(),
  state: state.optional(),
  reason: z.string().max(40).optional(),
  responsibility: z.string().max(20).optional(),
});

const tallyRow = z.object({
  key: z.string(),
  division: z.string(),
  judge: z.string().nullable(),
  total: z.number().int(),
  reversed: z.number().int(),
  remanded: z.number().int(),
  classified: z.number().int(),
  unclassified: z.number().int(),
  byReason: z.record(z.string(), z.number().int()),
  byResponsibility: z.record(z.string(), z.number().int()),
  errors: z.number().int(),
  errorShare: z.number().nullable().describe("差错占比 = 差错件数 ÷ 已分类件数"),
});

export const reversalStatisticsBody = z.object({
  by: z.enum(["division", "judge"]),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(tallyRow),
  total: tallyRow,
});
export type ReversalStatisticsBody = z.infer<typeof reversalStatisticsBody>;
schemaMatches<ReversalStatisticsBody, ReversalStatistics>(true);

export const reversalStatisticsQuery = reversalListQuery.extend({
  by: z.enum(["division", "judge"]).optional(),
});

export const reversalOptionsBody = z.object({
  reasons: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      excludes: z.array(z.string()).describe("该原因不能认定的责任"),
      basis: z.string().nullable(),
    }),
  ),
  responsibilities: z.array(z.object({ name: z.string(), description: z.string() })),
  deciders: z.array(z.string()),
  decisions: z.array(z.string()),
});
export type ReversalOptionsBody = z.infer<typeof reversalOptionsBody>;
schemaMatches<ReversalOptionsBody, ReversalOptions>(true);

export const caseIdParams = z.object({ caseId: z.coerce.number().int().min(1) });

export const classifyBody = z.object({
  reason: z.enum(REASON_NAMES as [string, ...string[]]).describe("发改原因"),
  responsibility: z.enum(RESPONSIBILITIES).describe("责任认定"),
  note: z.string().max(2000).default(""),
  version: z.number().int().min(0).describe("读取时的版本（未分类为 0）"),
});

export const objectionBody = z.object({
  text: z.string().max(2000).describe("异议理由"),
  version: z.number().int().min(0),
});

export const decisionBody = z.object({
  decision: z.enum(OBJECTION_DECISIONS),
  decider: z.enum(OBJECTION_DECIDERS),
  reference: z.string().max(2000).describe("处理理由，或审委会决定的出处"),
  responsibility: z.enum(RESPONSIBILITIES).optional().describe("异议成立时改定的责任认定"),
  reason: z
    .enum(REASON_NAMES as [string, ...string[]])
    .optional()
    .describe("异议成立时改定的发改原因"),
  version: z.number().int().min(0),
});
