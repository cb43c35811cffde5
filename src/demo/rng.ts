/**
 * A small seeded pseudo-random generator for the demo court: xoshiro128** (Blackman & Vigna),
 * seeded through splitmix32. Same seed and stream → the same sequence on every platform; no
 * Math.random() anywhere in src/demo.
 */

/** A table for weighted picks, built once (cumulative weights, normalised to 1). */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: Float64Array;
}

/** Builds a weighted table; weights need not sum to 1 (they are normalised), zero weights never win. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (entries.length === 0) throw new Error("weightedTable: no entries");
  let total = 0;
  for (const [, w] of entries) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weightedTable: bad weight ${w}`);
    total += w;
  }
  if (total <= 0) throw new Error("weightedTable: weights sum to 0");
  const cumulative = new Float64Array(entries.length);
  let acc = 0;
  entries.forEach(([, w], i) => {
    acc += w / total;
    cumulative[i] = acc;
  });
  cumulative[entries.length - 1] = 1;
  return { items: entries.map(([t]) => t), cumulative };
}

/** The probability of each item in a table (for documentation and tests). */
export function tableShares<T>(table: WeightedTable<T>): Map<T, number> {
  const m = new Map<T, number>();
  let prev = 0;
  table.items.forEach((t, i) => {
    const c = table.cumulative[i] as number;
    m.set(t, (m.get(t) ?? 0) + c - prev);
    prev = c;
  });
  return m;
}

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const TWO_POW_32 = 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed any safe integer (its low and high 32 bits both matter)
   * @param stream an independent stream of the same seed (e.g. 1 for the court roster)
   */
  constructor(seed: number, stream = 0) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_POW_32) >>> 0;
    const st = { s: (lo ^ Math.imul(hi, 0x27d4eb2d) ^ Math.imul(stream + 1, 0x165667b1)) | 0 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    for (let i = 0; i < 8; i++) this.nextUint32();
  }

  /** The next 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Uniform real in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(table: WeightedTable<T>): T {
    const u = this.next();
    const cum = table.cumulative;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < (cum[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo] as T;
  }

  /** Standard normal (Box–Muller, one value per call). */
  normal(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal with the given median and log-scale sigma. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Geometric count of failures before a success, with the given mean (≥ 0). */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (mean + 1);
    let u = this.next();
    while (u === 0) u = this.next();
    return Math.floor(Math.log(u) / Math.log(1 - p));
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A generator for `seed` (stream 0 unless given). */
export function createRng(seed: number, stream = 0): Rng {
  return new Rng(seed, stream);
}
