/**
 * `shenguan supervision identify` with the built command line, on a demo court: the JSON is one
 * entry per case and rule ({ caseNumber, rule, category, reason }), the same list as the findings
 * the import recorded on the candidates (what the 待确认 list shows); bad input is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../../src/db/connect.js";
import { SUPERVISION_RULES_BY_ID } from "../../../src/domain/supervision/supervised-rules.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-cli-supervision-"));
const db = join(dir, "demo.db");
const AS_OF = "2024-08-01";

function built(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe("shenguan supervision identify (built)", () => {
  beforeAll(() => {
    expect(existsSync(join(root, "dist", "cli", "supervision.js")), "run `npm run build` first").toBe(true);
    const demo = built("demo", "--out", dir, "--cases", "6000", "--as-of", AS_OF);
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
  }, 120_000);

  it("--json prints one entry per case and rule, the list the import recorded", async () => {
    const r = built("supervision", "identify", "--db", db, "--as-of", AS_OF, "--json");
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as {
      caseNumber: string;
      rule: string;
      category: number;
      reason: string;
    }[];
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(Object.keys(e).sort()).toEqual(["caseNumber", "category", "reason", "rule"]);
      expect(e.category).toBe(SUPERVISION_RULES_BY_ID.get(e.rule)?.category);
      expect(e.reason).toMatch(/[\u4e00-\u9fff]/);
    }
    const keys = list.map((e) => `${e.caseNumber}|${e.rule}`);
    expect(new Set(keys).size).toBe(keys.length);

    const h = await openDb(db);
    try {
      const stored = await h.db
        .selectFrom("supervision_findings as f")
        .innerJoin("matters as m", "m.id", "f.matter_id")
        .select(["m.case_number", "f.rule_id", "f.category", "f.reason", "m.state"])
        .execute();
      expect(stored.every((s) => s.state === "candidate")).toBe(true);
      expect(stored.map((s) => `${s.case_number}|${s.rule_id}`).sort()).toEqual([...keys].sort());
      const byKey = new Map(stored.map((s) => [`${s.case_number}|${s.rule_id}`, s]));
      for (const e of list) expect(byKey.get(`${e.caseNumber}|${e.rule}`)?.reason).toBe(e.reason);
    } finally {
      await h.close();
    }
  });

  it("prints a table without --json, and refuses a bad date", () => {
    const r = built("supervision", "identify", "--db", db, "--as-of", AS_OF);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/截至 2024-08-01 检查 6000 件案件，四类案件候选 \d+ 件/);
    const bad = built("supervision", "identify", "--db", db, "--as-of", "2024-13-01");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--as-of");
  });
});
