/**
 * The 民间借贷 element form (要素表) and the calculator's result: the contract between the form's
 * storage and screens and the pure calculator (`computeLoanInterest` in ./calculate.ts). The same
 * JSON is what the API takes and `shenguan loan-interest <loan.json>` reads (docs/loan-interest.md).
 *
 * Amounts are in yuan as numbers with at most two decimals in the form (what a person enters), and
 * in fen (integers) in the result, so that sums are exact.
 */

export type PartyKind = "自然人" | "企业" | "其他组织";

export interface LoanParty {
  name: string;
  kind: PartyKind;
}

export interface DatedAmount {
  /** YYYY-MM-DD */
  date: string;
  /** yuan */
  amount: number;
}

/**
 * A rate as entered: a number is an annual rate as a fraction (0.1 = 年利率10%); text is read the
 * way courts write it: "月息2分", "月利率1.5%", "年利率10%", "年息12%", "日息万分之五", "年利率LPR的4倍".
 */
export type RateInput = number | string;

export interface LoanForm {
  lenders?: LoanParty[];
  borrowers?: LoanParty[];
  /** 借款合同（借条）签订日期 — the day the contract was formed. */
  contractDate: string;
  /** 借条载明的本金. */
  principalStated: number;
  /** What the lender actually delivered, and when (利息预先扣除: less than stated; 第二十六条). */
  deliveries: DatedAmount[];
  /** 约定的还款期限 (last day of the agreed term); absent = no agreed term. */
  agreedTermEnd?: string | null;
  /** 约定的借期内利率; absent or null = no agreed interest (第二十四条). */
  agreedRate?: RateInput | null;
  /** 约定的逾期利率; absent = none agreed (第二十八条). */
  overdueRate?: RateInput | null;
  /** 约定的违约金 (yuan per year as a rate, or an amount): 第二十九条 combines it with the overdue rate. */
  penaltyRate?: RateInput | null;
  /** 其他费用 agreed (as an annual rate): also within 第二十九条's combined cap. */
  otherFeesRate?: RateInput | null;
  /** Repayments by the borrower. */
  repayments: DatedAmount[];
  /** Costs the lender incurred to realise the claim, owed first under 民法典第五百六十一条 (yuan). */
  costs?: number;
  /**
   * The parties agreed another order of set-off than 民法典第五百六十一条 (costs, interest,
   * principal): "本金优先" applies repayments to principal first.
   */
  setOffOrder?: "法定顺序" | "本金优先";
  /** 担保 (保证人, 抵押 …), free text. */
  guarantee?: string | null;
  /** 起诉日期 (for the transitional rule of 第三十一条); default: the case's filing date. */
  filedOn?: string | null;
  /**
   * Added by the calculator: the day the costs (实现债权的费用) arose. Repayments before it do not
   * go to costs. Absent: the costs count as owed from the first delivery.
   */
  costsIncurredOn?: string | null;
  /**
   * Added by the calculator: days in a year for daily interest (本金 × 年利率 ÷ 360 × 天数). Default
   * 360 (the People's Bank convention, the same one that reads 日息 × 360 and 月息 × 12); 365 if
   * the court counts by the calendar year. docs/loan-interest.md.
   */
  dayBasis?: 360 | 365;
}

/** One line of the calculation, with the article it applied. */
export interface LoanLine {
  /** What the line computes, in Chinese (本院认为 … style). */
  text: string;
  /** The article, e.g. 《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十六条. */
  basis: string;
  /** The amount the line yields, in fen, if any. */
  amountFen?: number;
  /** Added by the calculator: which step of the calculation the line is (the paragraph orders by it). */
  topic?: LoanLineTopic;
}

/** The steps of the calculation, in the order a judgment reasons. */
export type LoanLineTopic =
  | "本金"
  | "上限"
  | "借期内利率"
  | "逾期利率"
  | "计息方法"
  | "利息合计"
  | "还款抵充"
  | "提前还款"
  | "尚欠";

/** One period of interest at one rate (a row of the figures table). */
export interface InterestPeriod {
  from: string;
  to: string;
  days: number;
  principalFen: number;
  /** Annual rate applied (fraction). */
  rate: number;
  interestFen: number;
  kind: "借期内利息" | "逾期利息";
  /** Added by the calculator: the annual rate the contract (or the claim) asked for in this period. */
  claimedRate?: number;
  /** Added by the calculator: interest at `claimedRate`, fen. */
  claimedInterestFen?: number;
  /** Added by the calculator: the article that fixed `rate`. */
  basis?: string;
}

export interface LoanResult {
  /** The principal the law recognises (第二十六条: what was actually delivered), fen. */
  principalFen: number;
  /** The principal the law recognises, yuan (two decimals). */
  principal: number;
  /** The lawful annual cap that applies, as a fraction (0.138 for 13.8 %). */
  capRate: number;
  /** How the cap was found (4 × LPR at formation, or 第三十一条's transitional rule). */
  capBasis: string;
  /** Interest up to `asOf` the law supports, and the part of the claim it does not, in fen. */
  interestSupportedFen: number;
  interestNotSupportedFen: number;
  /** After repayments (applied by 民法典第五百六十一条 unless agreed otherwise): what is still due. */
  principalDueFen: number;
  interestDueFen: number;
  costsDueFen: number;
  periods: InterestPeriod[];
  lines: LoanLine[];
  /** The date the calculation runs to. */
  asOf: string;
  /** Added by the calculator: repayments beyond everything owed, fen (0 when none). */
  overpaidFen?: number;
  /** Added by the calculator: points the judge should check (e.g. the LPR table may be out of date). */
  warnings?: string[];
}
