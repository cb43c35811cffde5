/** The bulletin's month and the way it writes dates and changes (2024年6月30日, 较上月增加 3 件). */
const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isBulletinMonth(month: string): boolean {
  return MONTH_RE.test(month);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function monthBounds(month: string): { from: string; to: string; previous: string } {
  const m = MONTH_RE.exec(month);
  if (!m) throw new RangeError(`month ${JSON.stringify(month)}: expected YYYY-MM`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const py = mo === 1 ? y - 1 : y;
  const pm = mo === 1 ? 12 : mo - 1;
  return { from: `${month}-01`, to: `${month}-${pad(last)}`, previous: `${py}-${pad(pm)}` };
}

/** 2024-06-30 → 2024年6月30日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

/** 2024-06 → 2024年6月 */
export function chineseMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${Number(y)}年${Number(m)}月`;
}

/** "较上月增加 N 件" / "较上月减少 N 件" / "与上月持平". */
export function changeText(now: number, before: number, unit = "件"): string {
  const d = now - before;
  if (d > 0) return `较上月增加 ${d} ${unit}`;
  if (d < 0) return `较上月减少 ${-d} ${unit}`;
  return "与上月持平";
}

/**
 * Days to the 审限 deadline as people read them, the same on every screen, export and bulletin:
 * "剩余 5 天", "今日届满" (the deadline is today, still within the limit), "已超 128 天" — never a
 * negative number. Empty for a case without a running clock (closed, or
 * no statutory limit).
 */
export function daysLeftText(daysLeft: number | null | undefined): string {
  if (daysLeft === null || daysLeft === undefined || !Number.isFinite(daysLeft)) return "";
  if (daysLeft < 0) return `已超 ${-daysLeft} 天`;
  if (daysLeft === 0) return "今日届满";
  return `剩余 ${daysLeft} 天`;
}
