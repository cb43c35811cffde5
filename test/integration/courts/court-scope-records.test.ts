/**
 * Records that belong to a court, on SQLite and PostgreSQL: two sibling basic courts (内0602 东胜区
 * and 内0603 康巴什区, both under 内06 鄂尔多斯市中院) in one database, each with its office and a
 * judge of the same name in the same division, an office of the 中院, and an office of the whole
 * database (a one-court installation's account, no court).
 * - 导入记录: an import takes the importing account's court; the history lists each court's own
 *   (and those without a court); the 中院 lists its basic courts' too.
 * - 类案裁判规则: a rule takes its writer's court; each court lists its own (and those without a
 *   court), the 中院 its basic courts' too; only the rule's own court changes it (a sibling and the
 *   中院 are refused, the refusal naming the rule's court as the courts table names it); a case is
 *   guided by its own court's rules; source cases come from the courts the writer sees.
 * - 发改案件评析会: an entry lies in its case's court; lists, one meeting and the minutes show a
 *   reader the entries of their courts; cases are put on a 评析会 of their own court only; the 中院
 *   reads its basic courts' 评析会 and changes and records none.
 * Migration 0032 fills existing rules and imports from their accounts' courts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptCaseRule, editCaseRule, retireCaseRule } from "../../../src/app/case-rules/change-case-rule.js";
import { createCaseRule } from "../../../src/app/case-rules/create-case-rule.js";
import { caseGuidance, listCaseRules } from "../../../src/app/case-rules/list-case-rules.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { listImports } from "../../../src/app/imports/list-imports.js";
import { createReviewMeeting } from "../../../src/app/review-meetings/create-review-meeting.js";
import { getReviewMeeting } from "../../../src/app/review-meetings/get-review-meeting.js";
import { listReviewMeetings } from "../../../src/app/review-meetings/list-review-meetings.js";
import { recordReview } from "../../../src/app/review-meetings/record-review.js";
import { reviewMeetingMinutes } from "../../../src/app/review-meetings/review-meeting-minutes.js";
import { updateReviewMeeting } from "../../../src/app/review-meetings/update-review-meeting.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { migrate } from "../../../src/db/migrate.js";
import { readMeetings } from "../../../src/db/review-meetings/review-meetings.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { insertAccount } from "../../helpers/accounts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const C1 = "民事审判第一庭";
const DONGSHENG = "鄂尔多斯市东胜区人民法院";
/** 内0603 as the courts table names it here (the register's name is 鄂尔多斯康巴什区人民法院). */
const KANGBASHI = "鄂尔多斯市康巴什区人民法院（登记名）";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,二审结果";
/** The same division and judge's name in both courts: names repeat from court to court. */
const CASE = {
  /** Reversed on appeal: a 发改案件 entry of 内0602. */
  a1: "（2024）内0602民初11号",
  /** Pending, 买卖合同纠纷: guided by 内0602's adopted rules. */
  a2: "（2024）内0602民初12号",
  b1: "（2024）内0603民初21号",
  b2: "（2024）内0603民初22号",
} as const;
const row = (n: string, filed: string, closed: boolean) =>
  `${n},买卖合同纠纷,${filed},普通程序,${C1},张法官,${closed ? "2024-04-01,判决" : ","},5000,甲公司,乙公司,是,${closed ? "改判" : ""}`;
const CSV_A = [HEADER, row(CASE.a1, "2024-01-05", true), row(CASE.a2, "2024-05-02", false)].join("\n");
const CSV_B = [HEADER, row(CASE.b1, "2024-01-06", true), row(CASE.b2, "2024-05-03", false)].join("\n");
const RULE_TEXT = "出卖人交付标的物后买受人未在约定期间提出质量异议的，视为标的物质量符合约定。";

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

const ACTORS: Record<string, Actor> = {
  o2: { username: "o2", role: "office", court: "内0602", courts: ["内0602"], name: "东胜审管办" },
  o3: { username: "o3", role: "office", court: "内0603", courts: ["内0603"], name: "康巴什审管办" },
  o6: {
    username: "o6",
    role: "office",
    court: "内06",
    courts: ["内06", "内0602", "内0603"],
    name: "中院审管办",
  },
  j2: {
    username: "j2",
    role: "judge",
    division: C1,
    judgeName: "张法官",
    court: "内0602",
    courts: ["内0602"],
  },
  j3: {
    username: "j3",
    role: "judge",
    division: C1,
    judgeName: "张法官",
    court: "内0603",
    courts: ["内0603"],
  },
  k3: { username: "k3", role: "clerk", court: "内0603", courts: ["内0603"] },
  // An account of the whole database (a one-court installation's office, before courts).
  o0: { username: "o0", role: "office", name: "全库审管办" },
};

for (const dialect of TEST_DIALECTS) {
  describe(`records that belong to a court (${dialect})`, () => {
    let db: TestDb;
    const caseId: Record<keyof typeof CASE, number> = { a1: 0, a2: 0, b1: 0, b2: 0 };
    const rule = { r0: 0, r2: 0, r3: 0, r6: 0 };
    const meeting = { m0: 0, m2: 0, m3: 0 };
    const actor = (name: string) => ACTORS[name] as Actor;

    const importAs = async (who: Actor, csv: string, dryRun = false) => {
      const dir = mkdtempSync(join(tmpdir(), "shenguan-records-"));
      const file = join(dir, "cases.csv");
      writeFileSync(file, csv);
      const r = await importCases(who, db, [file], { today: AS_OF, dryRun });
      rmSync(dir, { recursive: true, force: true });
      expect(r.errors).toEqual([]);
    };

    beforeAll(async () => {
      db = await freshDb(dialect);
      for (const a of Object.values(ACTORS)) await insertAccount(db, a);
      // Each court imports its own cases; the 中院 tries a file (a dry run); the command line
      // (an account of no court) checks one too.
      await importAs(actor("o2"), CSV_A);
      await importAs(actor("o3"), CSV_B);
      await importAs(actor("o6"), CSV_A, true);
      await importAs(systemActor("cli"), CSV_B, true);
      for (const [k, n] of Object.entries(CASE)) {
        const r = await db.db
          .selectFrom("cases")
          .select("id")
          .where("case_number", "=", n)
          .executeTakeFirst();
        caseId[k as keyof typeof CASE] = Number(r?.id);
      }
      // The register of courts may name a court otherwise than the 2018 list of 法院代字 does.
      await db.db.updateTable("courts").set({ name: KANGBASHI }).where("code", "=", "内0603").execute();
    }, 120_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("an import takes the importing account's court; each court lists its own, the 中院 all of them", async () => {
      const stored = await db.db
        .selectFrom("imports")
        .select(["user_name", "court_code"])
        .orderBy("id")
        .execute();
      expect(stored.map((r) => [r.user_name, r.court_code])).toEqual([
        ["o2", "内0602"],
        ["o3", "内0603"],
        ["o6", "内06"],
        ["cli", null],
      ]);
      const history = async (name: string) => {
        const h = await listImports(actor(name), db, {});
        expect(h.total, name).toBe(h.rows.length);
        return h.rows.map((r) => r.userName);
      };
      expect(await history("o2")).toEqual(["cli", "o2"]);
      expect(await history("o3")).toEqual(["cli", "o3"]);
      // A 书记员 of 内0603 imports for their court and sees its history.
      expect(await history("k3")).toEqual(["cli", "o3"]);
      expect(await history("o6")).toEqual(["cli", "o6", "o3", "o2"]);
      expect(await history("o0")).toEqual(["cli", "o6", "o3", "o2"]);
      // Paging counts within the courts too.
      const page = await listImports(actor("o2"), db, { page: 1, pageSize: 1 });
      expect([page.total, page.rows.map((r) => r.userName)]).toEqual([2, ["cli"]]);
    });

    it("a rule takes its writer's court; each court lists its own and the court-less, the 中院 its basic courts' too", async () => {
      const write = async (name: string, title: string) =>
        createCaseRule(actor(name), db, { title, cause: "买卖合同纠纷", ruleText: RULE_TEXT });
      const r0 = await write("o0", "全库质量异议规则");
      const r2 = await write("o2", "东胜质量异议规则");
      const r3 = await write("o3", "康巴什质量异议规则");
      const r6 = await write("o6", "中院质量异议规则");
      expect([r0.courtCode, r2.courtCode, r3.courtCode, r6.courtCode]).toEqual([
        null,
        "内0602",
        "内0603",
        "内06",
      ]);
      Object.assign(rule, { r0: r0.id, r2: r2.id, r3: r3.id, r6: r6.id });
      const list = async (name: string) =>
        (await listCaseRules(actor(name), db)).rows.map((r) => r.id).sort((x, y) => x - y);
      expect(await list("o2")).toEqual([r0.id, r2.id]);
      expect(await list("o3")).toEqual([r0.id, r3.id]);
      expect(await list("j3")).toEqual([r0.id, r3.id]);
      expect(await list("o6")).toEqual([r0.id, r2.id, r3.id, r6.id]);
      expect(await list("o0")).toEqual([r0.id, r2.id, r3.id, r6.id]);
      // The 中院 reads its basic courts' rules and may do nothing on them.
      const mid = (await listCaseRules(actor("o6"), db)).rows;
      expect(mid.find((r) => r.id === r3.id)?.actions).toEqual([]);
      expect(mid.find((r) => r.id === r6.id)?.actions).toEqual(["edit-case-rule", "adopt-case-rule"]);
      expect((await listCaseRules(actor("o3"), db)).rows.find((r) => r.id === r3.id)?.actions).toEqual([
        "edit-case-rule",
        "adopt-case-rule",
      ]);
    });

    it("only the rule's own court changes it: a sibling and the 中院 are refused, named by the courts table", async () => {
      const change = {
        title: "康巴什质量异议规则（修订）",
        cause: "买卖合同纠纷",
        ruleText: RULE_TEXT,
        version: 1,
      };
      const sibling = editCaseRule(actor("o2"), db, rule.r3, change);
      await expect(sibling).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sibling).rejects.toThrow(`无权修改该规则：该规则属于${KANGBASHI}，不属于您所在法院`);
      const mid = adoptCaseRule(actor("o6"), db, rule.r3, {
        adoptedOn: "2024-07-01",
        reference: "审委会2024年第5次会议",
        version: 1,
      });
      await expect(mid).rejects.toBeInstanceOf(ForbiddenError);
      await expect(mid).rejects.toThrow(`该规则属于${KANGBASHI}，只能由该院审管办办理`);
      // Nothing changed; the rule's own court changes it.
      const edited = await editCaseRule(actor("o3"), db, rule.r3, change);
      expect([edited.title, edited.version]).toEqual([change.title, 2]);
      // A rule without its court is kept by every court's office, as before courts.
      expect(
        (await editCaseRule(actor("o2"), db, rule.r0, { ...change, title: "全库规则（修订）" })).version,
      ).toBe(2);
      // Source cases come from the courts the writer sees: not the sibling's, the 中院 both.
      const source = createCaseRule(actor("o2"), db, {
        title: "东胜来源规则",
        cause: "买卖合同纠纷",
        ruleText: RULE_TEXT,
        sourceCaseNumbers: [CASE.b1],
      });
      await expect(source).rejects.toBeInstanceOf(InvalidInputError);
      await expect(source).rejects.toThrow(`该案件属于${KANGBASHI}，不是${DONGSHENG}（或其下级法院）的案件`);
      const cited = await editCaseRule(actor("o6"), db, rule.r6, {
        title: "中院质量异议规则",
        cause: "买卖合同纠纷",
        ruleText: RULE_TEXT,
        sourceCaseNumbers: [CASE.a1, CASE.b1],
        version: 1,
      });
      expect(cited.sources.map((s) => s.caseNumber).sort()).toEqual([CASE.a1, CASE.b1].sort());
    });

    it("a case is guided by its own court's adopted rules (and the court-less ones)", async () => {
      const adopt = (name: string, id: number) =>
        adoptCaseRule(actor(name), db, id, {
          adoptedOn: "2024-07-01",
          reference: "审委会2024年第5次会议",
          version: 2,
        });
      await adopt("o2", rule.r0);
      await adopt("o3", rule.r3);
      await adoptCaseRule(actor("o2"), db, rule.r2, {
        adoptedOn: "2024-07-01",
        reference: "审委会2024年第6次会议",
        version: 1,
      });
      await adoptCaseRule(actor("o6"), db, rule.r6, {
        adoptedOn: "2024-07-01",
        reference: "审委会2024年第7次会议",
        version: 2,
      });
      const guided = async (name: string, c: keyof typeof CASE) =>
        (await caseGuidance(actor(name), db, caseId[c])).rules.map((r) => r.id).sort((x, y) => x - y);
      expect(await guided("j2", "a2")).toEqual([rule.r0, rule.r2]);
      expect(await guided("j3", "b2")).toEqual([rule.r0, rule.r3]);
      expect(await guided("o6", "b2")).toEqual([rule.r0, rule.r3]);
      // The 中院 retires none of a basic court's rules; the court itself does.
      await expect(
        retireCaseRule(actor("o6"), db, rule.r2, { retiredOn: "2024-07-20", note: "法律修订", version: 2 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const retired = await retireCaseRule(actor("o2"), db, rule.r2, {
        retiredOn: "2024-07-20",
        note: "法律修订",
        version: 2,
      });
      expect(retired.status).toBe("retired");
    });

    it("a 评析会 takes its own court's cases only; the 中院 is told whose case it is", async () => {
      const form = { title: "发改案件评析会", heldOn: "2024-07-15" };
      meeting.m2 = (await createReviewMeeting(actor("o2"), db, { ...form, caseIds: [caseId.a1] })).id;
      meeting.m3 = (await createReviewMeeting(actor("o3"), db, { ...form, caseIds: [caseId.b1] })).id;
      // Before courts, an office of the whole database put both courts' cases on one 评析会.
      meeting.m0 = (
        await createReviewMeeting(actor("o0"), db, { ...form, caseIds: [caseId.a1, caseId.b1] })
      ).id;
      const sibling = createReviewMeeting(actor("o2"), db, { ...form, caseIds: [caseId.a1, caseId.b1] });
      await expect(sibling).rejects.toBeInstanceOf(InvalidInputError);
      // The sibling does not see the case: it is named by its id, not its number.
      await expect(sibling).rejects.toThrow(
        `第 2 件（案件 ${caseId.b1}）属于${KANGBASHI}，不能列入${DONGSHENG}的评析会`,
      );
      await expect(createReviewMeeting(actor("o6"), db, { ...form, caseIds: [caseId.b1] })).rejects.toThrow(
        `第 1 件（${CASE.b1}）属于${KANGBASHI}`,
      );
      await expect(
        updateReviewMeeting(actor("o2"), db, meeting.m2, { addCaseIds: [caseId.b1], version: 1 }),
      ).rejects.toBeInstanceOf(InvalidInputError);
    });

    it("each court lists its own 评析会 and sees only its own cases on a shared one; the 中院 both", async () => {
      const list = async (name: string) =>
        (await listReviewMeetings(actor(name), db)).rows
          .map((m) => [m.id, m.entries.map((e) => e.caseNumber)] as const)
          .sort((x, y) => x[0] - y[0]);
      expect(await list("o2")).toEqual([
        [meeting.m2, [CASE.a1]],
        [meeting.m0, [CASE.a1]],
      ]);
      expect(await list("o3")).toEqual([
        [meeting.m3, [CASE.b1]],
        [meeting.m0, [CASE.b1]],
      ]);
      // 张法官 of 民一庭 at 内0603 sees only 内0603's 张法官's entries.
      expect(await list("j3")).toEqual([
        [meeting.m3, [CASE.b1]],
        [meeting.m0, [CASE.b1]],
      ]);
      expect(await list("o6")).toEqual([
        [meeting.m2, [CASE.a1]],
        [meeting.m3, [CASE.b1]],
        [meeting.m0, [CASE.a1, CASE.b1]],
      ]);
      expect(await list("o0")).toEqual(await list("o6"));
      // The meetings themselves are chosen in the query: those with a case of the reader's courts.
      const chosen = async (courts?: string[]) =>
        (await readMeetings(db, courts)).map((m) => m.id).sort((x, y) => x - y);
      expect(await chosen(["内0602"])).toEqual([meeting.m2, meeting.m0]);
      expect(await chosen(["内0603"])).toEqual([meeting.m3, meeting.m0]);
      expect(await chosen([])).toEqual([]);
      expect(await chosen()).toEqual([meeting.m2, meeting.m3, meeting.m0]);
      // The sibling's 评析会 is refused; the 中院 opens it and may change nothing.
      const refused = getReviewMeeting(actor("o2"), db, meeting.m3);
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refused).rejects.toThrow("无权查看该评析会");
      const mid = await getReviewMeeting(actor("o6"), db, meeting.m3);
      expect(mid.canEdit).toBe(false);
      expect(mid.entries.map((e) => [e.courtCode, e.canRecord])).toEqual([["内0603", []]]);
      expect((await getReviewMeeting(actor("o3"), db, meeting.m3)).canEdit).toBe(true);
      // The minutes are signed by the cases' court, as the courts table names it.
      const text = await docxText((await reviewMeetingMinutes(actor("o6"), db, meeting.m3)).content);
      expect(text).toContain(KANGBASHI);
      expect(text).not.toContain(DONGSHENG);
    });

    it("the 中院 and the sibling change and record nothing on a court's 评析会; its own people do", async () => {
      const mid = updateReviewMeeting(actor("o6"), db, meeting.m3, { problems: "共性问题", version: 1 });
      await expect(mid).rejects.toBeInstanceOf(ForbiddenError);
      await expect(mid).rejects.toThrow("只能修改本院的评析会");
      await expect(
        updateReviewMeeting(actor("o2"), db, meeting.m3, { problems: "共性问题", version: 1 }),
      ).rejects.toThrow("无权查看该评析会");
      // The shared 评析会 of before courts is changed by neither court alone.
      await expect(
        updateReviewMeeting(actor("o2"), db, meeting.m0, { problems: "共性问题", version: 1 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const changed = await updateReviewMeeting(actor("o3"), db, meeting.m3, {
        problems: "共性问题",
        version: 1,
      });
      expect(changed.problems).toBe("共性问题");
      const self = { part: "self" as const, text: "对质量异议期间审查不细，今后注意。" };
      await expect(recordReview(actor("j2"), db, meeting.m3, caseId.b1, self)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const leader = { part: "leader" as const, text: "质量异议期间的认定应统一尺度。" };
      await expect(recordReview(actor("o6"), db, meeting.m3, caseId.b1, leader)).rejects.toThrow(
        "只能为本院的案件填写评析意见",
      );
      const recorded = await recordReview(actor("j3"), db, meeting.m3, caseId.b1, self);
      expect(recorded.entries[0]?.selfBy).toBe("j3");
      expect(
        (await recordReview(actor("o3"), db, meeting.m3, caseId.b1, leader)).entries[0]?.leaderText,
      ).toBe(leader.text);
    });

    it("migration 0032 fills existing rules and imports from their accounts' courts, else leaves none", async () => {
      const before = {
        rules: await db.db.selectFrom("case_rules").select(["id", "court_code"]).orderBy("id").execute(),
        imports: await db.db.selectFrom("imports").select(["id", "court_code"]).orderBy("id").execute(),
      };
      // Back to the state before 0032 (the columns and the index gone), then migrate again.
      await sql`drop index imports_court`.execute(db.db);
      await sql`alter table imports drop column court_code`.execute(db.db);
      await sql`alter table case_rules drop column court_code`.execute(db.db);
      await sql`delete from schema_migrations where name = '0032-rules-imports-court'`.execute(db.db);
      expect(await migrate(db.db as unknown as Kysely<unknown>, db.dialect)).toEqual([
        "0032-rules-imports-court",
      ]);
      const rules = await db.db.selectFrom("case_rules").select(["id", "court_code"]).orderBy("id").execute();
      // created_by is the writer's name (东胜审管办 …), not the account: the court comes from the audit.
      expect(rules.map((r) => r.court_code)).toEqual([null, "内0602", "内0603", "内06"]);
      expect(rules).toEqual(before.rules);
      const imports = await db.db.selectFrom("imports").select(["id", "court_code"]).orderBy("id").execute();
      expect(imports).toEqual(before.imports);
    });
  });
}
