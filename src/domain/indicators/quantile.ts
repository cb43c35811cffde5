/** Quantiles read off a value → count histogram (the days of 审理天数 are integers). */
/**
 * The median (the middle value, or the mean of the two middle values) or the 90th percentile
 * (nearest rank: the ⌈0.9 n⌉-th value) from value → count pairs.
 */
export function quantileFromHistogram(kind: "median" | "p90", histogram: Map<number, number>): number | null {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  let n = 0;
  for (const v of values) n += histogram.get(v) as number;
  if (n === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const v of values) {
      seen += histogram.get(v) as number;
      if (seen >= rank) return v;
    }
    return values[values.length - 1] as number;
  };
  if (kind === "p90") return at(Math.ceil(0.9 * n));
  return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
}
