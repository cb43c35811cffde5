/**
 * 快审统计: the fast-track figures of the indicator catalogue (速裁快审分流率, 平均与中位审理天数,
 * 退案率, 符合条件案件小额诉讼适用率) for a period, by division or by month, within the reader's
 * scope — the catalogue's own figures, so they equal the dashboard's.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { Figure } from "../../domain/indicators/evaluate.js";
import { computeIndicators } from "../indicators/compute-indicators.js";

export const FAST_TRACK_INDICATOR_IDS = [
  "triage_fast_track_share",
  "triage_fast_track_avg_days",
  "triage_fast_track_median_days",
  "triage_transfer_back_rate",
  "triage_small_claims_eligible_rate",
] as const;

export interface FastTrackStatsQuery {
  from: string;
  to: string;
  by?: "division" | "month" | "all";
}

export interface FastTrackStatsRow {
  /** A division's name, a month (YYYY-MM), or 全院. */
  key: string;
  /** 民初 filed, and those that started in the fast track. */
  filed: number;
  entered: number;
  share: number | null;
  /** Closed without leaving the fast track, and their average and median days. */
  closedInTrack: number;
  avgDays: number | null;
  medianDays: number | null;
  /** Of those entered: sent back. */
  transferredBack: number;
  backRate: number | null;
  /** Closed cases meeting 小额诉讼's conditions, and those closed under it. */
  eligibleClosed: number;
  smallClaimsClosed: number;
  eligibleRate: number | null;
}

export interface FastTrackStats {
  from: string;
  to: string;
  by: "division" | "month" | "all";
  rows: FastTrackStatsRow[];
}

const n = (f: Figure | undefined, part: "numerator" | "denominator") => Number(f?.[part] ?? 0);

export async function fastTrackStats(
  actor: Actor,
  handle: Db,
  q: FastTrackStatsQuery,
): Promise<FastTrackStats> {
  const by = q.by ?? "division";
  const panel = await computeIndicators(actor, handle, {
    from: q.from,
    to: q.to,
    by,
    ids: [...FAST_TRACK_INDICATOR_IDS],
  });
  const rows: FastTrackStatsRow[] = panel.groups.map((g) => {
    const f = g.indicators;
    const share = f.triage_fast_track_share;
    const avg = f.triage_fast_track_avg_days;
    const back = f.triage_transfer_back_rate;
    const el = f.triage_small_claims_eligible_rate;
    return {
      key: by === "all" ? "全院" : g.key,
      filed: n(share, "denominator"),
      entered: n(share, "numerator"),
      share: share?.value ?? null,
      closedInTrack: n(avg, "denominator"),
      avgDays: avg?.value ?? null,
      medianDays: f.triage_fast_track_median_days?.value ?? null,
      transferredBack: n(back, "numerator"),
      backRate: back?.value ?? null,
      eligibleClosed: n(el, "denominator"),
      smallClaimsClosed: n(el, "numerator"),
      eligibleRate: el?.value ?? null,
    };
  });
  return { from: panel.from, to: panel.to, by, rows };
}
