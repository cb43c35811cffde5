/**
 * Reading cases with their events for the passes over every case (facts, detectors): pages in id
 * order, bounded memory.
 */
import type SQLite from "better-sqlite3";
import { CompiledQuery, type Kysely, sql } from "kysely";
import type { CaseRecord } from "../../domain/case/case.js";
import type { CaseCategory, Instance } from "../../domain/case/category.js";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import type { Procedure } from "../../domain/case/procedure.js";
import { FACT_COPIED_COLUMNS } from "../facts/columns.js";
import type { Database } from "../schema.js";
import { CASE_ATTRIBUTE_COLUMNS } from "./mapper.js";

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
  "prior_division",
  "new_division",
] as const;

const LEAN_SKIPPED = new Set<string>([
  "plaintiffs",
  "defendants",
  "appeal_closed_on",
  "origin_case_number",
  "effective_on",
  "counterclaim",
  "small_claims_consent",
]);
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
    originCaseNumber: a[24] as string | null,
    effectiveOn: a[25] as string | null,
    foreignRelated: nbool(a[26]),
    counterclaim: nbool(a[27]),
    smallClaimsConsent: nbool(a[28]),
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
    ...(e[2] === "divisionChange"
      ? { priorDivision: e[11] as string | null, newDivision: e[12] as string | null }
      : {}),
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
