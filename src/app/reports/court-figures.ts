/**
 * The whole court's figures for a division's version of a report: the "全院" column a 庭长 compares
 * their division with ("a chief's view of their division against the court average on every
 * indicator"). These are court-wide aggregates — counts and shares, never a case — and the report
 * policy (`view-reports`, on the division's version) is what allows them; so the panel runs without
 * the reader's case scope.
 */
import type { Db } from "../../db/connect.js";
import { compileMeasure } from "../../db/indicators/compile.js";
import { type MeasureSlot, runPanel } from "../../db/indicators/panel.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  type Figure,
  figureOf,
  type IndicatorDef,
  indicatorById,
  type Period,
  periodLengthDays,
} from "../../domain/indicators/index.js";
import { mustAuthorize } from "../shared/policy.js";

export async function courtFigures(
  actor: Actor,
  handle: Db,
  input: { division: string; period: Period; ids: readonly string[] },
): Promise<Record<string, Figure>> {
  mustAuthorize(actor, "view-reports", { division: input.division });
  const defs = input.ids.map((id) => indicatorById(id)).filter((d): d is IndicatorDef => d !== undefined);
  const sqlPeriod = {
    id: 0,
    label: "本期",
    fromDay: parseIsoDate(input.period.from),
    toDay: parseIsoDate(input.period.to),
  };
  const { rows, slots, quantiles } = await runPanel(handle, defs, [sqlPeriod], "all", []);
  const row = rows[0];
  const out: Record<string, Figure> = {};
  for (const d of defs) {
    const get = (m: IndicatorDef["numerator"]) =>
      Number(row?.[(slots.get(compileMeasure(m)) as MeasureSlot).alias] ?? 0);
    out[d.id] = figureOf(
      d,
      get(d.numerator),
      d.denominator ? get(d.denominator) : null,
      periodLengthDays(input.period),
      quantiles.get(`${d.id}|0|全部`) ?? null,
    );
  }
  return out;
}
