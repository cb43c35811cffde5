/**
 * 发改案件台账: the entries whose appellate result falls in the period, within the reader's scope,
 * with filters (division, judge, outcome, classification state, reason, responsibility). The CLI
 * `shenguan reversals` and the register page read this same list.
 */
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import type { ClassificationState } from "../../domain/reversals/classification.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkPeriod, inPeriodRows, type ReversalRow, registerRows } from "./register.js";

export interface ReversalQuery {
  from?: string;
  to?: string;
  division?: string;
  judge?: string;
  outcome?: "改判" | "发回重审";
  state?: ClassificationState;
  reason?: string;
  responsibility?: string;
}

export interface ReversalList {
  rows: ReversalRow[];
  total: number;
  /** Appellate cases (改判 / 发回重审) in the period whose 原审案号 names no case in the data (office only). */
  unmatched: {
    caseNumber: string;
    originCaseNumber: string;
    outcome: "改判" | "发回重审";
    decidedOn: string | null;
  }[];
}

export function matchesQuery(r: ReversalRow, q: ReversalQuery): boolean {
  return (
    (!q.division || r.division === q.division) &&
    (!q.judge || r.judge === q.judge) &&
    (!q.outcome || r.outcome === q.outcome) &&
    (!q.state || r.state === q.state) &&
    (!q.reason || r.reason === q.reason) &&
    (!q.responsibility || r.responsibility === q.responsibility)
  );
}

export async function listReversals(actor: Actor, handle: Db, q: ReversalQuery = {}): Promise<ReversalList> {
  mustAuthorize(actor, "view-reversals");
  const { from, to } = checkPeriod(q.from, q.to);
  const { rows, register } = await registerRows(actor, handle);
  const picked = inPeriodRows(rows, from, to).filter((r) => matchesQuery(r, q));
  // Unmatched appellate cases name no judge or division of ours: only the whole court's readers see them.
  // (and, in a database of several courts, only accounts not limited to courts: the appellate case
  // does not say which of the basic courts tried the first instance).
  const scope = dataScope(actor);
  const courtWide = scope.kind === "court" && !scope.courts;
  return {
    rows: picked,
    total: picked.length,
    unmatched: courtWide ? inPeriodRows(register.unmatched, from, to) : [],
  };
}
