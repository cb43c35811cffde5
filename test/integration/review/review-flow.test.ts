/**
 * 案件评查 on SQLite and PostgreSQL: a 常规 plan drawn by division in proportion (8 and 4 closed
 * cases, 6 drawn → 4 and 2), a reviewer scoring, 复核, the judge's objection, the office's decision,
 * the rectification (整改) reported and verified on the matter page; a second plan of the same
 * month skips what was drawn; a 交叉 plan never assigns a reviewer of the case's division; a 重点
 * plan takes every reversed or remanded case; per-judge figures.
 *
 * Dues counted by hand on the 2024 calendar (国庆 10-1…10-7 off; Sun 9-29 and Sat 10-12 worked),
 * from Fri 2024-09-27: feedback 5 working days → 9-29, 9-30, 10-8, 10-9, 10-10 = 2024-10-10;
 * rectification 10 working days → … 10-10, 10-11, 10-12, 10-14, 10-15, 10-16 = 2024-10-16.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessUnits } from "../../../src/app/assessment/assess-units.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { answerReview } from "../../../src/app/review/answer-review.js";
import { createReviewPlan } from "../../../src/app/review/create-review-plan.js";
import { decideObjection } from "../../../src/app/review/decide-objection.js";
import { drawReviewPlan } from "../../../src/app/review/draw-review-plan.js";
import { exportReviewBulletin } from "../../../src/app/review/export-review-bulletin.js";
import { listMyReviews } from "../../../src/app/review/list-my-reviews.js";
import { getReviewPlan } from "../../../src/app/review/list-review-plans.js";
import { listReviewRectifications } from "../../../src/app/review/list-review-rectifications.js";
import { reviewFiguresByJudge } from "../../../src/app/review/review-figures-by-judge.js";
import { saveScoreSheet } from "../../../src/app/review/save-score-sheet.js";
import { submitReview } from "../../../src/app/review/submit-review.js";
import { verifyReview } from "../../../src/app/review/verify-review.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { listInbox } from "../../../src/app/workflow/list-inbox.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { insertUser } from "../../../src/db/users/users.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { DEFAULT_SHEET } from "../../../src/domain/review/score-sheet.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-review-"));
const CIVIL = "民事审判第一庭";
const CRIMINAL = "刑事审判庭";
const TODAY = "2024-09-27";

function csv(): string {
  const rows = ["案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,上诉,二审结果,二审结案日期"];
  for (let i = 1; i <= 8; i++)
    rows.push(
      `（2024）内0602民初${200 + i}号,民间借贷纠纷,2024-06-0${(i % 9) + 1},简易程序,${CIVIL},${i % 2 ? "张三" : "王五"},2024-09-${String(i + 1).padStart(2, "0")},判决,,,`,
    );
  for (let i = 1; i <= 4; i++)
    rows.push(
      `（2024）内0602刑初${300 + i}号,盗窃罪,2024-07-0${i},简易程序,${CRIMINAL},李四,2024-09-${String(i + 10).padStart(2, "0")},判决,,,`,
    );
  // Reversed on appeal in September 2024 (closed at first instance in March).
  rows.push(
    `（2024）内0602民初150号,买卖合同纠纷,2024-01-05,普通程序,${CIVIL},张三,2024-03-20,判决,是,改判,2024-09-10`,
  );
  rows.push(
    `（2024）内0602民初151号,买卖合同纠纷,2024-01-06,普通程序,${CIVIL},王五,2024-03-21,判决,是,维持,2024-09-11`,
  );
  return rows.join("\n");
}

const office: Actor = { username: "analyst", role: "office" };
const zhang: Actor = { username: "zhang", role: "judge", division: CIVIL, judgeName: "张三" };
const li: Actor = { username: "li", role: "judge", division: CRIMINAL, judgeName: "李四" };
const zhou: Actor = { username: "zhou", role: "judge", division: CIVIL, judgeName: "周六" };

async function addUser(db: TestDb, a: Actor, name: string) {
  await insertUser(db, {
    username: a.username,
    display_name: name,
    password_hash: "x",
    role: a.role,
    division: a.division ?? null,
    judge_name: a.judgeName ?? null,
    is_demo: 0,
    disabled: 0,
    must_change_password: 0,
    created_at: "2024-01-01T00:00:00Z",
  });
}

for (const dialect of TEST_DIALECTS) {
  describe(`案件评查 on ${dialect}`, () => {
    let db: TestDb;
    let routineId = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `c-${dialect}.csv`), csv());
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: TODAY });
      expect(r.errors).toEqual([]);
      await addUser(db, office, "审管办");
      await addUser(db, zhang, "张三");
      await addUser(db, li, "李四");
      await addUser(db, zhou, "周六");
    }, 120_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("only the office makes plans; bad input names the field", async () => {
      await expect(
        createReviewPlan(zhang, db, { kind: "routine", title: "九月常规评查", month: "2024-09", size: 6 }),
      ).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        createReviewPlan(office, db, { kind: "nope", title: "九月常规评查", month: "2024-09", size: 6 }),
      ).rejects.toMatchObject({
        status: 400,
        details: { field: "kind" },
      });
      await expect(
        createReviewPlan(office, db, { kind: "special", title: "专项", month: "2024-09", size: 6 }),
      ).rejects.toThrow("专项评查须给出专题条件");
    });

    it("draws a 常规 plan by division in proportion and opens a review task for each reviewer", async () => {
      routineId = (
        await createReviewPlan(office, db, {
          kind: "routine",
          title: "2024年9月常规评查",
          month: "2024-09",
          size: 6,
          seed: 11,
          reviewers: ["li", "zhou"],
        })
      ).id;
      const drawn = await drawReviewPlan(office, db, routineId, TODAY);
      // 8 civil + 4 criminal closed in September (the appeal cases closed in March): 6 → 4 and 2.
      expect(drawn.strata).toEqual([
        { division: CRIMINAL, eligible: 4, quota: 2 },
        { division: CIVIL, eligible: 8, quota: 4 },
      ]);
      expect(drawn.drawn).toBe(6);
      // 李四's own cases go to 周六; nothing is left unassigned with two reviewers.
      expect(drawn.unassigned).toEqual([]);
      const plan = await getReviewPlan(office, db, routineId, TODAY);
      for (const c of plan.cases) {
        if (c.judge === "李四") expect(c.reviewer).toBe("zhou");
        expect(c.stateLabel).toBe("待评查");
      }
      await expect(drawReviewPlan(office, db, routineId, TODAY)).rejects.toMatchObject({ status: 409 });
      const inbox = await listInbox(li, db, { tab: "todo" }, TODAY);
      expect(inbox.rows.filter((r) => r.taskTitle === "评查案件").length).toBe(
        plan.cases.filter((c) => c.reviewer === "li").length,
      );
    });

    it("a second plan of the month skips the cases already drawn", async () => {
      const id = (
        await createReviewPlan(office, db, {
          kind: "routine",
          title: "补充抽查",
          month: "2024-09",
          size: 12,
          reviewers: ["zhou"],
        })
      ).id;
      const drawn = await drawReviewPlan(office, db, id, TODAY);
      expect(drawn.skipped).toBe(6);
      expect(drawn.drawn).toBe(6);
      const first = (await getReviewPlan(office, db, routineId, TODAY)).cases.map((c) => c.caseNumber);
      const second = (await getReviewPlan(office, db, id, TODAY)).cases.map((c) => c.caseNumber);
      expect(second.filter((n) => first.includes(n))).toEqual([]);
    });

    it("score → 复核 → objection → decision → 整改 → 验收", async () => {
      const plan = await getReviewPlan(office, db, routineId, TODAY);
      const target =
        plan.cases.find((c) => c.judge === "张三" && c.reviewer === "li") ??
        plan.cases.find((c) => c.judge === "张三");
      expect(target).toBeDefined();
      if (!target) return;
      const reviewer = target.reviewer === "li" ? li : zhou;
      // The judge cannot score, nor a reviewer not named.
      await expect(
        submitReview(
          zhang,
          db,
          target.sampleId,
          { version: target.matterVersion ?? 0, findings: [], comment: "" },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        submitReview(
          reviewer,
          db,
          target.sampleId,
          {
            version: target.matterVersion ?? 0,
            findings: [{ itemCode: "archive.9", note: "x" }],
            comment: "",
          },
          TODAY,
        ),
      ).rejects.toThrow("第 1 个问题：评查表中没有评查项“archive.9”");
      // 送达不合法 4 + 文字差错 2 → 94 → 合格 (thresholds 90 / 75)
      const scored = await submitReview(
        reviewer,
        db,
        target.sampleId,
        {
          version: target.matterVersion ?? 0,
          findings: [
            { itemCode: "procedure.1", deductionCode: "procedure.1.1", note: "公告送达前未穷尽其他送达方式" },
            { itemCode: "judgment.3", deductionCode: "judgment.3.2", note: "判决书当事人姓名有误" },
          ],
          comment: "总体规范，送达和文字有瑕疵",
        },
        TODAY,
      );
      expect(scored).toEqual({ score: 94, className: "合格" });

      let row = (await getReviewPlan(office, db, routineId, TODAY)).cases.find(
        (c) => c.sampleId === target.sampleId,
      )!;
      expect(row.stateLabel).toBe("待复核");
      await verifyReview(
        office,
        db,
        target.sampleId,
        { version: row.matterVersion!, decision: "verify", note: "同意" },
        TODAY,
      );

      const mine = await listMyReviews(zhang, db);
      const sent = mine.ofMyCases.find((r) => r.sampleId === target.sampleId);
      expect(sent?.stateLabel).toBe("待反馈");
      const judgeInbox = await listInbox(zhang, db, { tab: "todo" }, TODAY);
      expect(judgeInbox.rows.find((r) => r.taskTitle === "确认评查结果")?.dueOn).toBe("2024-10-10");

      await expect(
        answerReview(
          zhang,
          db,
          target.sampleId,
          { version: sent!.matterVersion!, answer: "object", reason: "太短" },
          TODAY,
        ),
      ).rejects.toThrow("异议理由不少于 10 个字");
      await answerReview(
        zhang,
        db,
        target.sampleId,
        {
          version: sent!.matterVersion!,
          answer: "object",
          reason: "公告送达前已电话联系被告三次均未接通，有通话记录在卷",
        },
        TODAY,
      );
      row = (await getReviewPlan(office, db, routineId, TODAY)).cases.find(
        (c) => c.sampleId === target.sampleId,
      )!;
      expect(row.stateLabel).toBe("异议待处理");
      await expect(
        decideObjection(
          office,
          db,
          target.sampleId,
          { version: row.matterVersion!, outcome: "变更评查结果", note: "部分采纳异议", finalScore: 101 },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 400, details: { field: "finalScore" } });
      const decided = await decideObjection(
        office,
        db,
        target.sampleId,
        {
          version: row.matterVersion!,
          outcome: "变更评查结果",
          note: "送达扣分不当，予以撤销",
          finalScore: 98,
        },
        TODAY,
      );
      expect(decided.finalScore).toBe(98);
      expect(decided.finalClass).toBe("合格");
      expect(decided.rectificationId).not.toBeNull();

      const after = await getReviewPlan(office, db, routineId, TODAY);
      expect(after.cases.find((c) => c.sampleId === target.sampleId)?.score).toBe(98);
      expect(after.rectifications).toHaveLength(1);
      expect(after.rectifications[0]).toMatchObject({
        stateLabel: "待整改",
        dueOn: "2024-10-16",
        overdue: false,
      });
      expect((await getReviewPlan(office, db, routineId, "2024-10-17")).overdueRectifications).toBe(1);
      const all = await listReviewRectifications(office, db, "2024-10-17");
      expect([all.open, all.overdue, all.rows[0]?.planTitle]).toEqual([1, 1, "2024年9月常规评查"]);
      // A judge of another division does not see it; the case's judge does.
      expect((await listReviewRectifications(li, db, "2024-10-17")).rows).toEqual([]);
      expect((await listReviewRectifications(zhang, db, "2024-10-17")).overdue).toBe(1);
      expect(after.problemsBySection.map((s) => s.section).sort()).toEqual(["审理程序", "裁判文书"]);

      // The judge reports on the matter page; the office verifies.
      const rid = decided.rectificationId!;
      const reported = await actOnMatter(
        zhang,
        db,
        rid,
        "report",
        1,
        { report: "已更正判决书当事人姓名并送达裁定" },
        TODAY,
      );
      await actOnMatter(office, db, rid, "verify", reported.version, { note: "整改到位" }, TODAY);
      const done = await getReviewPlan(office, db, routineId, "2024-10-17");
      expect(done.rectifications[0]?.stateLabel).toBe("已验收");
      expect(done.overdueRectifications).toBe(0);

      // The 评查通报, read back: the .docx narrative and the .xlsx tables.
      const docx = await exportReviewBulletin(office, db, routineId, "docx", TODAY);
      expect(docx.fileName).toMatch(/2024年9月常规评查-评查通报\.docx$/);
      const zip = await JSZip.loadAsync(docx.content);
      const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
      const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
      expect(text).toContain("案件质量评查通报");
      expect(text).toContain(
        "随机抽取（随机种子 11）案件 6 件，已完成评查 1 件，平均得分 98 分；合格 1 件，瑕疵 0 件，差错 0 件。",
      );
      expect(text).toContain("下达整改 1 件，已验收 1 件，逾期未整改 0 件。");
      const xlsx = await exportReviewBulletin(office, db, routineId, "xlsx", TODAY);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.content as unknown as ArrayBuffer);
      const results = wb.getWorksheet("评查结果");
      expect(results?.getRow(2).values).toEqual([
        undefined,
        "序号",
        "案号",
        "承办部门",
        "承办人",
        "评查人",
        "状态",
        "得分",
        "等次",
        "发现的问题",
      ]);
      const scoredRow = [3, 4, 5, 6, 7, 8]
        .map((i) => results?.getRow(i))
        .find((r) => r?.getCell(2).value === target.caseNumber);
      expect(scoredRow?.getCell(7).value).toBe(98);
      expect(String(scoredRow?.getCell(9).value)).toContain("【审理程序】送达不合法（瑕疵，扣 4 分）");
      expect(wb.getWorksheet("整改情况")?.getRow(3).getCell(5).value).toBe("已验收");

      const figures = await reviewFiguresByJudge(office, db, { from: "2024-09-01", to: "2024-09-30" }, TODAY);
      expect(figures.find((f) => f.judge === "张三")).toEqual({
        courtCode: "内0602",
        division: CIVIL,
        judge: "张三",
        reviewedCases: 1,
        averageScore: 98,
        errorCount: 0,
        overdueRectifications: 0,
      });

      // The same figures feed the 考核 as register items: 张三's one case scored 98 of 100 → 得分率
      // 98%; with a target of 100% from a floor of 80%: 20 × (0.98 − 0.8) ÷ (1 − 0.8) = 18 points;
      // no 差错 case → 10 of 10 (deduct 5 a case); total 100 × 28 ÷ 30 = 93.33….
      const assessed = await assessUnits(office, db, {
        scheme: {
          name: "评查考核（测试）",
          version: "T",
          items: [
            { indicator: "review_score_rate", weight: 20, method: "target", target: 1, floor: 0.8 },
            { indicator: "review_errors", weight: 10, method: "deduct", points: 5 },
          ],
        },
        from: "2024-09-01",
        to: "2024-09-30",
        by: "judge",
      });
      const unit = assessed.units.find((u) => u.key === `${CIVIL} / 张三`);
      expect(unit?.items.map((i) => i.value)).toEqual([0.98, 0]);
      expect(unit?.items[0]?.points).toBeCloseTo(18, 9);
      expect(unit?.items[1]?.points).toBe(10);
      expect(unit?.total).toBeCloseTo((100 * 28) / 30, 9);
    });

    it("a court saves its own sheet as a new version; plans made before keep theirs", async () => {
      const before = await getReviewPlan(office, db, routineId, TODAY);
      expect(before.plan.sheetVersion).toBe(1);
      await expect(
        saveScoreSheet(office, db, {
          name: "本院评查表",
          sections: [
            {
              code: "a",
              name: "立案",
              items: [
                {
                  code: "a.1",
                  text: "立案审查",
                  points: 2,
                  deductions: [{ code: "a.1.1", text: "扣", points: 3, severity: "flaw" }],
                },
              ],
            },
          ],
        }),
      ).rejects.toThrow("扣分项“扣”的扣分应大于 0 且不超过所属评查项分值 2（现为 3）");
      await expect(saveScoreSheet(zhang, db, DEFAULT_SHEET)).rejects.toMatchObject({ status: 403 });
      const saved = await saveScoreSheet(office, db, {
        name: "本院评查表（2024）",
        sections: DEFAULT_SHEET.sections,
      });
      expect(saved).toEqual({ version: 2, total: 100 });
      const next = await createReviewPlan(office, db, {
        kind: "routine",
        title: "十月常规评查",
        month: "2024-10",
        size: 1,
        reviewers: ["zhou"],
      });
      expect((await getReviewPlan(office, db, next.id, TODAY)).plan.sheetVersion).toBe(2);
      expect((await getReviewPlan(office, db, routineId, TODAY)).plan.sheetVersion).toBe(1);
    });

    it("交叉评查 never assigns a reviewer of the case's division; 重点评查 takes every reversed or remanded case", async () => {
      // No skipping of recently drawn cases for this one (setting), so the whole month is drawn.
      await writeSetting(db, "review_settings", JSON.stringify({ recentMonths: 0 }), "2024-09-27T00:00:00Z");
      const cross = (
        await createReviewPlan(office, db, {
          kind: "cross",
          title: "交叉评查",
          from: "2024-09-01",
          to: "2024-09-30",
          size: 12,
          reviewers: ["li", "zhou"],
        })
      ).id;
      const drawn = await drawReviewPlan(office, db, cross, TODAY);
      const plan = await getReviewPlan(office, db, cross, TODAY);
      expect(drawn.skipped).toBe(0);
      expect(plan.cases).toHaveLength(12);
      // li (刑事审判庭) takes civil cases only, zhou (民一庭) criminal ones only — 8 civil cases
      // cannot go to zhou, and 4 criminal cases cannot go to li.
      expect(plan.cases.filter((c) => c.reviewer === "li")).toHaveLength(8);
      expect(plan.cases.filter((c) => c.reviewer === "zhou")).toHaveLength(4);
      for (const c of plan.cases) {
        if (c.reviewer === "li") expect(c.division).not.toBe(CRIMINAL);
        if (c.reviewer === "zhou") expect(c.division).not.toBe(CIVIL);
      }
      expect(drawn.drawn).toBe(plan.cases.length);

      const focus = (
        await createReviewPlan(office, db, {
          kind: "focus",
          title: "改判发回案件评查",
          from: "2024-09-01",
          to: "2024-09-30",
          reviewers: ["li"],
        })
      ).id;
      await drawReviewPlan(office, db, focus, TODAY);
      const f = await getReviewPlan(office, db, focus, TODAY);
      expect(f.cases.map((c) => c.caseNumber)).toEqual(["（2024）内0602民初150号"]);
    });
  });
}
