/**
 * kill -9 of an import, at moments spread across it, on SQLite and PostgreSQL: the built command
 * line imports a generated court of 60,000 cases over a stored one of 6,000 (which the file
 * changes: another 承办人, events appended), and is killed — while it writes the cases (before the
 * commit), right after the commit, while it refreshes the facts, while it recomputes the alerts,
 * and near the end. After each kill the database is opened the way a command opens it (`shenguan
 * alerts`, which completes a half-done import first and then runs a fresh detection), and it holds
 * either the old state or the whole new one: cases, events, one facts row per case for the import's
 * day, and as many open alerts as the fresh detection finds; the history says 导入 only of an
 * import that is complete; SQLite's integrity check passes before and after.
 *
 * Runs the compiled code (`npm run build` first); the two databases side by side.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { openDb } from "../../../src/db/connect.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import { writeBaseCases } from "../../helpers/base-cases.js";
import {
  dropPgDatabase,
  dropPgDatabasesLike,
  pgAdmin,
  pgUrl,
  TEST_DIALECTS,
  type TestDialect,
  waitIdle,
} from "../../helpers/db.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(root, "bin", "shenguan.js");
const dir = mkdtempSync(join(tmpdir(), "shenguan-crash-"));
const TODAY = "2026-06-30";
/**
 * The killed import's size: long enough for every kill point (its cases are reported every 10,000
 * rows, its facts and alerts every page of 2,000–5,000), small enough for the file to run in
 * about two minutes. SHENGUAN_CRASH_CASES=200000 runs it at the size of the original report.
 */
const CASES = Number(process.env.SHENGUAN_CRASH_CASES ?? 30_000);
const BASE_CASES = CASES / 10;
const BASE_JUDGE = "原承办人";
const run = promisify(execFile);

const casesCsv = join(dir, "cases.csv");
const eventsCsv = join(dir, "events.csv");
const baseCsv = join(dir, "base-cases.csv");
let eventRows = 0;

/** Where the killed import is in the data when it dies. */
type Reached = "old" | "pending" | "complete";

interface KillPlan {
  name: string;
  /** Resolves when the child should be killed. */
  when(ctx: { child: ChildProcess; lines: AsyncIterable<string>; url: string }): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);

/** The first progress line `进度 <phase> <n>` with n ≥ atLeast. */
async function progressLine(lines: AsyncIterable<string>, phase: string, atLeast = 0): Promise<void> {
  for await (const line of lines) {
    const m = /^进度 (\S+) (\d+)$/.exec(line);
    if (m && m[1] === phase && Number(m[2]) >= atLeast) return;
  }
  throw new Error(`the import ended before 进度 ${phase} ${atLeast}`);
}

/** Polls the imports table from another connection until the import has committed (facts-pending). */
async function committed(url: string): Promise<void> {
  const sqlite = !url.startsWith("postgres");
  const client = sqlite ? undefined : new pg.Client({ connectionString: url });
  const db = sqlite ? new SQLite(url, { readonly: true }) : undefined;
  await client?.connect();
  try {
    for (let i = 0; i < 6000; i++) {
      const q = "select count(*) as n from imports where status = 'facts-pending'";
      const n = db
        ? (db.prepare(q).get() as { n: number }).n
        : Number((await (client as pg.Client).query(q)).rows[0].n);
      if (n > 0) return;
      await sleep(5);
    }
    throw new Error("the import did not commit within 30 s");
  } finally {
    db?.close();
    await client?.end();
  }
}

const PLANS: readonly KillPlan[] = [
  {
    name: "before the commit, while the cases are written",
    when: ({ lines }) => progressLine(lines, "案件", Math.round(between(0.2, 0.9) * CASES)),
  },
  { name: "right after the commit", when: ({ url }) => committed(url) },
  {
    name: "while the facts are refreshed",
    when: async ({ lines }) => {
      await progressLine(lines, "审限与统计");
      await sleep(between(0, 400));
    },
  },
  {
    name: "while the alerts are recomputed",
    when: async ({ lines }) => {
      await progressLine(lines, "预警");
      await sleep(between(0, 300));
    },
  },
  {
    name: "near the end",
    when: async ({ lines }) => {
      await progressLine(lines, "预警", CASES * 0.95);
      await sleep(between(0, 100));
    },
  },
];

/** A database for one run: a copy of the base state. */
interface RunDb {
  url: string;
  drop(): Promise<void>;
}

async function importBase(url: string): Promise<void> {
  const h = await openDb(url);
  try {
    const r = await importCases(systemActor("base"), h, [baseCsv], { today: TODAY });
    expect(r.errors).toEqual([]);
    expect(r.cases.inserted).toBe(BASE_CASES);
  } finally {
    await h.close();
  }
}

/** The base state once per dialect; runDb copies it (a file copy; PostgreSQL's template). */
async function baseFor(
  dialect: TestDialect,
): Promise<{ runDb(i: number): Promise<RunDb>; drop(): Promise<void> }> {
  if (dialect === "sqlite") {
    const path = join(dir, "base.db");
    await importBase(path);
    const s = new SQLite(path);
    s.pragma("wal_checkpoint(TRUNCATE)");
    s.close();
    return {
      async runDb(i) {
        const p = join(dir, `run-${i}.db`);
        copyFileSync(path, p);
        return {
          url: p,
          async drop() {
            for (const x of ["", "-wal", "-shm"]) rmSync(p + x, { force: true });
          },
        };
      },
      async drop() {
        rmSync(path, { force: true });
      },
    };
  }
  const base = `shenguan_crash_${process.pid}_base`;
  await pgAdmin((c) => c.query(`create database ${base}`));
  await importBase(pgUrl(base));
  return {
    async runDb(i) {
      const name = `shenguan_crash_${process.pid}_${i}`;
      await pgAdmin(async (c) => {
        await waitIdle(c, base); // a template must have no connections
        await c.query(`create database ${name} template ${base}`);
      });
      return {
        url: pgUrl(name),
        drop: () => dropPgDatabase(name),
      };
    },
    drop: () => dropPgDatabase(base),
  };
}

/** Starts the import, kills it with SIGKILL when the plan says (or lets it finish); resolves on exit. */
async function importAndKill(url: string, plan: KillPlan): Promise<{ killed: boolean; ms: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [BIN, "import", casesCsv, eventsCsv, "--db", url, "--today", TODAY, "--progress", "--json"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const lines = createInterface({ input: child.stderr as NonNullable<ChildProcess["stderr"]> });
  let killed = false;
  await Promise.race([
    plan.when({ child, lines, url }).then(() => {
      killed = child.kill("SIGKILL");
    }),
    exited,
  ]).catch(() => undefined);
  const code = await exited;
  lines.close();
  if (!killed) expect(code).toBe(0);
  return { killed, ms: performance.now() - started };
}

interface Counts {
  cases: number;
  events: number;
  facts: number;
  casesWithoutFacts: number;
  factsOfAnotherDay: number;
  openAlerts: number;
  baseJudges: number;
  statuses: string[];
  integrity: string;
}

async function counts(url: string): Promise<Counts> {
  const h = await openDb(url, { migrate: false });
  try {
    const one = async (q: string) => {
      const r = await sql.raw<{ n: number | string }>(q).execute(h.db);
      return Number(r.rows[0]?.n ?? 0);
    };
    const statuses = (
      await sql.raw<{ status: string }>("select status from imports order by id").execute(h.db)
    ).rows.map((r) => r.status);
    return {
      cases: await one("select count(*) as n from cases"),
      events: await one("select count(*) as n from case_events"),
      facts: await one("select count(*) as n from case_facts"),
      casesWithoutFacts: await one(
        "select count(*) as n from cases c where not exists (select 1 from case_facts f where f.case_id = c.id)",
      ),
      factsOfAnotherDay: await one(`select count(*) as n from case_facts where as_of <> '${TODAY}'`),
      openAlerts: await one("select count(*) as n from alerts where state <> 'resolved'"),
      baseJudges: await one(`select count(*) as n from cases where judge = '${BASE_JUDGE}'`),
      statuses,
      integrity: h.sqlite ? String(h.sqlite.pragma("integrity_check", { simple: true })) : "ok",
    };
  } finally {
    await h.close();
  }
}

function reached(c: Counts): Reached {
  if (c.cases === BASE_CASES) return "old";
  return c.statuses.at(-1) === "imported" ? "complete" : "pending";
}

beforeAll(async () => {
  expect(existsSync(join(root, "dist", "cli", "import.js")), "run `npm run build` first").toBe(true);
  const r = await writeDemoCsv(
    dir,
    generateDemoCourt({ cases: CASES, fromYear: 2024, toYear: 2026, asOf: TODAY, seed: 11 }),
  );
  eventRows = r.events;
  // The stored court: the first tenth of the cases.
  writeBaseCases(casesCsv, baseCsv, BASE_CASES, BASE_JUDGE);
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (TEST_DIALECTS.includes("postgres")) {
    await dropPgDatabasesLike(`shenguan_crash_${process.pid}_`);
  }
});

/** One kill: the data as the kill left it, and after a command opened the database. */
async function killOnce(dialect: TestDialect, db: RunDb, plan: KillPlan): Promise<Reached> {
  const { killed, ms } = await importAndKill(db.url, plan);
  const raw = await counts(db.url);
  const state = reached(raw);
  console.log(
    `${dialect}: killed ${plan.name} after ${(ms / 1000).toFixed(1)} s → ${killed ? state : "finished first"}`,
  );
  const at = `${dialect}, killed ${plan.name}`;
  expect(raw.integrity, at).toBe("ok");
  // Never half a transaction: the old cases or all the new ones, and the history says imported
  // only with every case's facts in place.
  expect([BASE_CASES, CASES], at).toContain(raw.cases);
  if (raw.cases === BASE_CASES) expect(raw.statuses, at).toEqual(["imported"]);
  else expect(["facts-pending", "imported"], at).toContain(raw.statuses.at(-1));
  if (raw.statuses.at(-1) === "imported") expect(raw.casesWithoutFacts, at).toBe(0);

  // Open it the way a command does: complete a half-done import, then a fresh detection.
  const { stdout, stderr } = await run(process.execPath, [BIN, "alerts", "--db", db.url, "--as-of", TODAY], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const fresh = Number(/共 (\d+) 条预警/.exec(stdout)?.[1]);
  if (state === "pending") expect(stderr, at).toContain("已补完未完成的导入");
  const after = await counts(db.url);
  const isNew = after.cases === CASES;
  expect(after, at).toEqual({
    cases: isNew ? CASES : BASE_CASES,
    events: isNew ? eventRows : 0,
    facts: after.cases,
    casesWithoutFacts: 0,
    factsOfAnotherDay: 0,
    openAlerts: fresh,
    baseJudges: isNew ? 0 : BASE_CASES,
    statuses: isNew ? ["imported", "imported"] : ["imported"],
    integrity: "ok",
  });
  expect(fresh, at).toBeGreaterThan(0);
  return state;
}

// The two databases side by side (SQLite's work is in this machine's node processes, PostgreSQL's
// mostly in its server); the kills of each one after the other.
describe("kill -9 of an import", () => {
  for (const dialect of TEST_DIALECTS) {
    it.concurrent(`on ${dialect}: the old state or the whole new one, wherever it dies`, async () => {
      const base = await baseFor(dialect);
      const hit: Reached[] = [];
      try {
        for (const [i, plan] of PLANS.entries()) {
          const db = await base.runDb(i);
          try {
            hit.push(await killOnce(dialect, db, plan));
          } finally {
            await db.drop();
          }
        }
      } finally {
        await base.drop();
      }
      // The kills hit both sides of the commit.
      expect(hit).toContain("old");
      expect(hit).toContain("pending");
    }, 600_000);
  }
});
