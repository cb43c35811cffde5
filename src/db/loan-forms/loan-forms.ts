/**
 * 民间借贷要素表 (loan_forms): one form per case, stored as JSON with a version. A save names the
 * version it read (0 for a case without a form); a stale version changes nothing and returns false
 * (optimistic concurrency). Every save appends its audit entry (the form before and after) in the
 * same transaction.
 */
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export interface StoredLoanForm {
  caseId: number;
  /** The form as stored (JSON parsed; its shape is checked by the use case that reads it). */
  form: unknown;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export async function readLoanForm(handle: Db, caseId: number): Promise<StoredLoanForm | undefined> {
  const r = await handle.db
    .selectFrom("loan_forms")
    .selectAll()
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    caseId: Number(r.case_id),
    form: JSON.parse(r.form_json) as unknown,
    version: Number(r.version),
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** Inserts or replaces the form; false when `version` is not the stored one (0: no form yet). */
export async function writeLoanForm(
  handle: Db,
  w: { caseId: number; caseNumber: string; form: unknown; user: string; by: string; at: string },
  version: number,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("loan_forms")
      .selectAll()
      .where("case_id", "=", w.caseId)
      .executeTakeFirst();
    const formJson = JSON.stringify(w.form);
    if (before) {
      if (Number(before.version) !== version) return false;
      const r = await trx
        .updateTable("loan_forms")
        .set({ form_json: formJson, version: version + 1, updated_at: w.at, updated_by: w.by })
        .where("case_id", "=", w.caseId)
        .where("version", "=", version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
    } else {
      if (version !== 0) return false;
      await trx
        .insertInto("loan_forms")
        .values({ case_id: w.caseId, form_json: formJson, version: 1, updated_at: w.at, updated_by: w.by })
        .execute();
    }
    await appendAudit(trx, {
      user: w.user,
      at: w.at,
      action: before ? "update" : "create",
      entity: "loan-form",
      entityId: w.caseNumber,
      before: before ? JSON.parse(before.form_json) : undefined,
      after: w.form,
    });
    return true;
  });
}

/**
 * 民间借贷纠纷 cases (民初 or 民终) of the given judges, newest filing first, with what a demo form
 * is made from.
 */
export async function loanCasesOf(
  handle: Db,
  judges: readonly { judge: string; division: string }[],
  limit: number,
): Promise<
  {
    id: number;
    caseNumber: string;
    division: string;
    judge: string;
    filedOn: string;
    closedOn: string | null;
    amountFen: number | null;
    plaintiffs: string | null;
    defendants: string | null;
  }[]
> {
  if (judges.length === 0) return [];
  const rows = await handle.db
    .selectFrom("cases")
    .select([
      "id",
      "case_number",
      "division",
      "judge",
      "filed_on",
      "closed_on",
      "amount_fen",
      "plaintiffs",
      "defendants",
    ])
    .where("cause", "=", "民间借贷纠纷")
    .where("type_code", "in", ["民初", "民终"])
    .where((eb) =>
      eb.or(judges.map((j) => eb.and([eb("judge", "=", j.judge), eb("division", "=", j.division)]))),
    )
    .orderBy("filed_on", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    division: r.division,
    judge: r.judge,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
  }));
}
