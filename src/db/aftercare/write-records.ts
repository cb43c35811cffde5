/** Writes of the 判后 records: a 释明 (replaced when recorded again), a contact, an outcome. */
import type { Db } from "../connect.js";

export interface ExplanationRecord {
  caseId: number;
  explainedOn: string;
  way: string;
  riskPoints: string[];
  riskNote: string;
  guidance: string;
  by: string;
  at: string;
}

export async function writeExplanation(handle: Db, r: ExplanationRecord): Promise<void> {
  const values = {
    explained_on: r.explainedOn,
    way: r.way,
    risk_points_json: JSON.stringify(r.riskPoints),
    risk_note: r.riskNote,
    guidance: r.guidance,
    recorded_by: r.by,
    recorded_at: r.at,
  };
  await handle.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("aftercare_explanations")
      .set(values)
      .where("case_id", "=", r.caseId)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      await trx
        .insertInto("aftercare_explanations")
        .values({ case_id: r.caseId, ...values })
        .execute();
  });
}

export async function addContact(
  handle: Db,
  r: { caseId: number; contactedOn: string; way: string; note: string; by: string; at: string },
): Promise<void> {
  await handle.db
    .insertInto("aftercare_contacts")
    .values({
      case_id: r.caseId,
      contacted_on: r.contactedOn,
      way: r.way,
      note: r.note,
      recorded_by: r.by,
      recorded_at: r.at,
    })
    .execute();
}

export async function writeOutcome(
  handle: Db,
  r: {
    caseId: number;
    outcome: string;
    decidedOn: string;
    dueFen: number | null;
    performedFen: number | null;
    note: string;
    by: string;
    at: string;
  },
): Promise<void> {
  const values = {
    outcome: r.outcome,
    decided_on: r.decidedOn,
    due_fen: r.dueFen,
    performed_fen: r.performedFen,
    note: r.note,
    recorded_by: r.by,
    recorded_at: r.at,
  };
  await handle.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("aftercare_outcomes")
      .set(values)
      .where("case_id", "=", r.caseId)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      await trx
        .insertInto("aftercare_outcomes")
        .values({ case_id: r.caseId, ...values })
        .execute();
  });
}
