/** The 执行不能案件库 API: the entries and figures, recording a search, proposing 恢复执行. */
import { z } from "zod";
import type {
  TerminationList,
  TerminationRow,
} from "../../../app/termination-library/list-termination-library.js";
import { RECORD_ACTIONS } from "../../../domain/auth/index.js";
import { SEARCH_RESULTS } from "../../../domain/termination-library/index.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const state = z.enum(["due", "overdue", "watch-ended", "resumed"]);

export const terminationRow = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  courtCode: z.string().optional().describe("案件所属法院（法院代字）"),
  division: z.string(),
  judge: z.string(),
  cause: z.string().nullable(),
  plaintiffs: z.string().nullable().describe("申请执行人"),
  defendants: z.string().nullable().describe("被执行人"),
  amountFen: z.number().int().nullable().describe("标的额（分）"),
  recoveredFen: z.number().int().nullable().describe("执行到位金额（分）"),
  outstandingFen: z.number().int().nullable().describe("未执行到位金额 = 标的额 − 执行到位金额（分）"),
  closedOn: z.string().describe("终本日期"),
  watchEndsOn: z.string().describe("五年查询期届满日"),
  nextDueOn: z.string().nullable().describe("下次财产查询应于此日前完成"),
  overdueDays: z.number().int(),
  state,
  stateName: z.string(),
  propertyFound: z.boolean().describe("最近一次查询发现财产，尚未恢复执行"),
  searches: z.array(
    z.object({
      id: z.number().int(),
      searchedOn: z.string(),
      result: z.enum(SEARCH_RESULTS),
      note: z.string(),
      recordedBy: z.string(),
    }),
  ),
  proposal: z
    .object({ caseId: z.number().int(), proposedOn: z.string(), note: z.string(), proposedBy: z.string() })
    .nullable()
    .describe("恢复执行建议"),
  resumption: z
    .object({ caseId: z.number().int(), caseNumber: z.string(), filedOn: z.string() })
    .nullable()
    .describe("恢复执行案件（执恢，原审案号为本案）"),
  actions: z.array(z.enum(RECORD_ACTIONS.termination)),
});
schemaMatches<z.infer<typeof terminationRow>, TerminationRow>(true);

export const terminationListBody = z.object({
  asOf: z.string(),
  figures: z.object({
    size: z.number().int().describe("库内案件数"),
    watched: z.number().int().describe("仍在五年查询期内、未恢复执行的案件数"),
    overdue: z.number().int().describe("财产查询逾期的案件数"),
    dueWithin30: z.number().int().describe("30 日内应查询的案件数"),
    propertyFound: z.number().int().describe("发现财产、尚未恢复执行的案件数"),
    resumed: z.number().int().describe("已恢复执行的案件数"),
    recoveryRate: z.number().nullable().describe("恢复执行率 = 已恢复执行 ÷ 库内案件数"),
    outstandingFen: z.number().describe("未恢复执行案件的未执行到位金额合计（分）"),
  }),
  rows: z.array(terminationRow),
  total: z.number().int(),
});
export type TerminationListBody = z.infer<typeof terminationListBody>;
schemaMatches<TerminationListBody, TerminationList>(true);

export const terminationListQuery = z.object({
  asOf: isoDate.optional().describe("统计日期（默认今天）"),
  division: z.string().max(80).optional(),
  judge: z.string().max(80).optional(),
  state: state.optional(),
  q: z.string().max(80).optional().describe("案号或被执行人包含"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const caseIdParams = z.object({ caseId: z.coerce.number().int().min(1) });

export const searchBody = z.object({
  searchedOn: isoDate.describe("查询日期"),
  result: z.enum(SEARCH_RESULTS).describe("查询结果"),
  note: z.string().max(500).default(""),
});

export const proposalBody = z.object({
  proposedOn: isoDate.describe("建议日期"),
  note: z.string().max(500).default(""),
});
