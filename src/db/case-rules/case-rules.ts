/**
 * 类案裁判规则 (case_rules, case_rule_sources): store a rule and its source cases, change a draft,
 * record its adoption or retirement (each guarded by the version), read them with their sources. A
 * rule belongs to the court that wrote it (court_code; null on a one-court installation).
 */
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import { ofCourtsOrNone } from "../courts/of-courts.js";

export interface RuleFields {
  title: string;
  cause: string;
  ruleText: string;
}

export interface StoredRule extends RuleFields {
  id: number;
  status: string;
  adoptedOn: string | null;
  adoptionReference: string | null;
  retiredOn: string | null;
  retirementNote: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The court (法院代字) that wrote the rule; null on a one-court installation. */
  courtCode: string | null;
  sources: { caseId: number; caseNumber: string }[];
}

/** Stores a draft; `courtCode`: the court that writes it (its writer's; null without a court). */
export async function insertRule(
  handle: Db,
  r: RuleFields,
  caseIds: readonly number[],
  by: string,
  user: string,
  at: string,
  courtCode: string | null,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("case_rules")
      .values({
        title: r.title,
        cause: r.cause,
        rule_text: r.ruleText,
        status: "draft",
        created_by: by,
        created_at: at,
        updated_at: at,
        version: 1,
        court_code: courtCode,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    for (const caseId of caseIds)
      await trx.insertInto("case_rule_sources").values({ rule_id: id, case_id: caseId }).execute();
    await appendAudit(trx, {
      user,
      at,
      action: "create",
      entity: "case-rule",
      entityId: String(id),
      after: { ...r, caseIds, courtCode },
    });
    return id;
  });
}

/** Changes a rule: its fields and sources (a draft), or its status with the adoption or retirement record. */
export async function updateRule(
  handle: Db,
  id: number,
  change: {
    fields?: RuleFields;
    caseIds?: readonly number[];
    status?: string;
    adoptedOn?: string;
    adoptionReference?: string;
    retiredOn?: string;
    retirementNote?: string;
  },
  version: number,
  user: string,
  at: string,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("case_rules")
      .set({
        ...(change.fields
          ? { title: change.fields.title, cause: change.fields.cause, rule_text: change.fields.ruleText }
          : {}),
        ...(change.status ? { status: change.status } : {}),
        ...(change.adoptedOn
          ? { adopted_on: change.adoptedOn, adoption_reference: change.adoptionReference ?? "" }
          : {}),
        ...(change.retiredOn
          ? { retired_on: change.retiredOn, retirement_note: change.retirementNote ?? "" }
          : {}),
        updated_at: at,
        version: version + 1,
      })
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    if (change.caseIds) {
      await trx.deleteFrom("case_rule_sources").where("rule_id", "=", id).execute();
      for (const caseId of change.caseIds)
        await trx.insertInto("case_rule_sources").values({ rule_id: id, case_id: caseId }).execute();
    }
    await appendAudit(trx, {
      user,
      at,
      action: change.status === "adopted" ? "adopt" : change.status === "retired" ? "retire" : "update",
      entity: "case-rule",
      entityId: String(id),
      after: change,
    });
    return true;
  });
}

/**
 * Rules, newest first, optionally by status, or of these courts (法院代字: only the rules of these
 * courts and those that say no court, which every reader sees); with their source cases.
 */
export async function readRules(
  handle: Db,
  filter: { id?: number; status?: string; courts?: readonly string[] } = {},
): Promise<StoredRule[]> {
  let q = handle.db.selectFrom("case_rules").selectAll();
  if (filter.id !== undefined) q = q.where("id", "=", filter.id);
  if (filter.status) q = q.where("status", "=", filter.status);
  if (filter.courts) q = q.where(ofCourtsOrNone(filter.courts));
  const rows = await q.orderBy("id", "desc").execute();
  if (rows.length === 0) return [];
  const sources = await handle.db
    .selectFrom("case_rule_sources as s")
    .innerJoin("cases as c", "c.id", "s.case_id")
    .select(["s.rule_id", "s.case_id", "c.case_number"])
    .where(
      "s.rule_id",
      "in",
      rows.map((r) => Number(r.id)),
    )
    .orderBy("c.case_number")
    .execute();
  const byRule = new Map<number, { caseId: number; caseNumber: string }[]>();
  for (const s of sources) {
    const list = byRule.get(Number(s.rule_id)) ?? [];
    list.push({ caseId: Number(s.case_id), caseNumber: s.case_number });
    byRule.set(Number(s.rule_id), list);
  }
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    cause: r.cause,
    ruleText: r.rule_text,
    status: r.status,
    adoptedOn: r.adopted_on,
    adoptionReference: r.adoption_reference,
    retiredOn: r.retired_on,
    retirementNote: r.retirement_note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
    courtCode: r.court_code,
    sources: byRule.get(Number(r.id)) ?? [],
  }));
}

/** Cases by number, with their court (for source cases named by 案号); missing numbers are left out. */
export async function caseIdsByNumber(
  handle: Db,
  numbers: readonly string[],
): Promise<Map<string, { id: number; courtCode: string | null }>> {
  const out = new Map<string, { id: number; courtCode: string | null }>();
  for (let i = 0; i < numbers.length; i += 500) {
    const rows = await handle.db
      .selectFrom("cases")
      .select(["id", "case_number", "court_code"])
      .where("case_number", "in", numbers.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.case_number, { id: Number(r.id), courtCode: r.court_code });
  }
  return out;
}

/** The 案由 most common among pending cases (the demo's 类案指导 is shown where it matters). */
export async function commonPendingCauses(handle: Db, n: number): Promise<string[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(["cause", (eb) => eb.fn.countAll<number>().as("n")])
    .where("closed_on", "is", null)
    .where("cause", "is not", null)
    .groupBy("cause")
    .orderBy("n", "desc")
    .orderBy("cause")
    .limit(n)
    .execute();
  return rows.map((r) => r.cause as string);
}
