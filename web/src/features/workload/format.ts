/** Weighted counts (two decimals at most) and shares of the mean (+12.5%) as shown. */
export function formatWeighted(v: number | null | undefined): string {
  if (v === null || v === undefined) return "—";
  return String(Math.round(v * 100) / 100);
}

export function formatShare(v: number | null | undefined): string {
  if (v === null || v === undefined) return "—";
  return `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(1)}%`;
}

export function judgeRecordPath(
  judge: string,
  division: string,
  period?: { from: string; to: string },
): string {
  const q = new URLSearchParams({ division });
  if (period) {
    q.set("mode", "custom");
    q.set("from", period.from);
    q.set("to", period.to);
  }
  return `/judges/${encodeURIComponent(judge)}?${q.toString()}`;
}
