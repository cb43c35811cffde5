/**
 * The court's own order of its divisions (立案庭, 民一庭, 民二庭 …), as its reports list them: a
 * setting of the installation. Divisions the setting does not name follow, in pinyin order; the
 * placeholder for a missing division (（未填部门）) always comes last.
 */

const collator = new Intl.Collator("zh-CN");

/** Text that holds a division order: a JSON array of names. Anything else is no order. */
export function parseDivisionOrder(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v)) return [];
    const names = v.filter((x): x is string => typeof x === "string").map((x) => x.trim());
    return [...new Set(names.filter((x) => x.length > 0))];
  } catch {
    return [];
  }
}

/** A comparator of division names by the court's order (then pinyin; placeholders last). */
export function divisionComparator(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((name, i) => [name, i]));
  const placeholder = (s: string) => (s.startsWith("（") && s.endsWith("）") ? 1 : 0);
  return (a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return placeholder(a) - placeholder(b) || collator.compare(a, b);
  };
}

/** Division names sorted by the court's order (a new array). */
export function sortDivisions(names: Iterable<string>, order: readonly string[]): string[] {
  return [...names].sort(divisionComparator(order));
}
