/**
 * The parallel passes over the cases (worker threads on their own connections: deriving facts
 * while the main thread writes; running the per-case detectors) give exactly the results of the
 * single-thread passes. The worker is compiled code, so this runs the built command line (`npm ci`
 * builds it; `npm run build` after changes).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ComputedAlert, detectAllAlerts } from "../../../src/app/alerts/detect-alerts.js";
import { refreshFactsUnchecked } from "../../../src/app/facts/refresh-facts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { openDb } from "../../../src/db/connect.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-prefresh-"));
const dbPath = join(dir, "p.db");
const AS_OF = "2026-06-30";

async function facts() {
  const h = await openDb(dbPath);
  try {
    return await h.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
  } finally {
    await h.close();
  }
}

describe("parallel full refresh", () => {
  beforeAll(async () => {
    expect(
      existsSync(join(root, "dist", "app", "runtime", "case-pass-worker.js")),
      "run `npm run build` first",
    ).toBe(true);
    const options = { cases: 6000, fromYear: 2025, toYear: 2026, asOf: AS_OF, seed: 11 };
    await writeDemoCsv(dir, generateDemoCourt(options));
    const h = await openDb(dbPath);
    const r = await importCases(systemActor(), h, [join(dir, "cases.csv"), join(dir, "events.csv")], {
      today: AS_OF,
      refresh: false,
    });
    expect(r.errors).toEqual([]);
    await refreshFactsUnchecked(h, { asOf: AS_OF });
    await h.close();
  }, 120_000);
  afterAll(() => undefined);

  it("finds the same alerts as the single-thread pass", async () => {
    const h = await openDb(dbPath);
    const single: ComputedAlert[] = [];
    try {
      await detectAllAlerts(h, (page) => void single.push(...page), { asOf: AS_OF });
    } finally {
      await h.close();
    }
    // A 6,000-case court has a few hundred findings (a floor, so that the comparison compares something).
    expect(single.length).toBeGreaterThan(200);
    const out = execFileSync(
      process.execPath,
      [join(root, "bin", "shenguan.js"), "alerts", "--db", dbPath, "--as-of", AS_OF, "--json"],
      {
        env: { ...process.env, SHENGUAN_CASE_WORKERS: "2" },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const parallel = JSON.parse(out.toString("utf8")) as ComputedAlert[];
    const byKey = (a: ComputedAlert, b: ComputedAlert) => a.key.localeCompare(b.key);
    expect(parallel.sort(byKey)).toEqual(single.sort(byKey));
  });

  it("writes the same facts as the single-thread refresh, with the indexes in place", async () => {
    const single = await facts();
    expect(single.length).toBe(6000);
    execFileSync(
      process.execPath,
      [join(root, "bin", "shenguan.js"), "refresh", "--db", dbPath, "--as-of", AS_OF],
      {
        env: { ...process.env, SHENGUAN_CASE_WORKERS: "2" },
        stdio: "pipe",
      },
    );
    const parallel = await facts();
    expect(parallel).toEqual(single);
    const h = await openDb(dbPath);
    const indexes = h.sqlite
      ?.prepare(
        "select name from sqlite_master where type = 'index' and tbl_name = 'case_facts' order by name",
      )
      .all();
    await h.close();
    expect(indexes).toEqual([
      { name: "case_facts_chained" },
      { name: "case_facts_closed" },
      { name: "case_facts_closure_closed" },
      { name: "case_facts_court" },
      { name: "case_facts_division" },
      { name: "case_facts_filed" },
      { name: "case_facts_type_closed" },
    ]);
  });
});
