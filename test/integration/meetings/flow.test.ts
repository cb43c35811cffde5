/**
 * 专业法官会议 and 审委会 on SQLite and PostgreSQL: a case referred from 四类 supervision opens a
 * 上会事项 linked to the case and the supervision matter; the judge supplies the materials; the
 * office plans a 专业法官会议, puts the item on its agenda, opinions out of the speaking order are
 * refused, in order they are stored; the majority view is computed; the panel does not adopt it and
 * the chief sends the item on to the 审委会; a decision without a quorum is refused (citing the
 * law), with a quorum but short of a majority of ALL members it is refused, then decided; the
 * decision is in the case's trace; the minutes .docx holds the opinions and the result; the
 * statistics; a direct referral by the judge, twice (409).
 */
import { Readable } from "node:stream";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItemToAgenda } from "../../../src/app/meetings/agenda.js";
import { getCaseMeetings } from "../../../src/app/meetings/case-meetings.js";
import { createMeeting } from "../../../src/app/meetings/create-meeting.js";
import { listMeetingItems } from "../../../src/app/meetings/list-items.js";
import { getMeetingStatistics } from "../../../src/app/meetings/meeting-statistics.js";
import { meetingMinutes } from "../../../src/app/meetings/minutes.js";
import { nameAttendees } from "../../../src/app/meetings/name-attendees.js";
import { recordOpinions } from "../../../src/app/meetings/record-opinions.js";
import { recordResult } from "../../../src/app/meetings/record-result.js";
import { referCase } from "../../../src/app/meetings/refer-case.js";
import { addStaff } from "../../../src/app/people/add-staff.js";
import { ConflictError, ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { uploadDraftFile } from "../../../src/app/sign-off/upload-draft-file.js";
import { markSupervisedCase } from "../../../src/app/supervision/mark-supervised-case.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter, listCaseMatters } from "../../../src/app/workflow/get-matter.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { insertUser } from "../../../src/db/users/users.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { AS_OF, CASES, importFixture } from "../supervision/fixture.js";

const C1 = "民事审判第一庭";
const admin: Actor = { username: "admin", role: "admin" };
const office: Actor = { username: "office1", role: "office", name: "审管办甲" };
const chief: Actor = { username: "chief1", role: "chief", division: C1, name: "一庭庭长" };
const judge: Actor = { username: "zhang", role: "judge", division: C1, judgeName: "张法官" };
const secretary: Actor = { username: "sec1", role: "clerk", name: "书记员小林" };
const REASON = "案件涉及九名劳动者，社会关注度高，确认纳入监管";

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml");
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

for (const dialect of TEST_DIALECTS) {
  describe(`meetings on ${dialect}`, () => {
    let db: TestDb;
    const staff: Record<string, number> = {};
    let caseId = 0;
    let supervisionId = 0;
    let itemId = 0;
    let committeeItemId = 0;
    let judgesMeeting = 0;
    let committeeMeeting = 0;
    let directId = 0;

    beforeAll(async () => {
      db = await freshDb(dialect);
      await importFixture(db);
      const add = async (
        no: string,
        name: string,
        division: string,
        positions: string[],
        committee: boolean,
      ) => {
        const r = await addStaff(
          admin,
          db,
          { staffNo: no, name, division, positions, committeeMember: committee, active: true },
          AS_OF,
        );
        staff[name] = r.id;
      };
      // The 审委会: five members. Quorum: more than half of 5 = 3 present; a decision needs 3 votes.
      await add("S001", "院长甲", "院领导", ["president"], true);
      await add("S002", "副院长乙", "院领导", ["vice-president"], true);
      await add("S003", "专委丙", "院领导", ["committee-full-time"], true);
      await add("S004", "庭长丁", C1, ["chief", "judge"], true);
      await add("S005", "庭长戊", "民事审判第二庭", ["chief", "judge"], true);
      // The 专业法官会议's judges (not on the committee).
      await add("S011", "李法官", C1, ["judge"], false);
      await add("S012", "王法官", "民事审判第二庭", ["judge"], false);
      await add("S013", "张法官", C1, ["judge"], false);
      await add("S021", "书记员甲", C1, ["clerk"], false);
      await insertUser(db, {
        username: "sec1",
        display_name: "书记员小林",
        password_hash: "x",
        role: "clerk",
        division: null,
        judge_name: null,
        is_demo: 0,
        disabled: 0,
        must_change_password: 0,
        created_at: "2024-08-01T00:00:00Z",
      });
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a 四类 supervision measure 提交专业法官会议 opens a 上会事项 linked to the case and the supervision", async () => {
      const marked = await markSupervisedCase(
        judge,
        db,
        (await caseOf(db, CASES.nineOne)) as number,
        { category: 2, note: REASON },
        AS_OF,
      );
      caseId = marked.caseId as number;
      supervisionId = marked.id;
      const confirmed = await actOnMatter(
        office,
        db,
        supervisionId,
        "confirm",
        marked.version,
        { note: REASON },
        AS_OF,
      );
      const after = await actOnMatter(
        chief,
        db,
        supervisionId,
        "judges-meeting",
        confirmed.version,
        { note: "法律适用存在分歧，提交专业法官会议讨论" },
        AS_OF,
      );
      const waiting = await listMeetingItems(office, db, { view: "waiting" }, AS_OF);
      expect(waiting.rows.map((r) => [r.caseNumber, r.meetingKind, r.source])).toEqual([
        [CASES.nineOne, "judges", "四类案件监管"],
      ]);
      itemId = waiting.rows[0]?.matterId as number;
      const item = await getMatter(office, db, itemId, AS_OF);
      expect(item.links).toEqual(
        expect.arrayContaining([
          { entity: "case", id: caseId },
          { entity: "matter", id: supervisionId },
        ]),
      );
      // The supervision matter is linked back to the item it opened.
      const sup = await getMatter(office, db, supervisionId, AS_OF);
      expect(sup.links).toContainEqual({ entity: "matter", id: itemId });
      expect(after.state).toBe("supervised");
    });

    it("the judge supplies the materials; a clerk may not plan a meeting", async () => {
      const item = await getMatter(judge, db, itemId, AS_OF);
      await actOnMatter(
        judge,
        db,
        itemId,
        "supply-materials",
        item.version,
        {
          summary: "十名劳动者诉某建筑公司追索劳务报酬",
          issues: "包工头是否为用工主体",
          panelOpinion: "某建筑公司承担支付责任",
        },
        AS_OF,
      );
      await expect(
        createMeeting(secretary, db, meetingInput("judges", staff.庭长丁 as number), AS_OF),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("专业法官会议: agenda, opinions in speaking order (out of order refused), majority view", async () => {
      const m = await createMeeting(office, db, meetingInput("judges", staff.庭长丁 as number), AS_OF);
      judgesMeeting = m.id;
      // A 书记员 is no member of the 专业法官会议 (made up of judges): only 列席.
      await expect(
        nameAttendees(
          secretary,
          db,
          m.id,
          [
            { staffId: staff.庭长丁 as number, role: "member", present: true },
            { staffId: staff.书记员甲 as number, role: "member", present: true },
          ],
          AS_OF,
        ),
      ).rejects.toThrow(/第 2 行：书记员甲不是员额法官，只能列席/);
      await nameAttendees(
        secretary,
        db,
        m.id,
        [
          { staffId: staff.庭长丁 as number, role: "member", present: true },
          { staffId: staff.李法官 as number, role: "member", present: true },
          { staffId: staff.王法官 as number, role: "member", present: true },
          { staffId: staff.张法官 as number, role: "observer", present: true },
        ],
        AS_OF,
      );
      const v = await addItemToAgenda(secretary, db, m.id, itemId, AS_OF);
      // Junior to senior, the chair last: two 员额法官 (the later 工号 S012 first), then the chair.
      expect(v.speakingOrder.map((s) => s.name)).toEqual(["王法官", "李法官", "庭长丁"]);
      expect(v.agenda[0]?.state).toBe("scheduled");
      // The chair before the others: refused, naming who has not spoken and the rule.
      const early = recordOpinions(
        secretary,
        db,
        m.id,
        itemId,
        [{ staffId: staff.庭长丁 as number, stance: "agree", opinion: "同意" }],
        AS_OF,
      );
      await expect(early).rejects.toBeInstanceOf(InvalidInputError);
      await expect(early).rejects.toThrow(/王法官（第 1 位）尚未发表意见.*主持人最后发表意见/);
      // 列席 gives no opinion.
      await expect(
        recordOpinions(
          secretary,
          db,
          m.id,
          itemId,
          [{ staffId: staff.张法官 as number, stance: "agree", opinion: "" }],
          AS_OF,
        ),
      ).rejects.toThrow(/列席/);
      // A result before everyone has spoken is refused.
      await recordOpinions(
        secretary,
        db,
        m.id,
        itemId,
        [{ staffId: staff.王法官 as number, stance: "disagree", opinion: "包工头为用工主体" }],
        AS_OF,
      );
      await expect(recordResult(secretary, db, m.id, itemId, {}, AS_OF)).rejects.toThrow(/李法官、庭长丁/);
      const done = await recordOpinions(
        secretary,
        db,
        m.id,
        itemId,
        [
          { staffId: staff.庭长丁 as number, stance: "agree", opinion: "同意合议庭意见" },
          { staffId: staff.王法官 as number, stance: "disagree", opinion: "包工头为用工主体" },
          { staffId: staff.李法官 as number, stance: "disagree", opinion: "应由包工头承担" },
        ],
        AS_OF,
      );
      // Stored in speaking order whatever the order given.
      expect(done.agenda[0]?.opinions.map((o) => [o.orderNo, o.name])).toEqual([
        [1, "王法官"],
        [2, "李法官"],
        [3, "庭长丁"],
      ]);
      const result = await recordResult(secretary, db, m.id, itemId, {}, AS_OF);
      // 2 of 3 disagree: more than half — the majority view; 1 agrees — the minority view.
      expect(result.agenda[0]?.state).toBe("discussed");
      expect(result.agenda[0]?.result).toContain("多数意见：不同意合议庭意见（2/3 人）");
      expect(result.agenda[0]?.result).toContain("少数意见：同意合议庭意见（1 人）");
    });

    it("the panel does not adopt; the chief sends the item on to the 审委会 (a new item, materials carried)", async () => {
      const item = await getMatter(judge, db, itemId, AS_OF);
      expect(item.actions.map((a) => a.action)).toEqual(["adopt", "not-adopt"]);
      const notAdopted = await actOnMatter(
        judge,
        db,
        itemId,
        "not-adopt",
        item.version,
        { note: "合议庭复议后认为某建筑公司应承担责任，维持原意见" },
        AS_OF,
      );
      expect(notAdopted.state).toBe("not-adopted");
      await expect(
        actOnMatter(judge, db, itemId, "refer-committee", notAdopted.version, { note: "" }, AS_OF),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await actOnMatter(
        chief,
        db,
        itemId,
        "refer-committee",
        notAdopted.version,
        { note: "合议庭不采纳多数意见" },
        AS_OF,
      );
      const waiting = await listMeetingItems(office, db, { view: "waiting", kind: "committee" }, AS_OF);
      expect(waiting.rows.map((r) => [r.caseNumber, r.source])).toEqual([
        [CASES.nineOne, "专业法官会议意见未被采纳后移送"],
      ]);
      committeeItemId = waiting.rows[0]?.matterId as number;
      const c = await getMatter(office, db, committeeItemId, AS_OF);
      expect(c.data.issues).toBe("包工头是否为用工主体");
    });

    it("审委会: a chair who is not 院长 or 副院长 is refused; all members must be named", async () => {
      await expect(
        createMeeting(office, db, meetingInput("committee", staff.庭长丁 as number), AS_OF),
      ).rejects.toThrow(/第三十八条/);
      const m = await createMeeting(office, db, meetingInput("committee", staff.院长甲 as number), AS_OF);
      committeeMeeting = m.id;
      // Every committee member named at once, present.
      expect(m.attendees.map((a) => a.name).sort()).toEqual(
        ["副院长乙", "庭长丁", "庭长戊", "专委丙", "院长甲"].sort(),
      );
      await expect(
        nameAttendees(
          secretary,
          db,
          m.id,
          [{ staffId: staff.院长甲 as number, role: "member", present: true }],
          AS_OF,
        ),
      ).rejects.toThrow(/缺少：/);
      await expect(
        nameAttendees(
          secretary,
          db,
          m.id,
          [{ staffId: staff.李法官 as number, role: "member", present: true }],
          AS_OF,
        ),
      ).rejects.toThrow(/不是审判委员会委员，只能列席/);
    });

    it("审委会: no decision without a quorum; none short of a majority of all members; then decided", async () => {
      const id = committeeMeeting;
      const members = (present: string[], recused: string[] = []) =>
        ["院长甲", "副院长乙", "专委丙", "庭长丁", "庭长戊"].map((n) => ({
          staffId: staff[n] as number,
          role: recused.includes(n) ? ("recused" as const) : ("member" as const),
          reason: recused.includes(n) ? "与本案当事人有利害关系" : "",
          present: present.includes(n),
        }));
      // 5 members, 庭长丁 withdrawn (still one of all 5), 2 present: more than half of 5 is 3.
      let v = await nameAttendees(secretary, db, id, members(["院长甲", "副院长乙"], ["庭长丁"]), AS_OF);
      expect(v.quorum).toMatchObject({ total: 5, present: 2, recused: 1, required: 3, met: false });
      await addItemToAgenda(secretary, db, id, committeeItemId, AS_OF);
      await recordOpinions(
        secretary,
        db,
        id,
        committeeItemId,
        [
          { staffId: staff.副院长乙 as number, stance: "agree", opinion: "同意合议庭意见" },
          { staffId: staff.院长甲 as number, stance: "agree", opinion: "同意" },
        ],
        AS_OF,
      );
      const noQuorum = recordResult(
        secretary,
        db,
        id,
        committeeItemId,
        { decision: "某建筑公司承担支付责任" },
        AS_OF,
      );
      await expect(noQuorum).rejects.toBeInstanceOf(ConflictError);
      await expect(noQuorum).rejects.toThrow(
        /出席委员未过半数.*《人民法院组织法》第三十八条.*须至少 3 名出席，现出席 2 名/,
      );
      // 专委丙 and 庭长戊 arrive: 4 present (quorum). 2 agree, 2 disagree: 2 < 3 of all 5 — no decision.
      v = await nameAttendees(
        secretary,
        db,
        id,
        members(["院长甲", "副院长乙", "专委丙", "庭长戊"], ["庭长丁"]),
        AS_OF,
      );
      expect(v.quorum?.met).toBe(true);
      expect(v.speakingOrder.map((s) => s.name)).toEqual(["庭长戊", "专委丙", "副院长乙", "院长甲"]);
      const opinions = (third: "agree" | "disagree") => [
        { staffId: staff.庭长戊 as number, stance: "disagree" as const, opinion: "包工头为用工主体" },
        { staffId: staff.专委丙 as number, stance: third, opinion: "意见" },
        { staffId: staff.副院长乙 as number, stance: "disagree" as const, opinion: "不同意" },
        { staffId: staff.院长甲 as number, stance: "agree" as const, opinion: "同意" },
      ];
      await recordOpinions(secretary, db, id, committeeItemId, opinions("agree"), AS_OF);
      await expect(
        recordResult(secretary, db, id, committeeItemId, { decision: "某建筑公司承担支付责任" }, AS_OF),
      ).rejects.toThrow(/全体委员过半数同意.*须 3 票以上；现同意 2 票、不同意 2 票/);
      // 3 disagree of all 5: decided.
      await recordOpinions(secretary, db, id, committeeItemId, opinions("disagree"), AS_OF);
      const decided = await recordResult(
        secretary,
        db,
        id,
        committeeItemId,
        { decision: "由包工头承担支付责任，某建筑公司不承担责任" },
        AS_OF,
      );
      expect(decided.agenda[0]?.state).toBe("decided");
      expect(decided.status).toBe("held");
    });

    it("the decision is in the case's trace and history", async () => {
      const matters = await listCaseMatters(judge, db, caseId, AS_OF);
      const committee = matters.find((m) => m.id === committeeItemId);
      const last = committee?.trace.at(-1);
      expect(last?.label).toBe("记录审委会决定");
      expect(last?.note).toBe("由包工头承担支付责任，某建筑公司不承担责任");
      expect(String(last?.input.votes)).toContain("不同意 3 票");
      const history = await getCaseMeetings(judge, db, caseId, AS_OF);
      expect(history.rows.map((r) => [r.meetingKind, r.state])).toEqual([
        ["judges", "referred-committee"],
        ["committee", "decided"],
      ]);
    });

    it("the minutes .docx hold the attendees, the opinions in order and the result", async () => {
      const judgesDoc = await docxText(
        (await meetingMinutes(office, db, judgesMeeting, AS_OF)).content as Buffer,
      );
      expect(judgesDoc).toContain("专业法官会议会议纪要");
      expect(judgesDoc).toContain("列席：张法官");
      // The table's rows in speaking order: 序号, 发言人, 意见, 发言要点 (cells joined).
      const first = judgesDoc.indexOf("1王法官不同意合议庭意见包工头为用工主体");
      const last = judgesDoc.indexOf("3庭长丁同意合议庭意见同意合议庭意见");
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThan(judgesDoc.indexOf("2李法官不同意合议庭意见应由包工头承担"));
      expect(judgesDoc.indexOf("2李法官")).toBeLessThan(last);
      expect(judgesDoc).toContain("多数意见：不同意合议庭意见");
      expect(judgesDoc).toContain("合议庭采纳情况：不采纳：合议庭复议后认为某建筑公司应承担责任，维持原意见");
      const committeeDoc = await docxText(
        (await meetingMinutes(office, db, committeeMeeting, AS_OF)).content as Buffer,
      );
      expect(committeeDoc).toContain("回避：庭长丁（理由：与本案当事人有利害关系）");
      expect(committeeDoc).toContain("审委会决定：由包工头承担支付责任，某建筑公司不承担责任");
      expect(committeeDoc).toContain("全体委员 5 名（含回避 1 名），出席 4 名");
    });

    it("statistics: one 专业法官会议 item not adopted, one 审委会 item decided in 民一庭", async () => {
      const s = await getMeetingStatistics(office, db, {}, AS_OF);
      expect(s.adoption).toEqual({ adopted: 0, notAdopted: 1, waiting: 0, rate: 0 });
      expect(s.committeeByDivision).toEqual([{ division: C1, referred: 1, decided: 1 }]);
      expect(s.months).toEqual([{ month: AS_OF.slice(0, 7), judges: 1, committee: 1 }]);
    });

    it("the judge refers a case directly with its materials; not twice; not another's case", async () => {
      const second = (await caseOf(db, CASES.second)) as number;
      const input = {
        meetingKind: "judges",
        summary: "租赁合同纠纷",
        issues: "租金标准",
        panelOpinion: "按约定支付",
      };
      await expect(referCase(judge, db, second, { ...input, issues: "" }, AS_OF)).rejects.toThrow(/争议焦点/);
      // A 类案检索报告 as a file (uploaded to the judge's file store first), attached to the item.
      const pdf = await uploadDraftFile(
        judge,
        db,
        { fileName: "类案检索报告.pdf", content: Readable.from([Buffer.from("%PDF-1.4\n%%EOF\n")]) },
        AS_OF,
      );
      await expect(
        referCase(judge, db, second, { ...input, fileIds: [pdf.id + 1000] }, AS_OF),
      ).rejects.toThrow(/第 1 个类案检索报告文件/);
      const v = await referCase(judge, db, second, { ...input, fileIds: [pdf.id] }, AS_OF);
      expect(v.state).toBe("waiting");
      // The file is now the item's: it cannot be used again.
      const third = (await caseOf(db, CASES.first)) as number;
      await expect(
        referCase(chief, db, third, { ...input, fileIds: [pdf.id] }, AS_OF),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(referCase(judge, db, second, input, AS_OF)).rejects.toBeInstanceOf(ConflictError);
      const other = (await caseOf(db, CASES.large)) as number;
      await expect(referCase(judge, db, other, input, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
      directId = v.id;
    });

    it("with the setting nonAdoption = committee, a non-adoption goes to the 审委会 at once", async () => {
      await writeSetting(
        db,
        "meeting_settings",
        JSON.stringify({ nonAdoption: "committee" }),
        "2024-08-01T00:00:00Z",
      );
      const m = await createMeeting(office, db, meetingInput("judges", staff.庭长丁 as number), AS_OF);
      await nameAttendees(
        office,
        db,
        m.id,
        ["庭长丁", "李法官", "王法官"].map((n) => ({
          staffId: staff[n] as number,
          role: "member",
          present: true,
        })),
        AS_OF,
      );
      const onAgenda = await addItemToAgenda(office, db, m.id, directId, AS_OF);
      expect(onAgenda.agenda[0]?.files.map((f) => f.name)).toEqual(["类案检索报告.pdf"]);
      const minutes = await docxText((await meetingMinutes(office, db, m.id, AS_OF)).content as Buffer);
      expect(minutes).toContain("类案检索报告（附件）：类案检索报告.pdf");
      await recordOpinions(
        office,
        db,
        m.id,
        directId,
        ["庭长丁", "李法官", "王法官"].map((n) => ({
          staffId: staff[n] as number,
          stance: "disagree",
          opinion: "租金应按市场价",
        })),
        AS_OF,
      );
      await recordResult(office, db, m.id, directId, {}, AS_OF);
      const item = await getMatter(judge, db, directId, AS_OF);
      const after = await actOnMatter(
        judge,
        db,
        directId,
        "not-adopt",
        item.version,
        { note: "合议庭认为应按合同约定的租金标准支付" },
        AS_OF,
      );
      expect(after.state).toBe("referred-committee");
      expect(after.trace.at(-1)?.note).toContain("按本院设置");
      const waiting = await listMeetingItems(office, db, { view: "waiting", kind: "committee" }, AS_OF);
      expect(waiting.rows.map((r) => [r.caseNumber, r.source])).toEqual([
        [CASES.second, "专业法官会议意见未被采纳后移送"],
      ]);
    });
  });
}

function meetingInput(kind: "judges" | "committee", chairStaffId: number) {
  return {
    kind,
    title: kind === "judges" ? "民事专业法官会议" : "审判委员会第 8 次会议",
    scheduledOn: "2024-08-05",
    startTime: "09:30",
    place: "第三会议室",
    chairStaffId,
    secretary: "sec1",
  };
}

async function caseOf(db: TestDb, caseNumber: string): Promise<number | undefined> {
  const r = await db.db
    .selectFrom("cases")
    .select("id")
    .where("case_number", "=", caseNumber)
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}
