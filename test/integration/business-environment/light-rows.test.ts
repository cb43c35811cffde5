/**
 * The pack reads light rows (no division, judge or cause over the year; the reader's scope in the
 * query; the enforcement cases in one join) and fills in the typical cases afterwards. The domain
 * (computePack) stays the source of truth: on the hand-made court of
 * test/integration/termination-library/fixture.ts, getPack must equal computePack over every case
 * and every enforcement case read in full here, filtered by the reader's scope (withinScope), for
 * the office, a division chief, a judge and a division with no case, and with the definitions
 * picking causes — on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDefinitions, updateDefinitions } from "../../../src/app/business-environment/definitions.js";
import { getPack } from "../../../src/app/business-environment/pack.js";
import { type Actor, dataScope, withinScope } from "../../../src/domain/auth/index.js";
import {
  type BusinessEnvironmentDefinitions,
  computePack,
  type PackCase,
  type PackEnforcement,
  partiesText,
} from "../../../src/domain/business-environment/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedFixture } from "../termination-library/fixture.js";

const office: Actor = { username: "office", role: "office" };
const chief: Actor = { username: "c", role: "chief", division: "民事审判第二庭" };
const judge: Actor = { username: "j", role: "judge", division: "民事审判第二庭", judgeName: "钱七" };
const otherChief: Actor = { username: "o", role: "chief", division: "刑事审判庭" };
const PERIOD = { from: "2025-01-01", to: "2025-06-30" };

/** Every case and enforcement case in full, as the domain takes them (no SQL filtering). */
async function domainPack(db: TestDb, actor: Actor, d: BusinessEnvironmentDefinitions) {
  const rows = await db.db
    .selectFrom("cases as c")
    .innerJoin("case_facts as f", "f.case_id", "c.id")
    .select([
      "c.id",
      "c.case_number",
      "c.type_code",
      "c.division",
      "c.judge",
      "c.cause",
      "c.plaintiffs",
      "c.defendants",
      "c.filed_on",
      "c.closed_on",
      "c.closure_mode",
      "c.amount_fen",
      "c.origin_case_number",
      "c.recovered_amount_fen",
      "f.enterprise",
      "f.status",
    ])
    .execute();
  const scope = dataScope(actor);
  const cases: PackCase[] = rows
    .filter((r) => r.closed_on !== null)
    .map((r) => ({
      caseId: Number(r.id),
      caseNumber: r.case_number,
      typeCode: r.type_code,
      division: r.division,
      judge: r.judge,
      cause: r.cause,
      plaintiffs: r.plaintiffs,
      defendants: r.defendants,
      filedOn: r.filed_on,
      closedOn: r.closed_on as string,
      closureMode: r.closure_mode,
      amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
      enterprise: Number(r.enterprise) === 1,
      status: r.status,
    }))
    .filter((c) => withinScope(scope, c));
  const enforcements: PackEnforcement[] = rows
    .filter((r) => r.origin_case_number !== null && d.enforcementTypeCodes.includes(r.type_code))
    .map((r) => ({
      caseId: Number(r.id),
      caseNumber: r.case_number,
      originCaseNumber: r.origin_case_number as string,
      filedOn: r.filed_on,
      closedOn: r.closed_on,
      closureMode: r.closure_mode,
      amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
      recoveredFen: r.recovered_amount_fen === null ? null : Number(r.recovered_amount_fen),
    }));
  const p = computePack(cases, enforcements, d, PERIOD.from, PERIOD.to);
  // The typical cases show the parties as 原告 诉 被告 (partiesText) in both.
  for (const list of [p.largest, p.fastest, p.mediatedCases])
    for (const c of list) {
      const full = cases.find((x) => x.caseId === c.caseId) as PackCase;
      c.parties = partiesText(full.plaintiffs, full.defendants);
    }
  return p;
}

for (const dialect of TEST_DIALECTS) {
  describe(`营商环境 pack: light rows equal the domain over full rows on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      await seedFixture(db, "2025-06-30");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("for every reader, default definitions", async () => {
      const { definitions } = await getDefinitions(office, db);
      for (const actor of [office, chief, judge, otherChief])
        expect(await getPack(actor, db, PERIOD)).toEqual(await domainPack(db, actor, definitions));
      // Something to compare: the office's pack has its four cases (fixture: 301–304).
      expect((await getPack(office, db, PERIOD)).figures.closed).toBe(4);
      expect((await getPack(otherChief, db, PERIOD)).figures.closed).toBe(0);
    });

    it("with causes picked and every case (not only 涉企)", async () => {
      const { definitions } = await getDefinitions(office, db);
      const d = { ...definitions, enterpriseOnly: false, causes: ["买卖合同纠纷"] };
      await updateDefinitions(office, db, d);
      const { definitions: saved } = await getDefinitions(office, db);
      for (const actor of [office, chief, judge])
        expect(await getPack(actor, db, PERIOD)).toEqual(await domainPack(db, actor, saved));
      await updateDefinitions(office, db, definitions);
    });
  });
}
