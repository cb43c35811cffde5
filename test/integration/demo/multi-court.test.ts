/**
 * The multi-court demo with the built command line (`shenguan demo --courts 内0602,内0603,内06`),
 * on SQLite and PostgreSQL: three courts in the courts table with the register's names, levels and
 * parents; each court's accounts belonging to it; every case carrying its court's code; the 中院's
 * appeals pointing at its basic courts' appealed cases; a panel grouped by court whose per-court
 * figures add up to the all-courts figure and match a direct count; a bulletin for the basic level
 * under 内06 made for exactly 内0602 and 内0603.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courtsOfLevel } from "../../../src/app/courts/court-choice.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { buildQuarterlyReport } from "../../../src/app/reports/build-quarterly-report.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const AS_OF = "2026-11-27";
const CASES = 200; // per basic court

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const office = (court: string, courts: string[]) =>
  actorOf({ username: `t-${court}`, role: "office", division: null, judgeName: null, court, courts });

describe.each(TEST_DIALECTS)("multi-court demo (%s, built CLI)", (dialect) => {
  let db: TestDb;
  let out: { out: string; err: string; code: number | null };
  const dir = mkdtempSync(join(tmpdir(), "shenguan-courts-"));

  beforeAll(async () => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "run `npm run build` first").toBe(true);
    db = await freshDb(dialect);
    out = built(
      "demo",
      "--courts",
      "内0602,内0603,内06",
      "--db",
      db.url,
      "--cases",
      String(CASES),
      "--as-of",
      AS_OF,
      "--from",
      "2025",
    );
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the three courts with the register's names, levels and parents", async () => {
    expect(out.code, out.err).toBe(0);
    const courts = await db.db.selectFrom("courts").selectAll().orderBy("code").execute();
    expect(courts).toEqual([
      { code: "内06", name: "内蒙古自治区鄂尔多斯市中级人民法院", level: "intermediate", parent_code: "内" },
      { code: "内0602", name: "鄂尔多斯市东胜区人民法院", level: "basic", parent_code: "内06" },
      { code: "内0603", name: "鄂尔多斯康巴什区人民法院", level: "basic", parent_code: "内06" },
    ]);
    expect(out.out).toContain("鄂尔多斯市东胜区人民法院（内0602）");
  });

  it("gives every court its own accounts: office, president, clerk, a chief and a judge per division", async () => {
    const users = await db.db
      .selectFrom("users")
      .select(["username", "role", "court_code", "judge_name"])
      .execute();
    const of = (court: string) => users.filter((u) => u.court_code === court);
    // Basic courts: 3 + 10 chiefs + 10 judges; the 中院: 3 + 4 chiefs + 4 judges.
    expect(of("内0602")).toHaveLength(23);
    expect(of("内0603")).toHaveLength(23);
    expect(of("内06")).toHaveLength(11);
    expect(users.filter((u) => u.court_code === null)).toHaveLength(0);
    for (const c of ["内0602", "内0603", "内06"])
      expect(of(c).filter((u) => u.role === "office")).toHaveLength(1);
    // Distinct judges per court.
    const judges = (c: string) =>
      new Set(
        of(c)
          .map((u) => u.judge_name)
          .filter((n) => n !== null),
      );
    const a = judges("内0602");
    for (const n of judges("内0603")) expect(a.has(n)).toBe(false);
    for (const n of judges("内06")) expect(a.has(n)).toBe(false);
  });

  it("files each court's cases under its own 法院代字, and the 中院's appeals on its basic courts' cases", async () => {
    const cases = await db.db
      .selectFrom("cases")
      .select(["case_number", "court_code", "type_code", "origin_case_number", "appealed"])
      .execute();
    const count = (c: string) => cases.filter((x) => x.court_code === c).length;
    expect(count("内0602")).toBe(CASES);
    expect(count("内0603")).toBe(CASES);
    expect(count("内06")).toBeGreaterThan(0);
    expect(cases.length).toBe(count("内0602") + count("内0603") + count("内06"));
    for (const x of cases) expect(x.case_number).toMatch(new RegExp(`^（\\d{4}）${x.court_code}[^\\d]`));
    const byNumber = new Map(cases.map((x) => [x.case_number, x]));
    const appeals = cases.filter((x) => x.court_code === "内06" && /终$/.test(x.type_code));
    expect(appeals.length).toBeGreaterThan(0);
    for (const x of appeals) {
      const origin = byNumber.get(x.origin_case_number ?? "");
      expect(origin, x.case_number).toBeDefined();
      expect(["内0602", "内0603"]).toContain(origin?.court_code);
      expect(Number(origin?.appealed)).toBe(1);
    }
  });

  it("groups a panel by court: named courts, per-court figures adding up to the whole, one hand-checked", async () => {
    const all = ["内06", "内0602", "内0603"];
    const actor = office("内06", all);
    const q = { from: "2026-01-01", to: AS_OF, ids: ["filed", "closed"] };
    const byCourt = await computeIndicators(actor, db, { ...q, by: "court" });
    const whole = await computeIndicators(actor, db, { ...q, by: "all" });
    expect(byCourt.groups.map((g) => [g.key, g.name])).toEqual([
      ["内06", "内蒙古自治区鄂尔多斯市中级人民法院"],
      ["内0602", "鄂尔多斯市东胜区人民法院"],
      ["内0603", "鄂尔多斯康巴什区人民法院"],
    ]);
    for (const id of ["filed", "closed"]) {
      const sum = byCourt.groups.reduce((s, g) => s + (g.indicators[id]?.numerator ?? 0), 0);
      expect(sum).toBe(whole.groups[0]?.indicators[id]?.numerator);
    }
    // Hand check: 内0603's cases filed in the period, counted straight from the case table.
    const direct = await db.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("court_code", "=", "内0603")
      .where("filed_on", ">=", "2026-01-01")
      .where("filed_on", "<=", AS_OF)
      .executeTakeFirstOrThrow();
    expect(Number(direct.n)).toBeGreaterThan(0);
    expect(byCourt.groups.find((g) => g.key === "内0603")?.indicators.filed?.numerator).toBe(
      Number(direct.n),
    );
    // The court filter gives that court's figure; a basic court's office sees its court only.
    const one = await computeIndicators(actor, db, {
      ...q,
      by: "all",
      filters: [{ field: "court_code", values: ["内0603"] }],
    });
    expect(one.groups[0]?.indicators.filed?.numerator).toBe(Number(direct.n));
    const basic = await computeIndicators(office("内0602", ["内0602"]), db, { ...q, by: "court" });
    expect(basic.groups.map((g) => g.key)).toEqual(["内0602"]);
    await expect(
      computeIndicators(office("内0602", ["内0602"]), db, {
        ...q,
        by: "all",
        filters: [{ field: "court_code", values: ["内0603"] }],
      }),
    ).rejects.toThrow("不在本账号可见的法院范围内");
  });

  it("makes the basic level's bulletins under 内06 for exactly 内0602 and 内0603", async () => {
    expect(await courtsOfLevel(office("内06", ["内06", "内0602", "内0603"]), db, "内06", "basic")).toEqual([
      "内0602",
      "内0603",
    ]);
    const r = built(
      "bulletin",
      "--month",
      "2026-10",
      "--today",
      AS_OF,
      "--court",
      "内06",
      "--level",
      "basic",
      "--db",
      db.url,
      "--out",
      join(dir, dialect),
    );
    expect(r.code, r.err).toBe(0);
    const docs = readdirSync(join(dir, dialect))
      .filter((f) => f.endsWith(".docx"))
      .sort();
    expect(docs).toEqual([
      "鄂尔多斯市东胜区人民法院-2026-10-审限与长期未结通报.docx",
      "鄂尔多斯康巴什区人民法院-2026-10-审限与长期未结通报.docx",
    ]);
    expect(r.out).not.toContain("中级人民法院");
  }, 120_000);

  it("makes a 态势分析报告 on the basic level under 内06 with one row per court and their total", async () => {
    const r = await buildQuarterlyReport(office("内06", ["内06", "内0602", "内0603"]), db, {
      quarter: "2026Q3",
      court: "内06",
      level: "basic",
    });
    expect(r.title).toBe("内蒙古自治区鄂尔多斯市中级人民法院辖区基层人民法院2026年第三季度审判态势分析报告");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("分法院指标");
    expect(ws, "sheet 分法院指标").toBeDefined();
    const first: string[] = [];
    ws?.eachRow((row) => {
      first.push(String(row.getCell(1).value ?? ""));
    });
    expect(first.slice(-3)).toEqual([
      "鄂尔多斯市东胜区人民法院",
      "鄂尔多斯康巴什区人民法院",
      "辖区基层人民法院合计",
    ]);
  }, 60_000);
});
