/**
 * The workflow core on SQLite and PostgreSQL: opening a matter writes the matter, its links, the
 * first trace entry, its tasks and an audit entry; a step closes and opens tasks; two people acting
 * on the same version → one wins, the other gets 409 and nothing of theirs is written; refusals
 * are 403 / 400 naming the field; the case lists its matters with their traces in order.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter, listCaseMatters } from "../../../src/app/workflow/get-matter.js";
import { WORKFLOW_KINDS } from "../../../src/app/workflow/kinds.js";
import { openMatter } from "../../../src/app/workflow/open-matter.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { TEST_REQUEST_KIND } from "../../../src/domain/workflow/testing.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-matters-"));
const CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  "（2024）内0602民初1号,民间借贷纠纷,2024-08-15,普通程序,民事审判第一庭,王法官,,",
].join("\n");
const TODAY = "2024-09-27";

const judge: Actor = { username: "wang", role: "judge", division: "民事审判第一庭", judgeName: "王法官" };
const chief: Actor = { username: "zhao", role: "chief", division: "民事审判第一庭" };
const otherChief: Actor = { username: "qian", role: "chief", division: "刑事审判庭" };
const office: Actor = { username: "analyst", role: "office" };

WORKFLOW_KINDS[TEST_REQUEST_KIND.id] = TEST_REQUEST_KIND;

for (const dialect of TEST_DIALECTS) {
  describe(`workflow matters on ${dialect}`, () => {
    let db: TestDb;
    let caseId = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `c-${dialect}.csv`), CSV);
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: TODAY });
      expect(r.errors).toEqual([]);
      caseId = Number((await db.db.selectFrom("cases").select("id").executeTakeFirstOrThrow()).id);
    });
    afterAll(async () => {
      await db?.drop();
    });

    const open = () =>
      openMatter(
        judge,
        db,
        {
          kind: "test-request",
          title: "关于（2024）内0602民初1号的请示",
          division: "民事审判第一庭",
          judge: "王法官",
          caseId,
          caseNumber: "（2024）内0602民初1号",
          input: { note: "请示本案是否需要提交专业法官会议讨论" },
        },
        TODAY,
      );

    it("opens a matter with its trace, a task for the chief and an audit entry", async () => {
      const m = await open();
      expect(m).toMatchObject({ state: "asked", stateLabel: "待审批", version: 1, initiator: "wang" });
      expect(m.links).toEqual([{ entity: "case", id: caseId }]);
      expect(m.trace).toHaveLength(1);
      expect(m.trace[0]).toMatchObject({ seq: 1, label: "提出请示", from: null, to: "asked", by: "wang" });
      // Due 3 working days after Fri 2024-09-27 across 国庆 (9-29 调休 on, 10-01…07 off): 10-08.
      expect(m.tasks).toMatchObject([
        {
          title: "审批请示",
          state: "open",
          assignee: "民事审判第一庭庭长",
          dueOn: "2024-10-08",
          workingDaysLeft: 3,
        },
      ]);
      // The judge may withdraw; the chief sees approve and return.
      expect(m.actions.map((a) => a.action)).toEqual(["withdraw"]);
      expect((await getMatter(chief, db, m.id, TODAY)).actions.map((a) => a.action)).toEqual([
        "approve",
        "return",
      ]);
      const audit = await db.db.selectFrom("audit_log").selectAll().where("entity", "=", "matters").execute();
      expect(audit.map((a) => [a.action, a.entity_id, a.user_name])).toEqual([
        ["matter.ask", String(m.id), "wang"],
      ]);
    });

    it("refuses people outside the workflow's rule and outside the scope", async () => {
      const m = await open();
      await expect(actOnMatter(judge, db, m.id, "approve", 1, {}, TODAY)).rejects.toMatchObject({
        status: 403,
        message: "只有本庭庭长可以审批",
      });
      await expect(getMatter(otherChief, db, m.id, TODAY)).rejects.toMatchObject({ status: 403 });
      await expect(actOnMatter(chief, db, m.id, "return", 1, { note: "太短" }, TODAY)).rejects.toMatchObject({
        status: 400,
        details: { field: "note" },
      });
      expect((await getMatter(office, db, m.id, TODAY)).version).toBe(1);
    });

    it("takes steps: return opens the judge's task and closes the chief's; approve ends it", async () => {
      const m = await open();
      const r = await actOnMatter(
        chief,
        db,
        m.id,
        "return",
        1,
        { note: "请补充类案检索报告后再行请示" },
        TODAY,
      );
      expect(r).toMatchObject({ state: "returned", version: 2 });
      expect(r.tasks.map((t) => [t.title, t.state, t.closedBy])).toEqual([
        ["审批请示", "done", "zhao"],
        ["补充请示", "open", null],
      ]);
      const again = await actOnMatter(judge, db, m.id, "ask-again", 2, { measures: ["已类案检索"] }, TODAY);
      const done = await actOnMatter(chief, db, m.id, "approve", again.version, {}, TODAY);
      expect(done).toMatchObject({ state: "approved", terminal: true, closedOn: TODAY, version: 4 });
      expect(done.tasks.filter((t) => t.state === "open")).toEqual([]);
      expect(done.trace.map((t) => `${t.seq} ${t.label} ${t.fromLabel ?? ""}→${t.toLabel}`)).toEqual([
        "1 提出请示 →待审批",
        "2 退回 待审批→已退回",
        "3 再次请示 已退回→待审批",
        "4 同意 待审批→已同意",
      ]);
      await expect(actOnMatter(judge, db, m.id, "withdraw", 4, {}, TODAY)).rejects.toMatchObject({
        status: 409,
      });
    });

    it("lets one of two people acting on the same version win; the other gets 409, nothing written", async () => {
      const m = await open();
      const results = await Promise.allSettled([
        actOnMatter(chief, db, m.id, "approve", 1, {}, TODAY),
        actOnMatter(judge, db, m.id, "withdraw", 1, {}, TODAY),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r) => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
      const now = await getMatter(office, db, m.id, TODAY);
      expect(now.version).toBe(2);
      expect(now.trace).toHaveLength(2);
      const steps = await db.db
        .selectFrom("audit_log")
        .select("id")
        .where("entity_id", "=", String(m.id))
        .execute();
      expect(steps).toHaveLength(2);
    });

    it("lists the case's matters with their traces, oldest first", async () => {
      const all = await listCaseMatters(office, db, caseId, TODAY);
      expect(all.length).toBe(4);
      expect(all.map((m) => m.id)).toEqual([...all.map((m) => m.id)].sort((a, b) => a - b));
      expect(all.every((m) => m.trace[0]?.seq === 1)).toBe(true);
      await expect(listCaseMatters(otherChief, db, caseId, TODAY)).rejects.toMatchObject({ status: 403 });
    });
  });
}
