/**
 * 评查抽样 — the draw of a review plan's sample: a pure function of the population (the cases the
 * plan may review), the allocation, the seed and the cases to skip. The same inputs always give
 * the same cases, whatever order the population arrives in (it is put in case-id order first), so
 * a plan's stored seed lets anyone re-run and check its draw.
 *
 * Rules (docs/review.md §2 — the court's own practice; no national rule fixes a sampling method):
 * - a case appears at most once in the population and so at most once in the draw (duplicates of
 *   a case id are dropped before drawing);
 * - cases reviewed within the last N months (the plan's setting) are skipped — the caller passes
 *   their ids as `exclude`;
 * - **proportional**: the sample is stratified by division; each division's quota is its share of
 *   the size by the largest-remainder method (Hamilton): every division first gets the whole part
 *   of size × its cases ÷ all cases, and the seats left go to the largest remainders; equal
 *   remainders go to the division with more cases, then to the name first in Unicode order;
 * - **per-division**: each division gets N (or all its cases, when it has fewer);
 * - **simple**: one random sample of the size from the whole population;
 * - within a division (or the whole population) the cases are drawn without replacement by a
 *   partial Fisher–Yates shuffle driven by mulberry32(seed); divisions are drawn in Unicode order
 *   of their names, from one stream of the generator.
 */
import { mulberry32 } from "./prng.js";

export interface DrawCandidate {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
}

export type Allocation =
  | { mode: "simple"; size: number }
  | { mode: "proportional"; size: number }
  | { mode: "per-division"; perDivision: number };

export interface DrawInput<C extends DrawCandidate = DrawCandidate> {
  population: readonly C[];
  allocation: Allocation;
  seed: number;
  /** Case ids to skip (reviewed within the last N months). */
  exclude?: ReadonlySet<number>;
}

export interface Stratum {
  division: string;
  /** Eligible cases of the division (after duplicates and skipped cases are removed). */
  eligible: number;
  /** How many were drawn from it. */
  quota: number;
}

export interface DrawResult<C extends DrawCandidate = DrawCandidate> {
  /** The drawn cases, ordered by division (Unicode order) then case number. */
  cases: C[];
  /** Per division, in Unicode order of the name (one stratum "" for a simple draw). */
  strata: Stratum[];
  /** Distinct eligible cases. */
  eligible: number;
  /** Distinct cases skipped because they were reviewed recently. */
  skipped: number;
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Largest-remainder (Hamilton) apportionment of `size` seats among groups in proportion to their
 * counts. Equal remainders go to the larger group, then to the name first in Unicode order.
 * `size` is capped at the sum of counts. Returns quotas in the order of `groups`.
 */
export function largestRemainder(groups: readonly { name: string; count: number }[], size: number): number[] {
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`size must be a whole number ≥ 0, got ${size}`);
  const total = groups.reduce((s, g) => s + g.count, 0);
  if (total === 0) return groups.map(() => 0);
  const seats = Math.min(size, total);
  // Exact integer arithmetic: quota = floor(seats·count / total), remainder = seats·count mod total
  // (all remainders share the denominator `total`, so comparing numerators is exact).
  const quotas = groups.map((g) => Math.floor((seats * g.count) / total));
  const rems = groups.map((g) => (seats * g.count) % total);
  let left = seats - quotas.reduce((s, q) => s + q, 0);
  const order = groups
    .map((_g, i) => i)
    .sort(
      (i, j) =>
        rems[j]! - rems[i]! ||
        groups[j]!.count - groups[i]!.count ||
        byCodePoint(groups[i]!.name, groups[j]!.name),
    );
  for (const i of order) {
    if (left === 0) break;
    if (rems[i]! > 0) {
      quotas[i]!++;
      left--;
    }
  }
  return quotas;
}

/** Draws `k` of `items` (already in canonical order) without replacement. */
function drawFrom<C>(items: readonly C[], k: number, next: (n: number) => number): C[] {
  const n = items.length;
  if (k >= n) return items.slice();
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const out: C[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + next(n - i);
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
    out.push(items[idx[i]!]!);
  }
  return out;
}

function validateAllocation(a: Allocation): void {
  const n = a.mode === "per-division" ? a.perDivision : a.size;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(
      `${a.mode === "per-division" ? "perDivision" : "size"} must be a whole number ≥ 1, got ${n}`,
    );
}

const INDEX_BITS = 4194304; // 2^22: keys caseId·2^22 + index stay exact below 2^53

/**
 * The population in case-id order. Already ordered input is used as is; otherwise a numeric sort
 * of typed keys (caseId·2^22 + position) — several times faster than sorting the objects with a
 * comparator, which matters at a million cases.
 */
function inCaseIdOrder<C extends DrawCandidate>(population: readonly C[]): readonly C[] {
  let ordered = true;
  for (let i = 1; i < population.length; i++) {
    if (population[i - 1]!.caseId > population[i]!.caseId) {
      ordered = false;
      break;
    }
  }
  if (ordered) return population;
  const n = population.length;
  const fits =
    n < INDEX_BITS &&
    population.every((c) => Number.isInteger(c.caseId) && c.caseId >= 0 && c.caseId < 2 ** 31);
  if (!fits) return population.slice().sort((a, b) => a.caseId - b.caseId);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = population[i]!.caseId * INDEX_BITS + i;
  keys.sort();
  const out = new Array<C>(n);
  for (let i = 0; i < n; i++) out[i] = population[keys[i]! % INDEX_BITS]!;
  return out;
}

export function drawSample<C extends DrawCandidate>(input: DrawInput<C>): DrawResult<C> {
  validateAllocation(input.allocation);
  const rng = mulberry32(input.seed);
  const next = (n: number) => rng.below(n);

  // Canonical order (case id) whatever order the caller read the rows in; drop duplicates.
  const sorted = inCaseIdOrder(input.population);
  const exclude = input.exclude;
  const byDivision = new Map<string, C[]>();
  const all: C[] = [];
  let skipped = 0;
  let prev = Number.NaN;
  for (const c of sorted) {
    if (c.caseId === prev) continue;
    prev = c.caseId;
    if (exclude?.has(c.caseId)) {
      skipped++;
      continue;
    }
    all.push(c);
    let list = byDivision.get(c.division);
    if (!list) {
      list = [];
      byDivision.set(c.division, list);
    }
    list.push(c);
  }

  const a = input.allocation;
  let drawn: C[] = [];
  let strata: Stratum[];
  if (a.mode === "simple") {
    drawn = drawFrom(all, a.size, next);
    strata = [{ division: "", eligible: all.length, quota: drawn.length }];
  } else {
    const names = [...byDivision.keys()].sort(byCodePoint);
    const groups = names.map((name) => ({ name, count: byDivision.get(name)!.length }));
    const quotas =
      a.mode === "proportional"
        ? largestRemainder(groups, a.size)
        : groups.map((g) => Math.min(g.count, a.perDivision));
    strata = groups.map((g, i) => ({ division: g.name, eligible: g.count, quota: quotas[i]! }));
    names.forEach((name, i) => {
      drawn = drawn.concat(drawFrom(byDivision.get(name)!, quotas[i]!, next));
    });
  }
  drawn.sort(
    (x, y) =>
      byCodePoint(x.division, y.division) || byCodePoint(x.caseNumber, y.caseNumber) || x.caseId - y.caseId,
  );
  return { cases: drawn, strata, eligible: all.length, skipped };
}
