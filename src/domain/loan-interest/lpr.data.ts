/**
 * The one-year 贷款市场报价利率 (LPR) as package data: every change of the one-year quote since the
 * reformed LPR was first published on 2019-08-20. A month without a row kept the previous quote.
 *
 * Source: the monthly 贷款市场报价利率公告 that 全国银行间同业拆借中心 publishes on the 20th of
 * each month (moved to the next working day on a holiday), by authority of 中国人民银行. The change points and their dates were checked against several independent
 * compilations of the monthly announcements (they agree on every row); `verifiedThrough` is the
 * last monthly announcement those compilations covered (3.00 % unchanged since 2025-05-20).
 *
 * Newer rows come from a setting file (`--lpr FILE` or SHENGUAN_LPR_FILE; docs/loan-interest.md),
 * never from editing this list at a court.
 */

export interface LprRow {
  /** Publication date, YYYY-MM-DD: the quote applies from this day on. */
  date: string;
  /** The one-year quote in basis points (3.85 % = 385). */
  bp: number;
}

export const LPR_SOURCE =
  "全国银行间同业拆借中心受权公布的贷款市场报价利率（一年期），自2019年8月20日起每月20日（遇节假日顺延）公布";

/** The last monthly announcement the package rows were checked against. */
export const LPR_VERIFIED_THROUGH = "2025-07-21";

export const LPR_ROWS: readonly LprRow[] = [
  { date: "2019-08-20", bp: 425 },
  { date: "2019-09-20", bp: 420 },
  { date: "2019-11-20", bp: 415 },
  { date: "2020-02-20", bp: 405 },
  { date: "2020-04-20", bp: 385 },
  { date: "2021-12-20", bp: 380 },
  { date: "2022-01-20", bp: 370 },
  { date: "2022-08-22", bp: 365 },
  { date: "2023-06-20", bp: 355 },
  { date: "2023-08-21", bp: 345 },
  { date: "2024-07-22", bp: 335 },
  { date: "2024-10-21", bp: 310 },
  { date: "2025-05-20", bp: 300 },
];
