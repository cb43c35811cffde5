/**
 * A small hand-made court for the 执行不能案件库 and 营商环境 tests, written straight into `cases`
 * (then facts derived): 民初 commercial cases (涉企 and not), the 执 cases enforcing them (原审案号),
 * 终本 执 cases and a 执恢 resuming one of them. Expected figures are worked out by hand in the tests.
 */
import { refreshFactsUnchecked } from "../../../src/app/facts/refresh-facts.js";
import type { Db } from "../../../src/db/connect.js";

export interface Row {
  n: string;
  type: string;
  category: string;
  cause: string;
  division: string;
  judge: string;
  filed: string;
  closed: string | null;
  mode: string | null;
  amount?: number;
  recovered?: number;
  enterprise?: boolean;
  origin?: string;
  defendants?: string;
  procedure?: string;
}

const C = "内0602";
const civil = (n: number, over: Partial<Row>): Row => ({
  n: `（2025）${C}民初${n}号`,
  type: "民初",
  category: "civil",
  cause: "买卖合同纠纷",
  division: "民事审判第二庭",
  judge: "钱七",
  filed: "2025-01-01",
  closed: "2025-03-02",
  mode: "判决",
  enterprise: true,
  procedure: "普通程序",
  ...over,
});
const enf = (n: number, over: Partial<Row>): Row => ({
  n: `（2025）${C}执${n}号`,
  type: "执",
  category: "enforcement",
  cause: "买卖合同纠纷",
  division: "执行局",
  judge: "孙八",
  filed: "2025-04-01",
  closed: null,
  mode: null,
  procedure: "执行实施",
  ...over,
});

export const ROWS: Row[] = [
  // ── 营商环境 pack, period 2025-01-01 … 2025-06-30 (涉企 民初 only by default) ──
  // 301: 涉企, 判决, filed 01-01 closed 03-02 → 60 days, amount 1,000,000.00 元.
  civil(301, { amount: 100_000_000 }),
  // 302: 涉企, 调解, filed 02-01 closed 02-11 → 10 days, amount 50,000.00 元.
  civil(302, { filed: "2025-02-01", closed: "2025-02-11", mode: "调解", amount: 5_000_000 }),
  // 303: 涉企, 撤诉, filed 03-01 closed 03-21 → 20 days, amount 200,000.00 元.
  civil(303, { filed: "2025-03-01", closed: "2025-03-21", mode: "撤诉", amount: 20_000_000 }),
  // 304: 涉企, 判决, 简易程序 filed 2025-01-02 closed 2025-06-30 → 179 days: past the 3-month 简易 limit
  //      (closed-late); amount 300,000.00 元.
  civil(304, {
    filed: "2025-01-02",
    closed: "2025-06-30",
    amount: 30_000_000,
    procedure: "简易程序",
  }),
  // 305: not 涉企 → outside the default pack.
  civil(305, { enterprise: false, amount: 900_000_000 }),
  // 306: 涉企, closed 2025-07-01 → outside the period.
  civil(306, { closed: "2025-07-01" }),
  // Enforcement of 301: filed 04-01, 执行完毕 05-31, 1,000,000.00 of 1,000,000.00 recovered.
  enf(401, {
    origin: `（2025）${C}民初301号`,
    closed: "2025-05-31",
    mode: "执行完毕",
    amount: 100_000_000,
    recovered: 100_000_000,
  }),
  // Enforcement of 304: closed 06-30 by 终本, 100,000.00 of 300,000.00 recovered.
  enf(402, {
    origin: `（2025）${C}民初304号`,
    filed: "2025-06-01",
    closed: "2025-06-30",
    mode: "终结本次执行程序",
    amount: 30_000_000,
    recovered: 10_000_000,
    defendants: "甲公司",
  }),
  // ── 执行不能案件库 ──
  // 501: 终本 2024-01-31, no search → due 2024-07-31.
  enf(501, {
    n: `（2023）${C}执501号`,
    filed: "2023-10-01",
    closed: "2024-01-31",
    mode: "终结本次执行程序",
    amount: 5_000_000,
    recovered: 1_000_000,
    defendants: "乙某",
  }),
  // 502: 终本 2024-08-31 → due 2025-02-28 (民法典第二百零二条); resumed by 执恢 601 filed 2025-03-10.
  enf(502, {
    n: `（2024）${C}执502号`,
    filed: "2024-05-01",
    closed: "2024-08-31",
    mode: "终结本次执行程序",
    amount: 2_000_000,
    recovered: 0,
    defendants: "丙公司",
  }),
  enf(601, {
    n: `（2025）${C}执恢601号`,
    type: "执恢",
    origin: `（2024）${C}执502号`,
    filed: "2025-03-10",
  }),
  // 503: 执行完毕 → not in the library.
  enf(503, { n: `（2024）${C}执503号`, filed: "2024-01-01", closed: "2024-05-01", mode: "执行完毕" }),
];

export async function seedFixture(handle: Db, asOf: string): Promise<Map<string, number>> {
  const now = "2025-09-01T00:00:00.000Z";
  const ids = new Map<string, number>();
  for (const r of ROWS) {
    const row = await handle.db
      .insertInto("cases")
      .values({
        case_number: r.n,
        court_code: C,
        year: Number(r.n.slice(1, 5)),
        type_code: r.type,
        category: r.category,
        instance: r.type.startsWith("执") ? "enforcement" : "first",
        cause: r.cause,
        procedure: r.procedure ?? null,
        division: r.division,
        judge: r.judge,
        filed_on: r.filed,
        closed_on: r.closed,
        closure_mode: r.mode,
        amount_fen: r.amount ?? null,
        plaintiffs: "申请人甲",
        defendants: r.defendants ?? "被告乙",
        enterprise: r.enterprise === undefined ? null : r.enterprise ? 1 : 0,
        appealed: null,
        appeal_outcome: null,
        appeal_closed_on: null,
        enforcement_applied: null,
        recovered_amount_fen: r.recovered ?? null,
        archived_on: null,
        origin_case_number: r.origin ?? null,
        effective_on: null,
        import_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.set(r.n, Number(row.id));
  }
  await refreshFactsUnchecked(handle, { asOf });
  return ids;
}
