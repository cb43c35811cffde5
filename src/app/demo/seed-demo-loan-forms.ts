/**
 * The demo court's 民间借贷要素表 (要素式审判): four 民间借贷纠纷 cases of demo judges get a filled
 * form, saved by their judge through the use case (so each save is validated and audited):
 * - 利息预先扣除: 借条 100,000 元, 90,000 元 delivered (第二十六条), the overdue rate above the cap;
 * - a contract of 2019, before 2020-08-20 (第三十一条's transitional rule), at 年利率30%;
 * - a rate written "月息2分" (24 % a year, above 4 × LPR);
 * - two deliveries, two repayments and 律师费 set off by 民法典第五百六十一条, with a guarantor.
 * Cases filed after the contracts are preferred (pending first); the parties are the case's own.
 */
import type { Db } from "../../db/connect.js";
import { loanCasesOf } from "../../db/loan-forms/loan-forms.js";
import { listDemoUsers } from "../../db/users/users.js";
import type { LoanForm, LoanParty } from "../../domain/loan-interest/types.js";
import { partiesOf } from "../loan-forms/get-loan-form.js";
import { saveLoanForm } from "../loan-forms/save-loan-form.js";
import { actorOf } from "../shared/actor.js";

/** The demo forms; the parties are filled in from each case. */
export const DEMO_LOAN_FORMS: { label: string; form: Omit<LoanForm, "lenders" | "borrowers"> }[] = [
  {
    label: "利息预先扣除",
    form: {
      contractDate: "2023-03-01",
      principalStated: 100_000,
      deliveries: [{ date: "2023-03-01", amount: 90_000 }],
      agreedTermEnd: "2024-02-29",
      agreedRate: "年利率12%",
      overdueRate: "年利率18%",
      repayments: [],
      costs: 0,
      setOffOrder: "法定顺序",
      guarantee: null,
    },
  },
  {
    label: "2020年8月20日前成立",
    form: {
      contractDate: "2019-05-01",
      principalStated: 200_000,
      deliveries: [{ date: "2019-05-01", amount: 200_000 }],
      agreedTermEnd: "2019-12-31",
      agreedRate: 0.3,
      repayments: [],
      costs: 0,
      setOffOrder: "法定顺序",
      guarantee: null,
    },
  },
  {
    label: "月息2分",
    form: {
      contractDate: "2022-01-15",
      principalStated: 50_000,
      deliveries: [{ date: "2022-01-15", amount: 50_000 }],
      agreedTermEnd: "2022-07-14",
      agreedRate: "月息2分",
      repayments: [],
      costs: 0,
      setOffOrder: "法定顺序",
      guarantee: null,
    },
  },
  {
    label: "分期交付和还款",
    form: {
      contractDate: "2024-04-01",
      principalStated: 80_000,
      deliveries: [
        { date: "2024-04-01", amount: 50_000 },
        { date: "2024-04-15", amount: 30_000 },
      ],
      agreedTermEnd: "2025-03-31",
      agreedRate: "月利率1%",
      repayments: [
        { date: "2024-10-01", amount: 5_000 },
        { date: "2025-01-01", amount: 20_000 },
      ],
      costs: 3_000,
      setOffOrder: "法定顺序",
      guarantee: "案外人王某某提供连带责任保证",
    },
  },
];

const FALLBACK_LENDER: LoanParty = { name: "张某某", kind: "自然人" };
const FALLBACK_BORROWER: LoanParty = { name: "李某某", kind: "自然人" };

export async function seedDemoLoanForms(handle: Db, asOf: string): Promise<void> {
  const users = (await listDemoUsers(handle)).filter((u) => u.role === "judge" && u.judge_name && u.division);
  if (users.length === 0) return;
  const cases = await loanCasesOf(
    handle,
    users.map((u) => ({ judge: u.judge_name as string, division: u.division as string })),
    400,
  );
  // Filed after the latest contract (2024-04-15), pending first, one judge's cases spread out.
  const usable = cases
    .filter((c) => c.filedOn > "2024-06-01" && c.filedOn <= asOf)
    .sort((a, b) => Number(a.closedOn !== null) - Number(b.closedOn !== null));
  const picked: typeof usable = [];
  const judgesUsed = new Set<string>();
  for (const c of usable) {
    if (picked.length >= DEMO_LOAN_FORMS.length) break;
    if (judgesUsed.has(`${c.division}/${c.judge}`) && usable.length > DEMO_LOAN_FORMS.length * 2) continue;
    picked.push(c);
    judgesUsed.add(`${c.division}/${c.judge}`);
  }
  for (const c of usable) {
    if (picked.length >= DEMO_LOAN_FORMS.length) break;
    if (!picked.includes(c)) picked.push(c);
  }
  for (const [i, c] of picked.entries()) {
    const demo = DEMO_LOAN_FORMS[i];
    const u = users.find((x) => x.judge_name === c.judge && x.division === c.division);
    if (!demo || !u) continue;
    // A demo court dated earlier than a form's dates (a test's) gets no such form: the calculator
    // refuses a repayment after the day it computes to.
    const dates = [
      demo.form.contractDate,
      ...demo.form.deliveries.map((d) => d.date),
      ...demo.form.repayments.map((r) => r.date),
    ];
    if (dates.some((d) => d > asOf)) continue;
    const judge = actorOf({
      username: u.username,
      role: u.role,
      division: u.division,
      judgeName: u.judge_name,
      isDemo: true,
      displayName: u.judge_name ?? u.display_name,
    });
    const lenders = partiesOf(c.plaintiffs);
    const borrowers = partiesOf(c.defendants);
    const form: LoanForm = {
      lenders: lenders.length > 0 ? lenders : [FALLBACK_LENDER],
      borrowers: borrowers.length > 0 ? borrowers : [FALLBACK_BORROWER],
      ...demo.form,
      filedOn: c.filedOn,
    };
    await saveLoanForm(judge, handle, c.id, { form, version: 0 }, `${asOf}T09:00:00.000Z`, asOf);
  }
}
