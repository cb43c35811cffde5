/**
 * `shenguan loan-interest` with the built command line (run `npm run build` first). The figures are
 * the worked example of docs/loan-interest.md, worked out by hand there and below.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-loan-"));

function built(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, SHENGUAN_LPR_FILE: "", ...env },
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

const LOAN = {
  lenders: [{ name: "李四", kind: "自然人" }],
  borrowers: [{ name: "张三", kind: "自然人" }],
  contractDate: "2021-03-01",
  principalStated: 100000,
  deliveries: [{ date: "2021-03-01", amount: 90000 }],
  agreedTermEnd: "2021-12-31",
  agreedRate: "月息2分",
  repayments: [{ date: "2022-03-01", amount: 10000 }],
  costs: 2000,
};

describe("shenguan loan-interest (built)", () => {
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "loan-interest.js")), "run `npm run build` first").toBe(true);
    writeFileSync(join(dir, "loan.json"), JSON.stringify(LOAN));
    writeFileSync(
      join(dir, "bad.json"),
      JSON.stringify({ ...LOAN, agreedRate: "高利", deliveries: [{ date: "2021-02-30", amount: 1 }] }),
    );
    writeFileSync(
      join(dir, "new.json"),
      JSON.stringify({
        ...LOAN,
        contractDate: "2026-02-01",
        deliveries: [{ date: "2026-02-01", amount: 90000 }],
        agreedTermEnd: null,
        repayments: [],
        costs: 0,
      }),
    );
    writeFileSync(
      join(dir, "lpr.json"),
      JSON.stringify({ source: "测试公告", rows: [{ date: "2026-01-20", percent: 2.9 }] }),
    );
    writeFileSync(
      join(dir, "lpr-bad.json"),
      JSON.stringify({ rows: [{ date: "2026-01-20", percent: "2.9%" }] }),
    );
  });

  it("--json gives the principal, the cap, the interest supported and not, and the lines with articles", () => {
    const r = built(["loan-interest", join(dir, "loan.json"), "--as-of", "2022-06-30", "--json"]);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    // 第二十六条: delivered 90000元 of the 100000元 written. Cap 4 × 3.85 % = 15.4 %.
    expect(j.principal).toBe(90000);
    expect(j.capRate).toBe(0.154);
    // 11742.50 + 2310 + 4658.50 = 18711 supported; at the agreed 24 %: 18300 + 3600 + 7260 = 29160 → 10449 not.
    expect(j.interestSupported).toBe(18711);
    expect(j.interestNotSupported).toBe(10449);
    expect(j.interestSupportedFen).toBe(1_871_100);
    // Repayment 10000: costs 2000, interest 8000 → interest due 18711 − 8000 = 10711; principal 90000.
    expect(j.principalDue).toBe(90000);
    expect(j.interestDue).toBe(10711);
    expect(j.costsDue).toBe(0);
    expect(j.lines.length).toBeGreaterThan(5);
    for (const l of j.lines) expect(l.basis).toMatch(/第.+条/);
    expect(j.paragraph).toMatch(/^本院认为，/);
  });

  it("prints the lines, the table and the paragraph", () => {
    const r = built(["loan-interest", join(dir, "loan.json"), "--as-of", "2022-06-30"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("利率保护上限 年利率15.4%");
    expect(r.out).toContain("11742.50元");
    expect(r.out).toContain("计算如下：");
  });

  it("exits 2 naming each bad field", () => {
    const r = built(["loan-interest", join(dir, "bad.json"), "--as-of", "2022-06-30"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("deliveries[0].date");
    expect(r.err).toContain("agreedRate");
    expect(r.err).toContain("高利");
    expect(built(["loan-interest", join(dir, "loan.json"), "--as-of", "2022-13-01"]).code).toBe(2);
    expect(built(["loan-interest", join(dir, "missing.json")]).code).toBe(2);
  });

  it("reads newer LPR rows from --lpr FILE or SHENGUAN_LPR_FILE", () => {
    // Formed 2026-02-01: with the file's 2.90 % row the cap is 4 × 2.90 % = 11.6 %; without it 4 × 3.00 % = 12 %.
    const args = ["loan-interest", join(dir, "new.json"), "--as-of", "2026-03-01", "--json"];
    expect(JSON.parse(built(args).out).capRate).toBe(0.12);
    expect(JSON.parse(built([...args, "--lpr", join(dir, "lpr.json")]).out).capRate).toBe(0.116);
    expect(JSON.parse(built(args, { SHENGUAN_LPR_FILE: join(dir, "lpr.json") }).out).capRate).toBe(0.116);
    const bad = built([...args, "--lpr", join(dir, "lpr-bad.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("rows[0].percent");
  });
});
