/** 分案决定: the recorded decisions on suggestions (insert one; read them by case or division). */
import type { Kysely } from "kysely";
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import type { AssignmentSuggestionsTable, Database } from "../schema.js";

export interface AssignmentDecisionRecord {
  id: number;
  caseId: number;
  caseNumber: string;
  division: string;
  suggestedJudge: string;
  suggestionJson: string;
  followed: boolean;
  assignedJudge: string;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
  createdAt: string;
}

type Row = {
  [K in keyof AssignmentSuggestionsTable]: K extends "id" ? number : AssignmentSuggestionsTable[K];
};

function toRecord(r: Row): AssignmentDecisionRecord {
  return {
    id: Number(r.id),
    caseId: Number(r.case_id),
    caseNumber: r.case_number,
    division: r.division,
    suggestedJudge: r.suggested_judge,
    suggestionJson: r.suggestion_json,
    followed: Number(r.followed) === 1,
    assignedJudge: r.assigned_judge,
    note: r.note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
  };
}

/** Inserts a decision with its audit entry, in one transaction; undefined when the case has one already. */
export async function insertAssignmentDecision(
  handle: Db,
  d: Omit<AssignmentDecisionRecord, "id">,
  audit: AuditEntry,
): Promise<number | undefined> {
  return handle.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("assignment_suggestions")
      .select("id")
      .where("case_id", "=", d.caseId)
      .executeTakeFirst();
    if (existing) return undefined;
    const id = await insertRow(trx, d);
    await appendAudit(trx, { ...audit, entityId: audit.entityId || String(id), at: d.decidedAt });
    return id;
  });
}

async function insertRow(db: Kysely<Database>, d: Omit<AssignmentDecisionRecord, "id">): Promise<number> {
  const r = await db
    .insertInto("assignment_suggestions")
    .values({
      case_id: d.caseId,
      case_number: d.caseNumber,
      division: d.division,
      suggested_judge: d.suggestedJudge,
      suggestion_json: d.suggestionJson,
      followed: d.followed ? 1 : 0,
      assigned_judge: d.assignedJudge,
      note: d.note,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
      created_at: d.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findAssignmentDecision(
  handle: Db,
  caseId: number,
): Promise<AssignmentDecisionRecord | undefined> {
  const r = await handle.db
    .selectFrom("assignment_suggestions")
    .selectAll()
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  return r ? toRecord(r as Row) : undefined;
}

/** The latest decisions, newest first; only those of `divisions` when given. */
export async function listAssignmentDecisions(
  handle: Db,
  q: { divisions?: string[]; limit: number; courts?: readonly string[] },
): Promise<AssignmentDecisionRecord[]> {
  let query = handle.db.selectFrom("assignment_suggestions").selectAll();
  if (q.courts) {
    const courts = [...q.courts];
    query = query.where("case_id", "in", (eb) =>
      eb.selectFrom("cases").select("cases.id").where("cases.court_code", "in", courts),
    );
  }
  if (q.divisions) {
    if (q.divisions.length === 0) return [];
    query = query.where("division", "in", q.divisions);
  }
  const rows = await query.orderBy("decided_at", "desc").orderBy("id", "desc").limit(q.limit).execute();
  return rows.map((r) => toRecord(r as Row));
}
