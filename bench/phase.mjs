// One benchmark phase in its own process (see bench/run.mjs). Prints progress, then one line
// `RESULT {json}`. Imports the built code from dist/ (npm run bench builds first).
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => import(join(root, "dist", p));
const dir = process.env.BENCH_DIR;
const cases = Number(process.env.BENCH_CASES);
const asOf = process.env.BENCH_AS_OF;
const dbPath = join(dir, `bench-${cases}.db`);
const casesCsv = join(dir, `cases-${cases}.csv`);
const eventsCsv = join(dir, `events-${cases}.csv`);
const phase = process.argv[2];

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuAtStart = process.cpuUsage();
const cpuSeconds = () => {
  const u = process.cpuUsage(cpuAtStart);
  return (u.user + u.system) / 1e6;
};
const done = (r) =>
  console.log(`RESULT ${JSON.stringify({ ...r, peakRssMb: peakRssMb(), cpuSeconds: cpuSeconds() })}`);
const log = (s) => console.log(s);
const year = Number(asOf.slice(0, 4));

async function generate() {
  const { generateDemoCourt } = await dist("demo/generate.js");
  const { writeDemoCsv } = await dist("demo/write.js");
  const tmp = join(dir, "gen");
  rmSync(tmp, { recursive: true, force: true });
  (await import("node:fs")).mkdirSync(tmp, { recursive: true });
  const t = performance.now();
  const r = await writeDemoCsv(
    tmp,
    generateDemoCourt({ cases, fromYear: year - 2, toYear: year, asOf, seed: 1 }),
    {
      onProgress: (n) => n % 100000 === 0 && log(`  ${n.toLocaleString()} cases`),
      progressEvery: 100000,
    },
  );
  const seconds = (performance.now() - t) / 1000;
  renameSync(join(tmp, "cases.csv"), casesCsv);
  renameSync(join(tmp, "events.csv"), eventsCsv);
  rmSync(tmp, { recursive: true, force: true });
  done({ cases: r.cases, events: r.events, seconds, perSecond: r.cases / seconds });
}

async function importPhase() {
  const { openDb } = await dist("db/connect.js");
  const { importCases } = await dist("app/imports/import-cases.js");
  const { systemActor } = await dist("app/shared/actor.js");
  for (const s of ["", "-wal", "-shm"]) rmSync(dbPath + s, { force: true });
  const h = await openDb(dbPath);
  const t = performance.now();
  let last = 0;
  const r = await importCases(systemActor("bench"), h, [casesCsv, eventsCsv], {
    today: asOf,
    refresh: false,
    maxIssues: 100,
    onProgress: (phase, n) => {
      if (n - last >= 200000 || n < last) {
        last = n;
        log(`  ${phase} ${n.toLocaleString()}`);
      }
    },
  });
  const seconds = (performance.now() - t) / 1000;
  if (!r.ok) throw new Error(`import rejected: ${JSON.stringify(r.errors.slice(0, 5))}`);
  const checkpointSeconds = await checkpoint(h);
  await h.close();
  done({
    cases: r.cases.inserted,
    events: r.events.inserted,
    warnings: r.warningCount,
    seconds,
    perSecond: r.cases.inserted / seconds,
    checkpointSeconds,
  });
}

async function refresh() {
  const { openDb } = await dist("db/connect.js");
  const { refreshFactsUnchecked } = await dist("app/facts/refresh-facts.js");
  const h = await openDb(dbPath);
  const t = performance.now();
  const r = await refreshFactsUnchecked(h, {
    asOf,
    onProgress: (n) => n % 200000 === 0 && log(`  ${n.toLocaleString()}`),
  });
  const seconds = (performance.now() - t) / 1000;
  const checkpointSeconds = await checkpoint(h);
  await h.close();
  done({ cases: r.cases, seconds, perSecond: r.cases / seconds, checkpointSeconds });
}

/**
 * The import and the refresh return once their transaction has committed (the data is then what
 * every reader sees); copying the WAL into the database file runs afterwards on a read-pool
 * worker, beside the server. Its time is measured here, apart, by waiting for a full checkpoint.
 */
async function checkpoint(h) {
  const t = performance.now();
  h.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return (performance.now() - t) / 1000;
}

async function indicators() {
  const { openDb } = await dist("db/connect.js");
  const { computeIndicators } = await dist("app/indicators/compute-indicators.js");
  const { resolveIndicators } = await dist("app/indicators/validate-query.js");
  const { panelSql, quantileSql } = await dist("db/indicators/panel.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const { INDICATORS } = await dist("domain/indicators/index.js");
  const { parseIsoDate } = await dist("domain/calendar/civil-date.js");
  const { compileMeasure } = await dist("db/indicators/compile.js");
  const { POSTGRES_PLACEHOLDER } = await dist("db/sql.js");
  const h = await openDb(dbPath);
  const from = `${year - 1}-01-01`;
  const to = `${year - 1}-12-31`;
  const ids = INDICATORS.map((d) => d.id);
  const query = { from, to, by: "division", ids };
  const times = [];
  let panel;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    panel = await computeIndicators(systemActor(), h, query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const sqliteMs = times[Math.floor(times.length / 2)];
  log(`  SQLite panel: ${times.map((x) => x.toFixed(0)).join(", ")} ms (median ${sqliteMs.toFixed(0)})`);

  // DuckDB: the same SQL over the same case_facts, exported once (CSV → DuckDB table).
  const csv = join(dir, "case_facts.csv");
  const cols = Object.keys(h.sqlite.prepare("select * from case_facts limit 1").get());
  const out = createWriteStream(csv);
  const esc = (v) => (v === null ? "" : typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : String(v));
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
  const defs = resolveIndicators(ids);
  const periods = [{ id: 0, label: "本期", fromDay: parseIsoDate(from), toDay: parseIsoDate(to) }];
  const main = panelSql(defs, periods, "division", [], POSTGRES_PLACEHOLDER);
  const quants = defs
    .filter((d) => d.kind === "median" || d.kind === "p90")
    .map((d) => quantileSql(d, periods, "division", [], POSTGRES_PLACEHOLDER));
  // Both forms of the conditional aggregates (FILTER, as the product writes them, and SUM(CASE …)),
  // five runs each after a warm-up: DuckDB at its fastest is the faster form's median.
  const { duckdbPanelBothForms } = await import("./duckdb-ref.mjs");
  const duckRef = await duckdbPanelBothForms(duck, main.sql, { runs: 5, extra: quants.map((q) => q.sql) });
  const duckRows = duckRef.rows;
  const duckdbMs = duckRef.fastestMs;
  log(
    `  DuckDB panel, FILTER form: ${duckRef.filterTimes.map((x) => x.toFixed(0)).join(", ")} ms (median ${duckRef.filterMs.toFixed(0)}); SUM(CASE) form: ${duckRef.caseTimes.map((x) => x.toFixed(0)).join(", ")} ms (median ${duckRef.caseMs.toFixed(0)}); same rows in both forms: ${duckRef.sameRows}`,
  );
  // Same answers: closed per division from both engines.
  const sqliteClosed = Object.fromEntries(panel.groups.map((g) => [g.key, g.indicators.closed.value]));
  const closedDef = defs.find((d) => d.id === "closed");
  const closedSlot = main.slots.get(compileMeasure(closedDef.numerator));
  const duckClosed = Object.fromEntries(duckRows.map((r) => [r.gkey, Number(r[closedSlot.alias])]));
  const same =
    JSON.stringify(Object.entries(sqliteClosed).sort()) === JSON.stringify(Object.entries(duckClosed).sort());
  log(`  same closed counts per division in both engines: ${same}`);
  rmSync(csv, { force: true });
  await h.close();
  done({
    indicators: ids.length,
    groups: panel.groups.length,
    sqliteMs,
    duckdbMs,
    duckdbFilterMs: duckRef.filterMs,
    duckdbCaseMs: duckRef.caseMs,
    duckdbFastestForm: duckRef.fastestForm,
    ratio: sqliteMs / duckdbMs,
    sameAnswers: same && duckRef.sameRows,
  });
}

async function alerts() {
  const { openDb } = await dist("db/connect.js");
  const { detectAllAlerts } = await dist("app/alerts/detect-alerts.js");
  const h = await openDb(dbPath);
  const t = performance.now();
  let n = 0;
  const byFamily = {};
  const r = await detectAllAlerts(
    h,
    (page) => {
      n += page.length;
      for (const a of page) byFamily[a.family] = (byFamily[a.family] ?? 0) + 1;
    },
    { asOf, onProgress: (c) => c % 200000 === 0 && log(`  ${c.toLocaleString()}`) },
  );
  const seconds = (performance.now() - t) / 1000;
  await h.close();
  done({ cases: r.cases, alerts: n, byFamily, seconds });
}

async function http() {
  const { openDb } = await dist("db/connect.js");
  const { createUserUnchecked } = await dist("app/users/create-user.js");
  const { ensureWebBuilt } = await dist("http/start.js");
  await ensureWebBuilt(log);
  const h = await openDb(dbPath);
  const exists = await h.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", "bench-office")
    .executeTakeFirst();
  if (!exists)
    await createUserUnchecked(h, { username: "bench-office", role: "office", password: "bench-password-1" });
  await h.close();
  const port = 3977;
  // The server as it normally starts (it warms the dashboard's first figures in the background).
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [join(root, "bin", "shenguan.js"), "start", "--db", dbPath, "--port", String(port), "--no-demo"],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env },
    },
  );
  let warmedMs = null;
  server.stdout.on("data", (b) => {
    const line = b.toString();
    if (line.includes("质效总览已预先计算")) warmedMs = performance.now() - started;
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`${base}/api/auth/me`)).status === 401) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    const listenMs = performance.now() - started;
    for (let i = 0; i < 600 && warmedMs === null; i++) await new Promise((r) => setTimeout(r, 100));
    log(
      `  server listening after ${listenMs.toFixed(0)} ms; dashboard warmed after ${warmedMs?.toFixed(0)} ms`,
    );
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench-office", password: "bench-password-1" }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

    // First screen interactive in Debian's chromium: from navigation until the KPI cards show
    // numbers. The API requests the page makes are recorded and then loaded below.
    let firstScreenMs = null;
    const apiUrls = new Set();
    if (!existsSync("/usr/bin/chromium"))
      throw new Error("/usr/bin/chromium is missing (apt-get install chromium)");
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const samples = [];
      for (let i = 0; i < 5; i++) {
        // A fresh context each time: nothing in the browser cache, as for someone opening it first.
        const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
        await ctx.addCookies(
          cookie.split("; ").map((c) => {
            const [name, value] = c.split("=");
            return { name, value, url: base };
          }),
        );
        const page = await ctx.newPage();
        page.on("request", (r) => {
          const u = new URL(r.url());
          if (u.pathname.startsWith("/api/") && r.method() === "GET") apiUrls.add(u.pathname + u.search);
        });
        const t = performance.now();
        await page.goto(`${base}/`, { waitUntil: "commit" });
        await page.waitForFunction(
          () => /\d/.test(document.querySelector('[data-testid="kpi-closed"]')?.textContent ?? ""),
          null,
          { timeout: 60000 },
        );
        samples.push(performance.now() - t);
        await ctx.close();
      }
      log(`  first screen interactive: ${samples.map((x) => x.toFixed(0)).join(", ")} ms`);
      firstScreenMs = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    } finally {
      await browser.close();
    }

    // The dashboard's API requests at 20 concurrent connections.
    const autocannon = (await import("autocannon")).default;
    const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 15);
    const endpoints = [...apiUrls]
      .filter((u) => !u.startsWith("/api/auth/"))
      .map((path) => ({
        name: decodeURIComponent(path).replace(/ids=[^&]+/, (m) => `ids=(${m.split(",").length} indicators)`),
        path,
      }));
    const results = [];
    for (const e of endpoints) {
      const r = await autocannon({
        url: `${base}${e.path}`,
        connections: 20,
        duration: seconds,
        headers: { cookie },
      });
      const lat = r.latency;
      // autocannon reports p90 and p97.5, not p95: p97.5 is reported as a conservative bound for p95.
      results.push({
        name: e.name,
        p50: lat.p50,
        p90: lat.p90,
        p975: lat.p97_5,
        p99: lat.p99,
        rps: r.requests.average,
        errors: r.errors + r.non2xx,
      });
      log(
        `  ${e.name}: p50 ${lat.p50} ms, p97.5 ${lat.p97_5} ms, p99 ${lat.p99} ms, ${r.requests.average} req/s, errors ${r.errors + r.non2xx}`,
      );
    }

    // A question nobody asked before (cold, not warmed): a division's year by judge.
    const t = performance.now();
    await fetch(`${base}/api/indicators?from=${year - 1}-01-01&to=${year - 1}-12-31&by=judge&compare=1`, {
      headers: { cookie },
    });
    const coldPanelMs = performance.now() - t;
    done({ endpoints: results, coldPanelMs, firstScreenMs, listenMs, warmedMs });
  } finally {
    server.kill("SIGTERM");
  }
}

/**
 * Exports under load: the demo court as `npm start` seeds it (seedDemoCourt, as of BENCH_AS_OF),
 * served as normally started; 20 clients ask at once (BENCH_EXPORTS) for the drill-down of 新收
 * (filed, numerator) over the three years as the office — every case, about 61,000 rows — while
 * another client asks for /api/auth/me every 100 ms (open loop: a request is sent on time whether
 * or not the previous one has been answered). A refused export (503/429) is asked again after its
 * Retry-After, as a browser's user would. Reported: the exports' outcome, /api/auth/me latency
 * during them, and the server process's peak RSS (VmHWM in /proc, all its threads) and its resident
 * set sampled during the exports. BENCH_BASE_ROOT names a built checkout of other code (the code
 * before the export pool) to measure the same way, on the same database, after this one.
 */
async function exportsPhase() {
  const demoDb = join(dir, `demo-${asOf}.db`);
  if (!existsSync(demoDb)) {
    const { openDb } = await dist("db/connect.js");
    const { seedDemoCourt } = await dist("app/demo/seed-demo-court.js");
    const h = await openDb(demoDb);
    const t = performance.now();
    const seeded = await seedDemoCourt(h, { asOf });
    log(
      `  seeded the demo court: ${seeded.report.cases.inserted} cases in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    await h.close();
  }
  {
    const { openDb } = await dist("db/connect.js");
    const { createUserUnchecked } = await dist("app/users/create-user.js");
    const h = await openDb(demoDb);
    const exists = await h.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "bench-office")
      .executeTakeFirst();
    if (!exists)
      await createUserUnchecked(h, {
        username: "bench-office",
        role: "office",
        password: "bench-password-1",
      });
    await h.close();
  }
  const concurrent = Number(process.env.BENCH_EXPORTS ?? 20);
  const from = `${year - 2}-01-01`;
  const path = `/api/indicators/drill/export?indicator=filed&part=numerator&from=${from}&to=${asOf}`;
  const roots = [{ name: "this code", root }];
  if (process.env.BENCH_BASE_ROOT) roots.push({ name: "base", root: process.env.BENCH_BASE_ROOT });
  const runs = [];
  for (const [i, r] of roots.entries()) {
    log(`  ${r.name} (${r.root}): ${concurrent} exports of ${path}`);
    runs.push({
      name: r.name,
      root: r.root,
      ...(await exportsUnderLoad(r.root, demoDb, 3980 + i, path, concurrent)),
    });
  }
  done({ path, concurrent, runs });
}

const readProc = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
};

const percentile = (xs, p) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** JSON has no Infinity: an unanswered probe's latency is written "∞". */
const finite = (x) => (x === Number.POSITIVE_INFINITY ? "∞" : x);
const ms = (x) => (typeof x === "number" ? x.toFixed(0) : String(x));

async function exportsUnderLoad(serverRoot, db, port, path, concurrent) {
  const server = spawn(
    process.execPath,
    [join(serverRoot, "bin", "shenguan.js"), "start", "--db", db, "--port", String(port), "--no-demo"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env } },
  );
  let exited = null;
  let stderr = "";
  server.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  server.stderr.on("data", (b) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  let warmedMs = null;
  let out = "";
  const spawned = performance.now();
  server.stdout.on("data", (b) => {
    out = (out + b.toString()).slice(-2000);
    if (warmedMs === null && out.includes("质效总览已预先计算")) warmedMs = performance.now() - spawned;
  });
  const base = `http://127.0.0.1:${port}`;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  try {
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`${base}/api/auth/me`)).status === 401) break;
      } catch {}
      await sleep(200);
    }
    // The dashboard's figures are computed in the background after start: wait for them, so that
    // the server holds what it normally holds.
    for (let i = 0; i < 3000 && warmedMs === null; i++) await sleep(100);
    await sleep(1000);
    const login = async () => {
      const res = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "bench-office", password: "bench-password-1" }),
      });
      return res.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
    };
    const exporter = await login();
    const prober = await login();
    const before = readProc(server.pid);
    log(
      `    server ready: dashboard warmed ${warmedMs === null ? "never (gave up after 300 s)" : `after ${(warmedMs / 1000).toFixed(1)} s`}; RSS ${before?.rssMb.toFixed(0)} MB (peak so far ${before?.hwmMb.toFixed(0)} MB)`,
    );

    // The other client: /api/auth/me every 100 ms, open loop. A probe not answered within 60 s, or
    // failed (the server died), counts as slower than any answer.
    const latencies = [];
    let probeErrors = 0;
    const inflight = new Set();
    let probing = true;
    const prober$ = (async () => {
      while (probing) {
        const t = performance.now();
        const p = fetch(`${base}/api/auth/me`, {
          headers: { cookie: prober },
          signal: AbortSignal.timeout(120_000),
        })
          .then(async (r) => {
            await r.arrayBuffer();
            if (r.status === 200) latencies.push(performance.now() - t);
            else {
              probeErrors++;
              latencies.push(Number.POSITIVE_INFINITY);
            }
          })
          .catch(() => {
            probeErrors++;
            latencies.push(Number.POSITIVE_INFINITY);
          })
          .finally(() => inflight.delete(p));
        inflight.add(p);
        await sleep(100);
      }
    })();
    let rssMax = 0;
    const sampler = setInterval(() => {
      const m = readProc(server.pid);
      if (m) rssMax = Math.max(rssMax, m.rssMb);
    }, 100);

    const started = performance.now();
    let refusedFirst = 0;
    let refusals = 0;
    const statuses = {};
    const one = async (k) => {
      for (let attempt = 0; ; attempt++) {
        const t = performance.now();
        try {
          const res = await fetch(`${base}${path}`, {
            headers: { cookie: exporter },
            signal: AbortSignal.timeout(600_000),
          });
          const body = Buffer.from(await res.arrayBuffer());
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status === 503 || res.status === 429) {
            refusals++;
            if (attempt === 0) refusedFirst++;
            const wait = Number(res.headers.get("retry-after") ?? 5);
            await sleep(wait * 1000);
            continue;
          }
          return {
            k,
            status: res.status,
            bytes: body.length,
            ms: performance.now() - t,
            totalMs: performance.now() - started,
            body: k === 0 ? body : undefined,
          };
        } catch (err) {
          return {
            k,
            status: "error",
            error: String(err?.cause?.code ?? err?.message ?? err),
            totalMs: performance.now() - started,
          };
        }
      }
    };
    const results = await Promise.all(Array.from({ length: concurrent }, (_, k) => one(k)));
    const seconds = (performance.now() - started) / 1000;
    probing = false;
    await prober$;
    await Promise.all([...inflight]);
    clearInterval(sampler);
    const after = readProc(server.pid);
    const ok = results.filter((r) => r.status === 200);
    let rowsInFirst = null;
    const first = results.find((r) => r.body);
    if (first?.status === 200) {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(first.body);
      rowsInFirst = (wb.worksheets[0]?.rowCount ?? 2) - 2;
    }
    const r = {
      completed: ok.length,
      failed: results.filter((x) => x.status !== 200).map((x) => ({ status: x.status, error: x.error })),
      refusedFirst,
      refusals,
      statuses,
      rowsInFirst,
      bytes: ok[0]?.bytes ?? null,
      seconds,
      exportSecondsP50: percentile(
        ok.map((x) => x.totalMs / 1000),
        50,
      ),
      exportSecondsMax: percentile(
        ok.map((x) => x.totalMs / 1000),
        100,
      ),
      warmedMs,
      meSamples: latencies.length,
      meErrors: probeErrors,
      meP50: finite(percentile(latencies, 50)),
      meP95: finite(percentile(latencies, 95)),
      meMax: finite(percentile(latencies, 100)),
      rssBeforeMb: before?.rssMb ?? null,
      rssMaxDuringMb: rssMax || null,
      peakRssMb: after?.hwmMb ?? null,
      serverExited: exited,
      serverStderr: exited ? stderr.split("\n").slice(-8).join("\n") : undefined,
    };
    log(
      `    ${r.completed}/${concurrent} exports complete (${rowsInFirst ?? "?"} rows, ${((r.bytes ?? 0) / 1e6).toFixed(1)} MB each) in ${seconds.toFixed(1)} s; refused at first ${refusedFirst} (${refusals} refusals, retried after Retry-After); statuses ${JSON.stringify(statuses)}`,
    );
    log(
      `    /api/auth/me during the exports: p50 ${ms(r.meP50)} ms, p95 ${ms(r.meP95)} ms, max ${ms(r.meMax)} ms (${r.meSamples} probes, ${probeErrors} unanswered or failed, counted as ∞)`,
    );
    log(
      `    server RSS: ${r.rssBeforeMb?.toFixed(0)} MB before, ${r.rssMaxDuringMb?.toFixed(0)} MB at most during (sampled), peak ${r.peakRssMb?.toFixed(0) ?? "?"} MB (VmHWM)${exited ? `; the server exited: ${JSON.stringify(exited)}` : ""}`,
    );
    if (exited) log(r.serverStderr);
    return r;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (exited ? r() : server.once("exit", r)));
  }
}

// 四类案件 identification: every rule over every case as of the date (one streaming pass over the
// few case fields it reads, then the cross-case groupings). Writes nothing.
async function supervision() {
  const { openDb } = await dist("db/connect.js");
  const { findSupervisionCandidates } = await dist("app/supervision/find-supervision-candidates.js");
  const h = await openDb(dbPath);
  const t = performance.now();
  const r = await findSupervisionCandidates(h, {
    asOf,
    onProgress: (c) => c % 200000 === 0 && log(`  ${c.toLocaleString()}`),
  });
  const seconds = (performance.now() - t) / 1000;
  await h.close();
  const byRule = {};
  for (const f of r.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  done({ cases: r.cases, findings: r.findings.length, byRule, seconds });
}

// 繁简分流: the suggestion for every pending 民初 case (one streaming pass reading the 民初 cases and
// their events), then the 程序不符 pass over the pending ones and those closed in the previous
// quarter; the demo's wage table so that 小额诉讼 is judged. Target ≤ 5 s over 1,000,000 cases.
async function triage() {
  const { openDb } = await dist("db/connect.js");
  const { runTriage } = await dist("app/triage/run-triage.js");
  const { previousQuarter } = await dist("app/triage/list-mismatches.js");
  const { demoAverageWages } = await dist("demo/triage.js");
  const { TRIAGE_DEFAULTS } = await dist("domain/triage/settings.js");
  const settings = { ...TRIAGE_DEFAULTS, averageWages: demoAverageWages() };
  const h = await openDb(dbPath);
  let t = performance.now();
  const r = await runTriage(h, { asOf, settings });
  const seconds = (performance.now() - t) / 1000;
  const byTrack = {};
  for (const c of r.cases) byTrack[c.suggestion.track] = (byTrack[c.suggestion.track] ?? 0) + 1;
  const q = previousQuarter(asOf);
  t = performance.now();
  const m = await runTriage(h, {
    asOf,
    settings,
    closedFrom: q.from,
    closedTo: q.to,
    keep: (c) => c.mismatch !== null,
  });
  const mismatchSeconds = (performance.now() - t) / 1000;
  await h.close();
  done({
    cases,
    pending: r.read,
    byTrack,
    seconds,
    mismatchRead: m.read,
    mismatches: m.cases.length,
    mismatchSeconds,
  });
}

// 考核: a scheme of 15 items (the 2024 example and one more) scored by judge over one year — one
// indicator pass for every item, then the pure scoring. Median of 5 runs.
async function assessment() {
  const { openDb } = await dist("db/connect.js");
  const { assessUnits } = await dist("app/assessment/assess-units.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const { EXAMPLE_SCHEME_2024 } = await dist("domain/assessment/index.js");
  const scheme = {
    name: "基准测试考核办法",
    version: "bench",
    items: [
      ...EXAMPLE_SCHEME_2024.items,
      { indicator: "closed_within_90d_rate", weight: 5, method: "relative" },
    ],
  };
  const h = await openDb(dbPath);
  const query = { scheme, from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, by: "judge" };
  const times = [];
  let r;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    r = await assessUnits(systemActor(), h, query);
    times.push(performance.now() - t);
  }
  await h.close();
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  log(`  assessment by judge: ${times.map((x) => x.toFixed(0)).join(", ")} ms (median ${ms.toFixed(0)})`);
  done({ cases, items: scheme.items.length, units: r.units.length, ms });
}

// The quarterly 审判态势分析报告 of the last whole quarter before the as-of date, whole court: the
// indicator panels (period with 同比/环比, by division, twelve months), the ladder, the three charts
// (ECharts SSR → resvg PNG) and both files. Run twice: the first includes loading the chart
// libraries and the font; the second is the steady state.
async function report() {
  const { openDb } = await dist("db/connect.js");
  const { buildQuarterlyReport } = await dist("app/reports/build-quarterly-report.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const h = await openDb(dbPath);
  const month = Number(asOf.slice(5, 7));
  const q = Math.floor((month - 1) / 3);
  const quarter = q === 0 ? `${year - 1}Q4` : `${year}Q${q}`;
  const times = [];
  let r;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    r = await buildQuarterlyReport(systemActor(), h, { quarter });
    times.push((performance.now() - t) / 1000);
    log(`  ${quarter}: ${times[i].toFixed(1)} s`);
  }
  await h.close();
  done({
    cases,
    quarter,
    firstSeconds: times[0],
    seconds: times[1],
    docxBytes: r.docx.length,
    xlsxBytes: r.xlsx.length,
  });
}

async function inbox() {
  const { inboxPhase } = await import("./inbox.mjs");
  done(await inboxPhase({ root, dir, asOf, log }));
}

async function reviewSample() {
  const { reviewSamplePhase } = await import("./review-sample.mjs");
  done(await reviewSamplePhase({ root, cases, log }));
}

// 并案审理 candidates over the whole database as of the bench date: the use case the CLI and the page
// call (read the pending civil first-instance cases, group them in the domain), three runs, median.
async function batches() {
  const { openDb } = await dist("db/connect.js");
  const { listBatches } = await dist("app/batches/list-batches.js");
  const { readPendingForBatches } = await dist("db/batches/pending-cases.js");
  const { findBatches, BATCH_SETTINGS_DEFAULTS } = await dist("domain/batches/index.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const h = await openDb(dbPath);
  const times = [];
  let r;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    r = await listBatches(systemActor(), h, { asOf });
    times.push((performance.now() - t) / 1000);
    log(`  run ${i + 1}: ${times[i].toFixed(2)} s, ${r.total} groups, ${r.cases} cases`);
  }
  const t0 = performance.now();
  const pending = await readPendingForBatches(h, asOf);
  const readSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  findBatches(pending, BATCH_SETTINGS_DEFAULTS);
  const groupSeconds = (performance.now() - t1) / 1000;
  await h.close();
  times.sort((a, b) => a - b);
  done({
    cases,
    pending: pending.length,
    groups: r.total,
    groupedCases: r.cases,
    seconds: times[1],
    readSeconds,
    groupSeconds,
  });
}

/** The fast-track facts pass (繁简分流) alone, on the refreshed database, with the demo wages. */
async function triageFacts() {
  const { openDb } = await dist("db/connect.js");
  const { refreshTriageFacts } = await dist("app/triage/refresh-triage-facts.js");
  const { TRIAGE_DEFAULTS } = await dist("domain/triage/settings.js");
  const { demoAverageWages } = await dist("demo/triage.js");
  const h = await openDb(dbPath);
  const settings = { ...TRIAGE_DEFAULTS, averageWages: demoAverageWages() };
  // As after a full refresh: every row with the columns' defaults (not timed).
  h.sqlite
    .prepare(
      "update case_facts set fast_track = 0, small_claims_eligible = 0, transferred_back = 0, transfer_day = null where fast_track <> 0 or small_claims_eligible <> 0 or transferred_back <> 0",
    )
    .run();
  // CPU seconds of this process beside the wall clock: on a shared machine the wall clock is not ours.
  const cpu = (from) => {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1e6;
  };
  const t = performance.now();
  const c1 = process.cpuUsage();
  const first = await h.db.transaction().execute((trx) => refreshTriageFacts(trx, settings, asOf, h.sqlite));
  const seconds = (performance.now() - t) / 1000;
  const firstCpuSeconds = cpu(c1);
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const again = await h.db.transaction().execute((trx) => refreshTriageFacts(trx, settings, asOf, h.sqlite));
  const againSeconds = (performance.now() - t2) / 1000;
  const againCpuSeconds = cpu(c2);
  await h.close();
  done({
    cases,
    read: first.read,
    written: first.written,
    seconds,
    againSeconds,
    againWritten: again.written,
    firstCpuSeconds,
    againCpuSeconds,
  });
}

// 判后释明与督促履行: the figures (释明记录率, 服判息诉率 with and without, 自动履行率) of the last
// whole year by division and by judge, over the whole court, after records were written for three
// judgments in five and an outcome for half of the money judgments and mediations (SQL, once);
// and the office's first page of each task list. Median of 5 (target ≤ 1,000 ms, the panel's budget).
async function aftercare() {
  const { openDb } = await dist("db/connect.js");
  const { aftercareStatistics } = await dist("app/aftercare/statistics.js");
  const { listExplanations, listPerformance } = await dist("app/aftercare/list-tasks.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const h = await openDb(dbPath);
  const { sql } = await import("kysely");
  const n = await sql`select count(*) as n from aftercare_explanations`.execute(h.db);
  if (Number(n.rows[0].n) === 0) {
    const t = performance.now();
    await sql`insert into aftercare_explanations (case_id, explained_on, way, risk_points_json, risk_note, guidance, recorded_by, recorded_at)
      select case_id, closed_on, '当庭', '["上诉期限及上诉费用"]', '', '', judge, '2026-01-01T00:00:00Z'
      from case_facts where closure_mode = '判决' and case_id % 5 < 3`.execute(h.db);
    await sql`insert into aftercare_outcomes (case_id, outcome, decided_on, due_fen, performed_fen, note, recorded_by, recorded_at)
      select case_id, case when case_id % 4 = 0 then '全部履行' else '未履行' end, closed_on, amount_fen,
        case when case_id % 4 = 0 then amount_fen else 0 end, '', judge, '2026-01-01T00:00:00Z'
      from case_facts where closure_mode in ('判决', '调解') and amount_fen > 0 and case_id % 2 = 0`.execute(
      h.db,
    );
    log(`  records written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const actor = systemActor();
  const run = async (name, f) => {
    const times = [];
    const cpu = [];
    let r;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      r = await f();
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const ms = times[2];
    const cpuMs = cpu[2];
    // CPU time (all threads, the read pool's included) beside the wall time: on a shared machine
    // the wall time grows with the load average, the CPU time much less.
    log(
      `  ${name}: ${times.map((x) => x.toFixed(0)).join(", ")} ms (median ${ms.toFixed(0)}; CPU median ${cpuMs.toFixed(0)} ms; load ${(await import("node:os")).loadavg()[0].toFixed(1)})`,
    );
    return { ms, cpuMs, r };
  };
  const period = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const byDivision = await run("figures by division", () =>
    aftercareStatistics(actor, h, { ...period, by: "division" }, asOf),
  );
  const byJudge = await run("figures by judge", () =>
    aftercareStatistics(actor, h, { ...period, by: "judge" }, asOf),
  );
  const explanations = await run("释明 list, first page", () =>
    listExplanations(actor, h, { ...period, pageSize: 20 }),
  );
  const performanceList = await run("督促 list, first page", () =>
    listPerformance(actor, h, { ...period, pageSize: 20 }, asOf),
  );
  await h.close();
  done({
    cases,
    judgments: byDivision.r.explanations.total.judgments,
    effective: byDivision.r.performance.total.effective,
    divisionMs: byDivision.ms,
    judgeMs: byJudge.ms,
    divisionCpuMs: byDivision.cpuMs,
    judgeCpuMs: byJudge.cpuMs,
    explanationListMs: explanations.ms,
    performanceListMs: performanceList.ms,
  });
}

// 执行不能案件库 and 涉企与营商环境: every new figure over the whole court (target ≤ 1 s each, the
// full panel's budget): the library with its figures, the 营商环境 pack for the last year, the 涉企
// panel by division and by 案由. Each is run twice; the second (warm) run is the figure.
async function terminationEnterprise() {
  const { openDb } = await dist("db/connect.js");
  const { listTerminationLibrary } = await dist("app/termination-library/list-termination-library.js");
  const { getPack } = await dist("app/business-environment/pack.js");
  const { enterprisePanel } = await dist("app/business-environment/enterprise-panel.js");
  const h = await openDb(dbPath);
  const office = { username: "bench", role: "office" };
  const from = `${year - 1}-${asOf.slice(5)}`;
  const measure = async (name, f) => {
    const times = [];
    let r;
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      r = await f();
      times.push(performance.now() - t);
    }
    log(`  ${name}: first ${times[0].toFixed(0)} ms, then ${times[1].toFixed(0)} ms`);
    return { firstMs: times[0], ms: times[1], r };
  };
  const lib = await measure("执行不能案件库 (list + figures)", () =>
    listTerminationLibrary(office, h, { asOf }),
  );
  const pack = await measure("营商环境 pack (one year)", () => getPack(office, h, { from, to: asOf }));
  const byDivision = await measure("涉企 panel by division", () =>
    enterprisePanel(office, h, { from, to: asOf, by: "division" }),
  );
  const byCause = await measure("涉企 panel by 案由", () =>
    enterprisePanel(office, h, { from, to: asOf, by: "cause" }),
  );
  await h.close();
  done({
    cases,
    libraryMs: lib.ms,
    libraryFirstMs: lib.firstMs,
    librarySize: lib.r.figures.size,
    overdue: lib.r.figures.overdue,
    packMs: pack.ms,
    packFirstMs: pack.firstMs,
    packCases: pack.r.figures.closed,
    panelDivisionMs: byDivision.ms,
    panelCauseMs: byCause.ms,
  });
}

const phases = {
  generate,
  import: importPhase,
  refresh,
  indicators,
  alerts,
  supervision,
  http,
  exports: exportsPhase,
  inbox,
  assessment,
  report,
  "review-sample": reviewSample,
  batches,
  "triage-facts": triageFacts,
  triage,
  aftercare,
  "termination-enterprise": terminationEnterprise,
  appraisals: async () => {
    const { appraisalsArchivingPhase } = await import("./appraisals-archiving.mjs");
    done(await appraisalsArchivingPhase({ root, dbPath, asOf, log }));
  },
  federation: async () => {
    const { federationPhase } = await import("./federation.mjs");
    done(await federationPhase({ root, asOf, log }));
  },
  postgres: async () => {
    const { postgresPhase } = await import("./postgres.mjs");
    done(await postgresPhase({ log }));
  },
  rollup: async () => {
    const { rollupPhase } = await import("./rollup.mjs");
    done(await rollupPhase({ root, dbPath, dir, asOf, log }));
  },
};
await phases[phase]();
process.exit(0);
