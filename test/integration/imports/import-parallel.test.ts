/**
 * A large CSV sheet is read and validated by a worker thread while the importing thread writes
 * (import-worker.ts). The worker is compiled code, so this runs the built command line (`npm ci`
 * builds it; `npm run build` after changes) and compares it with the in-thread import of the test
 * runner: the same cases and events stored, and for a bad file the same errors, in the same order.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportReport, importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { openDb } from "../../../src/db/connect.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "shenguan-pimport-"));
const TODAY = "2026-06-30";
const cli = (args: string[]) =>
  execFileSync(process.execPath, [join(root, "bin", "shenguan.js"), ...args], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString("utf8");

async function stored(path: string) {
  const h = await openDb(path);
  try {
    const cases = await h.db
      .selectFrom("cases")
      .selectAll()
      .orderBy("case_number")
      .execute()
      .then((rows) => rows.map(({ id, import_id, created_at, updated_at, ...rest }) => rest));
    const events = await h.db
      .selectFrom("case_events as e")
      .innerJoin("cases as c", "c.id", "e.case_id")
      .select(["c.case_number", "e.kind", "e.reason", "e.from_on", "e.to_on", "e.length_months"])
      .select(["e.length_days", "e.new_procedure", "e.approved_by", "e.note", "e.event_key"])
      .orderBy("c.case_number")
      .orderBy("e.event_key")
      .execute();
    return { cases, events };
  } finally {
    await h.close();
  }
}

describe("import with a reading worker (built CLI) and in-thread (sources)", () => {
  beforeAll(async () => {
    expect(
      existsSync(join(root, "dist", "app", "imports", "sheet-worker.js")),
      "run `npm run build` first",
    ).toBe(true);
    await writeDemoCsv(
      dir,
      generateDemoCourt({ cases: 5000, fromYear: 2025, toYear: 2026, asOf: TODAY, seed: 5 }),
    );
  }, 60_000);

  it("stores the same cases and events", async () => {
    const files = [join(dir, "cases.csv"), join(dir, "events.csv")];
    const h = await openDb(join(dir, "single.db"));
    const single = await importCases(systemActor(), h, files, { today: TODAY, refresh: false });
    await h.close();
    expect(single.ok).toBe(true);
    const report = JSON.parse(
      cli(["import", ...files, "--db", join(dir, "worker.db"), "--today", TODAY, "--json"]),
    );
    expect(report.cases).toEqual(single.cases);
    expect(report.events).toEqual(single.events);
    expect(report.warnings).toEqual(single.warnings);
    const a = await stored(join(dir, "single.db"));
    const b = await stored(join(dir, "worker.db"));
    expect(a.cases.length).toBe(5000);
    expect(a.events.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  }, 120_000);

  it("reports the same errors for a bad file, in the same order, and writes nothing", async () => {
    const lines = readFileSync(join(dir, "cases.csv"), "utf8").split("\n");
    // Row numbers are Excel's (header = 1): line i of the file is row i + 1.
    lines[9] = (lines[9] as string).replace(/,(\d{4})-\d{2}-\d{2},/, ",$1-13-40,"); // row 10: impossible date
    lines[19] = (lines[19] as string).replace(/^[^,]+/, "（2026）内0602民初甲号"); // row 20: bad 案号
    lines.splice(lines.length - 1, 0, lines[3] as string); // last row: a duplicate of row 4
    const bad = join(dir, "bad-cases.csv");
    writeFileSync(bad, lines.join("\n"));
    const h = await openDb(join(dir, "single-bad.db"));
    const single: ImportReport = await importCases(systemActor(), h, [bad], { today: TODAY, refresh: false });
    await h.close();
    expect(single.ok).toBe(false);
    expect(single.errors.map((e) => e.row)).toEqual([10, 20, lines.length - 1]);
    let out = "";
    try {
      cli(["import", bad, "--db", join(dir, "worker-bad.db"), "--today", TODAY, "--json"]);
    } catch (err) {
      out = String((err as { stdout: Buffer }).stdout);
      expect((err as { status: number }).status).toBe(2);
    }
    const report = JSON.parse(out);
    expect(report.errors).toEqual(single.errors);
    expect(report.warnings).toEqual(single.warnings);
    expect(report.errorCount).toBe(single.errorCount);
    const b = await stored(join(dir, "worker-bad.db"));
    expect(b.cases).toEqual([]);
  }, 120_000);
});
