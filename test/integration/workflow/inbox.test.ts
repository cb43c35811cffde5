/**
 * 我的待办 on SQLite and PostgreSQL: a task for a position shows for the chief of that division and
 * not another's; a task for a judge by name and division shows for that judge and not a namesake in
 * another division; a task for an account shows for that account only; the count and the overdue
 * count; the order (overdue first, the earliest due first); working days left on the legal
 * calendar; 我发起的 and 已办; the export.
 *
 * Dates by hand on the 2024 calendar (国务院办公厅国办发明电〔2023〕7号): 中秋 9-15…9-17 off with
 * Sat 9-14 worked; 国庆 10-1…10-7 off with Sun 9-29 and Sat 10-12 worked.
 */
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportPool } from "../../../src/app/runtime/export-pool.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { countInbox } from "../../../src/app/workflow/count-inbox.js";
import { exportInbox } from "../../../src/app/workflow/export-inbox.js";
import { WORKFLOW_KINDS } from "../../../src/app/workflow/kinds.js";
import { listInbox } from "../../../src/app/workflow/list-inbox.js";
import { openMatter } from "../../../src/app/workflow/open-matter.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import type { WorkflowKind } from "../../../src/domain/workflow/index.js";
import { TEST_REQUEST_KIND } from "../../../src/domain/workflow/testing.js";
import { insertAccount } from "../../helpers/accounts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

/** 送阅: the office sends a note to a named person (data.reader), who marks it read. */
const TEST_NOTE_KIND: WorkflowKind = {
  id: "test-note",
  name: "送阅",
  states: [
    { name: "sent", label: "待阅" },
    { name: "read", label: "已阅", terminal: true },
  ],
  initial: "sent",
  open: {
    action: "send",
    label: "送阅",
    who: { kind: "role", roles: ["office"] },
    whoText: "只有审管办可以送阅",
    opens: [{ assignee: { kind: "named", field: "reader" }, title: "阅知" }],
  },
  transitions: [
    {
      from: "sent",
      action: "read",
      label: "已阅",
      to: "read",
      who: { kind: "named", field: "reader" },
      whoText: "只有收件人可以标记已阅",
    },
  ],
};

WORKFLOW_KINDS[TEST_REQUEST_KIND.id] = TEST_REQUEST_KIND;
WORKFLOW_KINDS[TEST_NOTE_KIND.id] = TEST_NOTE_KIND;

const TODAY = "2024-09-27";
const MIN1 = "民事审判第一庭";
const MIN2 = "民事审判第二庭";
const XING = "刑事审判庭";

const wang: Actor = { username: "wang", role: "judge", division: MIN1, judgeName: "王法官" };
/** Another 王法官, in another division. */
const wangXing: Actor = { username: "wang2", role: "judge", division: XING, judgeName: "王法官" };
const li: Actor = { username: "li", role: "judge", division: XING, judgeName: "李法官" };
const chen: Actor = { username: "chen", role: "judge", division: MIN2, judgeName: "陈法官" };
const chief1: Actor = { username: "zhao", role: "chief", division: MIN1 };
const chief2: Actor = { username: "zhou", role: "chief", division: MIN2 };
const chiefXing: Actor = { username: "qian", role: "chief", division: XING };
const office: Actor = { username: "analyst", role: "office" };
const sun: Actor = { username: "sun", role: "clerk" };
const sunny: Actor = { username: "sunny", role: "clerk" };

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

for (const dialect of TEST_DIALECTS) {
  describe(`我的待办 on ${dialect}`, () => {
    let db: TestDb;
    const ids: Record<string, number> = {};
    const ask = async (who: Actor, division: string, judge: string, title: string, on: string, input = {}) =>
      (
        await openMatter(
          who,
          db,
          {
            kind: "test-request",
            title,
            division,
            judge,
            input: { note: "请示本案是否提交专业法官会议", ...input },
          },
          on,
        )
      ).id;

    beforeAll(async () => {
      db = await freshDb(dialect);
      ids.a = await ask(wang, MIN1, "王法官", "甲", TODAY, { replyBy: "2024-10-10" });
      ids.b = await ask(li, XING, "李法官", "乙", TODAY);
      // 民二: three requests opened on different days, each due 3 working days later.
      ids.c = await ask(chen, MIN2, "陈法官", "丙", "2024-09-02"); // due Thu 9-05
      ids.e = await ask(chen, MIN2, "陈法官", "戊", TODAY); // due Tue 10-08 (across 国庆)
      ids.d = await ask(chen, MIN2, "陈法官", "丁", "2024-09-20"); // due Wed 9-25
      ids.n = (
        await openMatter(
          office,
          db,
          { kind: "test-note", title: "己", division: MIN1, judge: "", input: {}, data: { reader: "sun" } },
          TODAY,
        )
      ).id;
      // A note to the 民二 chief by name (no due date), beside the requests to their position.
      await openMatter(
        office,
        db,
        { kind: "test-note", title: "庚", division: MIN2, judge: "", input: {}, data: { reader: "zhou" } },
        TODAY,
      );
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a task for the division's chief shows for that chief and not another division's", async () => {
      expect(titles((await listInbox(chief1, db, {}, TODAY)).rows)).toEqual(["甲"]);
      expect(titles((await listInbox(chiefXing, db, {}, TODAY)).rows)).toEqual(["乙"]);
      // Judges are not chiefs; the office is not sent these.
      expect((await listInbox(wang, db, {}, TODAY)).total).toBe(0);
      expect((await listInbox(office, db, {}, TODAY)).total).toBe(0);
      const [row] = (await listInbox(chief1, db, {}, TODAY)).rows;
      // Opened Fri 9-27, 3 working days: Sun 9-29 (worked), Mon 9-30, then 国庆, Tue 10-08.
      expect(row).toMatchObject({
        matterId: ids.a,
        kind: "test-request",
        kindName: "请示",
        state: "asked",
        stateLabel: "待审批",
        taskTitle: "审批请示",
        dueOn: "2024-10-08",
        workingDaysLeft: 3,
        overdue: false,
        terminal: false,
      });
    });

    it("a task for a judge by name and division shows for that judge, not a namesake elsewhere", async () => {
      const m = await actOnMatter(
        chief1,
        db,
        ids.a as number,
        "return",
        1,
        { note: "请补充类案检索报告后再行请示" },
        TODAY,
      );
      expect(m.state).toBe("returned");
      const mine = await listInbox(wang, db, { tab: "todo" }, TODAY);
      // Due on the replyBy given (Thu 10-10): worked 9-29, 9-30, 10-08, 10-09, 10-10 → 5 working days.
      expect(mine.rows.map((r) => [r.title, r.taskTitle, r.dueOn, r.workingDaysLeft])).toEqual([
        ["甲", "补充请示", "2024-10-10", 5],
      ]);
      expect((await listInbox(wangXing, db, {}, TODAY)).total).toBe(0);
      // The chief's task closed with the step: no longer theirs to do, now among what they did.
      expect((await listInbox(chief1, db, {}, TODAY)).total).toBe(0);
      const done = await listInbox(chief1, db, { tab: "done" }, TODAY);
      expect(done.rows.map((r) => [r.title, r.stateLabel, r.actedOn])).toEqual([["甲", "已退回", TODAY]]);
    });

    it("a task for an account shows for that account only", async () => {
      expect((await listInbox(sun, db, {}, TODAY)).rows.map((r) => [r.title, r.taskTitle, r.dueOn])).toEqual([
        ["己", "阅知", null],
      ]);
      expect((await listInbox(sunny, db, {}, TODAY)).total).toBe(0);
      expect(await countInbox(sun, db, TODAY)).toEqual({ open: 1, overdue: 0 });
    });

    it("lists the overdue first, the earliest due first, with working days left", async () => {
      const page = await listInbox(chief2, db, {}, TODAY);
      // 丙 due 9-05: worked after it up to 9-27 — 9-06, 9-09…13, Sat 9-14, 9-18…20, 9-23…27 = 15.
      // 丁 due 9-25: 9-26, 9-27 = 2. 戊 due 10-08: 3 ahead. 庚 (to the chief by name) has no due day: last.
      expect(page.rows.map((r) => [r.title, r.dueOn, r.overdue, r.workingDaysLeft])).toEqual([
        ["丙", "2024-09-05", true, -15],
        ["丁", "2024-09-25", true, -2],
        ["戊", "2024-10-08", false, 3],
        ["庚", null, false, null],
      ]);
      expect(await countInbox(chief2, db, TODAY)).toEqual({ open: 4, overdue: 2 });
      const second = await listInbox(chief2, db, { page: 2, pageSize: 2 }, TODAY);
      expect([second.total, second.page, second.pageSize, titles(second.rows)]).toEqual([
        4,
        2,
        2,
        ["戊", "庚"],
      ]);
      const third = await listInbox(chief2, db, { page: 3, pageSize: 2 }, TODAY);
      expect([third.total, titles(third.rows)]).toEqual([4, []]);
    });

    it("我发起的: the matters one opened, open ones first, newest first", async () => {
      const r = await listInbox(chen, db, { tab: "initiated" }, TODAY);
      expect(titles(r.rows)).toEqual(["丁", "戊", "丙"]);
      expect(r.rows.every((x) => x.taskId === null)).toBe(true);
      const w = await listInbox(wang, db, { tab: "initiated" }, TODAY);
      expect(w.rows.map((x) => [x.title, x.stateLabel])).toEqual([["甲", "已退回"]]);
    });

    it("exports a tab to .xlsx with the rows on screen", async () => {
      const pool = new ExportPool({ db: db.url, handle: db, workers: false, pageRows: 2 });
      try {
        const file = await exportInbox(chief2, { tab: "todo" }, TODAY, pool);
        expect(file.fileName).toBe("我的待办·待办.xlsx");
        const chunks: Buffer[] = [];
        for await (const c of file.content as Readable) chunks.push(Buffer.from(c));
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
        const ws = wb.worksheets[0];
        if (!ws) throw new Error("no sheet");
        const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
        expect(values(2).slice(0, 3)).toEqual(["事项类型", "事项", "状态"]);
        expect([3, 4, 5, 6].map((n) => values(n)[1])).toEqual(["丙", "丁", "戊", "庚"]);
        expect(values(3)[8]).toBe("逾期 15 个工作日");
      } finally {
        await pool.close();
      }
    });
  });
}

/**
 * A database of several courts: every court has its 民一庭 and its 庭长, so a task for a position
 * (or a judge by name) is the reader's only when its matter lies in the reader's court — the
 * matter's case's court, else its opener's (here: requests opened by each court's judge, no case).
 */
for (const dialect of TEST_DIALECTS) {
  describe(`我的待办 of two sibling courts on ${dialect}`, () => {
    let db: TestDb;
    const judge02: Actor = { ...wang, username: "w02", court: "内0602", courts: ["内0602"] };
    const judge03: Actor = { ...wang, username: "w03", court: "内0603", courts: ["内0603"] };
    const chief02: Actor = { ...chief1, username: "z02", court: "内0602", courts: ["内0602"] };
    const chief03: Actor = { ...chief1, username: "z03", court: "内0603", courts: ["内0603"] };
    beforeAll(async () => {
      db = await freshDb(dialect);
      for (const a of [judge02, judge03, chief02, chief03])
        await insertAccount(db, { ...a, name: a.username });
      const ask = (who: Actor, title: string) =>
        openMatter(
          who,
          db,
          {
            kind: "test-request",
            title,
            division: MIN1,
            judge: "王法官",
            input: { note: "请示本案是否提交专业法官会议" },
          },
          TODAY,
        );
      await ask(judge02, "东胜");
      await ask(judge03, "康巴什");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("each court's 民一庭 庭长 has its own court's request; an account of no court has both", async () => {
      expect(titles((await listInbox(chief02, db, {}, TODAY)).rows)).toEqual(["东胜"]);
      expect(titles((await listInbox(chief03, db, {}, TODAY)).rows)).toEqual(["康巴什"]);
      expect(await countInbox(chief02, db, TODAY)).toEqual({ open: 1, overdue: 0 });
      expect(titles((await listInbox(chief1, db, {}, TODAY)).rows).sort()).toEqual(["东胜", "康巴什"].sort());
    });
  });
}
