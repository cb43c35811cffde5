/**
 * 四类案件 storage: supervised-case matters (matters, kind "supervised-case") and their findings
 * (supervision_findings). Identification writes candidates in bulk here (a system step, one
 * transaction); people's steps go through the workflow's use cases.
 */
import type { Kysely } from "kysely";
import type { SupervisionFinding } from "../../domain/supervision/identify.js";
import type { Database } from "../schema.js";

export const SUPERVISED_KIND = "supervised-case";

/** The latest supervised-case matter of each case, with the rules already recorded on it. */
export interface CaseSupervisionIndexEntry {
  matterId: number;
  state: string;
  version: number;
  rules: Set<string>;
}

export async function readSupervisionIndex(
  db: Kysely<Database>,
): Promise<Map<number, CaseSupervisionIndexEntry>> {
  const rows = await db
    .selectFrom("matters as m")
    .leftJoin("supervision_findings as f", "f.matter_id", "m.id")
    .select(["m.id", "m.case_id", "m.state", "m.version", "f.rule_id"])
    .where("m.kind", "=", SUPERVISED_KIND)
    .where("m.case_id", "is not", null)
    .orderBy("m.id")
    .execute();
  const out = new Map<number, CaseSupervisionIndexEntry>();
  for (const r of rows) {
    const caseId = r.case_id as number;
    let e = out.get(caseId);
    if (!e || e.matterId < r.id) {
      e = { matterId: r.id, state: r.state, version: r.version, rules: new Set() };
      out.set(caseId, e);
    }
    if (r.rule_id !== null && e.matterId === r.id) e.rules.add(r.rule_id);
  }
  return out;
}

export interface NewCandidate {
  caseId: number;
  division: string;
  judge: string;
  findings: SupervisionFinding[];
}

const SYSTEM = "system";
const SYSTEM_NAME = "系统";

function findingRows(matterId: number, caseId: number, findings: readonly SupervisionFinding[], on: string) {
  return findings.map((f) => ({
    matter_id: matterId,
    rule_id: f.rule,
    case_id: caseId,
    category: f.category,
    reason: f.reason,
    facts_json: JSON.stringify(f.facts),
    found_on: on,
  }));
}

/** Opens a candidate matter per case (state candidate), with its trace, case link and findings. */
export async function insertCandidates(
  db: Kysely<Database>,
  candidates: readonly NewCandidate[],
  on: string,
  at: string,
): Promise<number[]> {
  const ids: number[] = [];
  for (const c of candidates) {
    const first = c.findings[0];
    if (!first) continue;
    const category = Math.min(...c.findings.map((f) => f.category));
    const row = await db
      .insertInto("matters")
      .values({
        kind: SUPERVISED_KIND,
        state: "candidate",
        version: 1,
        title: `${first.caseNumber} 四类案件`,
        case_id: c.caseId,
        case_number: first.caseNumber,
        division: c.division,
        judge: c.judge,
        initiator: SYSTEM,
        data_json: JSON.stringify({ source: "auto", category }),
        opened_on: on,
        opened_at: at,
        closed_on: null,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    ids.push(id);
    await db
      .insertInto("matter_trace")
      .values({
        matter_id: id,
        seq: 1,
        action: "identify",
        label: "自动识别",
        from_state: null,
        to_state: "candidate",
        by_user: SYSTEM,
        by_name: SYSTEM_NAME,
        on_day: on,
        at,
        note: c.findings.map((f) => f.reason).join("；"),
        input_json: JSON.stringify({ rules: c.findings.map((f) => f.rule) }),
      })
      .execute();
    await db
      .insertInto("matter_links")
      .values({ matter_id: id, entity: "case", entity_id: c.caseId })
      .execute();
    await db
      .insertInto("supervision_findings")
      .values(findingRows(id, c.caseId, c.findings, on))
      .execute();
  }
  return ids;
}

/** Records rules newly found on a matter still open: its findings and a trace entry. */
export async function appendFindings(
  db: Kysely<Database>,
  matter: { id: number; state: string; caseId: number },
  findings: readonly SupervisionFinding[],
  on: string,
  at: string,
): Promise<void> {
  if (findings.length === 0) return;
  const last = await db
    .selectFrom("matter_trace")
    .select((eb) => eb.fn.max("seq").as("seq"))
    .where("matter_id", "=", matter.id)
    .executeTakeFirst();
  await db
    .insertInto("matter_trace")
    .values({
      matter_id: matter.id,
      seq: Number(last?.seq ?? 0) + 1,
      action: "identify",
      label: "自动识别（新增规则）",
      from_state: matter.state,
      to_state: matter.state,
      by_user: SYSTEM,
      by_name: SYSTEM_NAME,
      on_day: on,
      at,
      note: findings.map((f) => f.reason).join("；"),
      input_json: JSON.stringify({ rules: findings.map((f) => f.rule) }),
    })
    .execute();
  await db
    .insertInto("supervision_findings")
    .values(findingRows(matter.id, matter.caseId, findings, on))
    .execute();
  await db
    .updateTable("matters")
    .set((eb) => ({ version: eb("version", "+", 1), updated_at: at }))
    .where("id", "=", matter.id)
    .execute();
}

/** A manual mark's finding (提请标注), on the matter it opened. */
export async function insertManualFinding(
  db: Kysely<Database>,
  f: { matterId: number; caseId: number; category: number; reason: string; by: string; on: string },
): Promise<void> {
  await db
    .insertInto("supervision_findings")
    .values({
      matter_id: f.matterId,
      rule_id: "manual",
      case_id: f.caseId,
      category: f.category,
      reason: f.reason,
      facts_json: JSON.stringify({ markedBy: f.by }),
      found_on: f.on,
    })
    .execute();
}

/** Open supervised-case matters whose case has closed by `asOf`: to close with the case. */
export async function findMattersOfClosedCases(
  db: Kysely<Database>,
  asOf: string,
): Promise<{ id: number; state: string; version: number; closedOn: string; closureMode: string | null }[]> {
  const rows = await db
    .selectFrom("matters as m")
    .innerJoin("cases as c", "c.id", "m.case_id")
    .select(["m.id", "m.state", "m.version", "c.closed_on", "c.closure_mode"])
    .where("m.kind", "=", SUPERVISED_KIND)
    .where("m.state", "in", ["candidate", "supervised"])
    .where("c.closed_on", "is not", null)
    .where("c.closed_on", "<=", asOf)
    .orderBy("m.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    version: r.version,
    closedOn: r.closed_on as string,
    closureMode: r.closure_mode,
  }));
}

/** The demo's picks: the most recently closed first-instance civil cases (closed by `asOf`). */
export async function recentlyClosedCases(
  db: Kysely<Database>,
  asOf: string,
  limit: number,
): Promise<{ id: number; caseNumber: string }[]> {
  const rows = await db
    .selectFrom("cases")
    .select(["id", "case_number"])
    .where("type_code", "=", "民初")
    .where("closed_on", "is not", null)
    .where("closed_on", "<=", asOf)
    .orderBy("closed_on", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, caseNumber: r.case_number }));
}

/** The demo's picks: pending first-instance civil cases with no supervised-case matter, oldest id first. */
export async function pendingCasesWithoutSupervision(
  db: Kysely<Database>,
  asOf: string,
  limit: number,
): Promise<{ id: number; caseNumber: string }[]> {
  const rows = await db
    .selectFrom("cases as c")
    .select(["c.id", "c.case_number"])
    .where("c.type_code", "=", "民初")
    .where("c.filed_on", "<=", asOf)
    .where((eb) => eb.or([eb("c.closed_on", "is", null), eb("c.closed_on", ">", asOf)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("matters as m")
            .select("m.id")
            .whereRef("m.case_id", "=", "c.id")
            .where("m.kind", "=", SUPERVISED_KIND),
        ),
      ),
    )
    .orderBy("c.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, caseNumber: r.case_number }));
}
