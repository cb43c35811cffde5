/**
 * The whole court's figures for a division's version of a report: the "全院" column a 庭长 compares
 * their division with ("a chief's view of their division against the court average on every
 * indicator"). These are court-wide aggregates — counts and shares, never a case — and the report
 * policy (`view-reports`, on the division's version) is what allows them; so the panel runs without
 * the reader's case scope — but within the report's court (a database of several courts): the
 * division's own court, not every court's cases.
 */
import type { Db } from "../../db/connect.js";
import { compileMeasure, type Filter } from "../../db/indicators/compile.js";
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
  input: {
    division: string;
    period: Period;
    ids: readonly string[];
    /**
     * The courts the report is about (法院代字): the "全院" of a database of several courts is the
     * division's own court(s), never every court's; absent (a one-court installation): every case.
     */
    courts?: readonly string[];
  },
): Promise<Record<string, Figure>> {
  mustAuthorize(actor, "view-reports", { division: input.division });
  const defs = input.ids.map((id) => indicatorById(id)).filter((d): d is IndicatorDef => d !== undefined);
  const sqlPeriod = {
    id: 0,
    label: "本期",
    fromDay: parseIsoDate(input.period.from),
    toDay: parseIsoDate(input.period.to),
  };
  const filters: Filter[] = input.courts ? [{ field: "court_code", values: [...input.courts] }] : [];
  const { rows, slots, quantiles } = await runPanel(handle, defs, [sqlPeriod], "all", filters);
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
