/**
 * A small hand-made court for the 发改案件 tests: first-instance cases with their 二审结果, appellate
 * cases of the 中院 naming a 原审案号, written straight into `cases`. The expected register is
 * worked out by hand beside each case.
 */
import type { Db } from "../../../src/db/connect.js";

export interface FixtureRow {
  caseNumber: string;
  courtCode: string;
  typeCode: string;
  category: string;
  instance: string;
  cause: string;
  division: string;
  judge: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  appealOutcome?: string;
  appealClosedOn?: string;
  origin?: string;
}

const first = (n: number, over: Partial<FixtureRow>): FixtureRow => ({
  caseNumber: `（2025）内0602民初${n}号`,
  courtCode: "内0602",
  typeCode: "民初",
  category: "civil",
  instance: "first",
  cause: "民间借贷纠纷",
  division: "民事审判第一庭",
  judge: "张三",
  filedOn: "2025-01-10",
  closedOn: "2025-03-10",
  closureMode: "判决",
  ...over,
});

const appeal = (n: number, origin: string, mode: string, closedOn: string): FixtureRow => ({
  caseNumber: `（2025）内06民终${n}号`,
  courtCode: "内06",
  typeCode: "民终",
  category: "civil",
  instance: "second",
  cause: "民间借贷纠纷",
  division: "中院民一庭",
  judge: "赵六",
  filedOn: "2025-04-01",
  closedOn,
  closureMode: mode,
  origin,
});

export const ROWS: FixtureRow[] = [
  // 101: its own 二审结果 改判 on 2025-06-20 → an entry (first-instance source).
  first(101, { appealOutcome: "改判", appealClosedOn: "2025-06-20" }),
  // 102: own 发回重审 on 2025-07-01, and the appellate case says 发回重审 on 2025-07-03 → one entry
  // dated 2025-07-03 (the appellate date preferred), the difference noted.
  first(102, {
    judge: "李四",
    cause: "买卖合同纠纷",
    appealOutcome: "发回重审",
    appealClosedOn: "2025-07-01",
  }),
  appeal(201, "（2025）内0602民初102号", "发回重审", "2025-07-03"),
  // 103: nothing recorded on the case; the appellate case reverses it (改判, 2025-08-15).
  first(103, {}),
  appeal(202, "（2025）内0602民初103号", "改判", "2025-08-15"),
  // 104: 维持 → not an entry.
  first(104, { appealOutcome: "维持", appealClosedOn: "2025-06-01" }),
  // 105: reversed in 2024 → outside a 2025 period.
  first(105, {
    caseNumber: "（2024）内0602刑初105号",
    typeCode: "刑初",
    category: "criminal",
    cause: "盗窃罪",
    division: "刑事审判庭",
    judge: "王五",
    filedOn: "2024-03-01",
    closedOn: "2024-06-01",
    appealOutcome: "改判",
    appealClosedOn: "2024-12-20",
  }),
  // 203: an appellate reversal whose 原审案号 is not in the data → unmatched, no entry.
  appeal(203, "（2024）内0602民初9号", "改判", "2025-05-05"),
  // 106: a pending case of 民间借贷纠纷 (类案指导 is shown on it).
  first(106, { closedOn: null, closureMode: null, judge: "李四" }),
];

export async function seedCourt(handle: Db): Promise<Map<string, number>> {
  const now = "2025-09-01T00:00:00.000Z";
  const ids = new Map<string, number>();
  for (const r of ROWS) {
    const row = await handle.db
      .insertInto("cases")
      .values({
        case_number: r.caseNumber,
        court_code: r.courtCode,
        year: Number(r.caseNumber.slice(1, 5)),
        type_code: r.typeCode,
        category: r.category,
        instance: r.instance,
        cause: r.cause,
        procedure: null,
        division: r.division,
        judge: r.judge,
        filed_on: r.filedOn,
        closed_on: r.closedOn,
        closure_mode: r.closureMode,
        amount_fen: null,
        plaintiffs: null,
        defendants: null,
        enterprise: null,
        appealed: r.appealOutcome ? 1 : null,
        appeal_outcome: r.appealOutcome ?? null,
        appeal_closed_on: r.appealClosedOn ?? null,
        enforcement_applied: null,
        recovered_amount_fen: null,
        archived_on: null,
        origin_case_number: r.origin ?? null,
        effective_on: null,
        import_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.set(r.caseNumber, Number(row.id));
  }
  return ids;
}
