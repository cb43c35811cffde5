/**
 * The demo court's 判后 tasks (src/app/demo/seed-demo-aftercare.ts): after the seeder, 释明 tasks
 * pending and done, and 督促 tasks in every state — pending (untouched and contacted only), each
 * outcome recorded, and closed automatically by a demo 执 case (some after a recorded 全部履行).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExplanations } from "../../../src/app/aftercare/list-tasks.js";
import { performanceTasks } from "../../../src/app/aftercare/tasks.js";
import { seedDemoAftercare } from "../../../src/app/demo/seed-demo-aftercare.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import { writeDemoCsv } from "../../../src/demo/write.js";
import { freshDb, type TestDb } from "../../helpers/db.js";

const office = systemActor("test");
const AS_OF = "2026-11-27";

describe("the demo court's 判后 tasks", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb("sqlite");
    const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-aftercare-"));
    await writeDemoCsv(
      dir,
      generateDemoCourt({ cases: 6000, fromYear: 2025, toYear: 2026, asOf: AS_OF, seed: 1 }),
    );
    const r = await importCases(office, db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
      today: AS_OF,
    });
    expect(r.errors).toEqual([]);
    await seedDemoAftercare(db, AS_OF);
  }, 300_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("has 释明 tasks pending and done", async () => {
    const pending = await listExplanations(office, db, { from: "2025-11-27", state: "pending" });
    const done = await listExplanations(office, db, { from: "2025-11-27", state: "done" });
    expect(pending.total).toBeGreaterThan(0);
    expect(done.total).toBeGreaterThan(pending.total);
  });

  it("has 督促 tasks in every state", async () => {
    const all = await performanceTasks(office, db, { from: "2025-11-27" }, AS_OF);
    const count = (f: (t: (typeof all)[number]) => boolean) => all.filter(f).length;
    expect(count((t) => t.state === "pending" && t.contacts === 0)).toBeGreaterThan(0);
    expect(count((t) => t.state === "pending" && t.contacts > 0)).toBeGreaterThan(0);
    for (const o of ["全部履行", "部分履行", "未履行"])
      expect(
        count((t) => t.state === "done" && t.outcome === o),
        o,
      ).toBeGreaterThan(0);
    expect(count((t) => t.state === "enforced" && t.outcome === "未履行")).toBeGreaterThan(0);
    expect(count((t) => t.state === "enforced" && t.recorded?.outcome === "全部履行")).toBeGreaterThan(0);
    // Some without a recorded 生效日期: dated by the estimate, tagged 推定.
    expect(count((t) => t.effectEstimated)).toBeGreaterThan(0);
    expect(count((t) => !t.effectEstimated)).toBeGreaterThan(count((t) => t.effectEstimated));
  });
});
