/**
 * The few case fields 四类案件 identification reads, every case in id order, a page at a time
 * (keyset paging, bounded memory; on SQLite one prepared statement read as arrays). No events and
 * no facts: the rules need the parties, amount, 涉企, cause, dates and the appeal's outcome only.
 */
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Kysely } from "kysely";
import type { SupervisionCaseInput } from "../../domain/supervision/identify.js";
import type { Database } from "../schema.js";

export interface SupervisionCaseRow {
  id: number;
  division: string;
  judge: string;
  input: SupervisionCaseInput;
}

const REMAND = "发回重审";

const COLUMNS = [
  "id",
  "case_number",
  "type_code",
  "cause",
  "plaintiffs",
  "defendants",
  "amount_fen",
  "enterprise",
  "filed_on",
  "closed_on",
  "closure_mode",
  "appeal_outcome",
  "division",
  "judge",
] as const;

function rowOf(a: readonly unknown[]): SupervisionCaseRow {
  return {
    id: a[0] as number,
    division: a[12] as string,
    judge: a[13] as string,
    input: {
      caseNumber: a[1] as string,
      typeCode: a[2] as string,
      cause: a[3] as string | null,
      plaintiffs: a[4] as string | null,
      defendants: a[5] as string | null,
      amountFen: a[6] === null ? null : Number(a[6]),
      enterprise: a[7] === null ? null : Number(a[7]) !== 0,
      filedOn: a[8] as string,
      closedOn: a[9] as string | null,
      closureMode: a[10] as string | null,
      appealOutcome: a[11] as string | null,
    },
  };
}

/**
 * Only the cases the rules can use as of `asOf`: those pending on it (or filed after it), and the
 * remanded originals (二审结果 or 结案方式 发回重审) the 发回重审 rule looks back to. Closed cases
 * are most of a court's table; leaving them in SQLite saves reading their parties.
 */
export async function* readSupervisionInputs(
  db: Kysely<Database>,
  options: { asOf: string; pageSize?: number; sqlite?: SQLite.Database },
): AsyncGenerator<SupervisionCaseRow[]> {
  const pageSize = options.pageSize ?? 5000;
  const q = db
    .selectFrom("cases")
    .select(COLUMNS)
    .where("id", ">", 0)
    .where((eb) =>
      eb.or([
        eb("closed_on", "is", null),
        eb("closed_on", ">", options.asOf),
        eb("appeal_outcome", "=", REMAND),
        eb("closure_mode", "=", REMAND),
      ]),
    )
    .orderBy("id")
    .limit(pageSize)
    .compile();
  // The compiled parameters: [after, …the filter's…, limit].
  const middle = q.parameters.slice(1, -1);
  const stmt = options.sqlite?.prepare(q.sql).raw(true);
  let after = 0;
  for (;;) {
    const params = [after, ...middle, pageSize];
    const rows: unknown[][] = stmt
      ? (stmt.all(...params) as unknown[][])
      : (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(q.sql, params))).rows.map((r) =>
          COLUMNS.map((c) => r[c]),
        );
    if (rows.length === 0) return;
    after = (rows[rows.length - 1] as unknown[])[0] as number;
    yield rows.map(rowOf);
    if (rows.length < pageSize) return;
  }
}
