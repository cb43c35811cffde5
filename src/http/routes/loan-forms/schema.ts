/**
 * The 民间借贷要素表 API: the form (the same JSON `shenguan loan-interest` reads), the calculator's
 * result, the form's view on the case page, 试算 and saving.
 */
import { z } from "zod";
import type { LoanFormView as AppLoanFormView } from "../../../app/loan-forms/get-loan-form.js";
import type { LoanForm, LoanResult } from "../../../domain/loan-interest/types.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const asOfQuery = z.object({
  asOf: isoDate.max(10).optional().describe("计算截止日（默认今日）"),
});

const party = z.object({
  name: z.string().max(200).describe("姓名或名称"),
  kind: z.enum(["自然人", "企业", "其他组织"]),
});

const datedAmount = z.object({
  date: z.string().max(20).describe("YYYY-MM-DD"),
  amount: z.number().describe("金额（元，至多两位小数）"),
});

const rate = z
  .union([z.number(), z.string().max(60)])
  .nullable()
  .optional()
  .describe("年利率（小数，0.1 即 10%），或法院常用写法：月息2分、月利率1.5%、年利率10%、日息万分之五");

export const loanForm = z.object({
  lenders: z.array(party).max(50).optional().describe("出借人"),
  borrowers: z.array(party).max(50).optional().describe("借款人"),
  contractDate: z.string().max(20).describe("借款合同（借条）签订日期"),
  principalStated: z.number().describe("借条载明的本金（元）"),
  deliveries: z.array(datedAmount).max(500).describe("实际交付的借款（日期、金额）"),
  agreedTermEnd: z.string().max(20).nullable().optional().describe("约定还款期限的最后一日"),
  agreedRate: rate,
  overdueRate: rate,
  penaltyRate: rate,
  otherFeesRate: rate,
  repayments: z.array(datedAmount).max(1000).describe("还款（日期、金额）"),
  costs: z.number().optional().describe("实现债权的费用（元）"),
  setOffOrder: z
    .enum(["法定顺序", "本金优先"])
    .optional()
    .describe("抵充顺序：民法典第五百六十一条，或约定本金优先"),
  guarantee: z.string().max(2000).nullable().optional().describe("担保"),
  filedOn: z.string().max(20).nullable().optional().describe("起诉日期（默认本案立案日期）"),
  costsIncurredOn: z.string().max(20).nullable().optional().describe("实现债权的费用发生之日"),
  dayBasis: z
    .union([z.literal(360), z.literal(365)])
    .optional()
    .describe("日利率的年天数（默认 360）"),
});
schemaMatches<z.infer<typeof loanForm>, LoanForm>(true);

export const loanResult = z.object({
  principalFen: z.number().int().describe("认定的借款本金（分）"),
  principal: z.number().describe("认定的借款本金（元）"),
  capRate: z.number().describe("适用的利率保护上限（年利率，小数）"),
  capBasis: z.string(),
  interestSupportedFen: z.number().int(),
  interestNotSupportedFen: z.number().int(),
  principalDueFen: z.number().int(),
  interestDueFen: z.number().int(),
  costsDueFen: z.number().int(),
  periods: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      days: z.number().int(),
      principalFen: z.number().int(),
      rate: z.number(),
      interestFen: z.number().int(),
      kind: z.enum(["借期内利息", "逾期利息"]),
      claimedRate: z.number().optional().describe("约定（主张）的年利率"),
      claimedInterestFen: z.number().int().optional(),
      basis: z.string().optional().describe("确定该期间利率的条文"),
    }),
  ),
  lines: z.array(
    z.object({
      text: z.string(),
      basis: z.string(),
      amountFen: z.number().int().optional(),
      topic: z
        .enum([
          "本金",
          "上限",
          "借期内利率",
          "逾期利率",
          "计息方法",
          "利息合计",
          "还款抵充",
          "提前还款",
          "尚欠",
        ])
        .optional()
        .describe("该行属于计算的哪一步"),
    }),
  ),
  asOf: z.string(),
  overpaidFen: z.number().int().optional().describe("超出全部欠款的还款（分）"),
  warnings: z.array(z.string()).optional().describe("需要法官核对的事项"),
});
schemaMatches<z.infer<typeof loanResult>, LoanResult>(true);

export const loanFormView = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  cause: z.string(),
  typeCode: z.string(),
  filedOn: z.string(),
  form: loanForm,
  saved: z.boolean(),
  version: z.number().int().describe("已保存的版本（0：尚未保存）；保存时原样传回"),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  asOf: z.string(),
  result: loanResult.nullable(),
  paragraph: z.string().nullable().describe("本院认为……计算如下……（可直接粘贴）"),
  problem: z.string().nullable().describe("已保存的要素表无法计算的原因"),
  canEdit: z.boolean(),
});
export type LoanFormViewBody = z.infer<typeof loanFormView>;
schemaMatches<LoanFormViewBody, AppLoanFormView>(true);

export const saveLoanFormBody = z.object({
  form: loanForm,
  version: z.number().int().min(0).describe("读取时的版本（尚未保存为 0）"),
  asOf: isoDate.max(10).optional().describe("答复中的计算截止日（默认今日）"),
});
export type SaveLoanFormBody = z.infer<typeof saveLoanFormBody>;

export const computeLoanFormBody = z.object({ form: loanForm, asOf: isoDate.max(10).optional() });
export type ComputeLoanFormBody = z.infer<typeof computeLoanFormBody>;

export const loanComputation = z.object({ result: loanResult, paragraph: z.string(), asOf: z.string() });
export type LoanComputationBody = z.infer<typeof loanComputation>;
