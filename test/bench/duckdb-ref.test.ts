// The bench's DuckDB reference (bench/duckdb-ref.mjs): the FILTER → SUM(CASE …) rewrite and both
// forms giving the same rows; and the PostgreSQL phase's province generator (bench/postgres.mjs):
// every 案号 carries its own court's code, none twice.
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { generateDemoCourt } from "../../src/demo/generate.js";
import { parseCaseNumber } from "../../src/domain/case-number/index.js";

const bench = join(import.meta.dirname, "..", "..", "bench");
type DuckRef = {
  filterToCase(sql: string): string;
  duckdbPanelBothForms(
    conn: unknown,
    sql: string,
    o?: { runs?: number; extra?: string[] },
  ): Promise<{
    filterMs: number;
    caseMs: number;
    fastestMs: number;
    sameRows: boolean;
    rows: Record<string, unknown>[];
  }>;
};
const ref = async () => (await import(join(bench, "duckdb-ref.mjs"))) as DuckRef;

describe("filterToCase", () => {
  it("rewrites counts and sums, leaving quoted text alone", async () => {
    const { filterToCase } = await ref();
    expect(filterToCase("SELECT COUNT(*) FILTER (WHERE (f.a = 1)) AS m0 FROM t")).toBe(
      "SELECT SUM(CASE WHEN (f.a = 1) THEN 1 ELSE 0 END) AS m0 FROM t",
    );
    expect(
      filterToCase(
        "SELECT COALESCE(SUM(COALESCE(f.d, 0)) FILTER (WHERE (f.b >= 2 AND (f.c IS NULL))), 0) AS m1",
      ),
    ).toBe(
      "SELECT COALESCE(SUM(CASE WHEN (f.b >= 2 AND (f.c IS NULL)) THEN COALESCE(f.d, 0) ELSE 0 END), 0) AS m1",
    );
    // A parenthesis and the word FILTER inside a literal are text, not syntax.
    expect(
      filterToCase("SELECT COUNT(*) FILTER (WHERE f.t = 'a)FILTER (WHERE (') AS m, 'FILTER (WHERE x)' AS k"),
    ).toBe("SELECT SUM(CASE WHEN f.t = 'a)FILTER (WHERE (' THEN 1 ELSE 0 END) AS m, 'FILTER (WHERE x)' AS k");
    expect(filterToCase("SELECT MAX(f.d) FILTER (WHERE f.a = 1) AS m")).toBe(
      "SELECT MAX(CASE WHEN f.a = 1 THEN f.d END) AS m",
    );
  });

  it("gives the same rows in both forms on DuckDB", async () => {
    const { duckdbPanelBothForms } = await ref();
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await conn.run(`CREATE TABLE f (g VARCHAR, a INTEGER, d INTEGER);
      INSERT INTO f VALUES ('x', 1, 10), ('x', 0, 5), ('x', 1, NULL), ('y', 0, 7), ('y', 0, 1)`);
    const sql = `SELECT g, COUNT(*) FILTER (WHERE a = 1) AS n, COALESCE(SUM(COALESCE(d, 0)) FILTER (WHERE a = 1), 0) AS s
      FROM f GROUP BY g ORDER BY g`;
    const r = await duckdbPanelBothForms(conn, sql, { runs: 1 });
    expect(r.sameRows).toBe(true);
    expect(r.fastestMs).toBe(Math.min(r.filterMs, r.caseMs));
    // By hand: x has two rows with a = 1 (d 10 and NULL → 0): n 2, s 10; y has none: n 0, s 0.
    expect(r.rows.map((x) => [x.g, Number(x.n), Number(x.s)])).toEqual([
      ["x", 2, 10],
      ["y", 0, 0],
    ]);
  });
});

describe("the PostgreSQL phase's province", () => {
  it("files every case under its own court, no 案号 twice", async () => {
    const { provinceCases } = (await import(join(bench, "postgres.mjs"))) as {
      provinceCases(
        gen: typeof generateDemoCourt,
        courts: { code: string }[],
        total: number,
        asOf: string,
      ): Iterable<{
        case: { caseNumber: string };
        events: { caseNumber: string }[];
        labels: readonly string[];
      }>;
    };
    const courts = [{ code: "内0602" }, { code: "内0603" }];
    const seen = new Set<string>();
    const byCourt = new Map<string, number>();
    let planted = 0;
    for (const c of provinceCases(generateDemoCourt, courts, 6001, "2026-11-27")) {
      const p = parseCaseNumber(c.case.caseNumber);
      if (!p.ok) throw new Error(c.case.caseNumber);
      const code = p.value.courtCode ?? "?";
      byCourt.set(code, (byCourt.get(code) ?? 0) + 1);
      expect(seen.has(c.case.caseNumber)).toBe(false);
      seen.add(c.case.caseNumber);
      for (const e of c.events) expect(e.caseNumber).toBe(c.case.caseNumber);
      if (c.labels.includes("dq:foreign-court-code")) planted++;
    }
    // 6,001 cases over two courts: 3,001 for the first, 3,000 for the second.
    expect(Object.fromEntries(byCourt)).toEqual({ 内0602: 3001, 内0603: 3000 });
    // The demo planted neighbours' codes on some of them; each was given back its own court's code.
    expect(planted).toBeGreaterThan(0);
  });
});
