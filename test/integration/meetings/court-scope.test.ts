/**
 * Meetings belong to a court, on SQLite and PostgreSQL: two sibling basic courts (内0602 东胜区 and
 * 内0603 康巴什区, both under 内06 鄂尔多斯市中院) in one database, each with its office, judge and
 * 书记员, and an office of the 中院. A meeting takes its planner's court; each basic court lists,
 * opens, counts and runs only its own court's meetings and items; the 中院 reads both but runs
 * neither and refers none of their cases; an item of a 内0603 case is refused on a 内0602 meeting;
 * chairs, secretaries and members come from the meeting's court; a meeting of a one-court
 * installation (no court) stays visible to all. Migration 0030 fills existing meetings from their
 * creator's account.
 */
import JSZip from "jszip";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addItemToAgenda } from "../../../src/app/meetings/agenda.js";
import { getCaseMeetings } from "../../../src/app/meetings/case-meetings.js";
import { createMeeting, type MeetingInput } from "../../../src/app/meetings/create-meeting.js";
import { getMeeting } from "../../../src/app/meetings/get-meeting.js";
import { listMeetingItems } from "../../../src/app/meetings/list-items.js";
import { listMeetingViews } from "../../../src/app/meetings/list-meetings.js";
import { getMeetingStatistics } from "../../../src/app/meetings/meeting-statistics.js";
import { meetingMinutes } from "../../../src/app/meetings/minutes.js";
import { nameAttendees } from "../../../src/app/meetings/name-attendees.js";
import { referCase } from "../../../src/app/meetings/refer-case.js";
import { addStaff } from "../../../src/app/people/add-staff.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { listCourtCodes } from "../../../src/db/courts/courts.js";
import { migrate } from "../../../src/db/migrate.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { courtsVisibleTo } from "../../../src/domain/court/hierarchy.js";
import { insertAccount } from "../../helpers/accounts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { importFixture } from "../supervision/fixture.js";

const AS_OF = "2024-08-01";
const C1 = "民事审判第一庭";
const DONGSHENG = "鄂尔多斯市东胜区人民法院";
const KANGBASHI = "鄂尔多斯康巴什区人民法院";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,二审结果";
/** The same division and judge's name in both courts: names repeat from court to court. */
const CASE = {
  a1: "（2024）内0602民初11号",
  a2: "（2024）内0602民初12号",
  b1: "（2024）内0603民初21号",
  b2: "（2024）内0603民初22号",
} as const;
const CSV = [
  HEADER,
  `${CASE.a1},买卖合同纠纷,2024-05-01,普通程序,${C1},张法官,,,5000,甲公司,乙公司,是,`,
  `${CASE.a2},民间借贷纠纷,2024-05-02,普通程序,${C1},张法官,,,8000,赵一,钱二,否,`,
  `${CASE.b1},买卖合同纠纷,2024-05-03,普通程序,${C1},张法官,,,6000,丙公司,丁公司,是,`,
  `${CASE.b2},房屋租赁合同纠纷,2024-05-04,普通程序,${C1},张法官,,,9000,孙三,周四,否,`,
].join("\n");
const MATERIALS = {
  meetingKind: "judges",
  summary: "买卖合同货款争议",
  issues: "质量异议期间",
  panelOpinion: "支持原告诉请",
};

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

for (const dialect of TEST_DIALECTS) {
  describe(`meetings belong to a court (${dialect})`, () => {
    let db: TestDb;
    /** Actors as signing in makes them: the courts each sees among those the database knows. */
    const who: Record<string, Actor> = {};
    const staff: Record<string, number> = {};
    const caseId: Record<keyof typeof CASE, number> = { a1: 0, a2: 0, b1: 0, b2: 0 };
    const meeting = { m0: 0, m2: 0, m3: 0, committee3: 0 };
    const item = { i2: 0, i3: 0 };

    const input = (chair: number, secretary: string, kind = "judges"): MeetingInput => ({
      kind,
      title: kind === "judges" ? "民事专业法官会议" : "审判委员会会议",
      scheduledOn: "2024-08-15",
      startTime: "09:30",
      place: "第一会议室",
      chairStaffId: chair,
      secretary,
    });

    beforeAll(async () => {
      db = await freshDb(dialect);
      await importFixture(db, CSV, AS_OF);
      for (const [k, n] of Object.entries(CASE)) {
        const r = await db.db
          .selectFrom("cases")
          .select("id")
          .where("case_number", "=", n)
          .executeTakeFirst();
        caseId[k as keyof typeof CASE] = Number(r?.id);
      }
      const add = async (no: string, name: string, positions: string[], committee: boolean) => {
        staff[name] = (
          await addStaff(
            { username: "admin", role: "admin" },
            db,
            { staffNo: no, name, division: C1, positions, committeeMember: committee, active: true },
            AS_OF,
          )
        ).id;
      };
      await add("S001", "东胜法官甲", ["judge"], false);
      await add("S002", "康巴什法官乙", ["judge"], false);
      await add("S003", "东胜院长", ["president"], true);
      await add("S004", "康巴什院长", ["president"], true);
      // A committee member without an account: of no court, as on a one-court installation.
      await add("S005", "未关联委员", ["vice-president"], true);
      const accounts: [string, string, string | null, string | null, string | null, number | null][] = [
        ["o2", "office", "内0602", null, null, null],
        ["o3", "office", "内0603", null, null, null],
        ["o6", "office", "内06", null, null, null],
        ["j2", "judge", "内0602", C1, "张法官", staff.东胜法官甲 as number],
        ["j3", "judge", "内0603", C1, "张法官", staff.康巴什法官乙 as number],
        ["k2", "clerk", "内0602", null, null, null],
        ["k3", "clerk", "内0603", null, null, null],
        ["p2", "president", "内0602", null, null, staff.东胜院长 as number],
        ["p3", "president", "内0603", null, null, staff.康巴什院长 as number],
        // An account of the whole database (a one-court installation's office, before courts).
        ["o0", "office", null, null, null, null],
      ];
      const known = await listCourtCodes(db);
      expect(known).toEqual(["内0602", "内0603"]);
      for (const [username, role, court, division, judgeName, staffId] of accounts) {
        await insertAccount(db, { username, role, division, judgeName, court, staffId });
        who[username] = actorOf({
          username,
          role,
          division,
          judgeName,
          court,
          courts: court ? courtsVisibleTo(court, known) : null,
        });
      }
      expect(who.o6?.courts).toEqual(["内06", "内0602", "内0603"]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    const actor = (name: string) => who[name] as Actor;
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((x, y) => x - y);

    it("a meeting takes its planner's court; chair and secretary come from that court", async () => {
      // The one-court installation's meeting (an account without a court) says no court.
      const m0 = await createMeeting(actor("o0"), db, input(staff.东胜法官甲 as number, "k2"), AS_OF);
      expect(m0.courtCode).toBeNull();
      meeting.m0 = m0.id;
      const m2 = await createMeeting(actor("o2"), db, input(staff.东胜法官甲 as number, "k2"), AS_OF);
      expect(m2.courtCode).toBe("内0602");
      meeting.m2 = m2.id;
      const m3 = await createMeeting(actor("o3"), db, input(staff.康巴什法官乙 as number, "k3"), AS_OF);
      expect(m3.courtCode).toBe("内0603");
      meeting.m3 = m3.id;
      const stored = await db.db.selectFrom("meetings").select(["id", "court_code"]).orderBy("id").execute();
      expect(stored.map((r) => [Number(r.id), r.court_code])).toEqual([
        [m0.id, null],
        [m2.id, "内0602"],
        [m3.id, "内0603"],
      ]);
      // A judge of the sibling court does not chair, a 书记员 of the sibling court does not record.
      await expect(
        createMeeting(actor("o2"), db, input(staff.康巴什法官乙 as number, "k2"), AS_OF),
      ).rejects.toThrow(`主持人康巴什法官乙属于${KANGBASHI}，不能主持${DONGSHENG}的会议`);
      const secretary = createMeeting(actor("o2"), db, input(staff.东胜法官甲 as number, "k3"), AS_OF);
      await expect(secretary).rejects.toBeInstanceOf(InvalidInputError);
      await expect(secretary).rejects.toThrow(`记录人账号“k3”属于${KANGBASHI}`);
    });

    it("a 审委会 of a court starts with its own court's members; another court's member is refused", async () => {
      const c = await createMeeting(
        actor("o3"),
        db,
        input(staff.康巴什院长 as number, "k3", "committee"),
        AS_OF,
      );
      meeting.committee3 = c.id;
      expect(c.attendees.map((a) => a.name).sort()).toEqual(["康巴什院长", "未关联委员"].sort());
      await expect(
        nameAttendees(
          actor("k3"),
          db,
          c.id,
          [
            { staffId: staff.康巴什院长 as number, role: "member", present: true },
            { staffId: staff.未关联委员 as number, role: "member", present: true },
            { staffId: staff.东胜院长 as number, role: "member", present: true },
          ],
          AS_OF,
        ),
      ).rejects.toThrow(`第 3 行：东胜院长属于${DONGSHENG}，不能参加本院的会议`);
      // Every member of its own court named: accepted without the sibling court's president.
      const named = await nameAttendees(
        actor("k3"),
        db,
        c.id,
        [
          { staffId: staff.康巴什院长 as number, role: "member", present: true },
          { staffId: staff.未关联委员 as number, role: "member", present: false },
        ],
        AS_OF,
      );
      expect(named.quorum?.total).toBe(2);
    });

    it("each basic court lists its own meetings (and the court-less one); the 中院 lists both", async () => {
      const list = async (name: string) =>
        ids((await listMeetingViews(actor(name), db, { view: "all", kind: "judges" }, AS_OF)).rows);
      expect(await list("o2")).toEqual([meeting.m0, meeting.m2]);
      expect(await list("o3")).toEqual([meeting.m0, meeting.m3]);
      expect(await list("j3")).toEqual([meeting.m0, meeting.m3]);
      expect(await list("o6")).toEqual([meeting.m0, meeting.m2, meeting.m3]);
      expect(await list("o0")).toEqual([meeting.m0, meeting.m2, meeting.m3]);
      const committees = await listMeetingViews(actor("o2"), db, { view: "all", kind: "committee" }, AS_OF);
      expect(committees.rows).toEqual([]);
    });

    it("a meeting of the sibling court is refused (403); its own court and the 中院 open it", async () => {
      const refused = getMeeting(actor("o2"), db, meeting.m3, AS_OF);
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refused).rejects.toThrow("无权查看该会议：该会议不属于您所在法院（或其下级法院）");
      await expect(getMeeting(actor("j2"), db, meeting.m3, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
      // The sibling court's secretary does not read it either.
      await expect(getMeeting(actor("k2"), db, meeting.m3, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
      expect((await getMeeting(actor("k3"), db, meeting.m3, AS_OF)).id).toBe(meeting.m3);
      expect((await getMeeting(actor("o3"), db, meeting.m3, AS_OF)).actions).toContain("add-item");
      // The 中院 reads it, and may do nothing on it but download its minutes.
      const mid = await getMeeting(actor("o6"), db, meeting.m3, AS_OF);
      expect(mid.actions).toEqual(["minutes"]);
      await expect(meetingMinutes(actor("o2"), db, meeting.m3, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
      // The minutes are signed by the meeting's court.
      const minutes = await meetingMinutes(actor("o6"), db, meeting.m3, AS_OF);
      const text = await docxText(minutes.content);
      expect(text).toContain(KANGBASHI);
      expect(text).not.toContain(DONGSHENG);
      // The court-less meeting stays visible to every court.
      expect((await getMeeting(actor("o3"), db, meeting.m0, AS_OF)).id).toBe(meeting.m0);
    });

    it("cases are referred to their own court's meetings only: not by a sibling, not by the 中院", async () => {
      const i2 = await referCase(actor("j2"), db, caseId.a1, MATERIALS, AS_OF);
      item.i2 = i2.id;
      const i3 = await referCase(actor("j3"), db, caseId.b1, MATERIALS, AS_OF);
      item.i3 = i3.id;
      // 张法官 of 民一庭 at 内0602 is not 张法官 of 民一庭 at 内0603.
      await expect(referCase(actor("j2"), db, caseId.b2, MATERIALS, AS_OF)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const mid = referCase(actor("o6"), db, caseId.b2, MATERIALS, AS_OF);
      await expect(mid).rejects.toBeInstanceOf(ForbiddenError);
      await expect(mid).rejects.toThrow(`该案件属于${KANGBASHI}，不能提交本院的会议讨论`);
      // The case page offers the referral to the case's own court only.
      const page = await getCaseMeetings(actor("o6"), db, caseId.b1, AS_OF);
      expect(page.rows.map((r) => r.matterId)).toEqual([item.i3]);
      expect(page.actions).toEqual([]);
      expect((await getCaseMeetings(actor("o3"), db, caseId.b1, AS_OF)).actions).toEqual([
        "refer-judges",
        "refer-committee",
      ]);
      await expect(getCaseMeetings(actor("o2"), db, caseId.b1, AS_OF)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("a 内0603 case is refused on a 内0602 meeting; the sibling's meeting cannot be run", async () => {
      const refused = addItemToAgenda(actor("o2"), db, meeting.m2, item.i3, AS_OF);
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toThrow(`该案件属于${KANGBASHI}，不能提交${DONGSHENG}的会议讨论`);
      // Its secretary is refused the same.
      await expect(addItemToAgenda(actor("k2"), db, meeting.m2, item.i3, AS_OF)).rejects.toThrow(
        `该案件属于${KANGBASHI}`,
      );
      // Nobody of 内0602 runs 内0603's meeting, and the 中院 runs neither.
      await expect(addItemToAgenda(actor("o2"), db, meeting.m3, item.i3, AS_OF)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const mid = addItemToAgenda(actor("o6"), db, meeting.m3, item.i3, AS_OF);
      await expect(mid).rejects.toBeInstanceOf(ForbiddenError);
      await expect(mid).rejects.toThrow("只能办理本院的会议");
      // Each court puts its own case on its own meeting.
      const m2 = await addItemToAgenda(actor("o2"), db, meeting.m2, item.i2, AS_OF);
      expect(m2.agenda.map((a) => a.caseNumber)).toEqual([CASE.a1]);
      const m3 = await addItemToAgenda(actor("k3"), db, meeting.m3, item.i3, AS_OF);
      expect(m3.agenda.map((a) => a.caseNumber)).toEqual([CASE.b1]);
      // The 中院 reads the agenda of its basic courts' meetings.
      expect((await getMeeting(actor("o6"), db, meeting.m3, AS_OF)).agenda.map((a) => a.caseNumber)).toEqual([
        CASE.b1,
      ]);
    });

    it("items and statistics: each court its own; the 中院 both", async () => {
      const items = async (name: string) =>
        (await listMeetingItems(actor(name), db, { view: "scheduled" }, AS_OF)).rows.map((r) => [
          r.caseNumber,
          r.meetingId,
        ]);
      expect(await items("o2")).toEqual([[CASE.a1, meeting.m2]]);
      expect(await items("o3")).toEqual([[CASE.b1, meeting.m3]]);
      expect(await items("j3")).toEqual([[CASE.b1, meeting.m3]]);
      expect(await items("o6")).toEqual([
        [CASE.a1, meeting.m2],
        [CASE.b1, meeting.m3],
      ]);
      const judgesItems = async (name: string) =>
        (await getMeetingStatistics(actor(name), db, {}, AS_OF)).months.reduce((n, m) => n + m.judges, 0);
      expect(await judgesItems("o2")).toBe(1);
      expect(await judgesItems("o3")).toBe(1);
      expect(await judgesItems("o6")).toBe(2);
      expect(await judgesItems("o0")).toBe(2);
    });

    it("migration 0030 fills existing meetings from their creator's court, else leaves none", async () => {
      // Back to the state before 0030 (the column and its index gone), then migrate again.
      await sql`drop index meetings_court`.execute(db.db);
      await sql`alter table meetings drop column court_code`.execute(db.db);
      await sql`delete from schema_migrations where name = '0030-meetings-court'`.execute(db.db);
      expect(await migrate(db.db as unknown as Kysely<unknown>, db.dialect)).toEqual(["0030-meetings-court"]);
      const rows = await db.db.selectFrom("meetings").select(["id", "court_code"]).orderBy("id").execute();
      expect(rows.map((r) => [Number(r.id), r.court_code])).toEqual([
        [meeting.m0, null],
        [meeting.m2, "内0602"],
        [meeting.m3, "内0603"],
        [meeting.committee3, "内0603"],
      ]);
    });
  });
}
