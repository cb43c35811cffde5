/**
 * kill -9 at random moments (seeded, so a failure can be replayed) of the built command line's two
 * large writers, on SQLite and PostgreSQL:
 * - `shenguan import` of a generated court over a stored part of it (the file changes the stored
 *   cases' 承办人 and adds the rest and every event). After the kill: SQLite's integrity check
 *   passes; the cases and events are the old ones or all of the file's (never some); the import's
 *   record says `facts-pending` only with all the file's cases in, `imported` only with every case's
 *   facts in place. The same import run again then succeeds — it first completes an import the
 *   kill left half-done (complete-pending-imports.ts) — and leaves the whole new state.
 * - `shenguan refresh --as-of` a later day over that court. After the kill: the facts are the
 *   complete old set (every case, the old day) or the complete new one (every case, the new day),
 *   never a mixture; the cases are untouched. A refresh run again then succeeds.
 * Each seed kills both at a random moment in the last three quarters of the time an unkilled run
 * of the same command took on the same machine (measured first, which also checks the unkilled
 * result); the first quarter is mostly the process starting. One more refresh is killed right
 * after its facts committed (seen from another connection), before its alerts: the new facts,
 * complete. SHENGUAN_KILL_SEEDS
 * (default "1"; CI time) and SHENGUAN_KILL_CASES (default 8000) replay or enlarge it.
 *
 * Runs the compiled code (`npm run build` first); the two databases side by side.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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
const dir = mkdtempSync(join(tmpdir(), "shenguan-kill-"));
const CASES = Number(process.env.SHENGUAN_KILL_CASES ?? 8_000);
const BASE_CASES = Math.round(CASES / 6);
const SEEDS = (process.env.SHENGUAN_KILL_SEEDS ?? "1").split(",").map(Number);
/** The import's day, and the later day the refresh is asked for. */
const IMPORT_DAY = "2026-06-30";
const REFRESH_DAY = "2026-07-31";
const BASE_JUDGE = "原承办人";

const casesCsv = join(dir, "cases.csv");
const eventsCsv = join(dir, "events.csv");
const baseCsv = join(dir, "base-cases.csv");
let eventRows = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a small seeded generator, so that a seed names the same kill moments every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const prefix = `shenguan_kill_${process.pid}`;

interface Base {
  runDb(name: string): Promise<{ url: string; drop(): Promise<void> }>;
  drop(): Promise<void>;
}

/** The stored court (the file's first cases, another 承办人, no events) once per dialect; copied per run. */
async function baseFor(dialect: TestDialect): Promise<Base> {
  const load = async (url: string) => {
    const h = await openDb(url);
    try {
      const r = await importCases(systemActor("base"), h, [baseCsv], { today: IMPORT_DAY });
      expect(r.errors).toEqual([]);
      expect(r.cases.inserted).toBe(BASE_CASES);
    } finally {
      await h.close();
    }
  };
  if (dialect === "sqlite") {
    const path = join(dir, "base.db");
    await load(path);
    const s = new SQLite(path);
    s.pragma("wal_checkpoint(TRUNCATE)");
    s.close();
    return {
      async runDb(name) {
        const p = join(dir, `${name}.db`);
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
  const base = `${prefix}_base`;
  await pgAdmin((c) => c.query(`create database ${base}`));
  await load(pgUrl(base));
  return {
    async runDb(name) {
      const db = `${prefix}_${name}`;
      await pgAdmin(async (c) => {
        await waitIdle(c, base); // a template must have no connections
        await c.query(`create database ${db} template ${base}`);
      });
      return { url: pgUrl(db), drop: () => dropPgDatabase(db) };
    },
    drop: () => dropPgDatabase(base),
  };
}

/**
 * Runs the command; with `killAfterMs`, SIGKILLs it then (unless it ended first). Resolves when it
 * has exited: whether the kill landed, its exit code, how long it ran.
 */
async function runCli(
  args: string[],
  killAfterMs?: number,
  killWhen?: () => Promise<void>,
): Promise<{ killed: boolean; code: number | null; ms: number; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  if (killAfterMs !== undefined)
    timer = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) killed = child.kill("SIGKILL");
    }, killAfterMs);
  if (killWhen)
    void killWhen().then(() => {
      if (child.exitCode === null && child.signalCode === null) killed = child.kill("SIGKILL");
    });
  const code = await exited;
  clearTimeout(timer);
  return { killed, code, ms: performance.now() - started, stderr };
}

const importArgs = (url: string) => ["import", casesCsv, eventsCsv, "--db", url, "--today", IMPORT_DAY];
const refreshArgs = (url: string, day = REFRESH_DAY) => ["refresh", "--db", url, "--as-of", day];

/** Polls the facts from another connection until they are as of `day` (the refresh has committed). */
async function factsTurnTo(url: string, day: string): Promise<void> {
  const sqlite = !url.startsWith("postgres");
  const client = sqlite ? undefined : new pg.Client({ connectionString: url });
  const db = sqlite ? new SQLite(url, { readonly: true }) : undefined;
  await client?.connect();
  try {
    const q = "select as_of from case_facts limit 1";
    for (let i = 0; i < 30_000; i++) {
      const row = db
        ? (db.prepare(q).get() as { as_of: string } | undefined)
        : (await (client as pg.Client).query(q)).rows[0];
      if (row?.as_of === day) return;
      await sleep(5);
    }
  } finally {
    db?.close();
    await client?.end();
  }
}

interface State {
  integrity: string;
  cases: number;
  events: number;
  baseJudges: number;
  facts: number;
  casesWithoutFacts: number;
  /** The distinct days the facts are as of. */
  factDays: string[];
  statuses: string[];
  preparedTransactions: number;
}

/** The database as the kill left it: read without migrating, completing or refreshing anything. */
async function stateOf(url: string): Promise<State> {
  const h = await openDb(url, { migrate: false });
  try {
    const one = async (q: string) => Number((await sql.raw<{ n: number }>(q).execute(h.db)).rows[0]?.n ?? 0);
    const rows = async (q: string) =>
      (await sql.raw<{ v: string }>(q).execute(h.db)).rows.map((r) => String(r.v));
    return {
      integrity: h.sqlite ? String(h.sqlite.pragma("integrity_check", { simple: true })) : "ok",
      cases: await one("select count(*) as n from cases"),
      events: await one("select count(*) as n from case_events"),
      baseJudges: await one(`select count(*) as n from cases where judge = '${BASE_JUDGE}'`),
      facts: await one("select count(*) as n from case_facts"),
      casesWithoutFacts: await one(
        "select count(*) as n from cases c where not exists (select 1 from case_facts f where f.case_id = c.id)",
      ),
      factDays: await rows("select distinct as_of as v from case_facts order by as_of"),
      statuses: await rows("select status as v from imports order by id"),
      // PostgreSQL: no two-phase transaction left prepared (the product uses none).
      preparedTransactions: h.sqlite ? 0 : await one("select count(*) as n from pg_prepared_xacts"),
    };
  } finally {
    await h.close();
  }
}

/**
 * The whole new state: every case of the file, its events, every case's facts as of `day`; the
 * history: the stored court's import and the file's, complete (a later run of the same file, with
 * nothing new, is recorded as `unchanged`).
 */
function complete(day: string): (s: State) => State {
  return (s) => ({
    integrity: "ok",
    cases: CASES,
    events: eventRows,
    baseJudges: 0,
    facts: CASES,
    casesWithoutFacts: 0,
    factDays: [day],
    statuses: ["imported", "imported", ...s.statuses.slice(2).map(() => "unchanged")],
    preparedTransactions: 0,
  });
}

async function expectComplete(url: string, day: string, at: string): Promise<void> {
  const s = await stateOf(url);
  expect(s, at).toEqual(complete(day)(s));
}

/** After a killed import: the old state or all of the file, and a record that says which. */
function checkAfterImportKill(s: State, at: string): "old" | "pending" | "complete" {
  expect(s.integrity, at).toBe("ok");
  expect(s.preparedTransactions, at).toBe(0);
  if (s.cases === BASE_CASES) {
    expect({ events: s.events, baseJudges: s.baseJudges, statuses: s.statuses }, at).toEqual({
      events: 0,
      baseJudges: BASE_CASES,
      statuses: ["imported"],
    });
    expect({ facts: s.facts, casesWithoutFacts: s.casesWithoutFacts, days: s.factDays }, at).toEqual({
      facts: BASE_CASES,
      casesWithoutFacts: 0,
      days: [IMPORT_DAY],
    });
    return "old";
  }
  expect({ cases: s.cases, events: s.events, baseJudges: s.baseJudges }, at).toEqual({
    cases: CASES,
    events: eventRows,
    baseJudges: 0,
  });
  expect(s.statuses.slice(0, -1), at).toEqual(["imported"]);
  expect(["facts-pending", "imported"], at).toContain(s.statuses.at(-1));
  if (s.statuses.at(-1) === "imported") {
    expect(s, at).toEqual(complete(IMPORT_DAY)(s));
    return "complete";
  }
  return "pending";
}

/** After a killed refresh: the cases untouched, the facts all of the old day or all of the new one. */
function checkAfterRefreshKill(s: State, at: string, from = IMPORT_DAY, to = REFRESH_DAY): "old" | "new" {
  expect(s.integrity, at).toBe("ok");
  expect(s.preparedTransactions, at).toBe(0);
  expect([[from], [to]], at).toContainEqual(s.factDays);
  const day = s.factDays[0] as string;
  expect(s, at).toEqual(complete(day)(s));
  return day === from ? "old" : "new";
}

beforeAll(async () => {
  expect(existsSync(join(root, "dist", "cli", "import.js")), "run `npm run build` first").toBe(true);
  const r = await writeDemoCsv(
    dir,
    generateDemoCourt({ cases: CASES, fromYear: 2024, toYear: 2026, asOf: IMPORT_DAY, seed: 23 }),
  );
  eventRows = r.events;
  expect(writeBaseCases(casesCsv, baseCsv, BASE_CASES, BASE_JUDGE)).toBe(CASES);
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (TEST_DIALECTS.includes("postgres")) {
    await dropPgDatabasesLike(`${prefix}_`);
  }
});

describe("kill -9 at random moments", () => {
  for (const dialect of TEST_DIALECTS) {
    it.concurrent(`on ${dialect}: of an import and of a refresh — never half of either`, async () => {
      const base = await baseFor(dialect);
      try {
        // Unkilled: how long each command takes here, and what it leaves.
        const ref = await base.runDb("ref");
        let importMs: number;
        let refreshMs: number;
        try {
          const i = await runCli(importArgs(ref.url));
          expect(i.code, i.stderr).toBe(0);
          importMs = i.ms;
          await expectComplete(ref.url, IMPORT_DAY, "unkilled import");
          const r = await runCli(refreshArgs(ref.url));
          expect(r.code, r.stderr).toBe(0);
          refreshMs = r.ms;
          await expectComplete(ref.url, REFRESH_DAY, "unkilled refresh");
          // And one refresh back to the import's day, killed right after its facts committed (before
          // the alerts): the new facts, complete; then run again.
          const k = await runCli(refreshArgs(ref.url, IMPORT_DAY), undefined, () =>
            factsTurnTo(ref.url, IMPORT_DAY),
          );
          const at = `${dialect}: refresh killed right after the facts committed`;
          if (k.killed)
            expect(checkAfterRefreshKill(await stateOf(ref.url), at, REFRESH_DAY, IMPORT_DAY), at).toBe(
              "new",
            );
          else expect(k.code, k.stderr).toBe(0);
          console.log(`${at}: ${k.killed ? "killed" : "finished first"}`);
          expect((await runCli(refreshArgs(ref.url, IMPORT_DAY))).code, at).toBe(0);
          await expectComplete(ref.url, IMPORT_DAY, `${at}, run again`);
        } finally {
          await ref.drop();
        }
        const seen = { import: new Set<string>(), refresh: new Set<string>() };
        for (const seed of SEEDS) {
          const rand = random(seed);
          const db = await base.runDb(`s${seed}`);
          try {
            const importKillMs = Math.round((0.25 + 0.75 * rand()) * importMs);
            const k = await runCli(importArgs(db.url), importKillMs);
            const at = `${dialect}, seed ${seed}: import killed at ${importKillMs} ms`;
            const where = k.killed ? checkAfterImportKill(await stateOf(db.url), at) : "finished";
            if (!k.killed) expect(k.code, k.stderr).toBe(0);
            seen.import.add(where);
            // The same import again: it completes what the kill left, then imports (nothing new).
            const again = await runCli(importArgs(db.url));
            expect(again.code, `${at}, run again: ${again.stderr}`).toBe(0);
            if (where === "pending") expect(again.stderr, at).toContain("已补完未完成的导入");
            await expectComplete(db.url, IMPORT_DAY, `${at}, run again`);

            const refreshKillMs = Math.round((0.25 + 0.75 * rand()) * refreshMs);
            const rk = await runCli(refreshArgs(db.url), refreshKillMs);
            const rat = `${dialect}, seed ${seed}: refresh killed at ${refreshKillMs} ms`;
            const rwhere = rk.killed ? checkAfterRefreshKill(await stateOf(db.url), rat) : "finished";
            if (!rk.killed) expect(rk.code, rk.stderr).toBe(0);
            seen.refresh.add(rwhere);
            const ragain = await runCli(refreshArgs(db.url));
            expect(ragain.code, `${rat}, run again: ${ragain.stderr}`).toBe(0);
            await expectComplete(db.url, REFRESH_DAY, `${rat}, run again`);
            console.log(
              `${dialect} seed ${seed}: import (${Math.round(importMs)} ms unkilled) killed at ${importKillMs} ms → ${where}; refresh (${Math.round(refreshMs)} ms) killed at ${refreshKillMs} ms → ${rwhere}`,
            );
          } finally {
            await db.drop();
          }
        }
        // Where the kills landed is random; that they hit inside the writing is checked by the
        // fixed kill points of the import crash test, so it is only reported here.
        console.log(`${dialect}: import kills → ${[...seen.import]}; refresh kills → ${[...seen.refresh]}`);
      } finally {
        await base.drop();
      }
    }, 600_000);
  }
});
