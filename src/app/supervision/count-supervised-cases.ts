/**
 * The 四类案件 page's figures, within the reader's scope: how many matters in each state, by
 * division × category for each tab, and the indicators — supervised cases, the share of them closed
 * within the 审限, their average duration against the unsupervised cases'. The indicators need the
 * matters, so they are computed here rather than in the indicator catalogue (docs/supervision.md).
 */
import type { Db } from "../../db/connect.js";
import {
  countEverSupervised,
  countSupervisedByDivisionCategory,
  countSupervisedByState,
  supervisionIndicatorRows,
} from "../../db/supervision/list-supervised.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { SUPERVISION_TABS, type SupervisionTab } from "./supervised-case-row.js";

export interface SupervisionIndicators {
  /** Cases ever under supervision (confirmed: 监管中 or 已结束 with the case). */
  supervisedCases: number;
  /** Of the closed supervised cases: how many, and how many within the 审限. */
  supervisedClosed: number;
  supervisedClosedOnTime: number;
  /** closedOnTime ÷ closed, null when none closed. */
  onTimeShare: number | null;
  /** Average duration (days, filing to closing) of closed supervised cases; null when none. */
  averageDurationSupervised: number | null;
  /** The same for closed cases never supervised. */
  averageDurationUnsupervised: number | null;
}

export interface SupervisionSummary {
  byState: { state: string; count: number }[];
  byTab: Record<SupervisionTab, { division: string; category: number; count: number }[]>;
  indicators: SupervisionIndicators;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function countSupervisedCases(actor: Actor, handle: Db): Promise<SupervisionSummary> {
  mustAuthorize(actor, "view-cases");
  const scope = scopeFilters(actor);
  const byTab = {} as SupervisionSummary["byTab"];
  for (const tab of Object.keys(SUPERVISION_TABS) as SupervisionTab[])
    byTab[tab] = await countSupervisedByDivisionCategory(handle.db, scope, { states: SUPERVISION_TABS[tab] });
  const [sup, unsup] = await supervisionIndicatorRows(handle.db, scope);
  return {
    byState: await countSupervisedByState(handle.db, scope),
    byTab,
    indicators: {
      supervisedCases: await countEverSupervised(handle.db, scope),
      supervisedClosed: sup?.closed ?? 0,
      supervisedClosedOnTime: sup?.closedOnTime ?? 0,
      onTimeShare: sup && sup.closed > 0 ? sup.closedOnTime / sup.closed : null,
      averageDurationSupervised: sup && sup.durationN > 0 ? round1(sup.durationSum / sup.durationN) : null,
      averageDurationUnsupervised:
        unsup && unsup.durationN > 0 ? round1(unsup.durationSum / unsup.durationN) : null,
    },
  };
}
