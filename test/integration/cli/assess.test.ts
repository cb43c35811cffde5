/**
 * `shenguan assess` with the built command line, on the hand-built court of 30 cases
 * (test/fixtures/golden-court.ts; period 2024, facts as of 2025-06-30). Every score is worked out
 * by hand below from the fixture's table and the format's formulas (docs/assessment.md).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { casesCsv, EVENTS, M1, XING, XINGZHENG, ZHI } from "../../fixtures/golden-court.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-assess-"));
const db = join(dir, "golden.db");

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const SCHEME = {
  name: "测试考核办法",
  version: "T1",
  items: [
    { indicator: "on_time_rate", weight: 20, method: "range", min: 0.9, step: 0.1, penalty: 5 },
    { indicator: "mediation_rate", weight: 20, method: "relative" },
    { indicator: "long_pending_12m", weight: 10, method: "deduct", points: 5 },
  ],
};

interface Out {
  scheme: { name: string; version: string };
  from: string;
  to: string;
  by: string;
  units: {
    key: string;
    total: number | null;
    items: {
      indicator: string;
      value: number | null;
      points: number | null;
      weight: number;
      scored: boolean;
      explanation: string;
    }[];
  }[];
}

describe("shenguan assess (built)", () => {
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "assess.js")), "run `npm run build` first").toBe(true);
    writeFileSync(join(dir, "cases.csv"), casesCsv());
    writeFileSync(join(dir, "events.csv"), EVENTS);
    writeFileSync(join(dir, "scheme.json"), JSON.stringify(SCHEME));
    const imported = built(
      "import",
      "--db",
      db,
      "--today",
      "2025-06-30",
      join(dir, "cases.csv"),
      join(dir, "events.csv"),
    );
    expect(imported.code, imported.err).toBe(0);
  }, 120_000);

  it("--json by judge: the format's output object, every score as counted by hand", () => {
    const r = built(
      "assess",
      "--db",
      db,
      "--scheme",
      join(dir, "scheme.json"),
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
      "--by",
      "judge",
      "--json",
    );
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(Object.keys(out)).toEqual(["scheme", "from", "to", "by", "units"]);
    expect(out.scheme).toEqual({ name: "测试考核办法", version: "T1" });
    expect(out).toMatchObject({ from: "2024-01-01", to: "2024-12-31", by: "judge" });
    for (const u of out.units)
      for (const i of u.items)
        expect(Object.keys(i)).toEqual(["indicator", "value", "points", "weight", "scored", "explanation"]);

    const unit = (key: string) => {
      const u = out.units.find((x) => x.key === key);
      if (!u) throw new Error(`no unit ${key}: ${out.units.map((x) => x.key).join(", ")}`);
      return u;
    };
    const points = (key: string) => unit(key).items.map((i) => i.points);

    // Closed in 2024 by judge (all with a time limit); late: 7, 9, 15, 19, 22.
    //   甲: 1, 5, 7, 9, 13, 15, 28, 30 → 5 of 8 on time = 0.625; 0.9 − 0.625 = 0.275 → ceil(2.75) = 3 steps × 5 = 15 → 5
    //   乙: 4, 6, 8, 10, 29 → 5 of 5 = 1 → 20
    //   丁: 18, 19 → 1 of 2 = 0.5; 0.4 → 4 steps × 5 = 20 → 0
    //   丙: 21, 22, 23, 26 → 3 of 4 = 0.75; 0.15 → ceil(1.5) = 2 steps × 5 = 10 → 10
    //   戊: 27 → 1 → 20
    // 民初 closed in 2024: 甲 1, 5, 7, 9, 13, 15, 30 (调解 1, 5, 13) → 3/7; 乙 4, 6, 8, 10, 29 (调解 10) → 1/5;
    //   the others have no 民初 (null, not scored). best = 3/7: 甲 20; 乙 20 × (1/5) ÷ (3/7) = 28/3.
    // Pending over 12 months at 2024-12-31: 2 (乙), 16 (乙), 25 (丙): 乙 10 − 2 × 5 = 0; 丙 10 − 5 = 5; others 10.
    expect(points(`${M1} / 甲`)).toEqual([5, 20, 10]);
    expect(points(`${M1} / 乙`)[0]).toBe(20);
    expect(points(`${M1} / 乙`)[1]).toBeCloseTo(28 / 3, 9);
    expect(points(`${M1} / 乙`)[2]).toBe(0);
    expect(points(`${XING} / 丁`)).toEqual([0, null, 10]);
    expect(points(`${ZHI} / 丙`)).toEqual([10, null, 5]);
    expect(points(`${XINGZHENG} / 戊`)).toEqual([20, null, 10]);

    // Totals: 100 × Σ points ÷ Σ weights of the scored items.
    //   甲 (5 + 20 + 10) / 50 = 70; 乙 (20 + 28/3 + 0) / 50 = 58.666…; 丁 (0 + 10) / 30 = 33.333…;
    //   丙 (10 + 5) / 30 = 50; 戊 (20 + 10) / 30 = 100
    expect(unit(`${M1} / 甲`).total).toBeCloseTo(70, 9);
    expect(unit(`${M1} / 乙`).total).toBeCloseTo((100 * (20 + 28 / 3)) / 50, 9);
    expect(unit(`${XING} / 丁`).total).toBeCloseTo(100 / 3, 9);
    expect(unit(`${ZHI} / 丙`).total).toBeCloseTo(50, 9);
    expect(unit(`${XINGZHENG} / 戊`).total).toBeCloseTo(100, 9);

    const jia = unit(`${M1} / 甲`).items[0];
    expect(jia?.value).toBe(0.625);
    expect(jia?.explanation).toBe(
      "法定审限内结案率 62.5%，低于下限 90% 差 27.5 个百分点，按每 10 个百分点扣 5 分（不足 10 个百分点按 10 个百分点计）扣 15 分，得 5 分",
    );
    expect(unit(`${XING} / 丁`).items[1]?.explanation).toBe(
      "调解率无可计算数据（分母为零），不计分，权重不计入总分",
    );
  });

  it("without --scheme: the stored scheme in force on --to (the 2024 example), by division", () => {
    const r = built("assess", "--db", db, "--from", "2024-01-01", "--to", "2024-12-31", "--json");
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(out.scheme).toEqual({ name: "2024年度审判质效考核办法", version: "2024-01" });
    expect(out.units.map((u) => u.key).sort()).toEqual([M1, XING, ZHI, XINGZHENG].sort());
    expect(out.units[0]?.items).toHaveLength(14);
  });

  it("prints a table without --json", () => {
    const r = built(
      "assess",
      "--db",
      db,
      "--scheme",
      join(dir, "scheme.json"),
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("测试考核办法（版本 T1）");
    expect(r.out).toContain("总分");
    expect(r.out).toContain(M1);
  });

  it("an invalid scheme file exits with code 2, naming the item and field", () => {
    const bad = {
      ...SCHEME,
      items: [
        ...SCHEME.items,
        { indicator: "clearance_rate", weight: 10, method: "target", floor: 0.8 },
        { indicator: "no_such_indicator", weight: 5, method: "relative" },
      ],
    };
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const r = built(
      "assess",
      "--db",
      db,
      "--scheme",
      join(dir, "bad.json"),
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("第 4 项（clearance_rate）：缺少参数 target（目标值）");
    expect(r.err).toContain("第 5 项（no_such_indicator）：未知的指标 no_such_indicator");
    expect(r.out).toBe("");

    writeFileSync(join(dir, "broken.json"), "{ not json");
    const broken = built(
      "assess",
      "--db",
      db,
      "--scheme",
      join(dir, "broken.json"),
      "--from",
      "2024-01-01",
      "--to",
      "2024-12-31",
    );
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("不是有效的 JSON");
  });
});
