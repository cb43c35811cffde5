/**
 * 六源治理 on SQLite and PostgreSQL: the source figures against hand counts, the by-type split of
 * 访源, and the drill of 派生案件数. Period 2024; facts as of 2025-06-30.
 *
 * Cases (N = （2024）内0602…号 unless written out):
 *   民诉前调11, 民诉前调12 filed 2024 — 诉前调解 2; （2023）…民诉前调9 filed 2023 — outside the period
 *   民初101 judgment ← 执201 (filed 2024-05) ← 执异301 (filed 2024-06): derived 2 (执201, 执异301)
 *   执202 names 民初999, not in the data: its own root, not derived
 *   首次执行 filed 2024: 执201, 执202 = 2
 *   刑申401 (filed 2024-03), 民监402 (filed 2024-04): 申诉、申请再审审查 2 — 刑申 1, 民监 1
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { getSixSources } from "../../../src/app/six-sources/get-six-sources.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const actor = systemActor("tester");
const TODAY = "2025-06-30";
const P = { from: "2024-01-01", to: "2024-12-31" };
const N = (t: string) => `（2024）内0602${t}号`;
const HEADER = "案号,案由,立案日期,承办部门,承办人,结案日期,结案方式,原审案号";
const CSV = [
  HEADER,
  `${N("民诉前调11")},民间借贷纠纷,2024-02-01,诉讼服务中心,赵调解员,,,`,
  `${N("民诉前调12")},买卖合同纠纷,2024-03-01,诉讼服务中心,赵调解员,,,`,
  `（2023）内0602民诉前调9号,买卖合同纠纷,2023-12-01,诉讼服务中心,赵调解员,,,`,
  `${N("民初101")},民间借贷纠纷,2024-01-10,民事审判第一庭,张法官,2024-03-01,判决,`,
  `${N("执201")},,2024-05-01,执行局,李法官,2024-09-01,执行完毕,${N("民初101")}`,
  `${N("执异301")},,2024-06-01,执行局,李法官,2024-07-01,其他,${N("执201")}`,
  `${N("执202")},,2024-08-01,执行局,李法官,,,${N("民初999")}`,
  `${N("刑申401")},,2024-03-01,刑事审判庭,王法官,,,`,
  `${N("民监402")},,2024-04-01,民事审判第一庭,张法官,,,`,
].join("\n");

const IDS = [
  "pre_filing_mediation_filed",
  "derived_filed",
  "enforcement_first_filed",
  "petition_review_filed",
];

describe.each(TEST_DIALECTS)("六源治理 on %s", (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(dialect);
    const dir = mkdtempSync(join(tmpdir(), "shenguan-sources-"));
    writeFileSync(join(dir, "cases.csv"), CSV);
    const r = await importCases(actor, db, [join(dir, "cases.csv")], { today: TODAY });
    expect(r.errors).toEqual([]);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("counts each source's figures as counted by hand", async () => {
    const panel = await computeIndicators(actor, db, { ...P, by: "all", ids: IDS });
    const f = panel.groups[0]?.indicators ?? {};
    expect(f.pre_filing_mediation_filed?.value).toBe(2);
    expect(f.derived_filed?.value).toBe(2);
    expect(f.enforcement_first_filed?.value).toBe(2);
    expect(f.petition_review_filed?.value).toBe(2);
  });

  it("splits 访源 by type code", async () => {
    const panel = await computeIndicators(actor, db, { ...P, by: "type", ids: ["petition_review_filed"] });
    const byType = Object.fromEntries(
      panel.groups.map((g) => [g.key, g.indicators.petition_review_filed?.value ?? 0]),
    );
    expect(byType.刑申).toBe(1);
    expect(byType.民监).toBe(1);
    expect(byType.执 ?? 0).toBe(0);
  });

  it("the drill of 派生案件数 lists the derived cases only", async () => {
    const d = await drillDown(actor, db, { indicator: "derived_filed", part: "numerator", ...P });
    expect(d.rows.map((r) => r.caseNumber).sort()).toEqual([N("执201"), N("执异301")].sort());
  });

  it("names every source, 腐源 with no figures and a note", () => {
    const v = getSixSources(actor);
    expect(v.sources.map((s) => s.name)).toEqual(["诉源", "案源", "执源", "积源", "访源", "腐源"]);
    const fu = v.sources.find((s) => s.key === "fu");
    expect(fu?.figures).toEqual([]);
    expect(fu?.note).toContain("不属于案件数据");
    expect(v.sources.find((s) => s.key === "fang")?.figures[0]?.name).toBe("申诉、申请再审审查案件数");
  });
});
