/**
 * `shenguan triage` with the built command line, on a demo court imported from its files (no stored
 * settings, so no wage: no 小额诉讼) and then with a wage stored: --json is exactly an array of
 * { caseNumber, track, rules, reasons }, one entry per pending 民初 case; bad input is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../../src/db/connect.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { TRIAGE_RULES } from "../../../src/domain/triage/rules.js";
import { TRIAGE_DEFAULTS } from "../../../src/domain/triage/settings.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-triage-"));
const db = join(dir, "demo.db");
const AS_OF = "2024-08-01";
const TRACKS = ["小额诉讼程序", "速裁", "简易程序", "普通程序"];
const IDS = new Set(TRIAGE_RULES.map((r) => r.id));

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

type Entry = { caseNumber: string; track: string; rules: string[]; reasons: string[] };

describe("shenguan triage (built)", () => {
  let pending = 0;
  beforeAll(async () => {
    expect(existsSync(join(root, "dist", "cli", "triage.js")), "run `npm run build` first").toBe(true);
    const demo = built("demo", "--out", dir, "--cases", "4000", "--as-of", AS_OF);
    expect(demo.code, demo.err).toBe(0);
    const imported = built(
      "import",
      "--db",
      db,
      "--today",
      AS_OF,
      join(dir, "cases.csv"),
      join(dir, "events.csv"),
    );
    expect(imported.code, imported.err).toBe(0);
    const h = await openDb(db);
    const row = await h.db
      .selectFrom("cases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("type_code", "=", "民初")
      .where("filed_on", "<=", AS_OF)
      .where((eb) => eb.or([eb("closed_on", "is", null), eb("closed_on", ">", AS_OF)]))
      .executeTakeFirstOrThrow();
    pending = Number(row.n);
    await h.close();
  }, 120_000);

  it("--json: one { caseNumber, track, rules, reasons } per pending 民初 case", () => {
    const r = built("triage", "--db", db, "--as-of", AS_OF, "--json");
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as Entry[];
    expect(pending).toBeGreaterThan(0);
    expect(list).toHaveLength(pending);
    for (const e of list) {
      expect(Object.keys(e)).toEqual(["caseNumber", "track", "rules", "reasons"]);
      expect(e.caseNumber).toContain("民初");
      expect(TRACKS).toContain(e.track);
      for (const id of e.rules) expect(IDS.has(id), id).toBe(true);
      expect(e.reasons.length).toBeGreaterThan(0);
    }
    // No wage stored: nothing is 小额, and each case says so.
    expect(list.filter((e) => e.track === "小额诉讼程序")).toEqual([]);
    expect(list.filter((e) => e.rules.includes("small-claims.no-wage"))).toHaveLength(pending);
  });

  it("with a wage stored, 小额诉讼 suggestions appear; the table is Chinese", async () => {
    const h = await openDb(db);
    const settings = {
      ...TRIAGE_DEFAULTS,
      averageWages: [{ appliesFrom: "2020-01-01", wageYear: 2019, yuan: 100_000, source: "测试" }],
    };
    await writeSetting(h, "triage-settings", JSON.stringify(settings), new Date().toISOString());
    await h.close();
    const list = JSON.parse(built("triage", "--db", db, "--as-of", AS_OF, "--json").out) as Entry[];
    const small = list.filter((e) => e.track === "小额诉讼程序");
    expect(small.length).toBeGreaterThan(0);
    // Within 50 % of the wage (50,000元), or — the demo marks some cases so — above it and within
    // twice the wage (200,000元) with both parties' agreement (民事诉讼法第一百六十五条第二款).
    for (const e of small)
      expect(e.reasons.join("")).toMatch(
        /不超过2019年度就业人员年平均工资100,000元的50%即50,000元|超过50,000元但不超过2019年度就业人员年平均工资100,000元的2倍即200,000元，当事人双方约定适用小额诉讼的程序/,
      );
    expect(small.some((e) => e.reasons.join("").includes("的50%即50,000元"))).toBe(true);
    const table = built("triage", "--db", db, "--as-of", AS_OF);
    expect(table.code, table.err).toBe(0);
    expect(table.out).toContain(`截至 ${AS_OF} 未结民事一审案件 ${pending} 件`);
    expect(table.out).toContain("建议程序");
  });

  it("a bad date is refused with exit code 2", () => {
    const r = built("triage", "--db", db, "--as-of", "2024-13-01");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--as-of");
  });
});
