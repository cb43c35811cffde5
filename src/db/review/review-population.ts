/**
 * The population a review plan draws from: cases closed (or, for a 重点 plan, decided on appeal)
 * within a period, optionally narrowed by a filter (专项). Read from case_facts by its closed_day
 * index, joined to cases for the case number.
 */
import type { Db } from "../connect.js";

export interface PopulationFilter {
  /** 重点: only cases reversed (改判) or remanded (发回重审) on appeal, by the appeal's closing day. */
  reversedOrRemanded?: boolean;
  /**
   * 重点, from the 发改案件 register: exactly these cases (the register's entries of the period),
   * whatever their closing day. Takes the place of `reversedOrRemanded`.
   */
  caseIds?: readonly number[];
  /** 专项: at least this many extensions (延长审限). */
  minExtensions?: number;
  /** 专项: took at least this many days from filing to closing (长期未结). */
  minDurationDays?: number;
  /** 专项: cases flagged 隐形超审限 (an alert of that family, whatever its state). */
  concealedOverrun?: boolean;
  /** 专项: this 案由 (exact). */
  cause?: string;
  /** Only these divisions. */
  divisions?: readonly string[];
}

/** Where the population lies: only the cases of this court (法院代字: the plan's); absent: every court. */
export interface PopulationCourt {
  court?: string;
}

export interface PopulationRow {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
}

export async function reviewPopulation(
  handle: Db,
  range: { fromDay: number; toDay: number; fromOn: string; toOn: string },
  filter: PopulationFilter = {},
  where: PopulationCourt = {},
): Promise<PopulationRow[]> {
  let q = handle.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select(["f.case_id", "c.case_number", "f.division", "f.judge"]);
  if (filter.caseIds) {
    if (filter.caseIds.length === 0) return [];
    q = q.where("f.case_id", "in", [...filter.caseIds]);
  } else if (filter.reversedOrRemanded) {
    q = q
      .where((eb) => eb.or([eb("f.reversed", "=", 1), eb("f.remanded", "=", 1)]))
      .where("c.appeal_closed_on", ">=", range.fromOn)
      .where("c.appeal_closed_on", "<=", range.toOn);
  } else {
    q = q.where("f.closed_day", ">=", range.fromDay).where("f.closed_day", "<=", range.toDay);
  }
  if (filter.minExtensions !== undefined) q = q.where("f.extension_count", ">=", filter.minExtensions);
  if (filter.minDurationDays !== undefined) q = q.where("f.duration_days", ">=", filter.minDurationDays);
  if (filter.cause !== undefined) q = q.where("f.cause", "=", filter.cause);
  if (filter.concealedOverrun)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("alerts as a")
          .select("a.id")
          .whereRef("a.case_id", "=", "f.case_id")
          .where("a.family", "=", "concealed-overrun"),
      ),
    );
  if (where.court !== undefined) q = q.where("c.court_code", "=", where.court);
  if (filter.divisions && filter.divisions.length > 0) q = q.where("f.division", "in", [...filter.divisions]);
  const rows = await q.orderBy("f.case_id").execute();
  return rows.map((r) => ({
    caseId: Number(r.case_id),
    caseNumber: r.case_number,
    division: r.division,
    judge: r.judge,
  }));
}
