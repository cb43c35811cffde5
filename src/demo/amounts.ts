/**
 * Filing — how much: the 标的额 of a cause (lognormal, bounded, often rounded to thousands),
 * the 小额诉讼 cap, and fen as the yuan text of the rows.
 */
import { CIVIL_PROCEDURE, type CivilCause } from "./catalog.js";
import { clamp } from "./math.js";
import type { Rng } from "./rng.js";

/** Fen as yuan with two decimals: 1234567 → "12345.67". */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen - yuan * 100;
  return `${yuan}.${cents < 10 ? "0" : ""}${cents}`;
}

/** The amount claimed under a cause, in fen; null when the cause has none or it is missing. */
export function amountOf(rng: Rng, c: CivilCause): number | null {
  if (!c.amount || (c.amountMissing && rng.chance(c.amountMissing))) return null;
  const [median, sigma, cents] = c.amount;
  const y = clamp(rng.lognormal(median, sigma), 300, 80_000_000);
  return yuan(rng, y, cents);
}

/** Yuan as fen: with cents, or whole yuan, or (60 % from 10,000 up) whole thousands. */
export function yuan(rng: Rng, y: number, cents: boolean): number {
  if (cents) return Math.round(y * 100);
  if (y >= 10_000 && rng.chance(0.6)) return Math.round(y / 1000) * 100_000;
  return Math.round(y) * 100;
}

/** A 小额诉讼 amount within the cap (a claim above it is redrawn below it). */
export function capSmall(rng: Rng, fen: number | null): number | null {
  if (fen === null) return null;
  const cap = CIVIL_PROCEDURE.smallClaimsCap * 100;
  if (fen <= cap) return fen;
  return Math.round(rng.uniform(0.04, 1) * cap);
}
