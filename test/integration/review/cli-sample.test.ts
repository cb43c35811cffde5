/**
 * `shenguan review sample` with the built command line, on a demo court: --json prints
 * [{ caseNumber, division, judge }] of cases closed in the month, the same seed gives the same
 * draw, --by-division splits the size by largest remainder, nothing is stored, bad input is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../../src/db/connect.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-review-"));
const db = join(dir, "demo.db");
const AS_OF = "2024-08-01";
const MONTH = "2024-06";

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

type Row = { caseNumber: string; division: string; judge: string };

let closed: { case_number: string; division: string; judge: string }[] = [];

describe("shenguan review sample (built)", () => {
  beforeAll(async () => {
    expect(existsSync(join(root, "dist", "cli", "review.js")), "run `npm run build` first").toBe(true);
    const demo = built("demo", "--out", dir, "--cases", "3000", "--as-of", AS_OF);
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
    try {
      closed = await h.db
        .selectFrom("cases")
        .select(["case_number", "division", "judge"])
        .where("closed_on", ">=", `${MONTH}-01`)
        .where("closed_on", "<=", `${MONTH}-30`)
        .execute();
    } finally {
      await h.close();
    }
    expect(closed.length).toBeGreaterThan(30);
  }, 180_000);

  it("--json prints { caseNumber, division, judge } of cases closed that month, reproducibly", () => {
    const a = built(
      "review",
      "sample",
      "--db",
      db,
      "--month",
      MONTH,
      "--size",
      "12",
      "--seed",
      "7",
      "--json",
    );
    expect(a.code, a.err).toBe(0);
    const list = JSON.parse(a.out) as Row[];
    expect(list).toHaveLength(12);
    const byNumber = new Map(closed.map((c) => [c.case_number, c]));
    for (const r of list) {
      expect(Object.keys(r).sort()).toEqual(["caseNumber", "division", "judge"]);
      const c = byNumber.get(r.caseNumber);
      expect(c, r.caseNumber).toBeDefined();
      expect([c?.division, c?.judge]).toEqual([r.division, r.judge]);
    }
    expect(new Set(list.map((r) => r.caseNumber)).size).toBe(12);
    const again = built(
      "review",
      "sample",
      "--db",
      db,
      "--month",
      MONTH,
      "--size",
      "12",
      "--seed",
      "7",
      "--json",
    );
    expect(JSON.parse(again.out)).toEqual(list);
    const other = built(
      "review",
      "sample",
      "--db",
      db,
      "--month",
      MONTH,
      "--size",
      "12",
      "--seed",
      "8",
      "--json",
    );
    expect(JSON.parse(other.out)).not.toEqual(list);
  });

  it("--by-division gives each division its largest-remainder share", () => {
    const size = 10;
    const r = built(
      "review",
      "sample",
      "--db",
      db,
      "--month",
      MONTH,
      "--size",
      String(size),
      "--by-division",
      "--json",
    );
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as Row[];
    expect(list).toHaveLength(size);
    // Each division's count is the floor or the ceiling of size × its closed cases ÷ all closed cases.
    const counts = new Map<string, number>();
    for (const c of closed) counts.set(c.division, (counts.get(c.division) ?? 0) + 1);
    for (const [division, n] of counts) {
      const exact = (size * n) / closed.length;
      const got = list.filter((x) => x.division === division).length;
      expect(got, division).toBeGreaterThanOrEqual(Math.floor(exact));
      expect(got, division).toBeLessThanOrEqual(Math.ceil(exact));
    }
  });

  it("stores nothing, prints a table without --json, and refuses bad input", async () => {
    const t = built("review", "sample", "--db", db, "--month", MONTH, "--size", "3", "--seed", "1");
    expect(t.code, t.err).toBe(0);
    expect(t.out).toContain("随机种子 1，抽取 3 件");
    expect(t.out).toContain("案号");
    const h = await openDb(db);
    try {
      const n = await h.db
        .selectFrom("review_samples")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
    } finally {
      await h.close();
    }
    const bad = built("review", "sample", "--db", db, "--month", "2024-13", "--size", "3");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("应为形如 2026-11 的年月");
    const badSeed = built("review", "sample", "--db", db, "--month", MONTH, "--size", "3", "--seed", "-5");
    expect(badSeed.code).toBe(2);
    expect(badSeed.err).toContain("随机种子应为 0 至 4294967295 的整数");
  });
});
