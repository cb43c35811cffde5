/** A review's result and found problems: written together (replacing an earlier scoring), read back. */
import type { Kysely } from "kysely";
import type { ScoredFinding } from "../../domain/review/score-sheet.js";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";

export interface NewResult {
  sampleId: number;
  planId: number;
  caseId: number;
  division: string;
  judge: string;
  reviewer: string;
  sheetVersion: number;
  score: number;
  className: string;
  lowestClass: boolean;
  comment: string;
  submittedOn: string;
  findings: readonly ScoredFinding[];
}

export async function writeResult(db: Kysely<Database>, r: NewResult): Promise<void> {
  await db.deleteFrom("review_findings").where("sample_id", "=", r.sampleId).execute();
  await db.deleteFrom("review_results").where("sample_id", "=", r.sampleId).execute();
  await db
    .insertInto("review_results")
    .values({
      sample_id: r.sampleId,
      plan_id: r.planId,
      case_id: r.caseId,
      division: r.division,
      judge: r.judge,
      reviewer: r.reviewer,
      sheet_version: r.sheetVersion,
      score: r.score,
      class_name: r.className,
      lowest_class: r.lowestClass ? 1 : 0,
      comment: r.comment,
      submitted_on: r.submittedOn,
      verified_by: null,
      verified_on: null,
      final_score: null,
      final_class: null,
      decided_on: null,
    })
    .execute();
  let seq = 0;
  for (const f of r.findings) {
    seq++;
    await db
      .insertInto("review_findings")
      .values({
        sample_id: r.sampleId,
        seq,
        section_code: f.sectionCode,
        section_name: f.sectionName,
        item_code: f.itemCode,
        item_text: f.itemText,
        deduction_code: f.deductionCode,
        text: f.text,
        points: f.points,
        severity: f.severity,
        note: f.note,
      })
      .execute();
  }
}

export async function markVerified(
  db: Kysely<Database>,
  sampleId: number,
  by: string,
  on: string,
): Promise<void> {
  await db
    .updateTable("review_results")
    .set({ verified_by: by, verified_on: on })
    .where("sample_id", "=", sampleId)
    .execute();
}

export async function writeDecision(
  db: Kysely<Database>,
  sampleId: number,
  d: { finalScore: number | null; finalClass: string | null; lowestClass: boolean; on: string },
): Promise<void> {
  await db
    .updateTable("review_results")
    .set({
      final_score: d.finalScore,
      final_class: d.finalClass,
      decided_on: d.on,
      lowest_class: d.lowestClass ? 1 : 0,
    })
    .where("sample_id", "=", sampleId)
    .execute();
}

export interface FindingRow {
  sampleId: number;
  seq: number;
  sectionCode: string;
  sectionName: string;
  itemCode: string;
  itemText: string;
  deductionCode: string | null;
  text: string;
  points: number;
  severity: "flaw" | "error";
  note: string;
}

export async function findingsOf(handle: Db, sampleIds: readonly number[]): Promise<FindingRow[]> {
  if (sampleIds.length === 0) return [];
  const rows = await handle.db
    .selectFrom("review_findings")
    .selectAll()
    .where("sample_id", "in", [...sampleIds])
    .orderBy("sample_id")
    .orderBy("seq")
    .execute();
  return rows.map((r) => ({
    sampleId: Number(r.sample_id),
    seq: Number(r.seq),
    sectionCode: r.section_code,
    sectionName: r.section_name,
    itemCode: r.item_code,
    itemText: r.item_text,
    deductionCode: r.deduction_code,
    text: r.text,
    points: Number(r.points),
    severity: r.severity as "flaw" | "error",
    note: r.note,
  }));
}

export async function resultComment(
  handle: Db,
  sampleId: number,
): Promise<{ comment: string; verifiedOn: string | null } | undefined> {
  const r = await handle.db
    .selectFrom("review_results")
    .select(["comment", "verified_on"])
    .where("sample_id", "=", sampleId)
    .executeTakeFirst();
  return r ? { comment: r.comment, verifiedOn: r.verified_on } : undefined;
}
