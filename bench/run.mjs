#!/usr/bin/env node
// Benchmarks (`npm run bench`): each phase runs in its own process so that its peak RSS is its own.
// Environment: BENCH_CASES (default 1000000), BENCH_PHASES (comma list, default all),
// BENCH_DIR (default bench/out), BENCH_AS_OF (default 2026-11-27), BENCH_HTTP_SECONDS (default 15);
// inbox: BENCH_INBOX_OWN (the chief's open matters, default 10000), BENCH_INBOX_BACKGROUND (50000),
// BENCH_INBOX_SECONDS (10), BENCH_INBOX_PG (a PostgreSQL admin URL: measure there too);
// review-sample: the 评查 draw on BENCH_CASES synthetic closed cases (no database);
// exports: BENCH_EXPORTS (concurrent exports, default 20), BENCH_BASE_ROOT (a built checkout of other
// code, e.g. the code before the export pool, measured the same way after this one).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = process.env.BENCH_DIR ?? join(root, "bench", "out");
const cases = Number(process.env.BENCH_CASES ?? 1_000_000);
const asOf = process.env.BENCH_AS_OF ?? "2026-11-27";
const all = [
  "generate",
  "import",
  "refresh",
  "indicators",
  "alerts",
  "supervision",
  "http",
  "exports",
  "inbox",
  "assessment",
  "report",
  "review-sample",
  "batches",
  "triage-facts",
  "triage",
  "aftercare",
  "termination-enterprise",
  "appraisals",
  "postgres",
  "federation",
  "rollup",
];
const phases = (process.env.BENCH_PHASES ?? all.join(",")).split(",").filter(Boolean);
mkdirSync(dir, { recursive: true });

const results = {};
for (const phase of phases) {
  if (!all.includes(phase)) {
    console.error(`unknown phase ${phase}; phases: ${all.join(", ")}`);
    process.exit(2);
  }
  if (phase === "generate" && existsSync(join(dir, `cases-${cases}.csv`)) && !process.env.BENCH_REGENERATE) {
    console.log(`generate: reusing ${join(dir, `cases-${cases}.csv`)} (BENCH_REGENERATE=1 to redo)`);
    continue;
  }
  console.log(`\n── ${phase} ──`);
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", join(root, "bench", "phase.mjs"), phase],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, BENCH_DIR: dir, BENCH_CASES: String(cases), BENCH_AS_OF: asOf },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = (r.stdout ?? "").split("\n");
  for (const l of lines) if (l && !l.startsWith("RESULT ")) console.log(l);
  const res = lines.find((l) => l.startsWith("RESULT "));
  if (r.status !== 0 || !res) {
    console.error(`phase ${phase} failed (exit ${r.status})`);
    process.exit(1);
  }
  results[phase] = JSON.parse(res.slice(7));
}

writeFileSync(
  join(dir, "results.json"),
  `${JSON.stringify({ cases, asOf, at: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log("\n══ summary ══");
const f = (n, d = 0) =>
  typeof n === "number"
    ? n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d })
    : String(n);
const s = results;
if (s.generate)
  console.log(
    `generate   ${f(s.generate.cases)} cases in ${f(s.generate.seconds, 1)} s (${f(s.generate.perSecond)} cases/s), peak RSS ${f(s.generate.peakRssMb)} MB`,
  );
if (s.import)
  console.log(
    `import     ${f(s.import.cases)} cases + ${f(s.import.events)} events in ${f(s.import.seconds, 1)} s = ${f(s.import.perSecond)} cases/s (target ≥ 50,000), peak RSS ${f(s.import.peakRssMb)} MB (target ≤ 1,536); WAL checkpoint afterwards ${f(s.import.checkpointSeconds, 1)} s`,
  );
if (s.refresh)
  console.log(
    `refresh    ${f(s.refresh.cases)} cases in ${f(s.refresh.seconds, 1)} s = ${f(s.refresh.perSecond)} cases/s (target ≥ 100,000), peak RSS ${f(s.refresh.peakRssMb)} MB; WAL checkpoint afterwards ${f(s.refresh.checkpointSeconds, 1)} s`,
  );
if (s.indicators)
  console.log(
    `indicators panel (${s.indicators.indicators} indicators × ${s.indicators.groups} divisions, one year): SQLite ${f(s.indicators.sqliteMs)} ms (target ≤ 1,000), DuckDB ${f(s.indicators.duckdbMs)} ms, ratio ${f(s.indicators.ratio, 1)}×`,
  );
if (s.alerts)
  console.log(
    `alerts     all detectors over ${f(s.alerts.cases)} cases in ${f(s.alerts.seconds, 1)} s (target ≤ 10), ${f(s.alerts.alerts)} alerts, peak RSS ${f(s.alerts.peakRssMb)} MB`,
  );
if (s.supervision)
  console.log(
    `supervision 四类案件 identification over ${f(s.supervision.cases)} cases in ${f(s.supervision.seconds, 1)} s (target ≤ 10), ${f(s.supervision.findings)} findings, peak RSS ${f(s.supervision.peakRssMb)} MB`,
  );
if (s.http) {
  for (const e of s.http.endpoints)
    console.log(
      `http       ${e.name}: p97.5 ${f(e.p975)} ms (bounds p95; target p95 ≤ 300), p90 ${f(e.p90)} ms, p50 ${f(e.p50)} ms, ${f(e.rps)} req/s at 20 connections, ${f(e.errors)} errors`,
    );
  console.log(
    `http       server listening ${f(s.http.listenMs)} ms after start; dashboard warmed ${f(s.http.warmedMs)} ms after start`,
  );
  console.log(
    `http       first screen interactive (median of 5, fresh browser contexts): ${f(s.http.firstScreenMs)} ms (target ≤ 2,000); a panel nobody asked before (by judge, 同比/环比, last year) ${f(s.http.coldPanelMs)} ms`,
  );
}
if (s.exports)
  for (const r of s.exports.runs)
    console.log(
      `exports    ${r.name}: ${f(s.exports.concurrent)} concurrent exports of the 3-year 新收 drill-down (${f(r.rowsInFirst)} rows): ${f(r.completed)} complete in ${f(r.seconds, 1)} s (${f(r.refusedFirst)} refused at first, retried); /api/auth/me p95 ${f(r.meP95)} ms (target ≤ 300), max ${f(r.meMax)} ms; server peak RSS ${f(r.peakRssMb)} MB (target ≤ 1,536), ${f(r.rssBeforeMb)} MB before${r.serverExited ? `; server died: ${JSON.stringify(r.serverExited)}` : ""}`,
    );
if (s.assessment)
  console.log(
    `assessment a scheme of ${f(s.assessment.items)} items by judge (${f(s.assessment.units)} judges) over ${f(s.assessment.cases)} cases, one year: ${f(s.assessment.ms)} ms (target ≤ 2,000)`,
  );
if (s.report)
  console.log(
    `report     quarterly 态势分析报告 ${s.report.quarter} over ${f(s.report.cases)} cases: ${f(s.report.seconds, 1)} s (target ≤ 10; first run with library and font loading ${f(s.report.firstSeconds, 1)} s), .docx ${f(s.report.docxBytes / 1024)} KB, .xlsx ${f(s.report.xlsxBytes / 1024)} KB, peak RSS ${f(s.report.peakRssMb)} MB`,
  );
if (s["review-sample"]) {
  const r = s["review-sample"];
  console.log(
    `review     评查抽样 from ${f(r.cases)} closed cases (${f(r.skipped)} skipped as recently reviewed): stratified 200 median ${f(r.proportional.medianMs)} ms, worst ${f(r.proportional.worstMs)} ms (target ≤ 1,000); simple 200 median ${f(r.simple.medianMs)} ms; from a shuffled population (sorted first) median ${f(r.shuffled.medianMs)} ms`,
  );
}
if (s["triage-facts"]) {
  const r = s["triage-facts"];
  console.log(
    `triage     fast-track facts pass over ${f(r.cases)} cases (${f(r.read)} read, ${f(r.written)} written): ${f(r.seconds, 1)} s (target ≤ 5; CPU ${f(r.firstCpuSeconds, 1)} s); again with nothing to change ${f(r.againSeconds, 1)} s (CPU ${f(r.againCpuSeconds, 1)} s)`,
  );
}
if (s.triage)
  console.log(
    `triage     繁简分流 suggestions for ${f(s.triage.pending)} pending 民初 cases among ${f(s.triage.cases)} in ${f(s.triage.seconds, 2)} s (target ≤ 5), ${JSON.stringify(s.triage.byTrack)}; 程序不符 over ${f(s.triage.mismatchRead)} pending and last quarter's closed cases in ${f(s.triage.mismatchSeconds, 2)} s, ${f(s.triage.mismatches)} mismatches, peak RSS ${f(s.triage.peakRssMb)} MB`,
  );
if (s.inbox)
  for (const [db, r] of Object.entries(s.inbox).filter(([k]) => k === "sqlite" || k === "postgres"))
    console.log(
      `inbox      ${db}: a chief's 我的待办 with ${f(r.own)} open matters among ${f(r.matters)}: first page p50 ${f(r.inbox.p50)} ms, p95 ${f(r.inbox.p95)} ms (target ≤ 100), p99 ${f(r.inbox.p99)} ms, ${f(r.inbox.rps)} req/s at 20 connections, ${f(r.inbox.errors)} errors; count p95 ${f(r.count.p95)} ms; server CPU ${f(r.inbox.serverCpuMsPerRequest, 2)} ms per page request (load average ${f(r.loadAverage, 1)} on ${f(r.cores)} cores)`,
    );
if (s.batches)
  console.log(
    `batches    并案审理 candidates over ${f(s.batches.cases)} cases (${f(s.batches.pending)} pending civil first-instance read): ${f(s.batches.groups)} groups, median of 3 ${f(s.batches.seconds, 2)} s (target ≤ 5; read ${f(s.batches.readSeconds, 2)} s, grouping ${f(s.batches.groupSeconds, 2)} s)`,
  );
if (s.aftercare)
  console.log(
    `aftercare  判后 figures over ${f(s.aftercare.cases)} cases, one year (${f(s.aftercare.judgments)} judgments, ${f(s.aftercare.effective)} effective money judgments and mediations): by division ${f(s.aftercare.divisionMs)} ms (CPU ${f(s.aftercare.divisionCpuMs)} ms), by judge ${f(s.aftercare.judgeMs)} ms (CPU ${f(s.aftercare.judgeCpuMs)} ms) (target ≤ 1,000); first page 释明 ${f(s.aftercare.explanationListMs)} ms, 督促 ${f(s.aftercare.performanceListMs)} ms`,
  );
if (s["termination-enterprise"]) {
  const r = s["termination-enterprise"];
  console.log(
    `termination 执行不能案件库 over ${f(r.cases)} cases (${f(r.librarySize)} entries, ${f(r.overdue)} overdue): ${f(r.libraryMs)} ms (target ≤ 1,000; first ${f(r.libraryFirstMs)} ms)`,
  );
  console.log(
    `enterprise 营商环境 pack, one year (${f(r.packCases)} cases): ${f(r.packMs)} ms (target ≤ 1,000; first ${f(r.packFirstMs)} ms); 涉企 panel by division ${f(r.panelDivisionMs)} ms, by 案由 ${f(r.panelCauseMs)} ms (target ≤ 1,000)`,
  );
}
if (s.appraisals) {
  const r = s.appraisals;
  console.log(
    `appraisals 鉴定 and 归档 over ${f(cases)} cases (${f(r.appraisals)} appraisals): archive lag + monthly rate this year ${f(r.archivingSeconds, 3)} s (three years ${f(r.archivingThreeYearsSeconds, 3)} s), unarchived page ${f(r.unarchivedSeconds, 3)} s, one division's .xlsx ${f(r.unarchivedExportSeconds, 3)} s, register ${f(r.registerSeconds, 3)} s, 诉前/诉中 comparison ${f(r.comparisonSeconds, 3)} s, exclusion alerts ${f(r.mismatchAlertsSeconds, 3)} s (target ≤ 1.0 each)`,
  );
}
if (s.federation) {
  const r = s.federation;
  console.log(
    `federation postgres_fdw node over 4 members, ${f(r.totalCases)} cases (source ${r.source}; copied at ${f(r.copyPerSecond)} cases/s), period ${r.period.from}–${r.period.to}: panel by court ${r.scaling.map((x) => `${x.members} member(s) ${f(x.cases)} cases ${f(x.ms)} ms`).join("; ")}; by division (4 members) ${f(r.nodeDivision.ms)} ms`,
  );
  console.log(
    `federation single database of the same ${f(r.totalCases)} cases: panel by court ${f(r.singleCourt.ms)} ms, by division ${f(r.singleDivision.ms)} ms (load average ${f(r.load, 1)})`,
  );
}
if (s.indicators?.duckdbFilterMs !== undefined)
  console.log(
    `indicators DuckDB by division: FILTER form ${f(s.indicators.duckdbFilterMs)} ms, SUM(CASE) form ${f(s.indicators.duckdbCaseMs)} ms; at its fastest (${s.indicators.duckdbFastestForm}) ${f(s.indicators.duckdbMs)} ms`,
  );
if (s.postgres) {
  const p = s.postgres;
  const sq = (x, text) => (x ? text(x) : `not run (BENCH_PHASES without it)`);
  const ok = (v, target, le = true) => ((le ? v <= target : v >= target) ? "met" : "NOT met");
  console.log(
    `postgres   ${f(p.cases)} cases over ${f(p.courts)} courts in ${p.database} (${f(p.sizesMb.database)} MB: cases ${f(p.sizesMb.cases)}, events ${f(p.sizesMb.events)}, facts ${f(p.sizesMb.facts)} MB); PostgreSQL ${p.server.server_version} (shared_buffers ${p.server.shared_buffers}, work_mem ${p.server.work_mem}, max_parallel_workers_per_gather ${p.server.max_parallel_workers_per_gather}); SQLite beside it at ${f(cases)} cases from this run`,
  );
  console.log(
    `postgres   import ${f(p.import.perSecond)} cases/s (${f(p.import.cases)} cases + ${f(p.import.events)} events in ${f(p.import.seconds, 1)} s; target ≥ 50,000: ${ok(p.import.perSecond, 50000, false)}), peak RSS ${f(p.import.peakRssMb)} MB (target ≤ 1,536: ${ok(p.import.peakRssMb, 1536)}); Node CPU ${f(p.import.nodeCpuSeconds)} s, server CPU ${f(p.import.serverCpuSeconds)} s (${f((p.import.nodeCpuSeconds / p.cases) * 1e6)} + ${f((p.import.serverCpuSeconds / p.cases) * 1e6)} µs a case); load ${f(p.import.loadBefore, 1)}–${f(p.import.loadAfter, 1)} | SQLite ${sq(s.import, (x) => `${f(x.perSecond)} cases/s, peak RSS ${f(x.peakRssMb)} MB`)}`,
  );
  console.log(
    `postgres   full refresh ${f(p.refresh.perSecond)} cases/s (${f(p.refresh.seconds, 1)} s), peak RSS ${f(p.refresh.peakRssMb)} MB (target ≤ 1,536: ${ok(p.refresh.peakRssMb, 1536)}); Node CPU ${f(p.refresh.nodeCpuSeconds)} s, server CPU ${f(p.refresh.serverCpuSeconds)} s (${f((p.refresh.nodeCpuSeconds / p.cases) * 1e6)} + ${f((p.refresh.serverCpuSeconds / p.cases) * 1e6)} µs a case); load ${f(p.refresh.loadBefore, 1)}–${f(p.refresh.loadAfter, 1)} | SQLite ${sq(s.refresh, (x) => `${f(x.perSecond)} cases/s, peak RSS ${f(x.peakRssMb)} MB`)}`,
  );
  console.log(
    `postgres   panel (${f(p.indicators)} indicators, one year) by court (${f(p.panelCourt.groups)} courts): ${f(p.panelCourt.ms)} ms (target ≤ 3,000: ${ok(p.panelCourt.ms, 3000)}); DuckDB FILTER ${f(p.duckdb.court.filterMs)} ms, SUM(CASE) ${f(p.duckdb.court.caseMs)} ms, at its fastest ${f(p.duckdb.court.fastestMs)} ms; ratio ${f(p.ratioCourt, 1)}× (target ≤ 10×: ${ok(p.ratioCourt, 10)})`,
  );
  console.log(
    `postgres   panel by division (${f(p.panelDivision.groups)} divisions): ${f(p.panelDivision.ms)} ms; DuckDB FILTER ${f(p.duckdb.division.filterMs)} ms, SUM(CASE) ${f(p.duckdb.division.caseMs)} ms, at its fastest ${f(p.duckdb.division.fastestMs)} ms; ratio ${f(p.ratioDivision, 1)}× | SQLite by division ${sq(s.indicators, (x) => `${f(x.sqliteMs)} ms, DuckDB at its fastest ${f(x.duckdbMs)} ms`)}; same answers PostgreSQL/DuckDB: ${p.sameAnswers}`,
  );
  console.log(
    `postgres   drill-down 新收 of ${p.drill.court}, first page (${f(p.drill.total)} rows): ${f(p.drill.ms)} ms (first ${f(p.drill.firstMs)} ms); alert detectors over ${f(p.alerts.cases)} cases ${p.alerts.failed ? `FAILED (${p.alerts.failed}; peak RSS ${f(p.alerts.peakRssMb)} MB)` : `${f(p.alerts.seconds, 1)} s (${f(p.alerts.alerts)} alerts, peak RSS ${f(p.alerts.peakRssMb)} MB)`} | SQLite alerts ${sq(s.alerts, (x) => `${f(x.seconds, 1)} s`)}`,
  );
}
if (s.rollup) {
  const r = s.rollup;
  console.log(
    `rollup     panel by division (${f(r.indicators)} indicators × ${f(r.groups)} divisions, ${r.from} … ${r.to}) over ${f(r.facts)} facts: from the rollup ${f(r.sqliteRollupMs, 1)} ms vs DuckDB at its fastest ${f(r.duckdbMs)} ms (FILTER ${f(r.duckdbFilterMs)} ms, CASE ${f(r.duckdbCaseMs)} ms) = ${f(r.ratio, 3)}× (target < 1); from the facts ${f(r.sqliteFactsMs)} ms; same figures ${r.sameAsFacts}; load ${f(r.load, 2)}`,
  );
  console.log(
    `rollup     size ${f(r.rollup?.rows)} cells, ${f((r.rollup?.bytes ?? 0) / 1e6, 1)} MB; full rebuild ${f(r.rebuildSeconds, 1)} s${r.maintenance ? `; touched-case refresh of ${f(r.maintenance.cases)} changed cases (as after an import) ${f(r.maintenance.refreshSeconds, 2)} s, of which rollup maintenance ${f(r.maintenance.rollupSeconds, 2)} s (${f(r.maintenance.cellsChanged)} cells), still equal to the facts: ${r.maintenance.sameAsFacts}` : ""}`,
  );
  if (r.postgres && !r.postgres.skipped)
    console.log(
      `rollup     PostgreSQL (${f(r.postgres.facts)} facts): from the rollup ${f(r.postgres.rollupMs, 1)} ms vs DuckDB ${f(r.postgres.duckdbMs)} ms (FILTER ${f(r.postgres.duckdbFilterMs)}, CASE ${f(r.postgres.duckdbCaseMs)}) = ${f(r.postgres.ratio, 3)}×; ${f(r.postgres.rollup?.rows)} cells${r.postgres.rebuildSeconds ? `, rebuilt in ${f(r.postgres.rebuildSeconds, 1)} s` : ""}`,
    );
  else console.log(`rollup     PostgreSQL: ${r.postgres?.skipped ?? "skipped (BENCH_PG_URL not set)"}`);
}
