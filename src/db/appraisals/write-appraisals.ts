/**
 * Writing the 鉴定 register: an import's rows (upsert by the identity case_number + kind +
 * commissioned_on, so a re-import of the same row changes nothing), and one row entered or edited on
 * the 鉴定 page (optimistic concurrency by version).
 */
import type { Kysely } from "kysely";
import type { AppraisalRecord } from "../../domain/appraisals/appraisal.js";
import type { Database } from "../schema.js";

export interface AppraisalWriteMeta {
  user: string;
  now: string;
  importId: number | null;
}

function same(
  a: {
    stage: string;
    institution: string | null;
    completed_on: string | null;
    extension_approved: number;
  },
  r: AppraisalRecord,
): boolean {
  return (
    a.stage === r.stage &&
    (a.institution ?? null) === r.institution &&
    (a.completed_on ?? null) === r.completedOn &&
    Number(a.extension_approved) === (r.extensionApproved ? 1 : 0)
  );
}

/** Upserts an import's rows; returns how many were inserted, updated and already stored as they are. */
export async function upsertAppraisals(
  db: Kysely<Database>,
  rows: readonly AppraisalRecord[],
  meta: AppraisalWriteMeta,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const out = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length === 0) return out;
  const numbers = [...new Set(rows.map((r) => r.caseNumber))];
  const stored = await db
    .selectFrom("appraisals")
    .select([
      "id",
      "case_number",
      "kind",
      "commissioned_on",
      "stage",
      "institution",
      "completed_on",
      "extension_approved",
      "version",
    ])
    .where("case_number", "in", numbers)
    .execute();
  const byKey = new Map(stored.map((s) => [`${s.case_number}|${s.kind}|${s.commissioned_on}`, s]));
  for (const r of rows) {
    const key = `${r.caseNumber}|${r.kind}|${r.commissionedOn}`;
    const s = byKey.get(key);
    if (!s) {
      const row = {
        case_number: r.caseNumber,
        stage: r.stage,
        kind: r.kind,
        commissioned_on: r.commissionedOn,
        institution: r.institution,
        completed_on: r.completedOn,
        extension_approved: r.extensionApproved ? 1 : 0,
        note: null,
        import_id: meta.importId,
        created_by: meta.user,
        created_at: meta.now,
        updated_by: meta.user,
        updated_at: meta.now,
        version: 1,
      };
      await db.insertInto("appraisals").values(row).execute();
      // The same row twice in one file: the second finds the first.
      byKey.set(key, { id: -1, ...row });
      out.inserted++;
    } else if (same(s, r)) out.unchanged++;
    else {
      await db
        .updateTable("appraisals")
        .set({
          stage: r.stage,
          institution: r.institution,
          completed_on: r.completedOn,
          extension_approved: r.extensionApproved ? 1 : 0,
          import_id: meta.importId,
          updated_by: meta.user,
          updated_at: meta.now,
          version: Number(s.version) + 1,
        })
        .where("case_number", "=", r.caseNumber)
        .where("kind", "=", r.kind)
        .where("commissioned_on", "=", r.commissionedOn)
        .execute();
      byKey.set(key, {
        ...s,
        stage: r.stage,
        institution: r.institution,
        completed_on: r.completedOn,
        extension_approved: r.extensionApproved ? 1 : 0,
      });
      out.updated++;
    }
  }
  return out;
}

/** Inserts one appraisal entered on the page; undefined when its identity is already taken. */
export async function insertAppraisal(
  db: Kysely<Database>,
  r: AppraisalRecord & { note: string | null },
  meta: AppraisalWriteMeta,
): Promise<number | undefined> {
  const taken = await db
    .selectFrom("appraisals")
    .select("id")
    .where("case_number", "=", r.caseNumber)
    .where("kind", "=", r.kind)
    .where("commissioned_on", "=", r.commissionedOn)
    .executeTakeFirst();
  if (taken) return undefined;
  const row = await db
    .insertInto("appraisals")
    .values({
      case_number: r.caseNumber,
      stage: r.stage,
      kind: r.kind,
      commissioned_on: r.commissionedOn,
      institution: r.institution,
      completed_on: r.completedOn,
      extension_approved: r.extensionApproved ? 1 : 0,
      note: r.note,
      import_id: null,
      created_by: meta.user,
      created_at: meta.now,
      updated_by: meta.user,
      updated_at: meta.now,
      version: 1,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Updates one appraisal if its version is still `version`; returns false when it changed meanwhile
 * (or is gone), or when the new identity belongs to another row.
 */
export async function updateAppraisal(
  db: Kysely<Database>,
  id: number,
  version: number,
  r: AppraisalRecord & { note: string | null },
  meta: AppraisalWriteMeta,
): Promise<"ok" | "stale" | "taken"> {
  const other = await db
    .selectFrom("appraisals")
    .select("id")
    .where("case_number", "=", r.caseNumber)
    .where("kind", "=", r.kind)
    .where("commissioned_on", "=", r.commissionedOn)
    .where("id", "!=", id)
    .executeTakeFirst();
  if (other) return "taken";
  const res = await db
    .updateTable("appraisals")
    .set({
      case_number: r.caseNumber,
      stage: r.stage,
      kind: r.kind,
      commissioned_on: r.commissionedOn,
      institution: r.institution,
      completed_on: r.completedOn,
      extension_approved: r.extensionApproved ? 1 : 0,
      note: r.note,
      updated_by: meta.user,
      updated_at: meta.now,
      version: version + 1,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1 ? "ok" : "stale";
}

/** Is there an appraisal with this id (in this transaction)? */
export async function appraisalExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (
    (await db.selectFrom("appraisals").select("id").where("id", "=", id).executeTakeFirst()) !== undefined
  );
}
