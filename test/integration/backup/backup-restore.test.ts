/**
 * `shenguan backup` / `shenguan restore`, run as the built command line on real files: a small demo
 * court is backed up while another connection has it open with changes still in its WAL (as a
 * running server would), then changed, then restored — every table then holds exactly what it held
 * when the backup was taken. A restore refuses a file that is not a backup of a shenguan database
 * (naming the problem, the database untouched), refuses while the database is open elsewhere, and
 * asks for --force when no one can be asked. On PostgreSQL both commands refuse and give the
 * pg_dump / pg_restore commands.
 *
 * Runs the compiled code (`npm run build` first).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { openDb } from "../../../src/db/connect.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(root, "bin", "shenguan.js");
const dir = mkdtempSync(join(tmpdir(), "shenguan-backup-"));
const DB = join(dir, "court.db");
const BACKUP = join(dir, "court-backup.db");
const execFileP = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [BIN, ...args], { cwd: dir });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

/** Every table's rows, in rowid order (WITHOUT ROWID tables by their key), as text. */
function contents(path: string): Record<string, string> {
  const db = new SQLite(path, { readonly: true });
  try {
    const tables = db
      .prepare("select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    const out: Record<string, string> = {};
    for (const t of tables) {
      const order = /without rowid/i.test(t.sql) ? "1" : "rowid";
      out[t.name] = JSON.stringify(db.prepare(`select * from "${t.name}" order by ${order}`).raw().all());
    }
    return out;
  } finally {
    db.close();
  }
}

function count(path: string, q: string): number {
  const db = new SQLite(path, { readonly: true });
  try {
    return Number((db.prepare(q).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

const CASES = "select count(*) as n from cases";
/** The demo court's cases (its generator adds a few kinds of case beside those asked for). */
let seeded = 0;

beforeAll(async () => {
  expect(existsSync(join(root, "dist", "cli", "backup.js")), "run `npm run build` first").toBe(true);
  const h = await openDb(DB);
  try {
    await seedDemoCourt(h, { asOf: "2026-11-27", years: 1, cases: 300, archiveReports: false });
  } finally {
    await h.close();
  }
  seeded = count(DB, CASES);
  expect(seeded).toBeGreaterThanOrEqual(300);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("shenguan backup / restore on SQLite", () => {
  let atBackup: Record<string, string>;

  it("backs up while another connection has uncheckpointed changes, and the copy holds them", async () => {
    // A connection that stays open (the server) and commits a change that stays in the WAL.
    const server = new SQLite(DB);
    server.pragma("wal_autocheckpoint = 0");
    server.prepare("update cases set judge = '备份前改' where id = (select min(id) from cases)").run();
    try {
      expect(existsSync(`${DB}-wal`)).toBe(true);
      const r = await cli("backup", BACKUP, "--db", DB);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^已备份 .* → .*court-backup\\.db（${seeded} 件案件，\\d+ 个账号`));
      expect(r.out).toContain("已通过完整性检查");
    } finally {
      server.close();
    }
    expect(count(BACKUP, "select count(*) as n from cases where judge = '备份前改'")).toBe(1);
    atBackup = contents(DB);
    expect(contents(BACKUP)).toEqual(atBackup);
    expect(Object.keys(atBackup)).toContain("schema_migrations");
  });

  it("will not overwrite an existing backup without --force", async () => {
    const r = await cli("backup", BACKUP, "--db", DB);
    expect(r.code).toBe(1);
    expect(r.err).toContain("备份文件已存在");
    expect((await cli("backup", BACKUP, "--db", DB, "--force")).code).toBe(0);
  });

  it("restores: after changes, the database equals the backup again; the old one is kept", async () => {
    const h = await openDb(DB);
    try {
      await h.db.deleteFrom("case_events").execute();
      await h.db.updateTable("cases").set({ judge: "恢复前改" }).execute();
    } finally {
      await h.close();
    }
    const changed = contents(DB);
    expect(changed.cases).not.toEqual(atBackup.cases);

    // Without a terminal to ask, nothing happens without --force.
    const asked = await cli("restore", BACKUP, "--db", DB);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain("--force");
    expect(contents(DB)).toEqual(changed);

    const r = await cli("restore", BACKUP, "--db", DB, "--force");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`原数据库保留为 ${DB}.before-restore`);
    expect(contents(DB)).toEqual(atBackup);
    expect(contents(`${DB}.before-restore`)).toEqual(changed);
    expect(existsSync(`${DB}-wal`) && readFileSync(`${DB}-wal`).length > 0).toBe(false);
    // It opens as a database of this version, and a command reads it.
    const ind = await cli("refresh", "--db", DB, "--as-of", "2026-11-27");
    expect(ind.code).toBe(0);
    expect(ind.out).toMatch(new RegExp(`^已刷新 ${seeded} 件案件`));
  });

  it("refuses while the database is open elsewhere, and leaves it as it was", async () => {
    const before = contents(DB);
    const server = await openDb(DB);
    try {
      const r = await cli("restore", BACKUP, "--db", DB, "--force");
      expect(r.code).toBe(1);
      expect(r.err).toContain("数据库正在使用中");
    } finally {
      await server.close();
    }
    expect(contents(DB)).toEqual(before);
  });

  it("refuses files that are not a sound shenguan backup, naming the problem", async () => {
    const before = contents(DB);
    const text = join(dir, "notes.txt");
    writeFileSync(text, "这不是数据库\n".repeat(100));
    const other = join(dir, "other.db");
    const o = new SQLite(other);
    o.exec("create table t (x); insert into t values (1)");
    o.close();
    // A copy of the backup with its pages past the first overwritten by garbage.
    const corrupt = join(dir, "corrupt.db");
    const bytes = readFileSync(BACKUP);
    for (let i = 4096 * 2; i < bytes.length; i += 97) bytes[i] = (bytes[i] as number) ^ 0x5a;
    writeFileSync(corrupt, bytes);
    // A backup made by a newer shenguan (a migration this one does not know).
    const newer = join(dir, "newer.db");
    writeFileSync(newer, readFileSync(BACKUP));
    const n = new SQLite(newer);
    n.prepare("insert into schema_migrations (name, applied_at) values ('9999-future', '2030-01-01')").run();
    n.close();

    const cases: [string, RegExp][] = [
      [join(dir, "missing.db"), /文件不存在/],
      [text, /不是 SQLite 数据库文件/],
      [other, /不是审管的数据库/],
      [corrupt, /已损坏|无法作为 SQLite 数据库打开/],
      [newer, /较新版本.*9999-future/],
    ];
    for (const [file, problem] of cases) {
      const r = await cli("restore", file, "--db", DB, "--force");
      expect(r.code, file).toBe(2);
      expect(r.err, file).toMatch(problem);
      expect(r.err, file).toContain(file);
    }
    expect(contents(DB)).toEqual(before);
    expect(count(DB, CASES)).toBe(seeded);
  });

  it("restores into a database that does not exist yet", async () => {
    const fresh = join(dir, "new", "court.db");
    const r = await cli("restore", BACKUP, "--db", fresh, "--force");
    expect(r.err).toContain("尚不存在");
    expect(r.code).toBe(0);
    expect(contents(fresh)).toEqual(atBackup);
    expect(existsSync(`${fresh}.before-restore`)).toBe(false);
  });
});

describe.runIf(TEST_DIALECTS.includes("postgres"))("shenguan backup / restore on PostgreSQL", () => {
  let pg: TestDb;
  beforeAll(async () => {
    pg = await freshDb("postgres");
  });
  afterAll(async () => {
    await pg?.drop();
  });

  it("refuses, and gives the pg_dump and pg_restore commands", async () => {
    const b = await cli("backup", join(dir, "pg.dump"), "--db", pg.url);
    expect(b.code).toBe(1);
    expect(b.err).toContain(`pg_dump -Fc -d "${pg.url}"`);
    const r = await cli("restore", join(dir, "pg.dump"), "--db", pg.url);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`pg_restore --clean --if-exists --no-owner -d "${pg.url}"`);
    expect(existsSync(join(dir, "pg.dump"))).toBe(false);
  });
});
