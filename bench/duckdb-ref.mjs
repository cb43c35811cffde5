// DuckDB as the reference engine of the bench: the product's panel SQL (conditional aggregates in
// the FILTER (WHERE …) form, src/db/indicators/compile.ts) run as written and rewritten into the
// SUM(CASE WHEN … THEN … ELSE 0 END) form, N times each; reported: the median of each form and the
// faster of the two ("DuckDB at its fastest"), so that a ratio against DuckDB never rests on the
// form that happens to be slower for it.

/** Index just past the quoted literal or identifier starting at `i` (`'…'` or `"…"`, doubled quotes escaped). */
function skipQuoted(sql, i) {
  const q = sql[i];
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === q) {
      if (sql[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  throw new Error(`unterminated ${q} in SQL at ${i}`);
}

/** Index of the ")" matching the "(" at `open`, skipping quoted text. */
function matchForward(sql, open) {
  let depth = 0;
  for (let i = open; i < sql.length; ) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      i = skipQuoted(sql, i);
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
    i++;
  }
  throw new Error(`unbalanced "(" in SQL at ${open}`);
}

/**
 * Index of the "(" matching the ")" at `close`, scanning backwards. Quoted text is found by a
 * forward pass first (a backward scan cannot tell an escaped quote from two literals).
 */
function matchBackward(sql, close, quotedRanges) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const r = quotedRanges.find(([a, b]) => i >= a && i < b);
    if (r) {
      i = r[0];
      continue;
    }
    const c = sql[i];
    if (c === ")") depth++;
    else if (c === "(" && --depth === 0) return i;
  }
  throw new Error(`unbalanced ")" in SQL at ${close}`);
}

function quotedRangesOf(sql) {
  const out = [];
  for (let i = 0; i < sql.length; ) {
    if (sql[i] === "'" || sql[i] === '"') {
      const end = skipQuoted(sql, i);
      out.push([i, end]);
      i = end;
    } else i++;
  }
  return out;
}

/**
 * Rewrites every `AGG(x) FILTER (WHERE p)` into the CASE form: COUNT(*) → SUM(CASE WHEN p THEN 1
 * ELSE 0 END), SUM(x) → SUM(CASE WHEN p THEN x ELSE 0 END), any other aggregate f(x) →
 * f(CASE WHEN p THEN x END). Over a group with at least one row (every group of a GROUP BY has one)
 * the results are the same: a count or sum over no matching row is 0 either way.
 */
export function filterToCase(sql) {
  const re = /FILTER\s*\(\s*WHERE\s/gi;
  let out = sql;
  for (;;) {
    const quoted = quotedRangesOf(out);
    re.lastIndex = 0;
    let m;
    do m = re.exec(out);
    while (m && quoted.some(([a, b]) => m.index >= a && m.index < b));
    if (!m) return out;
    const filterStart = m.index;
    const filterOpen = out.indexOf("(", filterStart);
    const filterClose = matchForward(out, filterOpen);
    const pred = out.slice(m.index + m[0].length, filterClose).trim();
    // The aggregate call just before FILTER: NAME ( args ) <spaces> FILTER
    let k = filterStart - 1;
    while (k >= 0 && /\s/.test(out[k])) k--;
    if (out[k] !== ")") throw new Error(`no aggregate call before FILTER at ${filterStart}`);
    const argOpen = matchBackward(out, k, quoted);
    let n = argOpen - 1;
    while (n >= 0 && /\s/.test(out[n])) n--;
    let nameStart = n;
    while (nameStart > 0 && /[A-Za-z_]/.test(out[nameStart - 1])) nameStart--;
    const name = out.slice(nameStart, n + 1).toUpperCase();
    const arg = out.slice(argOpen + 1, k).trim();
    let replacement;
    if (name === "COUNT" && arg === "*") replacement = `SUM(CASE WHEN ${pred} THEN 1 ELSE 0 END)`;
    else if (name === "SUM") replacement = `SUM(CASE WHEN ${pred} THEN ${arg} ELSE 0 END)`;
    else replacement = `${name}(CASE WHEN ${pred} THEN ${arg} END)`;
    out = out.slice(0, nameStart) + replacement + out.slice(filterClose + 1);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Rows as sorted JSON with every value a number where it reads as one (to compare the two forms). */
function canonical(rows) {
  return JSON.stringify(
    rows
      .map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            typeof v === "bigint" || (v !== null && v !== "" && !Number.isNaN(Number(v))) ? Number(v) : v,
          ]),
        ),
      )
      .map((r) => JSON.stringify(r))
      .sort(),
  );
}

/**
 * Runs the panel `sql` (FILTER form) and its SUM(CASE …) form on a DuckDB connection: one warm-up
 * each, then `runs` timed runs each, alternating, each run also running `extra` (the quantile
 * histogram queries, the same in both forms). Returns the medians, the faster of the two, the rows
 * of the FILTER form, and whether both forms gave the same rows.
 */
export async function duckdbPanelBothForms(conn, sql, { runs = 5, extra = [] } = {}) {
  const caseSql = filterToCase(sql);
  const runOnce = async (text) => {
    const t = performance.now();
    const rows = (await conn.runAndReadAll(text)).getRowObjects();
    for (const q of extra) await conn.runAndReadAll(q);
    return { ms: performance.now() - t, rows };
  };
  const filterRows = (await runOnce(sql)).rows;
  const caseRows = (await runOnce(caseSql)).rows;
  const filterTimes = [];
  const caseTimes = [];
  for (let i = 0; i < runs; i++) {
    filterTimes.push((await runOnce(sql)).ms);
    caseTimes.push((await runOnce(caseSql)).ms);
  }
  const filterMs = median(filterTimes);
  const caseMs = median(caseTimes);
  return {
    filterMs,
    caseMs,
    fastestMs: Math.min(filterMs, caseMs),
    fastestForm: filterMs <= caseMs ? "FILTER" : "SUM(CASE)",
    filterTimes,
    caseTimes,
    sameRows: canonical(filterRows) === canonical(caseRows),
    rows: filterRows,
  };
}
