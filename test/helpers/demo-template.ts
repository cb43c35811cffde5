/**
 * Seeded demo courts for the tests that start an app, made once per test run and copied.
 *
 * Seeding a demo court takes seconds (generating, importing, refreshing, the workflows, with
 * reports more); some thirty test files start an app on one of a handful of configurations. Each
 * distinct configuration is seeded once — by the first test process that needs it, under a lock
 * directory, into the run's template folder (test/global-setup.ts) — exactly as `startApp` seeds
 * an empty database, then closed and checkpointed into a single file. Every test then gets its own
 * copy of that file: a fresh, independent database (its writes are seen by no other test), with
 * the demo accounts and the administrator whose passwords were recorded when the template was made.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { inject } from "vitest";
import type { DemoAccount } from "../../src/app/demo/seed-demo-court.js";
import { startApp } from "../../src/http/start.js";

export interface DemoConfig {
  cases: number;
  years: number;
  today: string;
  /** The demo's scheduled reports archived (startApp's demoReports). */
  reports: boolean;
  /** Several courts (startApp's demoCourts), e.g. ["内0602", "内0603", "内06"]; absent: one court. */
  courts?: string[];
}

export interface DemoTemplate {
  accounts: DemoAccount[];
  admin: { username: string; password: string };
}

let fallbackDir: string | undefined;

/** The run's template folder; outside vitest's global set-up, one for this process. */
function templatesDir(): string {
  let dir: string | undefined;
  try {
    dir = inject("demoTemplates");
  } catch {
    dir = undefined;
  }
  if (dir && existsSync(dir)) return dir;
  if (!fallbackDir) {
    const made = mkdtempSync(join(tmpdir(), "shenguan-templates-"));
    fallbackDir = made;
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
  }
  return fallbackDir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seeds the template the way startApp seeds an empty database, then leaves it as one file. */
async function seedTemplate(path: string, config: DemoConfig): Promise<DemoTemplate> {
  for (const x of ["", "-wal", "-shm"]) rmSync(path + x, { force: true });
  const running = await startApp({
    db: path,
    port: 0,
    today: config.today,
    demoCases: config.cases,
    demoYears: config.years,
    buildWeb: false,
    demoReports: config.reports,
    demoCourts: config.courts,
    warm: false,
  });
  const { demoAccounts, admin } = running;
  await running.close();
  if (!demoAccounts || !admin) throw new Error("the demo template was not seeded");
  const db = new SQLite(path);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0)
    throw new Error(`the demo template ${path} kept a WAL after its checkpoint`);
  return { accounts: demoAccounts, admin };
}

/** The template of this configuration, seeded now when no process of the run has seeded it yet. */
async function template(config: DemoConfig): Promise<{ file: string; template: DemoTemplate }> {
  const dir = templatesDir();
  const key = `demo-${config.cases}c-${config.years}y-${config.today}-${config.reports ? "reports" : "plain"}${config.courts ? `-${config.courts.join("_")}` : ""}`;
  const file = join(dir, `${key}.db`);
  const meta = join(dir, `${key}.json`);
  const lock = join(dir, `${key}.lock`);
  const started = Date.now();
  for (;;) {
    if (existsSync(meta)) return { file, template: JSON.parse(readFileSync(meta, "utf8")) as DemoTemplate };
    try {
      mkdirSync(lock);
    } catch {
      // Another process is seeding it; a lock left by a process that died is broken after 5 minutes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* removed meanwhile */
      }
      if (Date.now() - started > 600_000) throw new Error(`demo template lock ${lock} held too long`);
      await sleep(100);
      continue;
    }
    try {
      if (existsSync(meta)) continue;
      const made = await seedTemplate(file, config);
      writeFileSync(`${meta}.tmp`, JSON.stringify(made));
      renameSync(`${meta}.tmp`, meta);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Writes a fresh copy of the configuration's seeded demo court to `dest`; its accounts. */
export async function copyDemoCourt(config: DemoConfig, dest: string): Promise<DemoTemplate> {
  const t = await template(config);
  copyFileSync(t.file, dest);
  return t.template;
}
