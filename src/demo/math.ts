/** The one numeric helper the stages share: bounding a drawn value. */

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
