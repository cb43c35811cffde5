/**
 * What the fast-track facts pass reads: the civil first-instance cases that may have fast-track
 * facts — filed under 小额诉讼程序, in a 速裁 division now, with a 变更承办部门, or with a 标的额 within
 * the highest 小额诉讼 ceiling — and every such case whose fast-track facts are not the defaults
 * (so a case that no longer qualifies is reset; only 民初 cases ever get other values, and a
 * case's type never changes: it is part of its case number), with those facts; and the events the
 * rules read (程序转换, 变更承办部门, and the 扣除审限 reasons that exclude 小额诉讼).
 */
import type SQLite from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import type { Database } from "../schema.js";

export interface TriageFactsInputRow {
  id: number;
  typeCode: string;
  cause: string | null;
  procedure: string | null;
  division: string;
  filedOn: string;
  amountFen: number | null;
  foreignRelated: boolean | null;
  counterclaim: boolean | null;
  smallClaimsConsent: boolean | null;
  /** The stored fast-track facts. */
  fastTrack: number;
  smallClaimsEligible: number;
  transferredBack: number;
  transferDay: number | null;
  /** Filled by the caller: the case's events the rules read. */
  events: StoredEvent[];
}

const NO_EVENTS: StoredEvent[] = [];

/**
 * Rows as arrays: on SQLite (inside the caller's transaction, same connection) straight from
 * better-sqlite3, which for a few hundred thousand rows is several times faster than objects.
 */
async function rowsOf(
  db: Kysely<Database>,
  query: ReturnType<typeof sql<Record<string, unknown>>>,
  sqlite: SQLite.Database | undefined,
): Promise<unknown[][]> {
  const compiled = query.compile(db);
  if (sqlite)
    return sqlite
      .prepare(compiled.sql)
      .raw(true)
      .all(...(compiled.parameters as unknown[])) as unknown[][];
  const r = await db.executeQuery<Record<string, unknown>>(compiled);
  return r.rows.map((x) => Object.values(x));
}

const nbool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Number(v) !== 0);
const nnum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Case ids lo ≤ id ≤ hi: the pass reads a province's cases a range at a time. */
export interface IdRange {
  lo: number;
  hi: number;
}

export async function readTriageFactsInput(
  db: Kysely<Database>,
  options: { fastDivisions: readonly string[]; maxCeilingFen: number | null },
  sqlite: SQLite.Database | undefined,
  range: IdRange,
): Promise<TriageFactsInputRow[]> {
  const divisions = options.fastDivisions.length > 0 ? [...options.fastDivisions] : [""];
  const amount =
    options.maxCeilingFen !== null
      ? sql`or (c.amount_fen <= ${options.maxCeilingFen} and coalesce(c.foreign_related, 0) = 0 and coalesce(c.counterclaim, 0) = 0)`
      : sql``;
  const rows = await rowsOf(
    db,
    sql<Record<string, unknown>>`select c.id, c.type_code, c.cause, c.procedure, c.division,
      c.filed_on, c.amount_fen, c.foreign_related, c.counterclaim, c.small_claims_consent,
      f.fast_track, f.small_claims_eligible, f.transferred_back, f.transfer_day
    from cases c
    join case_facts f on f.case_id = c.id
    where c.id >= ${range.lo} and c.id <= ${range.hi} and c.type_code = '民初' and (
        c.procedure = '小额诉讼程序'
        or c.division in (${sql.join(divisions)})
        or c.id in (select case_id from case_events where kind = 'divisionChange')
        ${amount}
        or f.fast_track <> 0 or f.small_claims_eligible <> 0 or f.transferred_back <> 0)`,
    sqlite,
  );
  const out: TriageFactsInputRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i] as unknown[];
    out[i] = {
      id: Number(x[0]),
      typeCode: x[1] as string,
      cause: (x[2] as string | null) ?? null,
      procedure: (x[3] as string | null) ?? null,
      division: x[4] as string,
      filedOn: x[5] as string,
      amountFen: nnum(x[6]),
      foreignRelated: nbool(x[7]),
      counterclaim: nbool(x[8]),
      smallClaimsConsent: nbool(x[9]),
      fastTrack: Number(x[10]),
      smallClaimsEligible: Number(x[11]),
      transferredBack: Number(x[12]),
      transferDay: nnum(x[13]),
      events: NO_EVENTS,
    };
  }
  return out;
}

/** The events of 民初 cases the fast-track rules read, by case. */
export async function readTriageEvents(
  db: Kysely<Database>,
  sqlite: SQLite.Database | undefined,
  range: IdRange,
): Promise<Map<number, StoredEvent[]>> {
  const rows = await rowsOf(
    db,
    sql<Record<string, unknown>>`select e.id, e.case_id, e.kind, e.reason, e.from_on, e.to_on,
      e.new_procedure, e.note, e.prior_division, e.new_division
    from case_events e
    join cases c on c.id = e.case_id
    where e.case_id >= ${range.lo} and e.case_id <= ${range.hi} and c.type_code = '民初'
      and (e.kind in ('procedureChange', 'divisionChange')
        or (e.kind = 'exclusion' and e.reason in ('鉴定', '审计评估', '公告')))
    order by e.case_id, e.id`,
    sqlite,
  );
  const out = new Map<number, StoredEvent[]>();
  for (const x of rows) {
    const caseId = Number(x[1]);
    let list = out.get(caseId);
    if (!list) {
      list = [];
      out.set(caseId, list);
    }
    const kind = x[2] as string;
    list.push({
      id: Number(x[0]),
      kind,
      reason: (x[3] as string | null) ?? null,
      from: x[4] as string,
      to: (x[5] as string | null) ?? null,
      lengthMonths: null,
      lengthDays: null,
      newProcedure: (x[6] as string | null) ?? null,
      approvedBy: null,
      note: (x[7] as string | null) ?? null,
      ...(kind === "divisionChange"
        ? { priorDivision: (x[8] as string | null) ?? null, newDivision: (x[9] as string | null) ?? null }
        : {}),
    });
  }
  return out;
}
