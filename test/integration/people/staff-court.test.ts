/**
 * The staff register (人员) keeps a court of its own, on SQLite and PostgreSQL: two sibling basic
 * courts (内0602 东胜区, 内0603 康巴什区, under 内06) in one database, both with a 民事审判第一庭. A
 * member of 内0603's register is unknown to 内0602's cases of that name (the judge-unknown alert); a
 * member of no court counts for both; a member added or imported takes the account's court, and an
 * import naming a court outside the account's courts is refused row by row; the staff list shows
 * each court its own; migration 0033 fills the court from the linked account.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { addStaff } from "../../../src/app/people/add-staff.js";
import { importStaff } from "../../../src/app/people/import-staff.js";
import { listStaff } from "../../../src/app/people/list-staff.js";
import { staffCourt, staffOfCourts } from "../../../src/app/people/staff-courts.js";
import { recomputeUnknownJudgeAlerts, unknownJudgeAlerts } from "../../../src/app/people/unknown-judges.js";
import { updateStaffMember } from "../../../src/app/people/update-staff.js";
import { actorOf, systemActor } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { listCourtCodes } from "../../../src/db/courts/courts.js";
import { migrate } from "../../../src/db/migrate.js";
import { readStaffRegister } from "../../../src/db/people/read-staff-register.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { courtsVisibleTo } from "../../../src/domain/court/hierarchy.js";
import { insertAccount } from "../../helpers/accounts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const C1 = "民事审判第一庭";
const JUDGE_UNKNOWN = "data-quality.judge-unknown";
const CASE = {
  /** 张三 of 内0602's 民一庭: 张三 is only in 内0603's register. */
  a1: "（2024）内0602民初1号",
  /** 张三 of 内0603's 民一庭: in its register. */
  b1: "（2024）内0603民初1号",
  /** 李四, a member of no court: known to both. */
  a2: "（2024）内0602民初2号",
  b2: "（2024）内0603民初2号",
  /** 王五 of 内0602: registered by 内0602's import. */
  a3: "（2024）内0602民初3号",
} as const;
const CASES_CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  `${CASE.a1},买卖合同纠纷,2024-05-01,普通程序,${C1},张三,,`,
  `${CASE.b1},买卖合同纠纷,2024-05-02,普通程序,${C1},张三,,`,
  `${CASE.a2},民间借贷纠纷,2024-05-03,普通程序,${C1},李四,,`,
  `${CASE.b2},民间借贷纠纷,2024-05-04,普通程序,${C1},李四,,`,
  `${CASE.a3},民间借贷纠纷,2024-05-05,普通程序,${C1},王五,,`,
].join("\n");

const dir = mkdtempSync(join(tmpdir(), "shenguan-staff-court-"));
let files = 0;
function sheet(lines: string[]): string {
  const p = join(dir, `staff-${++files}.csv`);
  writeFileSync(p, lines.join("\n"));
  return p;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const dialect of TEST_DIALECTS) {
  describe(`the staff register keeps a court (${dialect})`, () => {
    let db: TestDb;
    const who: Record<string, Actor> = {};
    const staff: Record<string, number> = {};
    const actor = (name: string) => who[name] as Actor;
    const flagged = async () => (await unknownJudgeAlerts(db, AS_OF)).map((a) => a.caseNumber).sort();

    beforeAll(async () => {
      db = await freshDb(dialect);
      const file = join(dir, `cases-${dialect}.csv`);
      writeFileSync(file, CASES_CSV);
      const r = await importCases(systemActor(), db, [file], { today: AS_OF });
      expect(r.errors).toEqual([]);
      const known = await listCourtCodes(db);
      expect(known).toEqual(["内0602", "内0603"]);
      const accounts: [string, string | null][] = [
        ["o2", "内0602"],
        ["o3", "内0603"],
        ["o6", "内06"],
        ["o0", null],
      ];
      for (const [username, court] of accounts) {
        await insertAccount(db, { username, role: "office", court });
        who[username] = actorOf({
          username,
          role: "office",
          division: null,
          judgeName: null,
          court,
          courts: court ? courtsVisibleTo(court, known) : null,
        });
      }
      const add = async (by: string, no: string, name: string) =>
        (
          await addStaff(
            actor(by),
            db,
            { staffNo: no, name, division: C1, positions: ["judge"], committeeMember: false, active: true },
            AS_OF,
          )
        ).id;
      staff.张三 = await add("o3", "K001", "张三");
      // Added by an account of the whole database: a member of no particular court.
      staff.李四 = await add("o0", "N001", "李四");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a member is added in the court of the account adding them", async () => {
      const stored = await db.db.selectFrom("staff").select(["name", "court_code"]).orderBy("id").execute();
      expect(stored).toEqual([
        { name: "张三", court_code: "内0603" },
        { name: "李四", court_code: null },
      ]);
      expect(await staffCourt(db, staff.张三 as number)).toBe("内0603");
      expect(await staffCourt(db, staff.李四 as number)).toBeNull();
      const register = await readStaffRegister(db);
      expect((await staffOfCourts(db, register, ["内0602"])).map((s) => s.name)).toEqual([]);
      expect((await staffOfCourts(db, register, ["内0603"])).map((s) => s.name)).toEqual(["张三"]);
      // A court's account adds none to a sibling court.
      const sibling = addStaff(
        actor("o2"),
        db,
        {
          staffNo: "X001",
          name: "某某",
          division: C1,
          positions: [],
          committeeMember: false,
          active: true,
          courtCode: "内0603",
        },
        AS_OF,
      );
      await expect(sibling).rejects.toBeInstanceOf(InvalidInputError);
      await expect(sibling).rejects.toThrow("法院代字“内0603”不在您所在法院（内0602）或其下级法院之列");
    });

    it("a case's 承办人 is looked up in its own court's register; a member of no court counts for both", async () => {
      // 张三 is 内0603's: 内0602's 张三 is unknown, 内0603's is not; 李四 (no court) is known to both.
      expect(await flagged()).toEqual([CASE.a1, CASE.a3]);
      await recomputeUnknownJudgeAlerts(db, AS_OF);
      const listed = await listAlerts(actor("o0"), db, { rule: JUDGE_UNKNOWN });
      expect(listed.rows.map((a) => a.caseNumber).sort()).toEqual([CASE.a1, CASE.a3]);
      const a1 = listed.rows.find((a) => a.caseNumber === CASE.a1);
      expect(a1?.reason).toBe(`承办人“张三”不在“${C1}”的人员名册中`);
    });

    it("the import puts rows in the importing account's court, and a 中院 registers its basic courts'", async () => {
      const r = await importStaff(
        actor("o2"),
        db,
        sheet(["工号,姓名,部门,职务,审委会委员,在岗", `D001,王五,${C1},员额法官,,`]),
        { today: AS_OF },
      );
      expect(r.errors).toEqual([]);
      expect(r.inserted).toBe(1);
      const mid = await importStaff(
        actor("o6"),
        db,
        sheet(["工号,姓名,部门,法院", `K002,赵六,${C1},内0603`]),
        { today: AS_OF },
      );
      expect(mid.errors).toEqual([]);
      const stored = await db.db
        .selectFrom("staff")
        .select(["staff_no", "court_code"])
        .where("staff_no", "in", ["D001", "K002"])
        .orderBy("staff_no")
        .execute();
      expect(stored).toEqual([
        { staff_no: "D001", court_code: "内0602" },
        { staff_no: "K002", court_code: "内0603" },
      ]);
      // 王五 is 内0602's now: only 内0602's 张三 is left unknown.
      expect(await flagged()).toEqual([CASE.a1]);
      // One name in one division of two courts is no clash: 内0602 registers its own 张三.
      await addStaff(
        actor("o2"),
        db,
        {
          staffNo: "D002",
          name: "张三",
          division: C1,
          positions: ["judge"],
          committeeMember: false,
          active: true,
        },
        AS_OF,
      );
      expect(await flagged()).toEqual([]);
    });

    it("the import refuses a row naming a court outside the account's, naming row, column and value", async () => {
      const before = await db.db.selectFrom("staff").select("id").execute();
      const r = await importStaff(
        actor("o2"),
        db,
        sheet([
          "工号,姓名,部门,职务,法院代字",
          `D003,孙七,${C1},员额法官,内0602`,
          `D004,周八,${C1},员额法官,内0603`,
          // 张三 of 内0603 (K001) is not 内0602's to change.
          `K001,张三,${C1},员额法官,`,
        ]),
        { today: AS_OF },
      );
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([
        expect.objectContaining({
          row: 3,
          column: "法院代字",
          value: "内0603",
          message: expect.stringContaining("法院代字“内0603”不在您所在法院（内0602）或其下级法院之列"),
        }),
        expect.objectContaining({
          row: 4,
          column: "工号",
          value: "K001",
          message: expect.stringContaining("已登记为内0603的人员"),
        }),
      ]);
      expect(await db.db.selectFrom("staff").select("id").execute()).toHaveLength(before.length);
    });

    it("each court lists and keeps its own members", async () => {
      const names = async (by: string) =>
        (await listStaff(actor(by), db, { pageSize: 100 })).rows
          .map((s) => `${s.name}@${s.courtCode}`)
          .sort();
      expect(await names("o2")).toEqual(["张三@内0602", "王五@内0602"].sort());
      expect(await names("o3")).toEqual(["张三@内0603", "赵六@内0603"].sort());
      expect(await names("o0")).toHaveLength(5);
      const o3s = (await listStaff(actor("o3"), db, { pageSize: 100 })).rows.find((s) => s.name === "张三");
      expect(o3s?.actions).toContain("edit-staff");
      await expect(
        updateStaffMember(actor("o2"), db, staff.张三 as number, { positions: ["chief"] }, AS_OF),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const changed = await updateStaffMember(
        actor("o3"),
        db,
        staff.张三 as number,
        { positions: ["chief"] },
        AS_OF,
      );
      expect(changed.courtCode).toBe("内0603");
    });

    it("migration 0033 fills the court from the linked account, else leaves none", async () => {
      // 李四 (no court) gets a 内0603 account; then back to the state before 0033 and migrate again.
      await db.db
        .updateTable("users")
        .set({ staff_id: staff.李四 as number })
        .where("username", "=", "o3")
        .execute();
      await sql`drop index staff_court_division_name`.execute(db.db);
      await sql`alter table staff drop column court_code`.execute(db.db);
      await sql`create index staff_division_name on staff (division, name)`.execute(db.db);
      await sql`delete from schema_migrations where name = '0033-staff-court'`.execute(db.db);
      expect(await migrate(db.db as unknown as Kysely<unknown>, db.dialect)).toEqual(["0033-staff-court"]);
      const rows = await db.db
        .selectFrom("staff")
        .select(["staff_no", "court_code"])
        .orderBy("staff_no")
        .execute();
      expect(rows).toEqual([
        { staff_no: "D001", court_code: null },
        { staff_no: "D002", court_code: null },
        { staff_no: "K001", court_code: null },
        { staff_no: "K002", court_code: null },
        { staff_no: "N001", court_code: "内0603" },
      ]);
    });
  });
}
