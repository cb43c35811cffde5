// The rollup phase (`BENCH_PHASES=rollup npm run bench`, after import + refresh): the full panel by
// division over the 12 whole months ending at the last month end before BENCH_AS_OF, answered from
// the monthly rollup (docs/rollup.md), against DuckDB's full scan of the same facts at its fastest
// (the FILTER form and the SUM(CASE …) form both run, the faster taken). Also: the rollup's size,
// a full rebuild's time, and the cost of keeping it up to date through an import of 1,000 changed
// cases. On PostgreSQL too when BENCH_PG_URL names a database with facts (skipped otherwise).
import { createWriteStream, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeRuns(n, fn) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), times, last };
}

/** A measure's SQL in the SUM(CASE WHEN … THEN … ELSE 0 END) form instead of FILTER (WHERE …). */
function caseForm(text) {
  const count = "COUNT(*) FILTER (WHERE ";
  if (text.startsWith(count)) return `SUM(CASE WHEN ${text.slice(count.length, -1)} THEN 1 ELSE 0 END)`;
  const m =
    /^COALESCE\(SUM\(COALESCE\((f\.\w+), 0\)\) FILTER \(WHERE ([\s\S]*)\), 0\)$/.exec(text) ??
    /^COALESCE\(SUM\((f\.\w+)\) FILTER \(WHERE ([\s\S]*)\), 0\)$/.exec(text);
  if (!m) throw new Error(`unexpected measure SQL ${text.slice(0, 60)}`);
  return `COALESCE(SUM(CASE WHEN ${m[2]} THEN COALESCE(${m[1]}, 0) ELSE 0 END), 0)`;
}

/** The panel's SQL (both forms) and its histogram queries, for DuckDB. */
async function duckQueries(dist, ids, from, to) {
  const { resolveIndicators } = await dist("app/indicators/validate-query.js");
  const { panelSql, quantileSql } = await dist("db/indicators/panel.js");
  const { parseIsoDate } = await dist("domain/calendar/civil-date.js");
  const { POSTGRES_PLACEHOLDER } = await dist("db/sql.js");
  const { bindSinglePeriod } = await dist("db/indicators/compile.js");
  const defs = resolveIndicators(ids);
  const periods = [{ id: 0, label: "本期", fromDay: parseIsoDate(from), toDay: parseIsoDate(to) }];
  const main = panelSql(defs, periods, "division", [], POSTGRES_PLACEHOLDER);
  let caseSql = main.sql;
  for (const s of main.slots.values())
    caseSql = caseSql.replace(
      bindSinglePeriod(`${s.sql} AS ${s.alias}`, periods[0]),
      bindSinglePeriod(`${caseForm(s.sql)} AS ${s.alias}`, periods[0]),
    );
  if (caseSql.includes("FILTER (WHERE")) throw new Error("CASE form still has a FILTER");
  const quants = defs
    .filter((d) => d.kind === "median" || d.kind === "p90")
    .map((d) => quantileSql(d, periods, "division", [], POSTGRES_PLACEHOLDER).sql);
  // Median and P90 share one histogram in the engine; DuckDB runs the distinct ones.
  return { filterSql: main.sql, caseSql, quants: [...new Set(quants)] };
}

/** DuckDB at its fastest: both forms, 5 runs each, the faster median. */
async function duckdbBest(duck, q, log) {
  const run = (sql) => async () => {
    const rows = (await duck.runAndReadAll(sql)).getRowObjects();
    for (const x of q.quants) await duck.runAndReadAll(x);
    return rows;
  };
  await run(q.filterSql)(); // warm
  const filter = await timeRuns(5, run(q.filterSql));
  const kase = await timeRuns(5, run(q.caseSql));
  log(
    `  DuckDB FILTER form: ${filter.times.map((x) => x.toFixed(0)).join(", ")} ms (median ${filter.ms.toFixed(0)})`,
  );
  log(
    `  DuckDB CASE form:   ${kase.times.map((x) => x.toFixed(0)).join(", ")} ms (median ${kase.ms.toFixed(0)})`,
  );
  return { filterMs: filter.ms, caseMs: kase.ms, bestMs: Math.min(filter.ms, kase.ms), rows: filter.last };
}

const esc = (v) => (v === null ? "" : typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : String(v));

/** The previous whole year: the 12 months ending at the last month end before asOf. */
function wholeYearBefore(asOf) {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  const d = Number(asOf.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // The last month end on or before asOf.
  let ey = y;
  let em = m;
  if (d !== lastDay) {
    em = m - 1;
    if (em === 0) {
      em = 12;
      ey = y - 1;
    }
  }
  const to = `${ey}-${String(em).padStart(2, "0")}-${String(new Date(Date.UTC(ey, em, 0)).getUTCDate()).padStart(2, "0")}`;
  let fy = ey;
  let fm = em + 1;
  if (fm === 13) fm = 1;
  else fy = ey - 1;
  return { from: `${fy}-${String(fm).padStart(2, "0")}-01`, to };
}

export async function rollupPhase({ root, dbPath, dir, asOf, log }) {
  const dist = (p) => import(join(root, "dist", p));
  const { openDb } = await dist("db/connect.js");
  const { computeIndicators } = await dist("app/indicators/compute-indicators.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const { INDICATORS } = await dist("domain/indicators/index.js");
  const { rebuildRollup, rollupSize, readRollupMeta, rollupMaintenanceStats } =
    await dist("db/rollup/rollup.js");
  const actor = systemActor();
  const ids = INDICATORS.map((d) => d.id);
  const { from, to } = wholeYearBefore(asOf);
  const query = { from, to, by: "division", ids };
  const result = { from, to, indicators: ids.length, load: loadavg()[0] };
  log(
    `  period ${from} … ${to}, ${ids.length} indicators by division; load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );

  const h = await openDb(dbPath);
  const facts = h.sqlite.prepare("select count(*) as n, max(as_of) as asOf from case_facts").get();
  result.facts = facts.n;
  // A full rebuild (as the full refresh does at its end), in a transaction of its own.
  const rebuild = await h.db.transaction().execute((trx) => rebuildRollup(trx, { asOf: facts.asOf }));
  result.rebuildSeconds = rebuild.ms / 1000;
  Object.assign(result, { rollup: await rollupSize(h) });
  log(
    `  rebuild: ${result.rollup.rows.toLocaleString()} cells, ${(result.rollup.bytes / 1e6).toFixed(1)} MB, ${result.rebuildSeconds.toFixed(1)} s`,
  );

  // The panel from the rollup, and from the facts for comparison (same figures).
  const fromRollup = await timeRuns(5, () => computeIndicators(actor, h, query));
  if (fromRollup.last.answeredFrom !== "rollup")
    throw new Error(`answered from ${fromRollup.last.answeredFrom}: ${fromRollup.last.factsReason}`);
  const fromFacts = await timeRuns(1, () => computeIndicators(actor, h, { ...query, noRollup: true }));
  const strip = (p) => JSON.stringify({ ...p, answeredFrom: undefined, factsReason: undefined });
  result.sameAsFacts = strip(fromRollup.last) === strip(fromFacts.last);
  result.sqliteRollupMs = fromRollup.ms;
  result.sqliteFactsMs = fromFacts.ms;
  result.groups = fromRollup.last.groups.length;
  log(
    `  SQLite from the rollup: ${fromRollup.times.map((x) => x.toFixed(0)).join(", ")} ms (median ${fromRollup.ms.toFixed(0)}); from the facts ${fromFacts.ms.toFixed(0)} ms; same figures: ${result.sameAsFacts}`,
  );

  // DuckDB over the same facts (CSV → DuckDB table), both forms.
  const csv = join(dir, "case_facts-rollup.csv");
  const cols = Object.keys(h.sqlite.prepare("select * from case_facts limit 1").get());
  const out = createWriteStream(csv);
  out.write(`${cols.join(",")}\n`);
  let buf = [];
  for (const row of h.sqlite.prepare("select * from case_facts").raw(true).iterate()) {
    buf.push(row.map(esc).join(","));
    if (buf.length >= 10000) {
      if (!out.write(`${buf.join("\n")}\n`)) await new Promise((r) => out.once("drain", r));
      buf = [];
    }
  }
  out.write(buf.length ? `${buf.join("\n")}\n` : "");
  await new Promise((r) => out.end(r));
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const duck = await (await DuckDBInstance.create(":memory:")).connect();
  await duck.run(
    `CREATE TABLE case_facts AS SELECT * FROM read_csv('${csv}', header = true, auto_detect = true, sample_size = -1)`,
  );
  rmSync(csv, { force: true });
  const dq = await duckQueries(dist, ids, from, to);
  const duckSqlite = await duckdbBest(duck, dq, log);
  Object.assign(result, {
    duckdbFilterMs: duckSqlite.filterMs,
    duckdbCaseMs: duckSqlite.caseMs,
    duckdbMs: duckSqlite.bestMs,
    ratio: fromRollup.ms / duckSqlite.bestMs,
  });

  // 1,000 changed cases (another 承办人, alternating so the phase can run again) refreshed as an
  // import refreshes the cases it touched: their facts rows upserted, the rollup kept up to date
  // in the same transactions.
  try {
    const { refreshFactsUnchecked } = await dist("app/facts/refresh-facts.js");
    const bounds = h.sqlite.prepare("select min(id) as lo, max(id) as hi from cases").get();
    const step = Math.max(1, Math.floor((bounds.hi - bounds.lo) / 1000));
    const changed = [];
    for (let id = bounds.lo; changed.length < 1000 && id <= bounds.hi; id += step) changed.push(id);
    h.sqlite
      .prepare(
        `update cases set judge = case when judge like '%乙' then substr(judge, 1, length(judge) - 1) else judge || '乙' end where id in (${changed.join(",")})`,
      )
      .run();
    const before = rollupMaintenanceStats();
    const t = performance.now();
    await refreshFactsUnchecked(h, { asOf: facts.asOf, ids: changed });
    const refreshSeconds = (performance.now() - t) / 1000;
    const after = rollupMaintenanceStats();
    const meta = await readRollupMeta(h.db);
    const again = await computeIndicators(actor, h, query);
    const againFacts = await computeIndicators(actor, h, { ...query, noRollup: true });
    result.maintenance = {
      cases: changed.length,
      refreshSeconds,
      rollupSeconds: (after.ms - before.ms) / 1000,
      rollupCalls: after.calls - before.calls,
      cellsChanged: after.cells - before.cells,
      stale: meta?.stale ?? null,
      sameAsFacts: again.answeredFrom === "rollup" && strip(again) === strip(againFacts),
    };
    log(
      `  touched-case refresh of ${changed.length} changed cases: ${refreshSeconds.toFixed(2)} s, of which rollup maintenance ${result.maintenance.rollupSeconds.toFixed(2)} s (${result.maintenance.rollupCalls} transactions, ${result.maintenance.cellsChanged} cells changed); rollup still equals facts: ${result.maintenance.sameAsFacts}`,
    );
  } catch (e) {
    log(`  maintenance: skipped (${e.message})`);
  }
  await h.close();

  // PostgreSQL, when BENCH_PG_URL names a database with facts.
  const pgUrl = process.env.BENCH_PG_URL;
  if (!pgUrl) {
    log("  PostgreSQL: skipped (BENCH_PG_URL not set)");
  } else {
    try {
      result.postgres = await postgresPart({ dist, pgUrl, query, ids, from, to, dir, log });
    } catch (e) {
      log(`  PostgreSQL: skipped (${e.message})`);
      result.postgres = { skipped: e.message };
    }
  }
  return result;
}

async function postgresPart({ dist, pgUrl, query, ids, from, to, dir, log }) {
  const { openDb } = await dist("db/connect.js");
  const { computeIndicators } = await dist("app/indicators/compute-indicators.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const { rebuildRollup, rollupSize, usableRollupMeta } = await dist("db/rollup/rollup.js");
  const h = await openDb(pgUrl);
  try {
    const stats =
      (await h.db
        .selectFrom("case_facts")
        .select((eb) => [eb.fn.countAll().as("n"), eb.fn.max("as_of").as("asOf")])
        .executeTakeFirst()) ?? {};
    const n = Number(stats.n ?? 0);
    if (n === 0) throw new Error("no facts in BENCH_PG_URL");
    const out = { facts: n };
    if (!(await usableRollupMeta(h))) {
      const r = await h.db.transaction().execute((trx) => rebuildRollup(trx, { asOf: String(stats.asOf) }));
      out.rebuildSeconds = r.ms / 1000;
      log(`  PostgreSQL rebuild (${n.toLocaleString()} facts): ${out.rebuildSeconds.toFixed(1)} s`);
    }
    out.rollup = await rollupSize(h);
    const actor = systemActor();
    const fromRollup = await timeRuns(5, () => computeIndicators(actor, h, query));
    out.rollupMs = fromRollup.ms;
    out.answeredFrom = fromRollup.last.answeredFrom;
    log(
      `  PostgreSQL from the rollup: ${fromRollup.times.map((x) => x.toFixed(0)).join(", ")} ms (median ${fromRollup.ms.toFixed(0)}), ${out.rollup.rows.toLocaleString()} cells`,
    );
    // DuckDB over the same facts: streamed out with COPY … TO STDOUT into a CSV file.
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    const csv = join(dir, "case_facts-pg.csv");
    const file = createWriteStream(csv);
    file.write("");
    let copyStreams;
    try {
      copyStreams = await import("pg-copy-streams");
    } catch {
      copyStreams = null;
    }
    if (copyStreams) {
      const { pipeline } = await import("node:stream/promises");
      await pipeline(
        client.query(copyStreams.to("COPY case_facts TO STDOUT WITH (FORMAT csv, HEADER true)")),
        file,
      );
    } else {
      // Without pg-copy-streams: pages by case_id.
      const cols = (await client.query("select * from case_facts limit 0")).fields.map((f) => f.name);
      file.write(`${cols.join(",")}\n`);
      let last = -1;
      for (;;) {
        const page = await client.query({
          text: "select * from case_facts where case_id > $1 order by case_id limit 50000",
          values: [last],
          rowMode: "array",
        });
        if (page.rows.length === 0) break;
        const text = page.rows.map((r) => r.map(esc).join(",")).join("\n");
        if (!file.write(`${text}\n`)) await new Promise((r) => file.once("drain", r));
        last = page.rows[page.rows.length - 1][0];
      }
      await new Promise((r) => file.end(r));
    }
    await client.end();
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const duck = await (await DuckDBInstance.create(":memory:")).connect();
    await duck.run(
      `CREATE TABLE case_facts AS SELECT * FROM read_csv('${csv}', header = true, auto_detect = true, sample_size = -1)`,
    );
    rmSync(csv, { force: true });
    const d = await duckdbBest(duck, await duckQueries(dist, ids, from, to), log);
    Object.assign(out, {
      duckdbFilterMs: d.filterMs,
      duckdbCaseMs: d.caseMs,
      duckdbMs: d.bestMs,
      ratio: out.rollupMs / d.bestMs,
    });
    return out;
  } finally {
    await h.close();
  }
}
