/**
 * The long-pending ladder of a period's end (立案满六个月、一年、一年半、二年、三年以上未结), for the
 * whole scope and by unit, counted by the indicator engine's panel query in the same pass style
 * as the indicators (src/domain/reports/model.ts LADDER_DEFS), within the actor's scope.
 */
import type { Db } from "../../db/connect.js";
import { compileMeasure, type Filter } from "../../db/indicators/compile.js";
import { type MeasureSlot, runPanel } from "../../db/indicators/panel.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Grouping } from "../../domain/indicators/index.js";
import { LADDER_DEFS, type LadderCounts } from "../../domain/reports/model.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";

/** Cumulative counts at each rung, by group key ("全部" for by = "all"). */
export async function ladderCounts(
  actor: Actor,
  handle: Db,
  input: { from: string; to: string; by: Grouping; filters: Filter[] },
): Promise<Map<string, LadderCounts>> {
  mustAuthorize(actor, "view-indicators");
  const period = { id: 0, label: "本期", fromDay: parseIsoDate(input.from), toDay: parseIsoDate(input.to) };
  const { rows, slots } = await runPanel(handle, LADDER_DEFS, [period], input.by, [
    ...scopeFilters(actor),
    ...input.filters,
  ]);
  const out = new Map<string, LadderCounts>();
  for (const row of rows) {
    const key = input.by === "all" ? "全部" : String(row.gkey);
    const counts: LadderCounts = out.get(key) ?? {};
    for (const d of LADDER_DEFS) {
      const months = Number(d.id.replace(/\D/g, ""));
      const alias = (slots.get(compileMeasure(d.numerator)) as MeasureSlot).alias;
      counts[months] = (counts[months] ?? 0) + Number(row[alias] ?? 0);
    }
    out.set(key, counts);
  }
  return out;
}
