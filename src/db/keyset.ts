/**
 * Keyset pagination: reading a sorted list page by page by "the rows after the last one read"
 * instead of OFFSET, so that every page costs the same and nothing holds the whole list. Exports
 * read their rows this way (src/db/*\/…-pages.ts).
 *
 * The ORDER BY must be total (it ends with the row's id). NULLs sort where the database puts them:
 * SQLite before every value, PostgreSQL after every value (in both directions: "smallest" and
 * "largest"), so the condition for "after" depends on the dialect — the one difference here.
 */
import type { Db } from "./connect.js";
import type { DialectName } from "./dialect.js";
import { Params, placeholderFor, readRows } from "./sql.js";

/** One key of an ORDER BY: an SQL expression and its direction. */
export interface SortKey {
  expr: string;
  desc: boolean;
}

/** `expr ASC|DESC, …`: the ORDER BY clause of the keys. */
export function orderByKeys(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.expr} ${k.desc ? "DESC" : "ASC"}`).join(", ");
}

/** The keys' values selected beside a row (`… AS k_0, … AS k_1`), for the next page's condition. */
export function keyColumns(keys: readonly SortKey[]): string {
  return keys.map((k, i) => `${k.expr} AS k_${i}`).join(", ");
}

/** Does the dialect sort NULL before every value in this direction? */
function nullsFirst(dialect: DialectName, desc: boolean): boolean {
  // SQLite: NULL is the smallest value; PostgreSQL: the largest.
  return dialect === "sqlite" ? !desc : desc;
}

/**
 * The condition selecting the rows that come after the row whose keys are `last`, in the order of
 * `keys`: (k0 after v0) OR (k0 = v0 AND k1 after v1) OR …, where a NULL value is handled as the
 * ORDER BY places it.
 */
export function keysetAfter(
  dialect: DialectName,
  keys: readonly SortKey[],
  last: readonly unknown[],
  params: Params,
): string {
  const value = (i: number) => last[i] ?? null;
  // Placeholders are added in the order they appear in the text (SQLite's `?` are positional).
  const equal = (i: number) => {
    const k = keys[i] as SortKey;
    const v = value(i);
    return v === null ? `${k.expr} IS NULL` : `${k.expr} = ${params.add(v)}`;
  };
  const after = (i: number): string | null => {
    const k = keys[i] as SortKey;
    const v = value(i);
    const first = nullsFirst(dialect, k.desc);
    if (v === null) return first ? `${k.expr} IS NOT NULL` : null;
    const cmp = `${k.expr} ${k.desc ? "<" : ">"} ${params.add(v)}`;
    return first ? cmp : `(${cmp} OR ${k.expr} IS NULL)`;
  };
  const terms: string[] = [];
  keys.forEach((k, i) => {
    // A NULL is the last value in a direction that puts NULLs last: nothing comes after it there.
    if (value(i) === null && !nullsFirst(dialect, k.desc)) return;
    const parts = keys.slice(0, i).map((_, j) => equal(j));
    parts.push(after(i) as string);
    terms.push(parts.join(" AND "));
  });
  return terms.length > 0 ? `(${terms.map((t) => `(${t})`).join(" OR ")})` : "1 = 0";
}

/** A sorted list to read page by page: `[WITH cte] SELECT select FROM … WHERE where ORDER BY keys`. */
export interface KeysetQuery {
  /** Without `WITH`. */
  cte?: string;
  select: string;
  /** `FROM …` with its joins, without WHERE. */
  from: string;
  where: string;
  /** The values of the placeholders in cte, from and where, in order. */
  values: readonly unknown[];
  keys: readonly SortKey[];
}

export interface PageWindow {
  /** Rows to skip first (a page of the list: (page − 1) × pageSize); default 0. */
  offset?: number;
  /** Rows to read at most (a page of the list: pageSize); default every row. */
  limit?: number;
  /** Rows a query reads. */
  pageRows: number;
}

/**
 * The rows of a sorted list, a page of `pageRows` at a time: the first page from the window's
 * offset (one OFFSET at most), each next one after the last row read. Rows carry the key columns
 * too (`k_0` …; the mappers ignore them). Stops early when the consumer stops.
 */
export async function* keysetPages(
  handle: Db,
  q: KeysetQuery,
  window: PageWindow,
): AsyncGenerator<Record<string, unknown>[]> {
  const pageRows = Math.max(1, Math.trunc(window.pageRows));
  let left = window.limit ?? Number.POSITIVE_INFINITY;
  let last: unknown[] | undefined;
  while (left > 0) {
    const params = new Params(placeholderFor(handle));
    params.values.push(...q.values);
    let where = q.where;
    if (last) where = `(${where}) AND ${keysetAfter(handle.dialect, q.keys, last, params)}`;
    const n = Math.min(pageRows, left);
    let tail = `LIMIT ${params.add(n)}`;
    if (!last && (window.offset ?? 0) > 0) tail += ` OFFSET ${params.add(window.offset)}`;
    const sql = `${q.cte ? `WITH ${q.cte}\n` : ""}SELECT ${q.select}, ${keyColumns(q.keys)}
${q.from}
WHERE ${where}
ORDER BY ${orderByKeys(q.keys)}
${tail}`;
    const rows = await readRows<Record<string, unknown>>(handle, sql, params.values);
    if (rows.length === 0) return;
    const end = rows[rows.length - 1] as Record<string, unknown>;
    last = q.keys.map((_, i) => end[`k_${i}`]);
    left -= rows.length;
    yield rows;
    if (rows.length < n) return;
  }
}
