// Does partitioning case_facts pay on PostgreSQL? Measures the panel by court, the panel by
// division of one court and a drill-down page on the same facts held three ways: a plain table
// (the schema as migrated), LIST-partitioned by court_code, and RANGE-partitioned by filing year.
// Not part of `npm run bench` (it copies the database three times).
//
// Measured 2026-12-06 on 1,000,000 bench cases over 20 courts (PostgreSQL 15, 2 cores shared,
// load ≈ 11; median of 3, ms) — panel by court / by division of one court / by division / drill
// page 3 of one court:   plain 2178 / 1271 / 2247 / 1098;   LIST by court 2453 / 149 / 2251 / 338;
// RANGE by filing year 1599 / 418 / 1656 / 568.
// Not adopted: partitioning needs the partition key in every unique key, so case_facts' key would
// become (case_id, court_code) and every `ON CONFLICT (case_id)` upsert of the facts would have to
// change with it; the whole-province panels do not gain (LIST) or gain ~25 % (year).
//
// usage: npm run build && node bench/pg-partitioning.mjs <source db name with facts refreshed>
//        [courts=20] [as-of=2026-11-27]
// The source database (a bench import of one court, refreshed) is copied as a template; in the
// copies, court_code of cases and facts is rewritten over `courts` basic courts of 内蒙古 from
// the court register (case_id modulo courts), so each court holds an equal share.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (p) => import(join(root, "dist", p));
const [source, courtsArg = "20", asOf = "2026-11-27"] = process.argv.slice(2);
if (!source) throw new Error("usage: node bench/pg-partitioning.mjs <source db> [courts] [as-of]");
const server = process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
const pg = (await import("pg")).default;
const { openDb } = await dist("db/connect.js");
const { computeIndicators } = await dist("app/indicators/compute-indicators.js");
const { drillDown } = await dist("app/indicators/drill-down.js");
const { systemActor } = await dist("app/shared/actor.js");
const { INDICATORS } = await dist("domain/indicators/index.js");
const { COURT_CODE_ROWS } = await dist("domain/case-number/court-codes.data.js");

const log = (s) => console.log(s);
const nCourts = Number(courtsArg);
// The first basic courts of 内蒙古 in the register (内0102, 内0103, …), in its order.
const courts = COURT_CODE_ROWS.split("\n")
  .map((line) => line.split(",")[0])
  .filter((c) => /^内\d{4}$/.test(c))
  .slice(0, nCourts);
if (courts.length !== nCourts) throw new Error(`only ${courts.length} courts in the register`);

async function admin(sql) {
  const c = new pg.Client(`${server}/postgres`);
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}
async function on(db, sql) {
  const c = new pg.Client(`${server}/${db}`);
  await c.connect();
  try {
    const t = performance.now();
    const r = await c.query(sql);
    return { r, ms: performance.now() - t };
  } finally {
    await c.end();
  }
}
const courtExpr = `(array[${courts.map((c) => `'${c}'`).join(",")}])[(case_id % ${nCourts}) + 1]`;

/** The source with its cases spread over the courts: the template of every variant. */
async function spreadSource() {
  const db = "pgpart_src";
  await admin(`drop database if exists ${db} with (force)`);
  const t = performance.now();
  await admin(`create database ${db} template ${source}`);
  await on(db, `update cases set court_code = ${courtExpr.replaceAll("case_id", "id")}`);
  await on(db, `update case_facts set court_code = ${courtExpr}`);
  log(`courts rewritten in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return db;
}

async function variant(name, convert, template) {
  const db = `pgpart_${name}`;
  await admin(`drop database if exists ${db} with (force)`);
  let t = performance.now();
  await admin(`create database ${db} template ${template}`);
  log(`${name}: copied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await convert(db);
  await on(db, "vacuum analyze");
  log(`${name}: built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return db;
}

/** case_facts as a partitioned table: its columns and indexes, rows moved in. */
async function partition(db, how, parts) {
  const { r: idx } = await on(
    db,
    "select indexdef from pg_indexes where tablename = 'case_facts' and indexname <> 'case_facts_pkey'",
  );
  const key = how === "list" ? "court_code" : "filed_day";
  const { r: names } = await on(
    db,
    "select indexname from pg_indexes where tablename = 'case_facts' and indexname <> 'case_facts_pkey'",
  );
  const stmts = [
    ...names.rows.map((x) => `drop index ${x.indexname}`),
    "alter table case_facts rename to case_facts_plain",
    `create table case_facts (like case_facts_plain including defaults) partition by ${how} (${key})`,
    ...parts,
    `alter table case_facts add primary key (case_id, ${key})`,
    "insert into case_facts select * from case_facts_plain",
    ...idx.rows.map((x) => x.indexdef.replace(" ON public.case_facts ", " ON case_facts ")),
    "drop table case_facts_plain cascade",
  ];
  const c = new pg.Client(`${server}/${db}`);
  await c.connect();
  try {
    for (const s of stmts) await c.query(s);
  } finally {
    await c.end();
  }
}

const year = Number(asOf.slice(0, 4));
const variants = {
  plain: async () => undefined,
  // LIST by court: one partition per court.
  list: (db) =>
    partition(
      db,
      "list",
      courts.map((c, i) => `create table case_facts_c${i} partition of case_facts for values in ('${c}')`),
    ),
  // RANGE by filing year (filed_day: days since 1970-01-01).
  year: (db) => {
    const day = (y) => Math.round(Date.UTC(y, 0, 1) / 86400000);
    const parts = [
      `create table case_facts_old partition of case_facts for values from (minvalue) to (${day(year - 2)})`,
    ];
    for (let y = year - 2; y <= year; y++)
      parts.push(
        `create table case_facts_y${y} partition of case_facts for values from (${day(y)}) to (${day(y + 1)})`,
      );
    parts.push(
      `create table case_facts_new partition of case_facts for values from (${day(year + 1)}) to (maxvalue)`,
    );
    return partition(db, "range", parts);
  },
};

async function measure(db) {
  const h = await openDb(`${server}/${db}`, { migrate: false });
  const actor = systemActor("bench");
  const ids = INDICATORS.map((d) => d.id);
  const from = `${year - 1}-01-01`;
  const to = `${year - 1}-12-31`;
  const time = async (f) => {
    const ts = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await f();
      ts.push(performance.now() - t);
    }
    ts.sort((a, b) => a - b);
    return Math.round(ts[1]);
  };
  const out = {};
  out.panelByCourtMs = await time(() => computeIndicators(actor, h, { from, to, by: "court", ids }));
  const oneCourt = [{ field: "court_code", values: [courts[3]] }];
  out.panelByDivisionOneCourtMs = await time(() =>
    computeIndicators(actor, h, { from, to, by: "division", ids, filters: oneCourt }).catch((e) => {
      throw new Error(`court filter: ${e.message}`);
    }),
  );
  out.panelByDivisionMs = await time(() => computeIndicators(actor, h, { from, to, by: "division", ids }));
  out.drillPageMs = await time(() =>
    drillDown(actor, h, {
      indicator: "closed",
      part: "numerator",
      from,
      to,
      filters: oneCourt,
      page: 3,
      pageSize: 50,
    }),
  );
  await h.close();
  return out;
}

const os = await import("node:os");
const results = {};
const template = await spreadSource();
const chosen = (process.env.VARIANTS ?? "plain,list,year").split(",");
for (const name of chosen) {
  const db = await variant(name, variants[name], template);
  results[name] = { ...(await measure(db)), load: os.loadavg()[0].toFixed(1) };
  log(`${name}: ${JSON.stringify(results[name])}`);
  if (!process.env.KEEP) await admin(`drop database if exists ${db} with (force)`);
}
await admin(`drop database if exists ${template} with (force)`);
console.log(`RESULT ${JSON.stringify({ source, courts: nCourts, results })}`);
