/**
 * Seedable pseudo-random numbers for the review draw (评查抽样): **mulberry32** (Tommy Ettinger's
 * 32-bit generator, public domain, as popularised by bryc's "PRNGs for JavaScript"). One 32-bit
 * state word; a period of 2^32 — ample for drawing a few hundred cases from a month's closures.
 * It is not cryptographic and need not be: the draw must be *reproducible* (same plan, seed and
 * data → same cases) and uniform enough to be fair; anyone can re-run it with the stored seed.
 *
 * The seed is a whole number 0 … 4294967295 (2^32 − 1). Outputs are checked against published
 * reference values of the algorithm (prng.test.ts).
 */

export const MAX_SEED = 0xffffffff;

/** A generator: each call gives the next unsigned 32-bit integer. */
export interface Prng {
  /** The next raw 32-bit output, 0 … 2^32 − 1. */
  nextUint32(): number;
  /** A float in [0, 1): the raw output divided by 2^32. */
  next(): number;
  /** A whole number in [0, n) without modulo bias (rejection sampling); n ≥ 1 and < 2^32. */
  below(n: number): number;
}

export function isValidSeed(seed: unknown): seed is number {
  return typeof seed === "number" && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** mulberry32 seeded with `seed` (a whole number 0 … 2^32 − 1). */
export function mulberry32(seed: number): Prng {
  if (!isValidSeed(seed)) throw new RangeError(`seed must be a whole number 0…${MAX_SEED}, got ${seed}`);
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    next: () => nextUint32() / 4294967296,
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > MAX_SEED)
        throw new RangeError(`bound must be 1…${MAX_SEED}, got ${n}`);
      // Reject the top partial block of 2^32 so every residue is equally likely.
      const limit = 4294967296 - (4294967296 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
  };
}

/**
 * The default seed of a month's draw when the plan gives none: the month as a number (2026-11 →
 * 202611), so a re-run without a seed is still reproducible and the seed is easy to read aloud.
 */
export function defaultSeedForMonth(month: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  return Number(m[1]) * 100 + Number(m[2]);
}
