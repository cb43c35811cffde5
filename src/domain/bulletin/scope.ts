/**
 * A division's version of the bulletin (the one its 庭长 receives, 定时报表): the whole court's
 * bulletin narrowed to the division — its counts this month and last, its judges, its cases in
 * every list, its 督办 and its core figures — so that it says of the division what the court's says
 * of the court, and shows nothing of other divisions (a 庭长's data scope, auth/scope.ts). The
 * counts are the court's own per-division counts, so the division's version and the court's row
 * for the division agree. 本月新发现 comes from the stored alerts and is counted by the caller.
 */
import type { BulletinData, Tally } from "./model.js";
import { topConcealed } from "./tally.js";

export function scopeBulletin(
  data: BulletinData,
  division: string,
  newlyFound: BulletinData["newlyFound"],
): BulletinData {
  const tally = (t: Tally): Tally => {
    const own = t.byDivision[division];
    return {
      asOf: t.asOf,
      total: { ...(own ?? {}) },
      byDivision: own ? { [division]: own } : {},
      byJudge: t.byJudge.filter((j) => j.division === division),
    };
  };
  const mine = <T extends { division: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => r.division === division);
  const concealed = mine(data.concealed);
  const figures = data.indicators.byDivision.find((g) => g.division === division);
  const orders = mine(data.orders.byDivision);
  return {
    ...data,
    division,
    newlyFound,
    divisions: [division],
    thisMonth: tally(data.thisMonth),
    lastMonth: tally(data.lastMonth),
    timeLimit: mine(data.timeLimit),
    longPending: mine(data.longPending),
    concealed,
    topConcealed: topConcealed(concealed),
    orders: {
      total: orders[0]?.counts ?? { issued: 0, answered: 0, overdue: 0, closed: 0 },
      byDivision: orders,
    },
    indicators: {
      ...data.indicators,
      court: figures ? { ...figures.figures } : {},
      byDivision: figures ? [figures] : [],
    },
  };
}
