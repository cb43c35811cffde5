/**
 * 发改案件, 评析会 and 类案裁判规则 on SQLite and PostgreSQL, over a hand-made court (fixture.ts):
 * the register and its figures against hand-checked entries, classification (and its refusals),
 * objection and decision, a 评析会 to 评析完毕 with its minutes read back, and a rule from draft to
 * 类案指导 on a pending case.
 */
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptCaseRule, editCaseRule, retireCaseRule } from "../../../src/app/case-rules/change-case-rule.js";
import { createCaseRule } from "../../../src/app/case-rules/create-case-rule.js";
import { caseGuidance, listCaseRules } from "../../../src/app/case-rules/list-case-rules.js";
import { classifyReversal } from "../../../src/app/reversals/classify-reversal.js";
import { decideObjection } from "../../../src/app/reversals/decide-objection.js";
import { listReversals } from "../../../src/app/reversals/list-reversals.js";
import { objectToReversal } from "../../../src/app/reversals/object-reversal.js";
import { reversalStatistics } from "../../../src/app/reversals/reversal-statistics.js";
import { createReviewMeeting } from "../../../src/app/review-meetings/create-review-meeting.js";
import { getReviewMeeting } from "../../../src/app/review-meetings/get-review-meeting.js";
import { listReviewMeetings } from "../../../src/app/review-meetings/list-review-meetings.js";
import { recordReview } from "../../../src/app/review-meetings/record-review.js";
import { reviewMeetingMinutes } from "../../../src/app/review-meetings/review-meeting-minutes.js";
import { updateReviewMeeting } from "../../../src/app/review-meetings/update-review-meeting.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedCourt } from "./fixture.js";

const office: Actor = { username: "office", role: "office", name: "审管办甲" };
const president: Actor = { username: "vp", role: "president", name: "分管副院长" };
const zhang: Actor = {
  username: "zhang",
  role: "judge",
  division: "民事审判第一庭",
  judgeName: "张三",
  name: "张三",
};
const li: Actor = {
  username: "li",
  role: "judge",
  division: "民事审判第一庭",
  judgeName: "李四",
  name: "李四",
};
const chief: Actor = { username: "chief1", role: "chief", division: "民事审判第一庭", name: "民一庭庭长" };
const criminalChief: Actor = { username: "chief2", role: "chief", division: "刑事审判庭" };

const YEAR = { from: "2025-01-01", to: "2025-12-31" };

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n");
}

for (const dialect of TEST_DIALECTS) {
  describe(`发改案件 on ${dialect}`, () => {
    let db: TestDb;
    let ids: Map<string, number>;
    const id = (n: string) => ids.get(n) as number;
    beforeAll(async () => {
      db = await freshDb(dialect);
      ids = await seedCourt(db);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("the register: hand-checked entries of 2025, newest first, with the unmatched appellate case", async () => {
      const list = await listReversals(office, db, YEAR);
      expect(list.rows.map((r) => [r.caseNumber, r.judge, r.outcome, r.decidedOn, r.source])).toEqual([
        ["（2025）内0602民初103号", "张三", "改判", "2025-08-15", "appellate"],
        ["（2025）内0602民初102号", "李四", "发回重审", "2025-07-03", "both"],
        ["（2025）内0602民初101号", "张三", "改判", "2025-06-20", "first-instance"],
      ]);
      expect(list.rows[1]?.disagreement).toContain("2025-07-01");
      expect(
        list.rows.every((r) => r.state === "unclassified" && r.actions.includes("classify-reversal")),
      ).toBe(true);
      // The same office as an account of its court (a database of several courts): the entries
      // lie in 内0602, so it is offered the same 分类 on each.
      const ofCourt = { ...office, court: "内0602", courts: ["内0602"] };
      const own = await listReversals(ofCourt, db, YEAR);
      expect(own.rows.map((r) => r.caseNumber)).toEqual(list.rows.map((r) => r.caseNumber));
      expect(own.rows.every((r) => r.actions.includes("classify-reversal"))).toBe(true);
      expect(list.unmatched).toEqual([
        {
          caseNumber: "（2025）内06民终203号",
          originCaseNumber: "（2024）内0602民初9号",
          outcome: "改判",
          decidedOn: "2025-05-05",
        },
      ]);
      // Without a period: the 2024 criminal entry too.
      expect((await listReversals(office, db)).total).toBe(4);
      // A judge sees their own entries only; a chief their division's.
      expect((await listReversals(zhang, db, YEAR)).rows.map((r) => r.caseNumber)).toEqual([
        "（2025）内0602民初103号",
        "（2025）内0602民初101号",
      ]);
      expect((await listReversals(criminalChief, db, YEAR)).total).toBe(0);
      await expect(listReversals(office, db, { from: "2025-13-01" })).rejects.toThrow(/日期/);
    });

    it("classifies: refuses 差错 for new evidence (法发〔2015〕13号), stores a good one, refuses a stale version", async () => {
      const c101 = id("（2025）内0602民初101号");
      await expect(
        classifyReversal(office, db, c101, {
          reason: "新证据",
          responsibility: "差错",
          note: "二审出现新证据",
          version: 0,
        }),
      ).rejects.toThrow(/法发〔2015〕13号/);
      await expect(
        classifyReversal(zhang, db, c101, {
          reason: "事实认定",
          responsibility: "差错",
          note: "未查明交付",
          version: 0,
        }),
      ).rejects.toThrow(/只有审管办/);
      const r = await classifyReversal(office, db, c101, {
        reason: "事实认定",
        responsibility: "差错",
        note: "未查明借款实际交付",
        version: 0,
      });
      expect(r).toMatchObject({
        state: "classified",
        reason: "事实认定",
        responsibility: "差错",
        classifiedBy: "审管办甲",
        version: 1,
      });
      await expect(
        classifyReversal(office, db, c101, {
          reason: "法律适用",
          responsibility: "瑕疵",
          note: "适用法律不当",
          version: 0,
        }),
      ).rejects.toThrow(/已被他人修改/);
      await classifyReversal(office, db, id("（2025）内0602民初102号"), {
        reason: "新证据",
        responsibility: "非差错",
        note: "",
        version: 0,
      });
    });

    it("objection by the judge, decided by the 审委会: upheld, the responsibility changes and the old one is kept", async () => {
      const c101 = id("（2025）内0602民初101号");
      // Another judge does not even see the case.
      await expect(
        objectToReversal(li, db, c101, { text: "这不是我的案件但我想提异议", version: 1 }),
      ).rejects.toThrow(/不在您的数据范围内/);
      await expect(objectToReversal(zhang, db, c101, { text: "太短", version: 1 })).rejects.toThrow(
        /至少 10 个字/,
      );
      const o = await objectToReversal(zhang, db, c101, {
        text: "借款交付已有银行流水佐证，二审系认识不同。",
        version: 1,
      });
      expect(o.state).toBe("objected");
      expect(o.actions).toEqual([]);
      await expect(
        classifyReversal(office, db, c101, {
          reason: "法律适用",
          responsibility: "瑕疵",
          note: "改一下分类",
          version: o.version,
        }),
      ).rejects.toThrow(/请先处理异议/);
      const d = await decideObjection(office, db, c101, {
        decision: "成立",
        decider: "审判委员会",
        reference: "审判委员会2025年第3次会议纪要",
        responsibility: "瑕疵",
        version: o.version,
      });
      expect(d).toMatchObject({ state: "decided", responsibility: "瑕疵", reason: "事实认定" });
      expect(d.objection).toMatchObject({
        decision: "成立",
        decider: "审判委员会",
        reference: "审判委员会2025年第3次会议纪要",
        originalResponsibility: "差错",
      });
      const audit = await db.db
        .selectFrom("audit_log")
        .select("action")
        .where("entity", "=", "reversal")
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual([
        "classify",
        "classify",
        "decide-objection",
        "object",
      ]);
    });

    it("figures by judge: 差错占比 over classified entries (hand count)", async () => {
      const s = await reversalStatistics(office, db, { ...YEAR, by: "judge" });
      // 张三: 101 (瑕疵 after the objection) and 103 (unclassified); 李四: 102 (非差错).
      expect(s.rows.map((r) => [r.key, r.total, r.classified, r.errors])).toEqual([
        ["民事审判第一庭／张三", 2, 1, 0],
        ["民事审判第一庭／李四", 1, 1, 0],
      ]);
      expect(s.total.byResponsibility).toEqual({ 差错: 0, 瑕疵: 1, 非差错: 1 });
      expect(s.total.errorShare).toBe(0);
    });

    it("a 评析会: each part by its own person, 评析完毕 when all three are in, minutes read back", async () => {
      const c101 = id("（2025）内0602民初101号");
      const c103 = id("（2025）内0602民初103号");
      await expect(
        createReviewMeeting(office, db, {
          title: "评析会",
          heldOn: "2025-09-10",
          caseIds: [id("（2025）内0602民初104号")],
        }),
      ).rejects.toThrow(/第 1 件.*不是发改案件/);
      await expect(
        createReviewMeeting(zhang, db, { title: "评析会", heldOn: "2025-09-10", caseIds: [c101] }),
      ).rejects.toThrow(/只有审管办/);
      const m = await createReviewMeeting(office, db, {
        title: "2025年第一次发改案件评析会",
        heldOn: "2025-09-10",
        place: "第三审判庭",
        host: "分管副院长",
        attendees: "民一庭全体法官",
        caseIds: [c101, c103],
      });
      expect(m.entries.map((e) => [e.caseNumber, e.complete, e.missing])).toEqual([
        ["（2025）内0602民初101号", false, ["self", "chief", "leader"]],
        ["（2025）内0602民初103号", false, ["self", "chief", "leader"]],
      ]);
      await expect(
        recordReview(li, db, m.id, c101, { part: "self", text: "替别人写的自评内容" }),
      ).rejects.toThrow(/本人/);
      await expect(
        recordReview(criminalChief, db, m.id, c101, { part: "chief", text: "别庭庭长的讲评" }),
      ).rejects.toThrow(/所在部门的庭长/);
      await recordReview(zhang, db, m.id, c101, { part: "self", text: "对交付事实审查不细，今后注意。" });
      await recordReview(chief, db, m.id, c101, { part: "chief", text: "庭里组织民间借贷专题学习。" });
      const after = await recordReview(president, db, m.id, c101, {
        part: "leader",
        text: "形成类案裁判规则报审委会。",
      });
      expect(after.entries[0]).toMatchObject({
        complete: true,
        selfBy: "张三",
        chiefBy: "民一庭庭长",
        leaderBy: "分管副院长",
      });
      expect(after.completeCount).toBe(1);
      const changed = await updateReviewMeeting(office, db, m.id, {
        problems: "对借款交付事实审查不细。",
        followUps: "起草民间借贷类案裁判规则。",
        version: after.version,
      });
      expect(changed.problems).toBe("对借款交付事实审查不细。");
      // The judge reads the meeting (their case is in it); the criminal chief does not.
      expect((await getReviewMeeting(zhang, db, m.id)).entries[0]?.canRecord).toEqual(["self"]);
      await expect(getReviewMeeting(criminalChief, db, m.id)).rejects.toThrow(/无权查看该评析会/);
      expect((await listReviewMeetings(criminalChief, db)).rows).toEqual([]);
      const file = await reviewMeetingMinutes(zhang, db, m.id);
      expect(file.fileName).toBe("2025-09-10-2025年第一次发改案件评析会-评析会纪要.docx");
      const text = await docxText(file.content);
      expect(text).toContain("发改案件评析会纪要");
      expect(text).toContain("时间：2025年9月10日");
      expect(text).toContain("原承办人自评：对交付事实审查不细，今后注意。（张三）");
      expect(text).toContain("庭长讲评：庭里组织民间借贷专题学习。（民一庭庭长）");
      expect(text).toContain("分管领导点评：形成类案裁判规则报审委会。（分管副院长）");
      // 103: nothing recorded yet.
      expect(text).toMatch(/（二）（2025）内0602民初103号[\s\S]*原承办人自评：（未记录）/);
      expect(text).toContain("对借款交付事实审查不细。");
      expect(text).toContain("其中 1 件评析完毕");
      // The register tells which entries were reviewed, and whether 评析完毕.
      const rows = (await listReversals(office, db, YEAR)).rows;
      expect(rows.find((r) => r.caseId === c101)?.reviews).toEqual([{ meetingId: m.id, complete: true }]);
      expect(rows.find((r) => r.caseId === c103)?.reviews).toEqual([{ meetingId: m.id, complete: false }]);
      expect(rows.find((r) => r.caseNumber === "（2025）内0602民初102号")?.reviews).toEqual([]);
    });

    it("类案裁判规则: draft → adopted → shown on a pending case of the same 案由 → retired", async () => {
      await expect(
        createCaseRule(office, db, {
          title: "民间借贷规则",
          cause: "借钱纠纷",
          ruleText: "应当审查借款实际交付情况。",
        }),
      ).rejects.toThrow(/案由目录/);
      await expect(
        createCaseRule(office, db, {
          title: "民间借贷规则",
          cause: "民间借贷纠纷",
          ruleText: "应当审查借款实际交付情况。",
          sourceCaseNumbers: ["（2025）内0602民初999号"],
        }),
      ).rejects.toThrow(/数据中没有该案号/);
      const r = await createCaseRule(office, db, {
        title: "民间借贷案件借款交付的审查",
        cause: "民间借贷纠纷",
        ruleText: "出借人仅提交借条主张大额现金交付的，应当结合交付凭证、资金来源等审查交付事实。",
        sourceCaseNumbers: ["（2025）内0602民初101号"],
      });
      expect(r).toMatchObject({ status: "draft", actions: ["edit-case-rule", "adopt-case-rule"] });
      const pending = id("（2025）内0602民初106号");
      expect((await caseGuidance(li, db, pending)).rules).toEqual([]);
      const edited = await editCaseRule(office, db, r.id, {
        title: "民间借贷案件借款交付事实的审查",
        cause: "民间借贷纠纷",
        ruleText: r.ruleText,
        sourceCaseNumbers: ["（2025）内0602民初101号", "（2025）内0602民初103号"],
        version: r.version,
      });
      expect(edited.sources.map((s) => s.caseNumber)).toEqual([
        "（2025）内0602民初101号",
        "（2025）内0602民初103号",
      ]);
      await expect(
        adoptCaseRule(office, db, r.id, {
          adoptedOn: "2025-09-20",
          reference: "审",
          version: edited.version,
        }),
      ).rejects.toThrow(/审委会决定的出处/);
      const adopted = await adoptCaseRule(office, db, r.id, {
        adoptedOn: "2025-09-20",
        reference: "审判委员会2025年第5次会议",
        version: edited.version,
      });
      expect(adopted).toMatchObject({
        status: "adopted",
        adoptedOn: "2025-09-20",
        actions: ["retire-case-rule"],
      });
      await expect(editCaseRule(office, db, r.id, { ...edited, version: adopted.version })).rejects.toThrow(
        /只有草稿/,
      );
      // 类案指导: the pending 民间借贷纠纷 case shows it; a closed one of the same 案由 does not.
      const g = await caseGuidance(li, db, pending);
      expect(g).toMatchObject({ pending: true, cause: "民间借贷纠纷" });
      expect(g.rules.map((x) => x.title)).toEqual(["民间借贷案件借款交付事实的审查"]);
      expect((await caseGuidance(zhang, db, id("（2025）内0602民初101号"))).rules).toEqual([]);
      expect((await listCaseRules(li, db, { status: "adopted", cause: "民间借贷纠纷" })).rows).toHaveLength(
        1,
      );
      expect((await listCaseRules(li, db, { cause: "买卖合同纠纷" })).rows).toHaveLength(0);
      const retired = await retireCaseRule(office, db, r.id, {
        retiredOn: "2025-10-01",
        note: "新的司法解释施行",
        version: adopted.version,
      });
      expect(retired.status).toBe("retired");
      expect((await caseGuidance(li, db, pending)).rules).toEqual([]);
    });
  });
}
