// Bench phase "federation": a federation node over 4 PostgreSQL members (postgres_fdw, one foreign
// partition per member) against one database holding the same cases — the panel by court (and by
// division), with 1, 2, 3 and 4 members attached.
//
// Source: the PostgreSQL bench database BENCH_PG_URL (default
// postgres://postgres@127.0.0.1:5432/shenguan_bench_pg, 10,000,000 cases over 100 courts, built by
// the `postgres` phase). Its courts are dealt into 4 groups; member k receives group k's cases and
// facts copied database to database (INSERT … SELECT through a temporary postgres_fdw server on
// the member — no re-import), at most BENCH_FED_CASES_PER_MEMBER (default 2,500,000) each.
// When the source is absent, one is built: a demo court imported once (20,000 cases at most) and
// replicated in SQL to 8 courts (2 per member) up to BENCH_FED_CASES_PER_MEMBER each.
// The single database compared with is the source itself when the members hold all of it, else a
// database filled by the same copy with the 4 groups' rows.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function federationPhase({ root, asOf, log }) {
  const dist = (p) => import(join(root, "dist", p));
  const pg = (await import("pg")).default;
  const { openDb } = await dist("db/connect.js");
  const { initFederation, addFederationMember } = await dist("app/federation/federation.js");
  const { computeIndicators } = await dist("app/indicators/compute-indicators.js");
  const perMember = Number(process.env.BENCH_FED_CASES_PER_MEMBER ?? 2_500_000);
  const srcUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/shenguan_bench_pg";
  const adminUrl = srcUrl.replace(/\/[^/]*$/, "/postgres");
  const urlOf = (name) => srcUrl.replace(/\/[^/]*$/, `/${name}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = async (name) =>
    (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount > 0;
  const recreate = async (name) => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  };
  const srcName = new URL(srcUrl).pathname.slice(1);
  const names = { node: "shenguan_bench_fed_node", single: "shenguan_bench_fed_single" };
  const members = [1, 2, 3, 4].map((k) => `shenguan_bench_fed_m${k}`);

  // ── the source ──
  let source = srcUrl;
  let built = false;
  if (!(await exists(srcName))) {
    source = urlOf("shenguan_bench_fed_src");
    built = true;
    log(
      `  ${srcName} absent: building shenguan_bench_fed_src (8 courts × ${(perMember / 2).toLocaleString()} cases)`,
    );
    await buildSource(dist, source, recreate, "shenguan_bench_fed_src", perMember, asOf, log);
  }
  const src = await openDb(source, { migrate: false });
  const { sql } = await import("kysely");
  const courtRows =
    await sql`select court_code, count(*)::int as n from case_facts group by court_code order by court_code`.execute(
      src.db,
    );
  const maxFiled = (await sql`select max(filed_on) as d from case_facts`.execute(src.db)).rows[0].d;
  await src.close();
  const groups = [[], [], [], []];
  for (const [i, r] of courtRows.rows.entries()) groups[i % 4].push(r);
  const groupCases = groups.map((g) => g.reduce((s, r) => s + r.n, 0));
  // Without BENCH_FED_CASES_PER_MEMBER each member takes its whole group (10M source: ≈ 2.5M each).
  const whole =
    process.env.BENCH_FED_CASES_PER_MEMBER === undefined || groupCases.every((n) => n <= perMember);
  log(
    `  source ${source.replace(/\/\/[^@]*@/, "//")}: ${courtRows.rows.length} courts, groups of ${groupCases.map((n) => n.toLocaleString()).join(" / ")} cases`,
  );

  // ── the members (and the single database when the members hold only part of the source) ──
  const srcAddr = new URL(source);
  const copyInto = async (url, courts, limit) => {
    const h = await openDb(url);
    const q = (text) => sql.raw(text).execute(h.db);
    await q("create extension if not exists postgres_fdw");
    await q(
      `create server bench_src foreign data wrapper postgres_fdw options (host '${srcAddr.hostname}', port '${srcAddr.port || 5432}', dbname '${srcAddr.pathname.slice(1)}', fetch_size '50000')`,
    );
    await q(
      `create user mapping for public server bench_src options (user '${decodeURIComponent(srcAddr.username || "postgres")}')`,
    );
    await q("create schema bench_src");
    await q("import foreign schema public limit to (cases, case_facts) from server bench_src into bench_src");
    const cols = async (t) =>
      (
        await sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${t}
          and column_name in (select column_name from information_schema.columns where table_schema = 'bench_src' and table_name = ${t})
          order by ordinal_position`.execute(h.db)
      ).rows
        .map((r) => `"${r.column_name}"`)
        .join(", ");
    const list = courts.map((c) => `'${c}'`).join(", ");
    const caseCols = await cols("cases");
    const factCols = await cols("case_facts");
    // Secondary indexes are dropped for the copy and re-created from their definitions afterwards
    // (building an index once is far cheaper than maintaining it row by row).
    const indexes = (
      await sql`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in ('cases', 'case_facts')
        and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`.execute(h.db)
    ).rows;
    for (const ix of indexes) await q(`drop index if exists "${ix.indexname}"`);
    // One session without the per-row foreign-key triggers (the rows come from a consistent database).
    await h.db.connection().execute(async (conn) => {
      const q = (text) => sql.raw(text).execute(conn);
      await q("set session_replication_role = replica");
      await q(
        `insert into cases (${caseCols}) select ${caseCols} from bench_src.cases where court_code in (${list})${limit ? ` order by id limit ${limit}` : ""}`,
      );
      await q(
        `insert into case_facts (${factCols}) select ${factCols} from bench_src.case_facts where court_code in (${list})${limit ? ` and case_id in (select id from cases where court_code in (${list}))` : ""}`,
      );
      await q("set session_replication_role = origin");
    });
    for (const ix of indexes) await q(ix.indexdef);
    await q("drop schema bench_src cascade");
    await q("drop server bench_src cascade");
    await q("analyze cases");
    await q("analyze case_facts");
    const n = (await sql`select count(*)::int as n from case_facts`.execute(h.db)).rows[0].n;
    await h.close();
    return n;
  };
  const t0 = performance.now();
  const memberCases = [];
  for (const [k, name] of members.entries()) {
    await recreate(name);
    memberCases.push(
      await copyInto(
        urlOf(name),
        groups[k].map((r) => r.court_code),
        whole ? undefined : perMember,
      ),
    );
    log(`  member ${k + 1}: ${memberCases[k].toLocaleString()} cases (${groups[k].length} courts)`);
  }
  const copySeconds = (performance.now() - t0) / 1000;
  let singleUrl = source;
  if (!whole) {
    await recreate(names.single);
    singleUrl = urlOf(names.single);
    let n = 0;
    // The same rows as the members: each group's first perMember cases.
    for (const g of groups)
      n = await copyInto(
        singleUrl,
        g.map((r) => r.court_code),
        perMember,
      );
    log(`  single database: ${n.toLocaleString()} cases`);
  }
  const totalCases = memberCases.reduce((s, n) => s + n, 0);
  log(`  copied ${totalCases.toLocaleString()} cases into 4 members in ${copySeconds.toFixed(1)} s`);

  // ── the node ──
  await recreate(names.node);
  {
    const h = await openDb(urlOf(names.node));
    await initFederation(h);
    await h.close();
  }
  const node = await openDb(urlOf(names.node));
  const actor = { username: "bench", role: "office" };
  const to = maxFiled;
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const time = async (h, by) => {
    const runs = [];
    let first;
    for (let i = 0; i < 4; i++) {
      const t = performance.now();
      const p = await computeIndicators(actor, h, { from, to, by });
      const ms = performance.now() - t;
      if (i === 0) first = { ms, groups: p.groups.length };
      else runs.push(ms);
    }
    return { firstMs: first.ms, ms: median(runs), groups: first.groups };
  };
  const scaling = [];
  for (const [k, name] of members.entries()) {
    await addFederationMember(node, { name: `m${k + 1}`, url: urlOf(name), now: new Date().toISOString() });
    const r = await time(node, "court");
    scaling.push({ members: k + 1, cases: memberCases.slice(0, k + 1).reduce((s, n) => s + n, 0), ...r });
    log(
      `  node with ${k + 1} member(s): panel by court ${r.ms.toFixed(0)} ms (first ${r.firstMs.toFixed(0)} ms, ${r.groups} courts)`,
    );
  }
  const nodeDivision = await time(node, "division");
  log(`  node, 4 members: panel by division ${nodeDivision.ms.toFixed(0)} ms`);
  await node.close();
  const single = await openDb(singleUrl, { migrate: false });
  const singleCourt = await time(single, "court");
  const singleDivision = await time(single, "division");
  await single.close();
  log(
    `  single database (${totalCases.toLocaleString()} cases): by court ${singleCourt.ms.toFixed(0)} ms, by division ${singleDivision.ms.toFixed(0)} ms`,
  );
  const load = loadavg()[0];
  if (!process.env.BENCH_FED_KEEP) {
    for (const name of [names.node, ...members, ...(whole ? [] : [names.single])])
      await admin.query(`drop database if exists ${name} with (force)`);
  }
  await admin.end();
  return {
    source: built ? "built" : srcName,
    perMember,
    totalCases,
    copySeconds,
    copyPerSecond: totalCases / copySeconds,
    period: { from, to },
    scaling,
    nodeDivision,
    singleCourt,
    singleDivision,
    load,
  };
}

/** A source when the 10M database is absent: a demo court imported once, replicated in SQL to 8 courts. */
async function buildSource(dist, url, recreate, name, perMember, asOf, log) {
  const { openDb } = await dist("db/connect.js");
  const { generateDemoCourt } = await dist("demo/generate.js");
  const { writeDemoCsv } = await dist("demo/write.js");
  const { importCases } = await dist("app/imports/import-cases.js");
  const { systemActor } = await dist("app/shared/actor.js");
  const { sql } = await import("kysely");
  await recreate(name);
  const h = await openDb(url);
  const perCourt = Math.ceil(perMember / 2);
  const base = Math.min(perCourt, 20_000);
  const tmp = mkdtempSync(join(tmpdir(), "bench-fed-"));
  const year = Number(asOf.slice(0, 4));
  await writeDemoCsv(
    tmp,
    generateDemoCourt({ cases: base, fromYear: year - 2, toYear: year, asOf, seed: 1 }),
    {},
  );
  const t = performance.now();
  const r = await importCases(systemActor("bench"), h, [join(tmp, "cases.csv"), join(tmp, "events.csv")], {
    today: asOf,
  });
  rmSync(tmp, { recursive: true, force: true });
  if (!r.ok) throw new Error("bench source import failed");
  log(`  imported ${base.toLocaleString()} demo cases in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const cols = async (t) =>
    (
      await sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${t} order by ordinal_position`.execute(
        h.db,
      )
    ).rows.map((x) => x.column_name);
  const caseCols = await cols("cases");
  const factCols = await cols("case_facts");
  const maxId = Number((await sql`select max(id) as m from cases`.execute(h.db)).rows[0].m);
  const courts = ["内0602", "内0603", "内0604", "内0605", "内0621", "内0622", "内0623", "内0624"];
  const replicas = Math.ceil(perCourt / base);
  for (const [ci, court] of courts.entries()) {
    for (let j = 0; j < replicas; j++) {
      if (ci === 0 && j === 0) continue;
      const off = (ci * replicas + j) * maxId;
      const caseSel = caseCols.map((c) =>
        c === "id"
          ? `id + ${off}`
          : c === "case_number"
            ? `regexp_replace(replace(case_number, '内0602', '${court}'), '号$', '${j > 0 ? `-${j}` : ""}号')`
            : c === "court_code"
              ? `'${court}'`
              : `"${c}"`,
      );
      const factSel = factCols.map((c) =>
        c === "case_id" ? `case_id + ${off}` : c === "court_code" ? `'${court}'` : `"${c}"`,
      );
      const lim = j === replicas - 1 ? perCourt - j * base : base;
      await sql
        .raw(
          `insert into cases (${caseCols.map((c) => `"${c}"`).join(", ")}) select ${caseSel.join(", ")} from cases where id <= ${maxId} order by id limit ${lim}`,
        )
        .execute(h.db);
      await sql
        .raw(
          `insert into case_facts (${factCols.map((c) => `"${c}"`).join(", ")}) select ${factSel.join(", ")} from case_facts f where case_id <= ${maxId} and case_id in (select id - ${off} from cases where id > ${off} and id <= ${off + maxId})`,
        )
        .execute(h.db);
    }
  }
  await sql`analyze cases`.execute(h.db);
  await sql`analyze case_facts`.execute(h.db);
  await h.close();
}
