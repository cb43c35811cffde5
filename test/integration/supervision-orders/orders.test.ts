/**
 * 督办单 on SQLite and PostgreSQL: a batch from the alert list (5 warnings of 2 judges → 2 orders,
 * each linked to its alerts and cases), the alert rows showing their order and refusing the
 * one-click acknowledgement, the judge's answer, escalation on the working-day reply date across
 * the 2024 National Day holiday, the lists by tab, and closing (销号) / returning.
 *
 * Reply date, counted by hand: issued Friday 2024-09-27, 3 working days → 29 September (a 调休
 * Sunday), 30 September, then 8 October (1–7 October are off). Escalation to the chief from
 * 9 October; to the 院领导 after 3 more working days (9, 10, 11 October) — from 12 October.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledgeAlert } from "../../../src/app/alerts/acknowledge-alert.js";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { buildBulletin } from "../../../src/app/bulletins/build-bulletin.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { escalateOverdueOrders } from "../../../src/app/supervision-orders/escalate-overdue-orders.js";
import { issueOrders } from "../../../src/app/supervision-orders/issue-orders.js";
import { listOrders } from "../../../src/app/supervision-orders/list-orders.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter } from "../../../src/app/workflow/get-matter.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { bulletinDocument } from "../../../src/domain/bulletin/narrative.js";
import { writeBulletinXlsx } from "../../../src/io/bulletin-xlsx.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-orders-"));
const DIV = "民事审判第一庭";
// 简易程序, three months from filing: every case is past its deadline on 2024-09-27.
const CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  `（2024）内0602民初101号,民间借贷纠纷,2024-05-06,简易程序,${DIV},张三,,`,
  `（2024）内0602民初102号,民间借贷纠纷,2024-05-07,简易程序,${DIV},张三,,`,
  `（2024）内0602民初103号,买卖合同纠纷,2024-05-08,简易程序,${DIV},张三,,`,
  `（2024）内0602民初104号,买卖合同纠纷,2024-05-09,简易程序,${DIV},李四,,`,
  `（2024）内0602民初105号,租赁合同纠纷,2024-05-10,简易程序,${DIV},李四,,`,
].join("\n");
const TODAY = "2024-09-27";
const REQUEST = "请说明上述案件超审限的原因及结案安排";

const office: Actor = { username: "analyst", role: "office" };
const chief: Actor = { username: "zhao", role: "chief", division: DIV };
const otherChief: Actor = { username: "qian", role: "chief", division: "刑事审判庭" };
const zhang: Actor = { username: "zhang", role: "judge", division: DIV, judgeName: "张三" };
const li: Actor = { username: "li", role: "judge", division: DIV, judgeName: "李四" };

for (const dialect of TEST_DIALECTS) {
  describe(`督办单 on ${dialect}`, () => {
    let db: TestDb;
    let alertIds: number[] = [];
    let zhangOrder = 0;
    let liOrder = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `c-${dialect}.csv`), CSV);
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: TODAY });
      expect(r.errors).toEqual([]);
      const alerts = await listAlerts(office, db, {
        rule: "time-limit.overdue",
        sort: "case_number",
        order: "asc",
      });
      alertIds = alerts.rows.map((a) => a.id);
      expect(alerts.rows.map((a) => a.judge)).toEqual(["张三", "张三", "张三", "李四", "李四"]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("refuses a judge, a chief of another division, and a short request", async () => {
      await expect(issueOrders(zhang, db, { alertIds, request: REQUEST }, TODAY)).rejects.toMatchObject({
        status: 403,
      });
      await expect(issueOrders(otherChief, db, { alertIds, request: REQUEST }, TODAY)).rejects.toMatchObject({
        status: 403,
      });
      await expect(issueOrders(office, db, { alertIds, request: "请说明" }, TODAY)).rejects.toMatchObject({
        status: 400,
        details: { field: "request" },
      });
      expect(
        Number(
          (
            await db.db
              .selectFrom("matters")
              .select((e) => e.fn.countAll().as("n"))
              .executeTakeFirst()
          )?.n,
        ),
      ).toBe(0);
    });

    it("a batch of 5 warnings of 2 judges makes 2 orders, each linked to its alerts and cases", async () => {
      // Before: the office and the division's chief may issue on each warning; a judge and another chief may not.
      const q = { rule: "time-limit.overdue" };
      expect((await listAlerts(office, db, q)).rows.every((a) => a.canIssueOrder && a.order === null)).toBe(
        true,
      );
      expect((await listAlerts(chief, db, q)).rows.every((a) => a.canIssueOrder)).toBe(true);
      expect((await listAlerts(zhang, db, q)).rows.some((a) => a.canIssueOrder)).toBe(false);
      const r = await issueOrders(office, db, { alertIds, request: REQUEST }, TODAY);
      expect(r.orders.map((o) => [o.judge, o.alertIds.length, o.caseIds.length, o.replyDue])).toEqual([
        ["张三", 3, 3, "2024-10-08"],
        ["李四", 2, 2, "2024-10-08"],
      ]);
      zhangOrder = r.orders[0]?.id as number;
      liOrder = r.orders[1]?.id as number;
      const links = await db.db
        .selectFrom("matter_links")
        .select(["matter_id", "entity", "entity_id"])
        .orderBy("matter_id")
        .orderBy("entity")
        .orderBy("entity_id")
        .execute();
      const of = (m: number, e: string) =>
        links.filter((l) => Number(l.matter_id) === m && l.entity === e).map((l) => Number(l.entity_id));
      expect(of(zhangOrder, "alert")).toEqual(alertIds.slice(0, 3));
      expect(of(liOrder, "alert")).toEqual(alertIds.slice(3));
      expect(of(zhangOrder, "case")).toHaveLength(3);
      expect(of(liOrder, "case")).toHaveLength(2);
      const m = await getMatter(zhang, db, zhangOrder, TODAY);
      expect(m).toMatchObject({ state: "issued", stateLabel: "待答复", judge: "张三", division: DIV });
      expect(m.tasks).toEqual([
        expect.objectContaining({ title: "答复督办", state: "open", dueOn: "2024-10-08" }),
      ]);
      expect(m.actions.map((a) => a.action)).toEqual(["answer"]);
    });

    it("the alert rows show their order, and the one-click acknowledgement is refused", async () => {
      const alerts = await listAlerts(office, db, {
        rule: "time-limit.overdue",
        sort: "case_number",
        order: "asc",
      });
      expect(alerts.rows.map((a) => a.order?.stateLabel)).toEqual([
        "待答复",
        "待答复",
        "待答复",
        "待答复",
        "待答复",
      ]);
      expect(alerts.rows[0]?.order?.id).toBe(zhangOrder);
      expect(alerts.rows[0]?.actions).toEqual([]);
      expect(alerts.rows.some((a) => a.canIssueOrder)).toBe(false);
      await expect(acknowledgeAlert(office, db, alertIds[0] as number, "已电话督促")).rejects.toThrow(
        "该预警已督办，请通过督办单销号",
      );
      // Not twice on the same warning while its order is open.
      await expect(
        issueOrders(chief, db, { alertIds: [alertIds[0] as number], request: REQUEST }, TODAY),
      ).rejects.toMatchObject({
        status: 400,
      });
    });

    it("lists by tab within scope", async () => {
      expect((await listOrders(office, db, { tab: "mine" }, TODAY)).total).toBe(2);
      expect((await listOrders(zhang, db, { tab: "answer" }, TODAY)).rows.map((r) => r.id)).toEqual([
        zhangOrder,
      ]);
      expect((await listOrders(zhang, db, { tab: "all" }, TODAY)).rows.map((r) => r.id)).toEqual([
        zhangOrder,
      ]);
      expect((await listOrders(chief, db, { tab: "all" }, TODAY)).total).toBe(2);
      expect((await listOrders(otherChief, db, { tab: "all" }, TODAY)).total).toBe(0);
      expect((await listOrders(office, db, { tab: "overdue" }, TODAY)).total).toBe(0);
    });

    it("张三 answers; 李四 does not and is escalated on the working-day dates", async () => {
      const v = await getMatter(zhang, db, zhangOrder, TODAY);
      await expect(
        actOnMatter(zhang, db, zhangOrder, "answer", v.version, { explanation: "太短了" }, "2024-09-30"),
      ).rejects.toMatchObject({ status: 400, details: { field: "explanation" } });
      const answered = await actOnMatter(
        zhang,
        db,
        zhangOrder,
        "answer",
        v.version,
        { explanation: "三案均已开庭，正在撰写裁判文书，预计十月中旬结案", measures: ["已申请延长"] },
        "2024-09-30",
      );
      expect(answered.state).toBe("answered");

      await writeSetting(
        db,
        "division_leaders",
        JSON.stringify({ [DIV]: "vp-sun" }),
        new Date().toISOString(),
      );
      expect(await escalateOverdueOrders(db, "2024-10-08")).toEqual({ toChief: 0, toLeader: 0 });
      expect(await escalateOverdueOrders(db, "2024-10-09")).toEqual({ toChief: 1, toLeader: 0 });
      expect((await getMatter(office, db, liOrder, "2024-10-09")).stateLabel).toBe("逾期·已报庭长");
      expect((await listOrders(office, db, { tab: "overdue" }, "2024-10-09")).rows.map((r) => r.id)).toEqual([
        liOrder,
      ]);
      expect(await escalateOverdueOrders(db, "2024-10-11")).toEqual({ toChief: 0, toLeader: 0 });
      expect(await escalateOverdueOrders(db, "2024-10-12")).toEqual({ toChief: 0, toLeader: 1 });
      const m = await getMatter(office, db, liOrder, "2024-10-12");
      expect(m.state).toBe("escalated-leader");
      expect(m.trace.map((t) => [t.action, t.on])).toEqual([
        ["issue", TODAY],
        ["escalate-chief", "2024-10-09"],
        ["escalate-leader", "2024-10-12"],
      ]);
      const open = m.tasks.filter((t) => t.state === "open").map((t) => t.title);
      expect(open.sort()).toEqual(["督促逾期督办", "督促逾期督办（院领导）", "答复督办"].sort());
      expect(await escalateOverdueOrders(db, "2024-10-20")).toEqual({ toChief: 0, toLeader: 0 });
    });

    it("the issuer returns one answer and closes (销号) the other; a judge cannot close", async () => {
      const late = await getMatter(li, db, liOrder, "2024-10-14");
      const answered = await actOnMatter(
        li,
        db,
        liOrder,
        "answer",
        late.version,
        { explanation: "两案因当事人申请鉴定，正在鉴定中", measures: ["正在鉴定"] },
        "2024-10-14",
      );
      expect(answered.tasks.filter((t) => t.state === "open").map((t) => t.title)).toEqual(["审核督办答复"]);
      await expect(
        actOnMatter(li, db, liOrder, "close", answered.version, {}, "2024-10-14"),
      ).rejects.toMatchObject({
        status: 403,
      });
      const returned = await actOnMatter(
        office,
        db,
        liOrder,
        "return",
        answered.version,
        { note: "请说明鉴定预计完成时间", replyDue: "2024-10-17" },
        "2024-10-14",
      );
      expect(returned.stateLabel).toBe("退回重答");

      const z = await getMatter(office, db, zhangOrder, "2024-10-14");
      const closed = await actOnMatter(
        office,
        db,
        zhangOrder,
        "close",
        z.version,
        { note: "答复属实" },
        "2024-10-14",
      );
      expect(closed).toMatchObject({ state: "closed", terminal: true, closedOn: "2024-10-14" });
      // Its warnings may be acknowledged again (the order is closed) and show 已销号.
      const alerts = await listAlerts(office, db, {
        rule: "time-limit.overdue",
        sort: "case_number",
        order: "asc",
      });
      expect(alerts.rows.map((a) => a.order?.stateLabel)).toEqual([
        "已销号",
        "已销号",
        "已销号",
        "退回重答",
        "退回重答",
      ]);
      expect(alerts.rows[0]?.actions).toEqual(["acknowledge"]);
      // The returned order is escalated again once its new reply date has passed.
      expect(await escalateOverdueOrders(db, "2024-10-18")).toEqual({ toChief: 1, toLeader: 0 });
      const audit = await db.db
        .selectFrom("audit_log")
        .select(["action", "entity_id"])
        .where("entity_id", "=", String(zhangOrder))
        .execute();
      expect(audit.length).toBeGreaterThanOrEqual(3);
    });

    it("the monthly bulletin counts the orders by division, each step in its month", async () => {
      // September: 2 issued (27th), 张三 answered (30th). October: 李四 escalated (9th, again 18th:
      // once), 李四 answered (14th), 张三 closed (14th); nothing issued.
      const sep = await buildBulletin(office, db, "2024-09", { today: "2024-10-31" });
      expect(sep.orders).toEqual({
        total: { issued: 2, answered: 1, overdue: 0, closed: 0 },
        byDivision: [{ division: DIV, counts: { issued: 2, answered: 1, overdue: 0, closed: 0 } }],
      });
      const oct = await buildBulletin(office, db, "2024-10", { today: "2024-10-31" });
      expect(oct.orders.total).toEqual({ issued: 0, answered: 1, overdue: 1, closed: 1 });
      const doc = bulletinDocument(oct);
      const text = doc.body
        .map((b) => ("text" in b ? b.text : "rows" in b ? b.rows.flat().join(" ") : ""))
        .join("\n");
      expect(text).toContain("五、督办情况");
      expect(text).toContain(
        "本月共发起督办 0 件，承办人答复 1 件，逾期未答复 1 件（已报庭长督促），销号 1 件",
      );
      expect(text).toContain("六、工作要求");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await writeBulletinXlsx(oct)) as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet("督办");
      expect(sheet?.getRow(5).values).toEqual([undefined, DIV, 0, 1, 1, 1]);
    });
  });
}
