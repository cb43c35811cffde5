/** 评查计划: insert, find, list, mark drawn. */
import type { Kysely } from "kysely";
import type { Allocation } from "../../domain/review/draw.js";
import type { PlanKind } from "../../domain/review/reviewers.js";
import type { Db } from "../connect.js";
import { ofCourtsOrNone } from "../courts/of-courts.js";
import type { Database } from "../schema.js";
import type { PopulationFilter } from "./review-population.js";

export interface PlanOptions {
  /** Usernames of the reviewers the draw assigns. */
  reviewers: string[];
  recentMonths: number;
}

export interface StoredPlan {
  id: number;
  kind: PlanKind;
  title: string;
  periodFrom: string;
  periodTo: string;
  seed: number;
  allocation: Allocation | null;
  filter: PopulationFilter;
  sheetVersion: number;
  options: PlanOptions;
  state: string;
  drawnOn: string | null;
  createdBy: string;
  createdAt: string;
  /** The court (法院代字) the plan belongs to (its creator's); null on a one-court installation. */
  courtCode: string | null;
}

type Row = Database["review_plans"] extends infer T ? { [K in keyof T]: unknown } : never;

function toPlan(r: Row): StoredPlan {
  return {
    id: Number(r.id),
    kind: r.kind as PlanKind,
    title: String(r.title),
    periodFrom: String(r.period_from),
    periodTo: String(r.period_to),
    seed: Number(r.seed),
    allocation: JSON.parse(String(r.allocation_json)) as Allocation | null,
    filter: JSON.parse(String(r.filter_json)) as PopulationFilter,
    sheetVersion: Number(r.sheet_version),
    options: JSON.parse(String(r.settings_json)) as PlanOptions,
    state: String(r.state),
    drawnOn: r.drawn_on === null ? null : String(r.drawn_on),
    createdBy: String(r.created_by),
    createdAt: String(r.created_at),
    courtCode: r.court_code === null || r.court_code === undefined ? null : String(r.court_code),
  };
}

export async function insertPlan(
  db: Kysely<Database>,
  p: Omit<StoredPlan, "id" | "state" | "drawnOn">,
): Promise<number> {
  const r = await db
    .insertInto("review_plans")
    .values({
      kind: p.kind,
      title: p.title,
      period_from: p.periodFrom,
      period_to: p.periodTo,
      seed: p.seed,
      allocation_json: JSON.stringify(p.allocation),
      filter_json: JSON.stringify(p.filter),
      sheet_version: p.sheetVersion,
      settings_json: JSON.stringify(p.options),
      state: "draft",
      drawn_on: null,
      created_by: p.createdBy,
      created_at: p.createdAt,
      court_code: p.courtCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function findPlan(handle: Db, id: number): Promise<StoredPlan | undefined> {
  const r = await handle.db.selectFrom("review_plans").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toPlan(r) : undefined;
}

/**
 * Plans, the newest first; with `courts`, only the plans of these courts (法院代字) and those that say
 * no court (a one-court installation's, seen by every reader).
 */
export async function listPlans(handle: Db, f: { courts?: readonly string[] } = {}): Promise<StoredPlan[]> {
  let q = handle.db.selectFrom("review_plans").selectAll();
  if (f.courts) q = q.where(ofCourtsOrNone(f.courts));
  const rows = await q.orderBy("id", "desc").execute();
  return rows.map(toPlan);
}

/** Marks a draft plan drawn; false when it was no longer a draft (drawn by someone else). */
export async function markPlanDrawn(db: Kysely<Database>, id: number, on: string): Promise<boolean> {
  const r = await db
    .updateTable("review_plans")
    .set({ state: "drawn", drawn_on: on })
    .where("id", "=", id)
    .where("state", "=", "draft")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
