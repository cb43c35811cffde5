/**
 * The bulletin's headline figures (HEADLINES) for a screen: this month against last month, for the
 * court and for each division in the bulletin's order — the same sums of counts as the 汇总 sheet
 * of the workbook and 一、总体情况 of the document.
 */
import { changeText } from "./dates.js";
import { type BulletinData, type Counts, countOf, HEADLINES } from "./model.js";

export type HeadlineId = (typeof HEADLINES)[number]["id"];

export interface HeadlineFigure {
  id: HeadlineId;
  thisMonth: number;
  lastMonth: number;
}

export interface BulletinSummary {
  court: { code: string; name: string };
  month: string;
  from: string;
  to: string;
  asOf: string;
  previous: { month: string; asOf: string };
  /** 本月新发现, by family: what the alert lists show with their 本期新发现 filter for the month. */
  newlyFound: BulletinData["newlyFound"];
  /** 督办单 of the month by division: issued, answered, overdue, closed. */
  orders: BulletinData["orders"];
  /** Each headline: its name, this month's and last month's count, and the change in words. */
  headlines: (HeadlineFigure & { name: string; change: string })[];
  /** The same figures per division (the court's order). */
  divisions: { division: string; headlines: HeadlineFigure[] }[];
}

function figures(now: Counts | undefined, before: Counts | undefined): HeadlineFigure[] {
  return HEADLINES.map((h) => ({
    id: h.id,
    thisMonth: countOf(now, h.keys),
    lastMonth: countOf(before, h.keys),
  }));
}

export function bulletinSummary(data: BulletinData): BulletinSummary {
  const now = data.thisMonth.total;
  const before = data.lastMonth.total;
  return {
    court: data.court,
    month: data.month,
    from: data.from,
    to: data.to,
    asOf: data.asOf,
    previous: data.previous,
    newlyFound: data.newlyFound,
    orders: data.orders,
    headlines: HEADLINES.map((h) => {
      const a = countOf(now, h.keys);
      const b = countOf(before, h.keys);
      const unit = h.id === "concealed" ? "条" : "件";
      return { id: h.id, name: h.name, thisMonth: a, lastMonth: b, change: changeText(a, b, unit) };
    }),
    divisions: data.divisions.map((d) => ({
      division: d,
      headlines: figures(data.thisMonth.byDivision[d], data.lastMonth.byDivision[d]),
    })),
  };
}

/**
 * The months a bulletin can be asked for, newest first: from the month of the first filing to the
 * month of `today` (that one in progress). None without data.
 */
export function bulletinMonths(
  firstFiled: string | null,
  today: string,
): { month: string; inProgress: boolean }[] {
  if (!firstFiled || firstFiled > today) return [];
  const index = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const first = index(firstFiled);
  const last = index(today);
  const out: { month: string; inProgress: boolean }[] = [];
  for (let i = last; i >= first; i--) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    out.push({ month, inProgress: i === last });
  }
  return out;
}
