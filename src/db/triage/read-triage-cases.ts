/**
 * The civil first-instance (民初) cases the triage pass reads, with their events: those pending on a
 * date (filed by it, not closed by it) and, optionally, those closed within a period (the office
 * reviews last quarter's mismatches). Keyset pages in id order, bounded memory, the same SQL on
 * both databases; on SQLite the page statement is prepared once and read as arrays. The events of
 * a page are read for its cases only (case_events' (case_id, event_key) index).
 */
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Kysely } from "kysely";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import type { TriageCase } from "../../domain/triage/small-claims.js";
import type { Database } from "../schema.js";

export interface TriageCaseRow {
  id: number;
  input: TriageCase;
}

export interface TriageReadOptions {
  /** Pending on this day: filed on or before it, not closed on or before it. */
  asOf: string;
  /** Also the cases closed within [closedFrom, closedTo]. */
  closedFrom?: string;
  closedTo?: string;
  /** Leave out the pending cases (only the closed ones of the period). */
  closedOnly?: boolean;
  /** Only the cases of these courts (法院代字; the reader's scope). */
  courts?: readonly string[];
  /** Only these divisions / judge (the reader's scope, a filter). */
  division?: string;
  judge?: string;
  pageSize?: number;
  sqlite?: SQLite.Database;
}

const TYPE_CODE = "民初";

const COLUMNS = [
  "id",
  "case_number",
  "type_code",
  "cause",
  "procedure",
  "division",
  "judge",
  "filed_on",
  "closed_on",
  "amount_fen",
  "plaintiffs",
  "defendants",
  "foreign_related",
  "counterclaim",
  "small_claims_consent",
] as const;

const EVENT_COLUMNS = [
  "id",
  "case_id",
  "kind",
  "reason",
  "from_on",
  "to_on",
  "new_procedure",
  "note",
  "prior_division",
  "new_division",
] as const;

const nbool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Number(v) !== 0);

function caseOf(a: readonly unknown[], events: StoredEvent[]): TriageCase {
  return {
    caseNumber: a[1] as string,
    typeCode: a[2] as string,
    cause: a[3] as string | null,
    procedure: a[4] as string | null,
    division: a[5] as string,
    judge: a[6] as string,
    filedOn: a[7] as string,
    closedOn: a[8] as string | null,
    amountFen: a[9] === null ? null : Number(a[9]),
    plaintiffs: a[10] as string | null,
    defendants: a[11] as string | null,
    foreignRelated: nbool(a[12]),
    counterclaim: nbool(a[13]),
    smallClaimsConsent: nbool(a[14]),
    events,
  };
}

function eventOf(e: readonly unknown[]): StoredEvent {
  return {
    id: Number(e[0]),
    kind: e[2] as string,
    reason: e[3] as string | null,
    from: e[4] as string,
    to: e[5] as string | null,
    lengthMonths: null,
    lengthDays: null,
    newProcedure: e[6] as string | null,
    approvedBy: null,
    note: e[7] as string | null,
    ...(e[2] === "divisionChange"
      ? { priorDivision: e[8] as string | null, newDivision: e[9] as string | null }
      : {}),
  };
}

const NO_EVENTS: StoredEvent[] = [];

export async function* readTriageCases(
  db: Kysely<Database>,
  options: TriageReadOptions,
): AsyncGenerator<TriageCaseRow[]> {
  const pageSize = options.pageSize ?? 5000;
  const { asOf, closedFrom, closedTo } = options;
  const period = closedFrom !== undefined && closedTo !== undefined;
  let q = db
    .selectFrom("cases")
    .select(COLUMNS)
    .where("id", ">", 0)
    .where("type_code", "=", TYPE_CODE)
    .where("filed_on", "<=", period && closedTo > asOf ? closedTo : asOf)
    .where((eb) => {
      const pending = eb.and([
        eb("filed_on", "<=", asOf),
        eb.or([eb("closed_on", "is", null), eb("closed_on", ">", asOf)]),
      ]);
      const closed = period
        ? eb.and([eb("closed_on", ">=", closedFrom), eb("closed_on", "<=", closedTo)])
        : undefined;
      if (options.closedOnly) return closed ?? eb("id", "<", 0);
      return closed ? eb.or([pending, closed]) : pending;
    });
  if (options.courts !== undefined) q = q.where("court_code", "in", [...options.courts]);
  if (options.division !== undefined) q = q.where("division", "=", options.division);
  if (options.judge !== undefined) q = q.where("judge", "=", options.judge);
  const compiled = q.orderBy("id").limit(pageSize).compile();
  // The compiled parameters: [after, …the filter's…, limit].
  const middle = compiled.parameters.slice(1, -1);
  const stmt = options.sqlite?.prepare(compiled.sql).raw(true);
  let after = 0;
  for (;;) {
    const params = [after, ...middle, pageSize];
    const rows: unknown[][] = stmt
      ? (stmt.all(...params) as unknown[][])
      : (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(compiled.sql, params))).rows.map(
          (r) => COLUMNS.map((c) => r[c]),
        );
    if (rows.length === 0) return;
    after = Number((rows[rows.length - 1] as unknown[])[0]);
    const ids = rows.map((r) => Number(r[0]));
    const byCase = new Map<number, StoredEvent[]>();
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000);
      const eq = db.selectFrom("case_events").select(EVENT_COLUMNS).where("case_id", "in", slice).compile();
      const evs: unknown[][] = options.sqlite
        ? (options.sqlite
            .prepare(eq.sql)
            .raw(true)
            .all(...eq.parameters) as unknown[][])
        : (await db.executeQuery<Record<string, unknown>>(eq)).rows.map((r) =>
            EVENT_COLUMNS.map((c) => r[c]),
          );
      for (const e of evs) {
        const caseId = Number(e[1]);
        let list = byCase.get(caseId);
        if (!list) {
          list = [];
          byCase.set(caseId, list);
        }
        list.push(eventOf(e));
      }
    }
    for (const list of byCase.values())
      list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id - b.id));
    yield rows.map((r) => {
      const id = Number(r[0]);
      return { id, input: caseOf(r, byCase.get(id) ?? NO_EVENTS) };
    });
    if (rows.length < pageSize) return;
  }
}
