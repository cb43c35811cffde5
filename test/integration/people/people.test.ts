/**
 * The staff register on SQLite and PostgreSQL: the sheet 人员 is imported all or nothing, with
 * errors naming the sheet, row, column and value; a linked account's actor carries the staff
 * member's positions; a case whose 承办人 is not in the register is a data-quality alert — only
 * once the register holds anyone.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledgeAlert } from "../../../src/app/alerts/acknowledge-alert.js";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { recomputeAlerts } from "../../../src/app/alerts/recompute-alerts.js";
import { createSession, resolveSession } from "../../../src/app/auth/sessions.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { addStaff } from "../../../src/app/people/add-staff.js";
import { importStaff } from "../../../src/app/people/import-staff.js";
import { leaderOfDivision, staffByName } from "../../../src/app/people/leaders.js";
import { listStaff } from "../../../src/app/people/list-staff.js";
import { updateStaffMember } from "../../../src/app/people/update-staff.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { createUserUnchecked } from "../../../src/app/users/create-user.js";
import { listAccounts } from "../../../src/app/users/list-accounts.js";
import { updateAccount } from "../../../src/app/users/update-account.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-people-"));
const office: Actor = { username: "analyst", role: "office" };
const admin = systemActor("admin");
const HEADER = "工号,姓名,部门,职务,审委会委员,在岗";

function csv(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, [HEADER, ...lines].join("\n"));
  return p;
}

const GOOD = [
  "Y001,周院长,院领导,院长、员额法官,是,是",
  "F0101,张三,民事审判第一庭,庭长 员额法官,是,",
  "F0102,李四,民事审判第一庭,副庭长、员额法官,否,是",
  "F0201,张三,刑事审判庭,员额法官,,",
  "S0101,王书记,民事审判第一庭,书记员,,",
];

const CASES = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  "（2024）内0602民初1号,民间借贷纠纷,2024-01-15,简易程序,民事审判第一庭,张三,,",
  "（2024）内0602民初2号,买卖合同纠纷,2024-01-10,普通程序,民事审判第一庭,赵六,,",
  "（2024）内0602民初3号,买卖合同纠纷,2024-01-11,普通程序,民事审判第一庭,李四,,",
  "（2024）内0602刑初1号,盗窃罪,2024-02-01,普通程序,刑事审判庭,张三,,",
].join("\n");

async function count(db: TestDb): Promise<number> {
  const r = await db.db
    .selectFrom("staff")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

const JUDGE_UNKNOWN = "data-quality.judge-unknown";

for (const dialect of TEST_DIALECTS) {
  describe(`people on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `cases-${dialect}.csv`), CASES);
      const r = await importCases(systemActor(), db, [join(dir, `cases-${dialect}.csv`)], {
        today: "2024-05-01",
      });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("an empty register raises no unknown-judge alert", async () => {
      await recomputeAlerts(db, { asOf: "2024-05-01" });
      expect((await listAlerts(office, db, { rule: JUDGE_UNKNOWN })).rows).toEqual([]);
    });

    it("a sheet with one bad row writes nothing, and names the row, column and value", async () => {
      const file = csv(`bad-${dialect}.csv`, [...GOOD, "F0103,钱七,民事审判第一庭,大法官,,"]);
      const r = await importStaff(office, db, file, { today: "2024-05-01" });
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([
        {
          sheet: `bad-${dialect}.csv`,
          // Header = row 1, GOOD = rows 2–6.
          row: 7,
          column: "职务",
          value: "大法官",
          message: expect.stringContaining("职务“大法官”不是可选职务"),
        },
      ]);
      expect(await count(db)).toBe(0);
    });

    it("two of one name in one division is an error naming both rows", async () => {
      const file = csv(`dup-${dialect}.csv`, [...GOOD, "F0104,张三,民事审判第一庭,员额法官,,"]);
      const r = await importStaff(office, db, file);
      expect(r.ok).toBe(false);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ row: 7, column: "姓名", value: "张三" });
      expect(r.errors[0]?.message).toContain("同一部门“民事审判第一庭”中有两名“张三”（第 3 行，工号 F0101）");
      expect(await count(db)).toBe(0);
    });

    it("one staff number twice is an error", async () => {
      const file = csv(`dupno-${dialect}.csv`, [...GOOD, "F0101,孙八,行政审判庭,员额法官,,"]);
      const r = await importStaff(office, db, file);
      expect(r.errors).toEqual([
        {
          sheet: `dupno-${dialect}.csv`,
          row: 7,
          column: "工号",
          value: "F0101",
          message: "工号“F0101”重复：与第 3 行（张三）相同",
        },
      ]);
      expect(await count(db)).toBe(0);
    });

    it("a missing column is named", async () => {
      const p = join(dir, `nocol-${dialect}.csv`);
      writeFileSync(p, "工号,姓名\nA1,张三\n");
      const r = await importStaff(office, db, p);
      expect(r.errors).toEqual([
        expect.objectContaining({ row: 1, column: "部门", message: "缺少必填列“部门”" }),
      ]);
    });

    it("only the office and the administrator import", async () => {
      const file = csv(`who-${dialect}.csv`, GOOD);
      await expect(
        importStaff({ username: "c", role: "chief", division: "民事审判第一庭" }, db, file),
      ).rejects.toThrow(/维护人员名册/);
    });

    it("a good sheet is imported whole, and the unknown 承办人 becomes an alert", async () => {
      const file = csv(`good-${dialect}.csv`, GOOD);
      const r = await importStaff(office, db, file, { today: "2024-05-01" });
      expect(r.errors).toEqual([]);
      expect(r).toMatchObject({ ok: true, rows: 5, inserted: 5, updated: 0 });
      // 赵六 (民初2号) is nobody in 民一庭; 张三 and 李四 are registered in their divisions.
      expect(r.unknownJudgeAlerts).toBe(1);
      const alerts = await listAlerts(office, db, { rule: JUDGE_UNKNOWN });
      expect(alerts.rows.map((a) => [a.caseNumber, a.judge])).toEqual([["（2024）内0602民初2号", "赵六"]]);
      const page = await listStaff(office, db, { division: "民事审判第一庭" });
      expect(page.total).toBe(3);
      const zhang = page.rows.find((s) => s.staffNo === "F0101");
      expect(zhang).toMatchObject({
        name: "张三",
        positions: ["chief", "judge"],
        positionNames: ["庭长", "员额法官"],
        committeeMember: true,
        active: true,
        actions: ["edit-staff", "deactivate-staff"],
      });
    });

    it("the register's own merge leaves other rules' alerts and their state alone", async () => {
      await recomputeAlerts(db, { asOf: "2024-05-01" });
      const others = (await listAlerts(office, db, {})).rows.filter((a) => a.ruleId !== JUDGE_UNKNOWN);
      expect(others.length).toBeGreaterThan(0);
      const first = others[0] as { id: number };
      await acknowledgeAlert(office, db, first.id, "已核实");
      // A second import changes a row (李四 leaves): 民初3号 is pending, so it is now an alert too.
      const again = csv(`again-${dialect}.csv`, ["F0102,李四,民事审判第一庭,副庭长、员额法官,否,否"]);
      const r = await importStaff(office, db, again, { today: "2024-05-01" });
      expect(r).toMatchObject({ ok: true, inserted: 0, updated: 1, unknownJudgeAlerts: 2 });
      const after = (await listAlerts(office, db, {})).rows;
      const kept = after.find((a) => a.id === first.id);
      expect(kept).toMatchObject({ state: "acknowledged" });
      expect(after.filter((a) => a.ruleId !== JUDGE_UNKNOWN).length).toBe(others.length);
      const reasons = (await listAlerts(office, db, { rule: JUDGE_UNKNOWN })).rows
        .map((a) => a.reason)
        .sort();
      expect(reasons).toEqual([
        "承办人“李四”在人员名册中已不在岗，案件尚未审结",
        "承办人“赵六”不在“民事审判第一庭”的人员名册中",
      ]);
    });

    it("the full recomputation finds the same unknown judges", async () => {
      await recomputeAlerts(db, { asOf: "2024-05-01" });
      expect((await listAlerts(office, db, { rule: JUDGE_UNKNOWN })).rows).toHaveLength(2);
    });

    it("a form refuses a second name in a division, and deactivation is an action", async () => {
      await expect(
        addStaff(office, db, {
          staffNo: "F0109",
          name: "张三",
          division: "民事审判第一庭",
          positions: ["judge"],
          committeeMember: false,
          active: true,
        }),
      ).rejects.toMatchObject({ status: 400, details: { field: "name", value: "张三" } });
      const added = await addStaff(office, db, {
        staffNo: "F0105",
        name: "赵六",
        division: "民事审判第一庭",
        positions: ["judge"],
        committeeMember: false,
        active: true,
      });
      expect(added.actions).toEqual(["edit-staff", "deactivate-staff"]);
      // 赵六 is now registered: the alert on 民初2号 is resolved.
      const open = (await listAlerts(office, db, { rule: JUDGE_UNKNOWN })).rows.filter(
        (a) => a.state !== "resolved",
      );
      expect(open.map((a) => a.judge)).toEqual(["李四"]);
      const off = await updateStaffMember(office, db, added.id, { active: false });
      expect(off).toMatchObject({ active: false, actions: ["edit-staff", "activate-staff"] });
      // Deactivating is its own action: a reader without it (a chief) is refused.
      await expect(
        updateStaffMember({ username: "c", role: "chief", division: "民事审判第一庭" }, db, added.id, {
          active: true,
        }),
      ).rejects.toThrow(/维护人员名册/);
      const audit = await db.db.selectFrom("audit_log").selectAll().where("entity", "=", "staff").execute();
      expect(audit.map((a) => a.action)).toEqual(["import", "import", "create", "update"]);
    });

    it("an account linked to a staff member acts with their positions", async () => {
      const id = await createUserUnchecked(db, {
        username: "zhangsan",
        role: "chief",
        division: "民事审判第一庭",
        password: "a-password-123",
      });
      const session = await createSession(db, id, null);
      const unlinked = await resolveSession(db, session.token);
      expect(unlinked?.actor.positions).toBeUndefined();
      expect(unlinked?.actor.staffId).toBeUndefined();

      const zhang = await staffByName(db, "民事审判第一庭", "张三");
      expect(zhang?.staffNo).toBe("F0101");
      const row = await updateAccount(admin, db, id, { staffId: zhang?.id as number });
      expect(row.staff).toMatchObject({ staffNo: "F0101", name: "张三" });
      const linked = await resolveSession(db, session.token);
      expect(linked?.actor).toMatchObject({
        username: "zhangsan",
        name: "张三",
        staffId: zhang?.id,
        positions: ["chief", "judge"],
        committeeMember: true,
      });
      const accounts = await listAccounts(admin, db);
      expect(accounts.rows.find((a) => a.username === "zhangsan")?.staff?.staffNo).toBe("F0101");
      await expect(updateAccount(admin, db, id, { staffId: 99999 })).rejects.toMatchObject({
        details: { field: "staffId" },
      });
      const link = await db.db
        .selectFrom("audit_log")
        .selectAll()
        .where("action", "=", "link-staff")
        .execute();
      expect(link).toHaveLength(1);
    });

    it("the leader in charge of a division, by staff number or account", async () => {
      expect(await leaderOfDivision(db, "民事审判第一庭")).toBeUndefined();
      await writeSetting(
        db,
        "division_leaders",
        JSON.stringify({ 民事审判第一庭: "Y001", 刑事审判庭: "zhangsan" }),
        "x",
      );
      const y = await leaderOfDivision(db, "民事审判第一庭");
      expect(y).toMatchObject({ username: null, name: "周院长" });
      const z = await leaderOfDivision(db, "刑事审判庭");
      expect(z).toMatchObject({ username: "zhangsan", name: "张三" });
    });

    it("an .xlsx with the sheet 人员 is read; one without it is refused", async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("人员");
      ws.addRow(["工号", "姓名", "部门", "职务", "审委会委员", "在岗"]);
      ws.addRow(["G001", "孙审管", "审判管理办公室", "审管办", "否", "是"]);
      const p = join(dir, `staff-${dialect}.xlsx`);
      await wb.xlsx.writeFile(p);
      const r = await importStaff(office, db, p, { today: "2024-05-01" });
      expect(r).toMatchObject({ ok: true, sheet: "人员", inserted: 1 });
      const other = new ExcelJS.Workbook();
      other.addWorksheet("名单").addRow(["工号"]);
      const q = join(dir, `other-${dialect}.xlsx`);
      await other.xlsx.writeFile(q);
      const bad = await importStaff(office, db, q);
      expect(bad.ok).toBe(false);
      expect(bad.errors[0]?.message).toContain("没有名为“人员”的工作表");
    });
  });
}
