/**
 * Reading and writing cases, their events and their facts. Rows map to the domain's CaseRecord,
 * StoredEvent and CaseFacts; the bulk paths compile each statement once (./bulk.ts).
 */
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Kysely, sql } from "kysely";
import type { CaseRecord } from "../../domain/case/case.js";
import type { CaseCategory, Instance } from "../../domain/case/category.js";
import type { CaseFacts, StoredEvent } from "../../domain/case/derive-facts.js";
import type { Procedure } from "../../domain/case/procedure.js";
import { BulkInserter } from "../bulk.js";
import type { CaseRowDb, Database } from "../schema.js";

const b = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
const nb = (v: number | null): boolean | null => (v === null ? null : v !== 0);

/** Attribute columns of `cases` in the order CASE_VALUES writes them. */
export const CASE_ATTRIBUTE_COLUMNS = [
  "court_code",
  "year",
  "type_code",
  "category",
  "instance",
  "cause",
  "procedure",
  "division",
  "judge",
  "filed_on",
  "closed_on",
  "closure_mode",
  "amount_fen",
  "plaintiffs",
  "defendants",
  "enterprise",
  "appealed",
  "appeal_outcome",
  "appeal_closed_on",
  "enforcement_applied",
  "recovered_amount_fen",
  "archived_on",
] as const;

export function caseAttributeValues(c: CaseRecord): unknown[] {
  return [
    c.courtCode,
    c.year,
    c.typeCode,
    c.category,
    c.instance,
    c.cause,
    c.procedure,
    c.division,
    c.judge,
    c.filedOn,
    c.closedOn,
    c.closureMode,
    c.amountFen,
    c.plaintiffs,
    c.defendants,
    b(c.enterprise),
    b(c.appealed),
    c.appealOutcome,
    c.appealClosedOn,
    b(c.enforcementApplied),
    c.recoveredAmountFen,
    c.archivedOn,
  ];
}

/** The inverse of caseAttributeValues (with the case number beside the values). */
export function caseFromAttributeValues(caseNumber: string, values: readonly unknown[]): CaseRecord {
  const row: Record<string, unknown> = { case_number: caseNumber };
  for (let i = 0; i < CASE_ATTRIBUTE_COLUMNS.length; i++)
    row[CASE_ATTRIBUTE_COLUMNS[i] as string] = values[i];
  return caseFromRow(row as unknown as CaseRowDb);
}

export function caseFromRow(r: CaseRowDb): CaseRecord {
  return {
    caseNumber: r.case_number,
    courtCode: r.court_code,
    year: r.year,
    typeCode: r.type_code,
    category: r.category as CaseCategory,
    instance: r.instance as Instance,
    cause: r.cause,
    procedure: r.procedure as Procedure | null,
    division: r.division,
    judge: r.judge,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    closureMode: r.closure_mode as CaseRecord["closureMode"],
    amountFen: r.amount_fen,
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
    enterprise: nb(r.enterprise),
    appealed: nb(r.appealed),
    appealOutcome: r.appeal_outcome as CaseRecord["appealOutcome"],
    appealClosedOn: r.appeal_closed_on,
    enforcementApplied: nb(r.enforcement_applied),
    recoveredAmountFen: r.recovered_amount_fen,
    archivedOn: r.archived_on,
  };
}

/** Which attributes differ between the stored and the incoming case (for updates and the audit log). */
export function changedAttributes(stored: CaseRecord, incoming: CaseRecord): string[] {
  const a = caseAttributeValues(stored);
  const c = caseAttributeValues(incoming);
  const out: string[] = [];
  CASE_ATTRIBUTE_COLUMNS.forEach((col, i) => {
    if ((a[i] ?? null) !== (c[i] ?? null)) out.push(col);
  });
  return out;
}

export const FACT_COLUMNS = [
  "case_id",
  "court_code",
  "division",
  "judge",
  "category",
  "instance",
  "type_code",
  "procedure",
  "cause",
  "filed_on",
  "filed_day",
  "closed_on",
  "closed_day",
  "closure_mode",
  "duration_days",
  "has_limit",
  "deadline",
  "deadline_day",
  "status",
  "days_left",
  "provisional",
  "excluded_days",
  "extension_count",
  "extension_months",
  "conversion_count",
  "natural_days",
  "used_days",
  "overdue_from_day",
  "overdue_to_day",
  "age_6m_day",
  "age_12m_day",
  "age_18m_day",
  "age_24m_day",
  "age_36m_day",
  "long_pending_months",
  "first_instance",
  "appealed",
  "appeal_outcome",
  "reversed",
  "remanded",
  "enterprise",
  "enforcement_applied",
  "amount_fen",
  "recovered_amount_fen",
  "archived",
] as const;

export function factValues(caseId: number, f: CaseFacts): unknown[] {
  return [
    caseId,
    f.courtCode,
    f.division,
    f.judge,
    f.category,
    f.instance,
    f.typeCode,
    f.procedure,
    f.cause,
    f.filedOn,
    f.filedDay,
    f.closedOn,
    f.closedDay,
    f.closureMode,
    f.durationDays,
    f.hasLimit ? 1 : 0,
    f.deadline,
    f.deadlineDay,
    f.status,
    f.daysLeft,
    f.provisional ? 1 : 0,
    f.excludedDays,
    f.extensionCount,
    f.extensionMonths,
    f.conversionCount,
    f.naturalDays,
    f.usedDays,
    f.overdueFromDay,
    f.overdueToDay,
    f.age6mDay,
    f.age12mDay,
    f.age18mDay,
    f.age24mDay,
    f.age36mDay,
    f.longPendingMonths,
    f.firstInstance ? 1 : 0,
    f.appealed ? 1 : 0,
    f.appealOutcome,
    f.reversed ? 1 : 0,
    f.remanded ? 1 : 0,
    f.enterprise ? 1 : 0,
    b(f.enforcementApplied),
    f.amountFen,
    f.recoveredAmountFen,
    f.archived ? 1 : 0,
  ];
}

/**
 * Facts columns that hold a case attribute exactly as stored, under the same name: deriveFacts
 * copies them (test/integration/facts-from-cases.test.ts and refresh-parallel.test.ts compare the
 * rows with those written by binding every column). The parallel full refresh on SQLite lets
 * SQLite copy them from `cases` as it inserts each row (factsFromCasesWriter) rather than reading
 * them in a worker, passing them between threads and binding them again: most of them are text,
 * which is what costs there.
 */
export const FACT_COPIED_COLUMNS = [
  "court_code",
  "division",
  "judge",
  "category",
  "instance",
  "type_code",
  "cause",
  "filed_on",
  "amount_fen",
  "recovered_amount_fen",
  "appeal_outcome",
  "enforcement_applied",
] as const;
const COPIED = new Set<string>(FACT_COPIED_COLUMNS);

/** The other facts columns, with case_id last: the values derived per case (derivedFactValues). */
export const FACT_DERIVED_COLUMNS: readonly string[] = [
  ...FACT_COLUMNS.filter((c) => c !== "case_id" && !COPIED.has(c)),
  "case_id",
];
const DERIVED_AT = FACT_DERIVED_COLUMNS.map((c) => FACT_COLUMNS.indexOf(c as (typeof FACT_COLUMNS)[number]));

/** The values of FACT_DERIVED_COLUMNS for a case's facts, in that order. */
export function derivedFactValues(caseId: number, f: CaseFacts): unknown[] {
  const all = factValues(caseId, f);
  const out = new Array(DERIVED_AT.length);
  for (let i = 0; i < DERIVED_AT.length; i++) out[i] = all[DERIVED_AT[i] as number];
  return out;
}

export const EVENT_COLUMNS_DB = [
  "case_id",
  "kind",
  "reason",
  "from_on",
  "to_on",
  "length_months",
  "length_days",
  "new_procedure",
  "approved_by",
  "note",
  "event_key",
  "recorded_at",
  "recorded_by",
  "import_id",
] as const;

export interface CaseWithEvents {
  id: number;
  record: CaseRecord;
  events: StoredEvent[];
}

/** Columns read for the facts and alerts passes, in this order. */
const READ_COLUMNS = ["id", "case_number", ...CASE_ATTRIBUTE_COLUMNS] as const;
const EVENT_READ_COLUMNS = [
  "id",
  "case_id",
  "kind",
  "reason",
  "from_on",
  "to_on",
  "length_months",
  "length_days",
  "new_procedure",
  "approved_by",
  "note",
] as const;

const LEAN_SKIPPED = new Set<string>(["plaintiffs", "defendants", "appeal_closed_on"]);
/** Left out as well when the copied facts columns come from SQLite (lean: "derived"). */
const DERIVED_SKIPPED = new Set<string>([
  ...LEAN_SKIPPED,
  ...FACT_COPIED_COLUMNS.filter(
    // What deriveFacts reads besides copying: the 审限 rule's identity, the filing date, the
    // appeal's outcome (reversed, remanded).
    (c) => !["type_code", "category", "filed_on", "appeal_outcome"].includes(c),
  ),
]);

function recordFromArray(a: readonly unknown[]): CaseRecord {
  const nbool = (v: unknown): boolean | null => (v === null ? null : v !== 0);
  return {
    caseNumber: a[1] as string,
    courtCode: a[2] as string,
    year: a[3] as number,
    typeCode: a[4] as string,
    category: a[5] as CaseCategory,
    instance: a[6] as Instance,
    cause: a[7] as string | null,
    procedure: a[8] as Procedure | null,
    division: a[9] as string,
    judge: a[10] as string,
    filedOn: a[11] as string,
    closedOn: a[12] as string | null,
    closureMode: a[13] as CaseRecord["closureMode"],
    amountFen: a[14] as number | null,
    plaintiffs: a[15] as string | null,
    defendants: a[16] as string | null,
    enterprise: nbool(a[17]),
    appealed: nbool(a[18]),
    appealOutcome: a[19] as CaseRecord["appealOutcome"],
    appealClosedOn: a[20] as string | null,
    enforcementApplied: nbool(a[21]),
    recoveredAmountFen: a[22] as number | null,
    archivedOn: a[23] as string | null,
  };
}

function eventFromArray(e: readonly unknown[]): StoredEvent {
  return {
    id: e[0] as number,
    kind: e[2] as string,
    reason: e[3] as string | null,
    from: e[4] as string,
    to: e[5] as string | null,
    lengthMonths: e[6] as number | null,
    lengthDays: e[7] as number | null,
    newProcedure: e[8] as string | null,
    approvedBy: e[9] as string | null,
    note: e[10] as string | null,
  };
}

/**
 * Reads cases with their events in id order, a page at a time (keyset pagination, bounded memory,
 * the same SQL on both databases; on SQLite the statements are prepared once and read as arrays).
 * `ids` restricts to those cases (sorted ascending).
 */
export async function* readCasesWithEvents(
  db: Kysely<Database>,
  options: {
    pageSize?: number;
    ids?: readonly number[];
    sqlite?: SQLite.Database;
    /** Only cases with fromId ≤ id ≤ toId (a worker's share of a parallel pass). */
    fromId?: number;
    toId?: number;
    /**
     * For deriving facts: leave out what deriveFacts does not read — the case number (empty),
     * the parties and the appeal's closing date (null) — which are most of a row's text.
     * "derived": also the attributes it only copies into FACT_COPIED_COLUMNS (null), for a writer
     * that takes those from `cases` itself (factsFromCasesWriter); the facts of such a record are
     * only good for derivedFactValues.
     */
    lean?: boolean | "derived";
  } = {},
): AsyncGenerator<CaseWithEvents[]> {
  const pageSize = options.pageSize ?? 5000;
  const ids = options.ids;
  const eventsQuery = db
    .selectFrom("case_events")
    .select(EVENT_READ_COLUMNS)
    .where("case_id", ">=", 0)
    .where("case_id", "<=", 0)
    .orderBy("case_id")
    .orderBy("id")
    .compile();
  const skipped = options.lean === "derived" ? DERIVED_SKIPPED : LEAN_SKIPPED;
  const columns = READ_COLUMNS.map((c) =>
    !options.lean
      ? sql.ref(c).as(c)
      : c === "case_number"
        ? sql<string>`''`.as(c)
        : skipped.has(c)
          ? sql`null`.as(c)
          : sql.ref(c).as(c),
  );
  const pageSql = db
    .selectFrom("cases")
    .select(columns)
    .where("id", ">", 0)
    .orderBy("id")
    .limit(pageSize)
    .compile();
  const sqlite = options.sqlite;
  const pageStmt = sqlite?.prepare(pageSql.sql).raw(true);
  const eventsStmt = sqlite?.prepare(eventsQuery.sql).raw(true);
  const toArray = (r: Record<string, unknown>, cols: readonly string[]) => cols.map((c) => r[c]);
  let after = options.fromId !== undefined ? options.fromId - 1 : 0;
  const toId = options.toId;
  let idx = 0;
  for (;;) {
    let rows: unknown[][];
    if (ids) {
      if (idx >= ids.length) return;
      const slice = ids.slice(idx, idx + Math.min(pageSize, 1000));
      idx += slice.length;
      rows = (
        await db.selectFrom("cases").select(READ_COLUMNS).where("id", "in", slice).orderBy("id").execute()
      ).map((r) => toArray(r as Record<string, unknown>, READ_COLUMNS));
    } else {
      // Within a range, never more rows than the range can still hold: ids are unique, so a page
      // never reads past its end (reading a full page beyond it and dropping it once cost a
      // whole second read of the cases). Ids may have gaps, so rows past it are still dropped.
      if (toId !== undefined && after >= toId) return;
      const limit = toId !== undefined ? Math.min(pageSize, toId - after) : pageSize;
      rows = pageStmt
        ? (pageStmt.all(after, limit) as unknown[][])
        : (
            await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(pageSql.sql, [after, limit]))
          ).rows.map((r) => toArray(r, READ_COLUMNS));
      if (rows.length === 0) return;
      after = (rows[rows.length - 1] as unknown[])[0] as number;
      if (toId !== undefined && after > toId) {
        rows = rows.filter((r) => (r[0] as number) <= toId);
        if (rows.length === 0) return;
      }
    }
    if (rows.length === 0) continue;
    const lo = (rows[0] as unknown[])[0] as number;
    const hi = (rows[rows.length - 1] as unknown[])[0] as number;
    const evs = eventsStmt
      ? (eventsStmt.all(lo, hi) as unknown[][])
      : (
          await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(eventsQuery.sql, [lo, hi]))
        ).rows.map((r) => toArray(r, EVENT_READ_COLUMNS));
    const byCase = new Map<number, StoredEvent[]>();
    for (const e of evs) {
      const caseId = e[1] as number;
      let list = byCase.get(caseId);
      if (!list) {
        list = [];
        byCase.set(caseId, list);
      }
      list.push(eventFromArray(e));
    }
    const page: CaseWithEvents[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as unknown[];
      const id = r[0] as number;
      page[i] = { id, record: recordFromArray(r), events: byCase.get(id) ?? NO_EVENTS };
    }
    yield page;
  }
}

const NO_EVENTS: StoredEvent[] = [];

/**
 * Writes facts rows (values in FACT_COLUMNS order): upserts by case (default), or plain inserts
 * into an emptied table. The date and rules version the facts were derived for are the same for
 * every row of a refresh, so they are written into the statement instead of being bound per row.
 */
export function factsInserter(
  db: Kysely<Database>,
  derivedFor: { asOf: string; rulesVersion: string },
  sqlite?: SQLite.Database,
  mode: "upsert" | "insert" = "upsert",
): BulkInserter<"case_facts"> {
  const constants = { as_of: derivedFor.asOf, rules_version: derivedFor.rulesVersion };
  return new BulkInserter(
    db,
    "case_facts",
    FACT_COLUMNS,
    mode === "upsert" ? { upsertOn: ["case_id"], batchSize: 400, constants } : { batchSize: 400, constants },
    sqlite,
  );
}

/**
 * On SQLite, inside a full refresh: a function inserting one facts row from the values of
 * FACT_DERIVED_COLUMNS (case_id last), the copied columns taken from the case's own row in `cases`
 * by the same statement (`insert … select … from cases where id = ?`). Throws if the case is not
 * there.
 */
export function factsFromCasesWriter(
  db: Kysely<Database>,
  derivedFor: { asOf: string; rulesVersion: string },
  sqlite: SQLite.Database,
): (row: readonly unknown[]) => void {
  const derived = FACT_DERIVED_COLUMNS.filter((c) => c !== "case_id");
  // OR FAIL: the statement inserts a single row, so stopping at a failed constraint leaves
  // nothing half done — and SQLite then keeps no statement journal, which for an INSERT … SELECT
  // (possibly many rows) it otherwise fills with a copy of every page the statement changes.
  const q = db
    .insertInto("case_facts")
    .orFail()
    .columns(["as_of", "rules_version", ...derived, ...FACT_COPIED_COLUMNS, "case_id"] as never)
    .expression(
      db
        .selectFrom("cases")
        .select([
          sql.lit(derivedFor.asOf).as("as_of"),
          sql.lit(derivedFor.rulesVersion).as("rules_version"),
          ...derived.map((c) => sql`${null}`.as(c)),
          ...FACT_COPIED_COLUMNS.map((c) => sql.ref(c).as(c)),
          sql.ref("id").as("case_id"),
        ])
        .where("id", "=", 0),
    )
    .compile();
  if (q.parameters.length !== FACT_DERIVED_COLUMNS.length)
    throw new Error(
      `facts writer binds ${q.parameters.length} values, expected ${FACT_DERIVED_COLUMNS.length}`,
    );
  const stmt = sqlite.prepare(q.sql);
  return (row) => {
    if (stmt.run(row as unknown[]).changes !== 1)
      throw new Error(`no case ${String(row[row.length - 1])} to derive facts for`);
  };
}
