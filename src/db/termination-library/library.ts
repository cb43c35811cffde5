/**
 * 执行不能案件库 storage: the 终本 cases (index cases_closure), their searches and proposals, the
 * 执恢 cases that name one of them as 原审案号 (index cases_origin), and the writes with their audit.
 */
import { sql } from "kysely";
import {
  LIBRARY_TYPE_CODES,
  RESUMPTION_TYPE_CODE,
  type Resumption,
  type ResumptionProposal,
  type SearchRecord,
  type SearchResult,
  TERMINATION_MODE,
  type TerminatedCase,
} from "../../domain/termination-library/index.js";
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import { pagesById } from "../id-pages.js";

const CASE_COLUMNS = [
  "id",
  "case_number",
  "court_code",
  "division",
  "judge",
  "cause",
  "plaintiffs",
  "defendants",
  "amount_fen",
  "recovered_amount_fen",
  "closed_on",
] as const;

type CaseRow = {
  id: number;
  case_number: string;
  court_code: string;
  division: string;
  judge: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  amount_fen: number | null;
  recovered_amount_fen: number | null;
  closed_on: string | null;
};

function toCase(r: CaseRow): TerminatedCase {
  return {
    caseId: Number(r.id),
    caseNumber: r.case_number,
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    cause: r.cause,
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    recoveredFen: r.recovered_amount_fen === null ? null : Number(r.recovered_amount_fen),
    closedOn: r.closed_on as string,
  };
}

const LIGHT_COLUMNS = [
  "id",
  "case_number",
  "court_code",
  "division",
  "judge",
  "amount_fen",
  "recovered_amount_fen",
  "closed_on",
] as const;

/**
 * Every enforcement case closed by 终结本次执行程序 on or before asOf — light rows: the parties and
 * the cause are left null (readEntryDetails reads them for the rows shown).
 */
export async function readTerminatedCases(handle: Db, asOf: string): Promise<TerminatedCase[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(LIGHT_COLUMNS)
    .where("closure_mode", "=", TERMINATION_MODE)
    .where("type_code", "in", [...LIBRARY_TYPE_CODES])
    .where("closed_on", "is not", null)
    .where("closed_on", "<=", asOf)
    .execute();
  return rows.map((r) => toCase({ ...r, cause: null, plaintiffs: null, defendants: null }));
}

/**
 * The same light rows as readTerminatedCases, a page at a time in id order: the alert pass over a
 * province, whose 终本 cases are a million and more.
 */
export async function* terminatedCasePages(
  handle: Db,
  asOf: string,
  pageSize = 5_000,
): AsyncGenerator<TerminatedCase[]> {
  for await (const rows of pagesById(
    (after, limit) =>
      handle.db
        .selectFrom("cases")
        .select(LIGHT_COLUMNS)
        .where("id", ">", after)
        .where("closure_mode", "=", TERMINATION_MODE)
        .where("type_code", "in", [...LIBRARY_TYPE_CODES])
        .where("closed_on", "is not", null)
        .where("closed_on", "<=", asOf)
        .orderBy("id")
        .limit(limit)
        .execute(),
    pageSize,
  ))
    yield rows.map((r) => toCase({ ...r, cause: null, plaintiffs: null, defendants: null }));
}

/** The cause and parties of the given cases (the rows of a page). */
export async function readEntryDetails(
  handle: Db,
  ids: readonly number[],
): Promise<Map<number, { cause: string | null; plaintiffs: string | null; defendants: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "cause", "plaintiffs", "defendants"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(
    rows.map((r) => [Number(r.id), { cause: r.cause, plaintiffs: r.plaintiffs, defendants: r.defendants }]),
  );
}

/** The 终本 cases whose 案号 or 被执行人 contains `text`. */
export async function searchTerminatedCases(handle: Db, text: string): Promise<Set<number>> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await handle.db
    .selectFrom("cases")
    .select("id")
    .where("closure_mode", "=", TERMINATION_MODE)
    .where("type_code", "in", [...LIBRARY_TYPE_CODES])
    .where(sql<boolean>`(case_number like ${like} escape '\\' or defendants like ${like} escape '\\')`)
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

/** One 终本 case by id (undefined when the case is not in the library). */
export async function findTerminatedCase(handle: Db, caseId: number): Promise<TerminatedCase | undefined> {
  const r = await handle.db
    .selectFrom("cases")
    .select(CASE_COLUMNS)
    .where("id", "=", caseId)
    .where("closure_mode", "=", TERMINATION_MODE)
    .where("type_code", "in", [...LIBRARY_TYPE_CODES])
    .where("closed_on", "is not", null)
    .executeTakeFirst();
  return r ? toCase(r) : undefined;
}

/** The searches (of the given cases, or of every case). */
export async function readSearches(handle: Db, caseIds?: readonly number[]): Promise<SearchRecord[]> {
  let q = handle.db.selectFrom("termination_searches").selectAll();
  if (caseIds) q = q.where("case_id", "in", caseIds.length > 0 ? [...caseIds] : [-1]);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseId: Number(r.case_id),
    searchedOn: r.searched_on,
    result: r.result as SearchResult,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  }));
}

export async function readProposals(handle: Db, caseIds?: readonly number[]): Promise<ResumptionProposal[]> {
  let q = handle.db.selectFrom("termination_proposals").selectAll();
  if (caseIds) q = q.where("case_id", "in", caseIds.length > 0 ? [...caseIds] : [-1]);
  const rows = await q.execute();
  return rows.map((r) => ({
    caseId: Number(r.case_id),
    proposedOn: r.proposed_on,
    note: r.note,
    proposedBy: r.proposed_by,
  }));
}

/**
 * The 执恢 cases whose 原审案号 names a 终本 case (of the given numbers, or of every 终本 case).
 */
export async function readResumptions(handle: Db, caseNumbers?: readonly string[]): Promise<Resumption[]> {
  const rows = await handle.db
    .selectFrom("cases as r")
    .select(["r.id", "r.case_number", "r.origin_case_number", "r.filed_on"])
    .where("r.type_code", "=", RESUMPTION_TYPE_CODE)
    .where("r.origin_case_number", "is not", null)
    .where((eb) =>
      caseNumbers
        ? eb("r.origin_case_number", "in", caseNumbers.length > 0 ? [...caseNumbers] : [""])
        : eb(
            "r.origin_case_number",
            "in",
            eb
              .selectFrom("cases as t")
              .select("t.case_number")
              .where("t.closure_mode", "=", TERMINATION_MODE)
              .where("t.type_code", "in", [...LIBRARY_TYPE_CODES]),
          ),
    )
    .execute();
  return rows.map((r) => ({
    caseId: Number(r.id),
    caseNumber: r.case_number,
    originCaseNumber: r.origin_case_number as string,
    filedOn: r.filed_on,
  }));
}

export async function insertSearch(
  handle: Db,
  s: { caseId: number; searchedOn: string; result: SearchResult; note: string; by: string; at: string },
  audit: AuditEntry,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("termination_searches")
      .values({
        case_id: s.caseId,
        searched_on: s.searchedOn,
        result: s.result,
        note: s.note,
        recorded_by: s.by,
        recorded_at: s.at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { ...audit, entityId: String(row.id), at: s.at });
    return Number(row.id);
  });
}

/** Records (or replaces) the 恢复执行 proposal of an entry. */
export async function upsertProposal(
  handle: Db,
  p: { caseId: number; proposedOn: string; note: string; by: string; at: string },
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("termination_proposals")
      .values({
        case_id: p.caseId,
        proposed_on: p.proposedOn,
        note: p.note,
        proposed_by: p.by,
        proposed_at: p.at,
      })
      .onConflict((oc) =>
        oc.column("case_id").doUpdateSet({
          proposed_on: p.proposedOn,
          note: p.note,
          proposed_by: p.by,
          proposed_at: p.at,
        }),
      )
      .execute();
    await appendAudit(trx, { ...audit, at: p.at });
  });
}

/** One 终本 case as the library's list and figures need it, its latest search and resumption read in SQL. */
export interface LightEntryRow {
  caseId: number;
  caseNumber: string;
  courtCode: string;
  division: string;
  judge: string;
  amountFen: number | null;
  recoveredFen: number | null;
  closedOn: string;
  /** The latest search on or before asOf (by date, then by id), null when none. */
  lastSearchOn: string | null;
  lastSearchResult: string | null;
  /** The earliest 执恢 naming the case as 原审案号, filed on or after the 终本 and by asOf. */
  resumedOn: string | null;
}

/**
 * Every 终本 case closed by asOf (index cases_closure) with its latest search (index
 * termination_searches_case) and the filing day of the first 执恢 that took it up (index cases_origin),
 * picked in SQL: the rows the figures and the ordering of the list need, without the searches,
 * proposals, parties or cause (read for the page's rows only).
 */
export async function readLightEntries(handle: Db, asOf: string): Promise<LightEntryRow[]> {
  const rows = await handle.db
    .selectFrom("cases as c")
    .select((eb) => [
      "c.id",
      "c.case_number",
      "c.court_code",
      "c.division",
      "c.judge",
      "c.amount_fen",
      "c.recovered_amount_fen",
      "c.closed_on",
      eb
        .selectFrom("termination_searches as s")
        .select("s.searched_on")
        .whereRef("s.case_id", "=", "c.id")
        .where("s.searched_on", "<=", asOf)
        .orderBy("s.searched_on", "desc")
        .orderBy("s.id", "desc")
        .limit(1)
        .as("last_search_on"),
      eb
        .selectFrom("termination_searches as s")
        .select("s.result")
        .whereRef("s.case_id", "=", "c.id")
        .where("s.searched_on", "<=", asOf)
        .orderBy("s.searched_on", "desc")
        .orderBy("s.id", "desc")
        .limit(1)
        .as("last_search_result"),
      eb
        .selectFrom("cases as r")
        .select((e2) => e2.fn.min("r.filed_on").as("f"))
        .whereRef("r.origin_case_number", "=", "c.case_number")
        .where("r.type_code", "=", RESUMPTION_TYPE_CODE)
        .whereRef("r.filed_on", ">=", "c.closed_on")
        .where("r.filed_on", "<=", asOf)
        .as("resumed_on"),
    ])
    .where("c.closure_mode", "=", TERMINATION_MODE)
    .where("c.type_code", "in", [...LIBRARY_TYPE_CODES])
    .where("c.closed_on", "is not", null)
    .where("c.closed_on", "<=", asOf)
    .execute();
  return rows.map((r) => ({
    caseId: Number(r.id),
    caseNumber: r.case_number,
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    recoveredFen: r.recovered_amount_fen === null ? null : Number(r.recovered_amount_fen),
    closedOn: r.closed_on as string,
    lastSearchOn: (r.last_search_on as string | null) ?? null,
    lastSearchResult: (r.last_search_result as string | null) ?? null,
    resumedOn: (r.resumed_on as string | null) ?? null,
  }));
}

/** The given 终本 cases in full (the rows of a page). */
export async function readTerminatedCasesByIds(
  handle: Db,
  ids: readonly number[],
): Promise<TerminatedCase[]> {
  if (ids.length === 0) return [];
  const rows = await handle.db
    .selectFrom("cases")
    .select(CASE_COLUMNS)
    .where("id", "in", [...ids])
    .where("closure_mode", "=", TERMINATION_MODE)
    .where("type_code", "in", [...LIBRARY_TYPE_CODES])
    .where("closed_on", "is not", null)
    .execute();
  return rows.map(toCase);
}
