/**
 * 四类案件 lists and counts: supervised-case matters within the reader's scope (division / judge
 * filters on the matter, which carries its case's), by state, division and category.
 */
import type { Kysely, Selectable, SelectQueryBuilder } from "kysely";
import type { Filter } from "../indicators/compile.js";
import type { Database, MattersTable } from "../schema.js";
import { SUPERVISED_KIND } from "./supervised-matters.js";

export interface SupervisedFilters {
  states: readonly string[];
  division?: string;
  category?: number;
}

export interface SupervisedMatterRow {
  id: number;
  state: string;
  version: number;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  initiator: string;
  openedOn: string;
  closedOn: string | null;
  updatedAt: string;
}

export interface FindingRow {
  matterId: number;
  rule: string;
  category: number;
  reason: string;
  facts: Record<string, unknown>;
  foundOn: string;
}

/** The columns a supervised-case list row reads. */
type SupervisedColumns = Pick<
  Selectable<MattersTable>,
  | "id"
  | "state"
  | "version"
  | "case_id"
  | "case_number"
  | "division"
  | "judge"
  | "initiator"
  | "opened_on"
  | "closed_on"
  | "updated_at"
>;

function supervisedMatterRow(r: SupervisedColumns): SupervisedMatterRow {
  return {
    id: r.id,
    state: r.state,
    version: r.version,
    caseId: r.case_id,
    caseNumber: r.case_number,
    division: r.division,
    judge: r.judge,
    initiator: r.initiator,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    updatedAt: r.updated_at,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the builder's selection varies by caller
function scoped<Q extends SelectQueryBuilder<Database, "matters", any>>(
  q: Q,
  scope: readonly Filter[],
  f: SupervisedFilters,
): Q {
  let out = q.where("matters.kind", "=", SUPERVISED_KIND) as Q;
  if (f.states.length > 0) out = out.where("matters.state", "in", f.states) as Q;
  for (const s of scope) {
    // A matter lies in its case's court (四类案件 are always a case's).
    if (s.field === "court_code")
      out = out.where("matters.case_id", "in", (eb) =>
        eb.selectFrom("cases").select("cases.id").where("cases.court_code", "in", s.values),
      ) as Q;
    const v = s.values[0];
    if (v === undefined) continue;
    if (s.field === "division") out = out.where("matters.division", "=", String(v)) as Q;
    if (s.field === "judge") out = out.where("matters.judge", "=", String(v)) as Q;
  }
  if (f.division) out = out.where("matters.division", "=", f.division) as Q;
  if (f.category !== undefined) {
    const category = f.category;
    out = out.where((eb) =>
      eb.exists(
        eb
          .selectFrom("supervision_findings as sf")
          .select("sf.matter_id")
          .whereRef("sf.matter_id", "=", "matters.id")
          .where("sf.category", "=", category),
      ),
    ) as Q;
  }
  return out;
}

export async function countSupervisedMatters(
  db: Kysely<Database>,
  scope: readonly Filter[],
  f: SupervisedFilters,
): Promise<number> {
  const r = await scoped(
    db.selectFrom("matters").select((eb) => eb.fn.countAll().as("n")),
    scope,
    f,
  ).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function listSupervisedMatters(
  db: Kysely<Database>,
  scope: readonly Filter[],
  f: SupervisedFilters,
  page: { limit: number; offset: number },
): Promise<SupervisedMatterRow[]> {
  const rows = await scoped(
    db
      .selectFrom("matters")
      .select([
        "matters.id",
        "matters.state",
        "matters.version",
        "matters.case_id",
        "matters.case_number",
        "matters.division",
        "matters.judge",
        "matters.initiator",
        "matters.opened_on",
        "matters.closed_on",
        "matters.updated_at",
      ]),
    scope,
    f,
  )
    .orderBy("matters.opened_on", "desc")
    .orderBy("matters.id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(supervisedMatterRow);
}

export async function findingsOfMatters(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, FindingRow[]>> {
  const out = new Map<number, FindingRow[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    if (slice.length === 0) continue;
    const rows = await db
      .selectFrom("supervision_findings")
      .selectAll()
      .where("matter_id", "in", slice)
      .orderBy("matter_id")
      .orderBy("category")
      .orderBy("rule_id")
      .execute();
    for (const r of rows) {
      const f: FindingRow = {
        matterId: r.matter_id,
        rule: r.rule_id,
        category: Number(r.category),
        reason: r.reason,
        facts: JSON.parse(r.facts_json) as Record<string, unknown>,
        foundOn: r.found_on,
      };
      const list = out.get(r.matter_id);
      if (list) list.push(f);
      else out.set(r.matter_id, [f]);
    }
  }
  return out;
}

/** Matters by state, and by division × category (a matter counts once in each of its categories). */
export async function countSupervisedByDivisionCategory(
  db: Kysely<Database>,
  scope: readonly Filter[],
  f: SupervisedFilters,
): Promise<{ division: string; category: number; count: number }[]> {
  const rows = await scoped(
    db
      .selectFrom("matters")
      .innerJoin("supervision_findings as f", "f.matter_id", "matters.id")
      .select((eb) => ["matters.division", "f.category", eb.fn.count("matters.id").distinct().as("n")]),
    scope,
    f,
  )
    .groupBy(["matters.division", "f.category"])
    .orderBy("matters.division")
    .orderBy("f.category")
    .execute();
  return rows.map((r) => ({ division: r.division, category: Number(r.category), count: Number(r.n) }));
}

export async function countSupervisedByState(
  db: Kysely<Database>,
  scope: readonly Filter[],
): Promise<{ state: string; count: number }[]> {
  const rows = await scoped(
    db.selectFrom("matters").select((eb) => ["matters.state", eb.fn.countAll().as("n")]),
    scope,
    { states: [] },
  )
    .groupBy("matters.state")
    .execute();
  return rows.map((r) => ({ state: r.state, count: Number(r.n) }));
}

/** The supervised-case matters of one case, newest first. */
export async function supervisedMattersOfCase(
  db: Kysely<Database>,
  caseId: number,
): Promise<SupervisedMatterRow[]> {
  const rows = await db
    .selectFrom("matters")
    .selectAll()
    .where("kind", "=", SUPERVISED_KIND)
    .where("case_id", "=", caseId)
    .orderBy("id", "desc")
    .execute();
  return rows.map(supervisedMatterRow);
}

/**
 * 四类案件 indicators over the closed cases (case_facts): supervised (ever confirmed: state
 * supervised or closed) against the rest — how many, how many closed within the 审限, and the
 * average duration in days.
 */
export async function supervisionIndicatorRows(
  db: Kysely<Database>,
  scope: readonly Filter[],
): Promise<
  { supervised: number; closed: number; closedOnTime: number; durationSum: number; durationN: number }[]
> {
  const out: {
    supervised: number;
    closed: number;
    closedOnTime: number;
    durationSum: number;
    durationN: number;
  }[] = [];
  for (const supervised of [1, 0]) {
    let q = db
      .selectFrom("case_facts as cf")
      .select((eb) => [
        eb.fn.countAll().as("closed"),
        eb.fn.sum(eb.case().when("cf.status", "=", "closed-on-time").then(1).else(0).end()).as("on_time"),
        eb.fn.sum("cf.duration_days").as("dsum"),
        eb.fn.count("cf.duration_days").as("dn"),
      ])
      .where("cf.closed_on", "is not", null);
    for (const s of scope) {
      if (s.field === "court_code") q = q.where("cf.court_code", "in", s.values);
      const v = s.values[0];
      if (v === undefined) continue;
      if (s.field === "division") q = q.where("cf.division", "=", String(v));
      if (s.field === "judge") q = q.where("cf.judge", "=", String(v));
    }
    const sub = db
      .selectFrom("matters as m")
      .select("m.case_id")
      .where("m.kind", "=", SUPERVISED_KIND)
      .where("m.state", "in", ["supervised", "closed"]);
    q =
      supervised === 1
        ? q.where("cf.case_id", "in", sub)
        : q.where("cf.case_id", "not in", sub.where("m.case_id", "is not", null));
    const r = await q.executeTakeFirst();
    out.push({
      supervised,
      closed: Number(r?.closed ?? 0),
      closedOnTime: Number(r?.on_time ?? 0),
      durationSum: Number(r?.dsum ?? 0),
      durationN: Number(r?.dn ?? 0),
    });
  }
  return out;
}

/** How many matters ever confirmed (state supervised or closed) within the scope. */
export async function countEverSupervised(db: Kysely<Database>, scope: readonly Filter[]): Promise<number> {
  return countSupervisedMatters(db, scope, { states: ["supervised", "closed"] });
}
