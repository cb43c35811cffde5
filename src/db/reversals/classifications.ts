/**
 * 发改案件的分类 (reversal_classifications): read them, classify an entry, record the judge's
 * objection and its decision — each write with its audit entry in one transaction, and guarded by
 * the row's version (optimistic concurrency: a stale version changes nothing and returns false).
 */
import type { Selectable } from "kysely";
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import type { ReversalClassificationsTable } from "../schema.js";

export interface Classification {
  caseId: number;
  reason: string;
  responsibility: string;
  note: string;
  classifiedBy: string;
  classifiedAt: string;
  objectionText: string | null;
  objectionBy: string | null;
  objectionAt: string | null;
  objectionDecision: string | null;
  objectionDecider: string | null;
  objectionReference: string | null;
  objectionDecidedBy: string | null;
  objectionDecidedAt: string | null;
  originalReason: string | null;
  originalResponsibility: string | null;
  version: number;
}

function toClassification(r: Selectable<ReversalClassificationsTable>): Classification {
  return {
    caseId: Number(r.case_id),
    reason: r.reason,
    responsibility: r.responsibility,
    note: r.note,
    classifiedBy: r.classified_by,
    classifiedAt: r.classified_at,
    objectionText: r.objection_text,
    objectionBy: r.objection_by,
    objectionAt: r.objection_at,
    objectionDecision: r.objection_decision,
    objectionDecider: r.objection_decider,
    objectionReference: r.objection_reference,
    objectionDecidedBy: r.objection_decided_by,
    objectionDecidedAt: r.objection_decided_at,
    originalReason: r.original_reason,
    originalResponsibility: r.original_responsibility,
    version: Number(r.version),
  };
}

export async function readClassifications(
  handle: Db,
  caseIds?: readonly number[],
): Promise<Map<number, Classification>> {
  const out = new Map<number, Classification>();
  if (caseIds && caseIds.length === 0) return out;
  if (!caseIds) {
    for (const r of await handle.db.selectFrom("reversal_classifications").selectAll().execute())
      out.set(Number(r.case_id), toClassification(r));
    return out;
  }
  for (let i = 0; i < caseIds.length; i += 500) {
    const rows = await handle.db
      .selectFrom("reversal_classifications")
      .selectAll()
      .where("case_id", "in", caseIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(Number(r.case_id), toClassification(r));
  }
  return out;
}

export async function readClassification(handle: Db, caseId: number): Promise<Classification | undefined> {
  const r = await handle.db
    .selectFrom("reversal_classifications")
    .selectAll()
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  return r ? toClassification(r) : undefined;
}

/** Inserts or replaces the classification; false when `version` is not the stored one. */
export async function writeClassification(
  handle: Db,
  c: {
    caseId: number;
    reason: string;
    responsibility: string;
    note: string;
    by: string;
    user: string;
    at: string;
  },
  version: number | null,
  caseNumber: string,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("reversal_classifications")
      .selectAll()
      .where("case_id", "=", c.caseId)
      .executeTakeFirst();
    if (before) {
      if (version === null || Number(before.version) !== version) return false;
      await trx
        .updateTable("reversal_classifications")
        .set({
          reason: c.reason,
          responsibility: c.responsibility,
          note: c.note,
          classified_by: c.by,
          classified_at: c.at,
          version: version + 1,
        })
        .where("case_id", "=", c.caseId)
        .where("version", "=", version)
        .execute();
    } else {
      if (version !== null && version !== 0) return false;
      await trx
        .insertInto("reversal_classifications")
        .values({
          case_id: c.caseId,
          reason: c.reason,
          responsibility: c.responsibility,
          note: c.note,
          classified_by: c.by,
          classified_at: c.at,
          version: 1,
        })
        .execute();
    }
    await appendAudit(trx, {
      user: c.user,
      at: c.at,
      action: "classify",
      entity: "reversal",
      entityId: caseNumber,
      before: before
        ? { reason: before.reason, responsibility: before.responsibility, note: before.note }
        : undefined,
      after: { reason: c.reason, responsibility: c.responsibility, note: c.note },
    });
    return true;
  });
}

export async function writeObjection(
  handle: Db,
  o: { caseId: number; text: string; by: string; user: string; at: string },
  version: number,
  caseNumber: string,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("reversal_classifications")
      .set({ objection_text: o.text, objection_by: o.by, objection_at: o.at, version: version + 1 })
      .where("case_id", "=", o.caseId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, {
      user: o.user,
      at: o.at,
      action: "object",
      entity: "reversal",
      entityId: caseNumber,
      after: { objection: o.text },
    });
    return true;
  });
}

export async function writeObjectionDecision(
  handle: Db,
  d: {
    caseId: number;
    decision: string;
    decider: string;
    reference: string;
    by: string;
    user: string;
    at: string;
    /** When upheld: the new classification (the old one is kept as original_*). */
    change: {
      reason: string;
      responsibility: string;
      originalReason: string;
      originalResponsibility: string;
    } | null;
  },
  version: number,
  caseNumber: string,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("reversal_classifications")
      .set({
        objection_decision: d.decision,
        objection_decider: d.decider,
        objection_reference: d.reference,
        objection_decided_by: d.by,
        objection_decided_at: d.at,
        ...(d.change
          ? {
              reason: d.change.reason,
              responsibility: d.change.responsibility,
              original_reason: d.change.originalReason,
              original_responsibility: d.change.originalResponsibility,
            }
          : {}),
        version: version + 1,
      })
      .where("case_id", "=", d.caseId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, {
      user: d.user,
      at: d.at,
      action: "decide-objection",
      entity: "reversal",
      entityId: caseNumber,
      after: { decision: d.decision, decider: d.decider, reference: d.reference, change: d.change },
    });
    return true;
  });
}
