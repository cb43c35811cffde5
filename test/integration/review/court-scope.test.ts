/**
 * 案件评查 and 庭审观摩 belong to a court, on SQLite and PostgreSQL: two sibling basic courts (内0602
 * 东胜区 and 内0603 康巴什区, both under 内06 鄂尔多斯市中院) in one database, with the same division
 * and the same judges' names, each with its office, reviewer and judge, and an office of the 中院. A
 * plan takes its maker's court and draws only that court's cases; each basic court lists, opens,
 * scores, verifies and decides only its own court's plans; the 中院 reads both but runs neither (the
 * refusal names the plan's court); a plan of a one-court installation (no court) stays visible to
 * all, each court seeing its own cases of it. Migration 0031 fills existing plans from their
 * creator's account.
 */
import JSZip from "jszip";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confirmDemonstrationHearing,
  createObservationPlan,
  getObservationPlan,
  listObservationPlans,
  proposeDemonstrationHearings,
  recordMeeting,
  scoreHearing,
} from "../../../src/app/observation/observation-plans.js";
import { answerReview } from "../../../src/app/review/answer-review.js";
import { createReviewPlan } from "../../../src/app/review/create-review-plan.js";
import { decideObjection } from "../../../src/app/review/decide-objection.js";
import { drawReviewPlan } from "../../../src/app/review/draw-review-plan.js";
import { exportReviewBulletin } from "../../../src/app/review/export-review-bulletin.js";
import { listMyReviews } from "../../../src/app/review/list-my-reviews.js";
import { getReviewPlan, listReviewPlans } from "../../../src/app/review/list-review-plans.js";
import { listReviewRectifications } from "../../../src/app/review/list-review-rectifications.js";
import { reviewFiguresByJudge } from "../../../src/app/review/review-figures-by-judge.js";
import { submitReview } from "../../../src/app/review/submit-review.js";
import { verifyReview } from "../../../src/app/review/verify-review.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter } from "../../../src/app/workflow/get-matter.js";
import { listCourtCodes } from "../../../src/db/courts/courts.js";
import { migrate } from "../../../src/db/migrate.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { courtsVisibleTo } from "../../../src/domain/court/hierarchy.js";
import { insertAccount } from "../../helpers/accounts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { importFixture } from "../supervision/fixture.js";

const TODAY = "2024-09-27";
const C1 = "民事审判第一庭";
const DONGSHENG = "鄂尔多斯市东胜区人民法院";
const KANGBASHI = "鄂尔多斯康巴什区人民法院";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,二审结果";
const courtOf = (caseNumber: string) => /）(内\d{4})/.exec(caseNumber)?.[1];

/**
 * Per court: six cases of 民一庭 closed in September 2024 (four of 张三, two of 李四) and two closed in
 * August (for the one-court installation's plan) — the same division and names in both courts.
 */
function csv(): string {
  const rows = [HEADER];
  for (const court of ["内0602", "内0603"]) {
    for (let i = 1; i <= 6; i++)
      rows.push(
        `（2024）${court}民初${100 + i}号,民间借贷纠纷,2024-05-0${i},普通程序,${C1},${i <= 4 ? "张三" : "李四"},2024-09-0${i + 1},判决,5000,甲${i},乙${i},否,`,
      );
    for (let i = 1; i <= 2; i++)
      rows.push(
        `（2024）${court}民初${200 + i}号,买卖合同纠纷,2024-04-0${i},普通程序,${C1},李四,2024-08-1${i},判决,6000,丙${i},丁${i},否,`,
      );
  }
  return rows.join("\n");
}

const MEMBER_SCORES = { prep: 15, control: 25, procedure: 25, language: 15, documents: 15 };

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
}

for (const dialect of TEST_DIALECTS) {
  describe(`案件评查 and 庭审观摩 belong to a court (${dialect})`, () => {
    let db: TestDb;
    /** Actors as signing in makes them: the courts each sees among those the database knows. */
    const who: Record<string, Actor> = {};
    const plan = { p0: 0, p2: 0, p3: 0 };
    const round = { r2: 0 };

    beforeAll(async () => {
      db = await freshDb(dialect);
      await importFixture(db, csv(), TODAY);
      const accounts: [string, string, string | null, string | null][] = [
        ["o2", "office", "内0602", null],
        ["o3", "office", "内0603", null],
        ["o6", "office", "内06", null],
        // Reviewers: 王五 of 民一庭 in each court.
        ["w2", "judge", "内0602", "王五"],
        ["w3", "judge", "内0603", "王五"],
        // 张三 of 民一庭 in each court: two judges of one name.
        ["z2", "judge", "内0602", "张三"],
        ["z3", "judge", "内0603", "张三"],
        // An account of the whole database (a one-court installation's office, before courts).
        ["o0", "office", null, null],
      ];
      const known = await listCourtCodes(db);
      expect(known).toEqual(["内0602", "内0603"]);
      for (const [username, role, court, judgeName] of accounts) {
        const division = judgeName ? C1 : null;
        await insertAccount(db, { username, role, division, judgeName, court }, "2024-01-01T00:00:00Z");
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
    }, 120_000);
    afterAll(async () => {
      await db?.drop();
    });

    const actor = (name: string) => who[name] as Actor;
    const september = (title: string, reviewers: string[]) => ({
      kind: "routine",
      title,
      month: "2024-09",
      allocation: "simple",
      size: 100,
      seed: 7,
      reviewers,
    });

    it("a plan takes its maker's court; a reviewer of another court is refused, named by court", async () => {
      // The one-court installation's plan (an account without a court) says no court: it draws from
      // every court, as before.
      plan.p0 = (
        await createReviewPlan(actor("o0"), db, {
          kind: "routine",
          title: "八月常规评查",
          month: "2024-08",
          allocation: "simple",
          size: 100,
          reviewers: ["w2", "w3"],
        })
      ).id;
      await drawReviewPlan(actor("o0"), db, plan.p0, TODAY);
      plan.p2 = (await createReviewPlan(actor("o2"), db, september("东胜九月常规评查", ["w2"]))).id;
      plan.p3 = (await createReviewPlan(actor("o3"), db, september("康巴什九月常规评查", ["w3"]))).id;
      const stored = await db.db
        .selectFrom("review_plans")
        .select(["id", "court_code"])
        .orderBy("id")
        .execute();
      expect(stored.map((r) => [Number(r.id), r.court_code])).toEqual([
        [plan.p0, null],
        [plan.p2, "内0602"],
        [plan.p3, "内0603"],
      ]);
      const refused = createReviewPlan(actor("o2"), db, september("跨院评查", ["w2", "w3"]));
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toThrow(
        `评查人账号“w3”属于${KANGBASHI}，不能担任${DONGSHENG}评查计划的评查人`,
      );
    });

    it("each basic court lists its own plans (and the court-less one); the 中院 lists both", async () => {
      const list = async (name: string) =>
        (await listReviewPlans(actor(name), db)).map((p) => p.id).sort((x, y) => x - y);
      expect(await list("o2")).toEqual([plan.p0, plan.p2]);
      expect(await list("z2")).toEqual([plan.p0, plan.p2]);
      expect(await list("o3")).toEqual([plan.p0, plan.p3]);
      expect(await list("o6")).toEqual([plan.p0, plan.p2, plan.p3]);
      expect(await list("o0")).toEqual([plan.p0, plan.p2, plan.p3]);
      // Only the plan's own court's office is offered the draw.
      const draw = async (name: string) =>
        (await listReviewPlans(actor(name), db)).filter((p) => p.actions.includes("draw")).map((p) => p.id);
      expect(await draw("o2")).toEqual([plan.p2]);
      expect(await draw("o6")).toEqual([]);
    });

    it("a 内0602 plan draws only 内0602's cases though 内0603's closed in the same month", async () => {
      const drawn = await drawReviewPlan(actor("o2"), db, plan.p2, TODAY);
      expect(drawn.eligible).toBe(6);
      expect(drawn.drawn).toBe(6);
      const detail = await getReviewPlan(actor("o2"), db, plan.p2, TODAY);
      expect(detail.plan.courtCode).toBe("内0602");
      expect(detail.cases).toHaveLength(6);
      expect(new Set(detail.cases.map((c) => courtOf(c.caseNumber)))).toEqual(new Set(["内0602"]));
      // The court-less plan drew from both courts; each court reads its own cases of it.
      const p0 = async (name: string) =>
        (await getReviewPlan(actor(name), db, plan.p0, TODAY)).cases.map((c) => courtOf(c.caseNumber)).sort();
      expect(await p0("o0")).toEqual(["内0602", "内0602", "内0603", "内0603"]);
      expect(await p0("o2")).toEqual(["内0602", "内0602"]);
      expect(await p0("o3")).toEqual(["内0603", "内0603"]);
    });

    it("the 中院 reads a basic court's plan but does not draw it; a sibling is refused", async () => {
      const sibling = getReviewPlan(actor("o2"), db, plan.p3, TODAY);
      await expect(sibling).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sibling).rejects.toThrow("无权查看该评查计划：该评查计划不属于您所在法院（或其下级法院）");
      await expect(getReviewPlan(actor("z2"), db, plan.p3, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportReviewBulletin(actor("o2"), db, plan.p3, "docx", TODAY)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      expect((await getReviewPlan(actor("o6"), db, plan.p3, TODAY)).plan.title).toBe("康巴什九月常规评查");
      const mid = drawReviewPlan(actor("o6"), db, plan.p3, TODAY);
      await expect(mid).rejects.toBeInstanceOf(ForbiddenError);
      await expect(mid).rejects.toThrow(`该评查计划属于${KANGBASHI}，只能由该院审管办办理`);
      await expect(drawReviewPlan(actor("o2"), db, plan.p3, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
      const own = await drawReviewPlan(actor("o3"), db, plan.p3, TODAY);
      expect(own.drawn).toBe(6);
      const detail = await getReviewPlan(actor("o3"), db, plan.p3, TODAY);
      expect(new Set(detail.cases.map((c) => courtOf(c.caseNumber)))).toEqual(new Set(["内0603"]));
    });

    it("scoring, 复核, objections and 整改 are taken by the plan's own court only", async () => {
      const detail = await getReviewPlan(actor("o2"), db, plan.p2, TODAY);
      const [first, second] = detail.cases.filter((c) => c.judge === "张三");
      if (!first || !second) throw new Error("two of 张三's cases drawn");
      // 王五 of 内0603 is not 王五 of 内0602, named on this plan.
      const score = (name: string, c: typeof first, version: number) =>
        submitReview(
          actor(name),
          db,
          c.sampleId,
          {
            version,
            findings: [{ itemCode: "procedure.1", deductionCode: "procedure.1.1", note: "送达程序不规范" }],
            comment: "送达有瑕疵",
          },
          TODAY,
        );
      await expect(score("w3", first, first.matterVersion ?? 0)).rejects.toBeInstanceOf(ForbiddenError);
      await score("w2", first, first.matterVersion ?? 0);
      await score("w2", second, second.matterVersion ?? 0);
      const scored = await getReviewPlan(actor("o2"), db, plan.p2, TODAY);
      const row = (id: number) => scored.cases.find((c) => c.sampleId === id);
      expect(row(first.sampleId)?.actions).toEqual(["verify"]);
      // The 中院 reads the results, is offered nothing and verifies nothing.
      const midView = await getReviewPlan(actor("o6"), db, plan.p2, TODAY);
      expect(midView.cases.flatMap((c) => c.actions)).toEqual([]);
      const verify = (name: string, id: number) =>
        verifyReview(
          actor(name),
          db,
          id,
          { version: row(id)?.matterVersion ?? 0, decision: "verify", note: "同意" },
          TODAY,
        );
      const midVerify = verify("o6", first.sampleId);
      await expect(midVerify).rejects.toBeInstanceOf(ForbiddenError);
      await expect(midVerify).rejects.toThrow(`该评查计划属于${DONGSHENG}`);
      await expect(verify("o3", first.sampleId)).rejects.toBeInstanceOf(ForbiddenError);
      await verify("o2", first.sampleId);
      await verify("o2", second.sampleId);

      // 张三 of 内0603 does not answer for 张三 of 内0602; 张三 of 内0602 accepts one, objects to the other.
      const sent = await getReviewPlan(actor("o2"), db, plan.p2, TODAY);
      const version = (id: number) => sent.cases.find((c) => c.sampleId === id)?.matterVersion ?? 0;
      await expect(
        answerReview(
          actor("z3"),
          db,
          first.sampleId,
          { version: version(first.sampleId), answer: "accept" },
          TODAY,
        ),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const accepted = await answerReview(
        actor("z2"),
        db,
        first.sampleId,
        { version: version(first.sampleId), answer: "accept" },
        TODAY,
      );
      const rectificationId = accepted.rectificationId ?? 0;
      expect(rectificationId).toBeGreaterThan(0);
      await answerReview(
        actor("z2"),
        db,
        second.sampleId,
        { version: version(second.sampleId), answer: "object", reason: "送达程序符合法律规定，不应扣分" },
        TODAY,
      );
      const objected = await getReviewPlan(actor("o2"), db, plan.p2, TODAY);
      const obj = objected.cases.find((c) => c.sampleId === second.sampleId);
      expect(obj?.actions).toEqual(["decide"]);
      const decide = (name: string) =>
        decideObjection(
          actor(name),
          db,
          second.sampleId,
          { version: obj?.matterVersion ?? 0, outcome: "维持评查结果", note: "扣分依据充分" },
          TODAY,
        );
      await expect(decide("o6")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(decide("o3")).rejects.toBeInstanceOf(ForbiddenError);
      await decide("o2");

      // 整改 on the matter page: the judge reports; the 中院 reads it but may not 验收.
      const reported = await actOnMatter(
        actor("z2"),
        db,
        rectificationId,
        "report",
        1,
        { report: "已重新审查送达程序并补正送达回证" },
        TODAY,
      );
      const midMatter = await getMatter(actor("o6"), db, rectificationId, TODAY);
      expect(midMatter.actions).toEqual([]);
      expect(
        (await getMatter(actor("o2"), db, rectificationId, TODAY)).actions.map((a) => a.action),
      ).toContain("verify");
      const midAct = actOnMatter(actor("o6"), db, rectificationId, "verify", reported.version, {}, TODAY);
      await expect(midAct).rejects.toBeInstanceOf(ForbiddenError);
      await expect(midAct).rejects.toThrow(`该评查整改事项属于${DONGSHENG}，只能由该院办理`);
      await expect(getMatter(actor("o3"), db, rectificationId, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
      await actOnMatter(
        actor("o2"),
        db,
        rectificationId,
        "verify",
        reported.version,
        { note: "整改到位" },
        TODAY,
      );
    });

    it("my reviews, rectifications and figures stay within the reader's courts", async () => {
      // 张三 of 内0603 sees none of 张三 of 内0602's results; 王五 of 内0602 only 内0602's cases.
      const mine = async (name: string) => await listMyReviews(actor(name), db);
      expect((await mine("z3")).ofMyCases).toEqual([]);
      expect((await mine("z2")).ofMyCases.map((r) => courtOf(r.caseNumber))).toEqual(["内0602", "内0602"]);
      const w2 = (await mine("w2")).toReview;
      expect(w2.length).toBeGreaterThan(0);
      expect(w2.filter((r) => courtOf(r.caseNumber) !== "内0602")).toEqual([]);
      const rects = async (name: string) =>
        (await listReviewRectifications(actor(name), db, TODAY)).rows.map((r) => courtOf(r.caseNumber));
      expect(await rects("o2")).toEqual(["内0602", "内0602"]);
      expect(await rects("o3")).toEqual([]);
      expect(await rects("o6")).toEqual(["内0602", "内0602"]);
      // Figures: 张三 of 内0602 counted in his court, not merged with 张三 of 内0603 (scored once).
      const theirs = (await getReviewPlan(actor("o3"), db, plan.p3, TODAY)).cases.find(
        (c) => c.judge === "张三",
      );
      await submitReview(
        actor("w3"),
        db,
        theirs?.sampleId ?? 0,
        { version: theirs?.matterVersion ?? 0, findings: [], comment: "规范" },
        TODAY,
      );
      const figures = async (name: string) =>
        (await reviewFiguresByJudge(actor(name), db, { from: "2024-09-01", to: "2024-09-30" }, TODAY)).map(
          (f) => [f.courtCode, f.judge, f.reviewedCases],
        );
      expect(await figures("o2")).toEqual([["内0602", "张三", 2]]);
      expect(await figures("o3")).toEqual([["内0603", "张三", 1]]);
      expect(await figures("o6")).toEqual([
        ["内0602", "张三", 2],
        ["内0603", "张三", 1],
      ]);
      // The bulletin is signed by the plan's court, read by the 中院 too.
      const text = await docxText(
        (await exportReviewBulletin(actor("o6"), db, plan.p2, "docx", TODAY)).content,
      );
      expect(text).toContain(DONGSHENG);
      expect(text).not.toContain(KANGBASHI);
    });

    it("庭审观摩: a round of a court, its members and hearings of that court; the 中院 reads, runs nothing", async () => {
      const hearing = (caseNumber: string) => ({ caseNumber, heldOn: "2024-09-20", courtroom: "第一法庭" });
      const input = (members: string[], caseNumber: string) => ({
        title: "第三季度庭审观摩",
        quarter: "2024-3",
        members,
        hearings: [hearing(caseNumber)],
      });
      const wrongMember = createObservationPlan(
        actor("o2"),
        db,
        input(["w2", "w3"], "（2024）内0602民初101号"),
      );
      await expect(wrongMember).rejects.toThrow(
        `考评小组成员账号“w3”属于${KANGBASHI}，不能担任${DONGSHENG}庭审观摩的考评小组成员`,
      );
      const wrongCase = createObservationPlan(actor("o2"), db, input(["w2"], "（2024）内0603民初101号"));
      await expect(wrongCase).rejects.toBeInstanceOf(InvalidInputError);
      await expect(wrongCase).rejects.toThrow(
        `第 1 场庭审：案号“（2024）内0603民初101号”属于${KANGBASHI}，不能列入${DONGSHENG}的庭审观摩`,
      );
      round.r2 = (
        await createObservationPlan(actor("o2"), db, input(["w2", "z2"], "（2024）内0602民初101号"))
      ).id;
      const stored = await db.db.selectFrom("observation_plans").select("court_code").execute();
      expect(stored.map((r) => r.court_code)).toEqual(["内0602"]);
      const list = async (name: string) => (await listObservationPlans(actor(name), db)).map((p) => p.id);
      expect(await list("o2")).toEqual([round.r2]);
      expect(await list("o3")).toEqual([]);
      expect(await list("o6")).toEqual([round.r2]);
      const refused = getObservationPlan(actor("o3"), db, round.r2);
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refused).rejects.toThrow("无权查看该观摩计划：该观摩计划不属于您所在法院（或其下级法院）");
      const mid = await getObservationPlan(actor("o6"), db, round.r2);
      expect(mid.canManage).toBe(false);
      expect(mid.hearings.flatMap((h) => h.actions)).toEqual([]);
      expect((await getObservationPlan(actor("o2"), db, round.r2)).canManage).toBe(true);
      const h = mid.hearings[0]?.id ?? 0;
      await scoreHearing(actor("w2"), db, h, MEMBER_SCORES, TODAY);
      await expect(scoreHearing(actor("w3"), db, h, MEMBER_SCORES, TODAY)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const meeting = {
        heldOn: "2024-09-25",
        reflections: "庭前准备充分，庭审节奏把握较好",
        problems: "部分发问与争议焦点关联不紧",
        suggestions: "加强庭前归纳争议焦点",
      };
      const midRun = recordMeeting(actor("o6"), db, round.r2, meeting);
      await expect(midRun).rejects.toBeInstanceOf(ForbiddenError);
      await expect(midRun).rejects.toThrow(`该观摩计划属于${DONGSHENG}，只能由该院审管办办理`);
      await expect(proposeDemonstrationHearings(actor("o6"), db, round.r2)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await recordMeeting(actor("o2"), db, round.r2, meeting);
      expect(await proposeDemonstrationHearings(actor("o2"), db, round.r2)).toEqual([h]);
      await expect(confirmDemonstrationHearing(actor("o6"), db, h)).rejects.toBeInstanceOf(ForbiddenError);
      await confirmDemonstrationHearing(actor("o2"), db, h);
    });

    it("migration 0031 fills existing plans from their creator's court, else leaves none", async () => {
      // Back to the state before 0031 (the columns and their indexes gone), then migrate again.
      for (const table of ["review_plans", "observation_plans"]) {
        await sql`drop index ${sql.id(`${table}_court`)}`.execute(db.db);
        await sql`alter table ${sql.table(table)} drop column court_code`.execute(db.db);
      }
      await sql`delete from schema_migrations where name = '0031-review-court'`.execute(db.db);
      expect(await migrate(db.db as unknown as Kysely<unknown>, db.dialect)).toEqual(["0031-review-court"]);
      const plans = await db.db
        .selectFrom("review_plans")
        .select(["id", "court_code"])
        .orderBy("id")
        .execute();
      expect(plans.map((r) => [Number(r.id), r.court_code])).toEqual([
        [plan.p0, null],
        [plan.p2, "内0602"],
        [plan.p3, "内0603"],
      ]);
      const rounds = await db.db.selectFrom("observation_plans").select(["id", "court_code"]).execute();
      expect(rounds.map((r) => [Number(r.id), r.court_code])).toEqual([[round.r2, "内0602"]]);
    });
  });
}
