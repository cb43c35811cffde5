// The inbox phase (`BENCH_PHASES=inbox npm run bench`): 我的待办 of a division chief with 10,000
// open matters (a task each for the chief's position in that division), among 50,000 matters of
// other divisions, positions, judges and accounts. The built server is started on the database,
// the chief signs in, and GET /api/inbox (the first page) and GET /api/inbox/count are loaded at
// 20 concurrent connections. Every response's time is kept, so p95 is exact (autocannon's summary
// has p90 and p97.5 only). On SQLite; on PostgreSQL too when BENCH_INBOX_PG names a server (an
// admin URL: a database shenguan_bench_inbox is created on it, dropped first if it exists).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { INBOX_DIVISION, seedInboxMatters } from "./inbox-seed.mjs";

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;

async function loadTest(url, cookie, seconds) {
  const autocannon = (await import("autocannon")).default;
  const times = [];
  const instance = autocannon({ url, connections: 20, duration: seconds, headers: { cookie } });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const r = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1) ?? null,
    errors: r.errors + r.non2xx,
  };
}

async function runOn(root, label, dbUrl, { own, background, asOf, seconds, port, log }) {
  const dist = (p) => import(join(root, "dist", p));
  const { openDb } = await dist("db/connect.js");
  const { createUserUnchecked } = await dist("app/users/create-user.js");
  const h = await openDb(dbUrl);
  const t = performance.now();
  const matters = await seedInboxMatters(h, { own, background, asOf });
  const seedSeconds = (performance.now() - t) / 1000;
  await createUserUnchecked(h, {
    username: "bench-chief",
    role: "chief",
    division: INBOX_DIVISION,
    password: "bench-password-1",
  });
  await h.close();
  log(`  ${label}: seeded ${matters.toLocaleString()} matters in ${seedSeconds.toFixed(1)} s`);

  const server = spawn(
    process.execPath,
    [join(root, "bin", "shenguan.js"), "start", "--db", dbUrl, "--port", String(port), "--no-demo"],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env } },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${base}/api/auth/me`)).status === 401) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench-chief", password: "bench-password-1" }),
    });
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const first = await (
      await fetch(`${base}/api/inbox?tab=todo&page=1&pageSize=20`, { headers: { cookie } })
    ).json();
    if (first.total !== own) throw new Error(`the chief's inbox holds ${first.total} tasks, expected ${own}`);
    const results = {};
    for (const [name, path] of [
      ["inbox", "/api/inbox?tab=todo&page=1&pageSize=20"],
      ["count", "/api/inbox/count"],
    ]) {
      const r = await loadTest(`${base}${path}`, cookie, seconds);
      results[name] = r;
      log(
        `  ${label} GET ${path}: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms, ${Math.round(r.rps)} req/s, ${r.requests} requests, ${r.errors} errors`,
      );
    }
    return { matters, own, seedSeconds, ...results };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

export async function inboxPhase({ root, dir, asOf, log }) {
  const own = Number(process.env.BENCH_INBOX_OWN ?? 10_000);
  const background = Number(process.env.BENCH_INBOX_BACKGROUND ?? 50_000);
  const seconds = Number(process.env.BENCH_INBOX_SECONDS ?? 10);
  const options = { own, background, asOf, seconds, log };
  const dbPath = join(dir, "bench-inbox.db");
  for (const s of ["", "-wal", "-shm"]) rmSync(dbPath + s, { force: true });
  const result = { sqlite: await runOn(root, "SQLite", dbPath, { ...options, port: 3978 }) };
  const pgAdmin = process.env.BENCH_INBOX_PG;
  if (pgAdmin) {
    const pg = (await import("pg")).default;
    const name = "shenguan_bench_inbox";
    const admin = new pg.Client({ connectionString: pgAdmin });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    result.postgres = await runOn(root, "PostgreSQL", pgAdmin.replace(/\/[^/]*$/, `/${name}`), {
      ...options,
      port: 3979,
    });
  }
  return result;
}
