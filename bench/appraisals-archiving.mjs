// Bench phase "appraisals": the 鉴定 and 归档 figures over the bench court (docs/appraisals.md,
// docs/archiving.md). 5,000 appraisals are written straight into the register (诉中 on stored 民初
// cases, 诉前 under 诉前调 numbers some cases name as 原审案号 — none do in the bench data, so those
// stay unlinked), then each figure is timed as a screen asks for it. Target: each ≤ 1.0 s.
import { join } from "node:path";

export async function appraisalsArchivingPhase({ root, dbPath, asOf, log }) {
  const dist = (p) => import(join(root, "dist", p));
  const { openDb } = await dist("db/connect.js");
  const { upsertAppraisals } = await dist("db/appraisals/write-appraisals.js");
  const { listAppraisals } = await dist("app/appraisals/list-appraisals.js");
  const { appraisalComparison } = await dist("app/appraisals/appraisal-comparison.js");
  const { appraisalAlerts } = await dist("app/appraisals/appraisal-alerts.js");
  const { archivingFigures, listUnarchived, exportUnarchived } = await dist("app/archiving/archiving.js");
  const h = await openDb(dbPath);
  const actor = { username: "bench", role: "admin" };
  await h.db.deleteFrom("appraisals").execute();
  const picked = await h.db
    .selectFrom("cases")
    .select(["case_number", "filed_on"])
    .where("type_code", "=", "民初")
    .where("filed_on", "<", asOf)
    .orderBy("id")
    .limit(4000)
    .execute();
  const kinds = ["伤残", "工程造价", "笔迹", "价格", "医疗损害", "其他"];
  const rows = picked.map((c, i) => ({
    caseNumber: c.case_number,
    stage: "诉中",
    kind: kinds[i % kinds.length],
    commissionedOn: c.filed_on,
    institution: "某司法鉴定所",
    completedOn: i % 7 === 0 ? null : c.filed_on,
    extensionApproved: false,
  }));
  for (let i = 0; i < 1000; i++)
    rows.push({
      caseNumber: `（2025）内0602民诉前调${i + 1}号`,
      stage: "诉前",
      kind: kinds[i % kinds.length],
      commissionedOn: "2025-03-03",
      institution: null,
      completedOn: "2025-04-01",
      extensionApproved: false,
    });
  await h.db
    .transaction()
    .execute((trx) =>
      upsertAppraisals(trx, rows, { user: "bench", now: new Date().toISOString(), importId: null }),
    );
  const time = async (name, f) => {
    const t = performance.now();
    await f();
    const s = (performance.now() - t) / 1000;
    log(`  ${name}: ${s.toFixed(3)} s`);
    return s;
  };
  const from = `${Number(asOf.slice(0, 4)) - 2}-01-01`;
  const r = {
    appraisals: rows.length,
    archivingSeconds: await time(
      "archive lag by division and judge, monthly rate (the page's default: this year to date)",
      () => archivingFigures(actor, h, { asOf }),
    ),
    archivingThreeYearsSeconds: await time("the same over three years (every closed case)", () =>
      archivingFigures(actor, h, { from, to: asOf, asOf }),
    ),
    unarchivedSeconds: await time("unarchived list, first page", () => listUnarchived(actor, h, { asOf })),
    unarchivedExportSeconds: await time("unarchived list of one division as .xlsx", async () => {
      const d = await h.db.selectFrom("cases").select("division").limit(1).executeTakeFirstOrThrow();
      return exportUnarchived(actor, h, { asOf, division: d.division });
    }),
    registerSeconds: await time("鉴定 register, first page", () => listAppraisals(actor, h, { asOf })),
    comparisonSeconds: await time("诉前/诉中 comparison", () => appraisalComparison(actor, h, { asOf })),
    mismatchAlertsSeconds: await time("appraisal-exclusion alerts", () => appraisalAlerts(h, asOf)),
  };
  await h.close();
  return r;
}
