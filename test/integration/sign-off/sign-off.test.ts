/**
 * 阅核 on SQLite and PostgreSQL: uploads refused by content (a program renamed .docx, an HTML page)
 * and stored with a SHA-256 checked against a digest computed by hand; a draft submitted to the
 * division's 庭长 (or the 分管院领导 for a supervised case); a judge cannot sign off; return →
 * answer and resubmit → sign-off; a stale version is 409; a second 复议 on the same point escalates
 * as the setting says; the waiting time in working days, overdue past the setting; the statistics.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { downloadDraftFile } from "../../../src/app/sign-off/download-draft-file.js";
import { getCaseSignOff } from "../../../src/app/sign-off/get-case-sign-off.js";
import { listSignOffDrafts } from "../../../src/app/sign-off/list-sign-off-drafts.js";
import { resubmitDraft } from "../../../src/app/sign-off/resubmit-draft.js";
import { filesDirOf, SIGN_OFF_SETTING } from "../../../src/app/sign-off/sign-off-settings.js";
import { getSignOffStatistics } from "../../../src/app/sign-off/sign-off-statistics.js";
import { submitDraft } from "../../../src/app/sign-off/submit-draft.js";
import { uploadDraftFile } from "../../../src/app/sign-off/upload-draft-file.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { writeSetting } from "../../../src/db/settings/settings.js";
import { insertUser } from "../../../src/db/users/users.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { part, zip } from "../../helpers/hostile-files.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-sign-off-"));
process.env.SHENGUAN_FILES_DIR = join(dir, "files");
afterAll(() => {
  delete process.env.SHENGUAN_FILES_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const D1 = "民事审判第一庭";
const CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式",
  `（2024）内0602民初1号,民间借贷纠纷,2024-03-15,普通程序,${D1},王法官,,`,
  `（2024）内0602民初2号,买卖合同纠纷,2024-03-18,普通程序,${D1},王法官,,`,
  `（2024）内0602民初3号,租赁合同纠纷,2024-03-20,普通程序,${D1},王法官,,`,
  `（2024）内0602民初4号,借款合同纠纷,2024-03-21,普通程序,${D1},王法官,,`,
  `（2024）内0602刑初1号,盗窃罪,2024-03-15,普通程序,刑事审判庭,钱法官,,`,
].join("\n");
// Monday 2024-06-03.
const TODAY = "2024-06-03";

const judge: Actor = { username: "wang", role: "judge", division: D1, judgeName: "王法官" };
const chief: Actor = { username: "zhao", role: "chief", division: D1 };
const otherChief: Actor = { username: "qian", role: "chief", division: "刑事审判庭" };
const leader: Actor = { username: "vp", role: "president" };
const office: Actor = { username: "analyst", role: "office" };

const PDF = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1");
// `printf '%%PDF-1.4\n%%%%EOF\n' | sha256sum` (coreutils), by hand:
const PDF_SHA256 = "14bcd090baf31edba64e9cbd8cdfc15f943344aa72cb3675ad8e91bfcbce03ad";
const DOCX = zip([part("[Content_Types].xml", "<Types/>"), part("word/document.xml", "<w:document/>")]);
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)]);
const HTML = Buffer.from('<!doctype html><html><body onload="alert(1)">判决书</body></html>');

const upload = (bytes: Buffer, fileName: string, who: Actor = judge, day = TODAY) =>
  uploadDraftFile(who, current, { fileName, content: Readable.from([bytes]) }, day);
let current: TestDb;

const REASONS = "事实认定部分未回应被告关于已还款的抗辩";
const ANSWER = "已补充对还款抗辩的认定及理由，并附转账记录分析";

for (const dialect of TEST_DIALECTS) {
  describe(`阅核 on ${dialect}`, () => {
    let db: TestDb;
    const cases: Record<string, number> = {};
    beforeAll(async () => {
      db = await freshDb(dialect);
      current = db;
      writeFileSync(join(dir, `c-${dialect}.csv`), CSV);
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: TODAY });
      expect(r.errors).toEqual([]);
      for (const c of await db.db.selectFrom("cases").select(["id", "case_number"]).execute())
        cases[c.case_number] = c.id;
      const user = (username: string, role: string, division: string | null, name: string) =>
        insertUser(db, {
          username,
          display_name: name,
          password_hash: "x",
          role,
          division,
          judge_name: role === "judge" ? name : null,
          is_demo: 0,
          disabled: 0,
          must_change_password: 0,
          created_at: "2024-01-01T00:00:00Z",
        });
      await user("zhao", "chief", D1, "赵庭长");
      await user("qian", "chief", "刑事审判庭", "钱庭长");
      await user("vp", "president", null, "孙副院长");
      await user("wang", "judge", D1, "王法官");
    });
    afterAll(async () => {
      await db?.drop();
    });
    const caseOf = (n: number) => cases[`（2024）内0602民初${n}号`] as number;

    it("refuses a program renamed .docx and an HTML page; nothing is recorded", async () => {
      await expect(upload(EXE, "判决书.docx")).rejects.toMatchObject({
        status: 400,
        details: { field: "file" },
        message: expect.stringContaining("只接受 Word 文档（.docx）或 PDF 文件"),
      });
      await expect(upload(HTML, "判决书.pdf")).rejects.toMatchObject({
        status: 400,
        details: { field: "file" },
      });
      await expect(upload(PDF, "x.pdf", office)).rejects.toMatchObject({ status: 403 });
      expect(await db.db.selectFrom("matter_files").selectAll().execute()).toEqual([]);
    });

    it("stores a PDF with its SHA-256 (checked against a hand-computed digest) and its real type", async () => {
      const f = await upload(PDF, "判决书初稿.docx");
      // The name keeps the uploader's stem with the extension of what the content is.
      expect(f).toMatchObject({
        name: "判决书初稿.pdf",
        mediaType: "application/pdf",
        size: 15,
        sha256: PDF_SHA256,
      });
      const row = await db.db
        .selectFrom("matter_files")
        .selectAll()
        .where("id", "=", f.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ sha256: PDF_SHA256, matter_id: null, uploaded_by: "wang" });
      expect(readFileSync(join(filesDirOf(db), row.stored_path))).toEqual(PDF);
    });

    it("a judge cannot sign off; return → answer and resubmit → sign-off; a stale version is 409", async () => {
      const f = await upload(DOCX, "判决书.docx");
      const m = await submitDraft(
        judge,
        db,
        {
          caseId: caseOf(1),
          documentType: "判决书",
          documentTitle: "民事判决书",
          conclusion: "驳回原告的诉讼请求",
          fileId: f.id,
          remandRetrial: true,
        },
        TODAY,
      );
      expect(m).toMatchObject({ state: "submitted", version: 1, data: { reviewer: "zhao", fileId: f.id } });
      // Due 3 working days after Monday 2024-06-03: Thursday 06-06.
      expect(m.tasks).toMatchObject([{ title: "阅核裁判文书", dueOn: "2024-06-06", state: "open" }]);
      const attached = await db.db
        .selectFrom("matter_files")
        .select("matter_id")
        .where("id", "=", f.id)
        .executeTakeFirst();
      expect(attached?.matter_id).toBe(m.id);

      const page = await getCaseSignOff(judge, db, caseOf(1), TODAY);
      expect(page).toMatchObject({ needed: true, openDraft: m.id, canSubmit: false });
      expect(page.reasons.map((r) => r.text)).toEqual(["发回重审案件"]);
      // A second draft while one is in 阅核: 409.
      const again = await upload(PDF, "又一稿.pdf");
      await expect(
        submitDraft(
          judge,
          db,
          {
            caseId: caseOf(1),
            documentType: "判决书",
            documentTitle: "又一稿",
            conclusion: "驳回",
            fileId: again.id,
          },
          TODAY,
        ),
      ).rejects.toMatchObject({ status: 409 });

      await expect(actOnMatter(judge, db, m.id, "sign-off", 1, {}, TODAY)).rejects.toMatchObject({
        status: 403,
        message: "只有阅核人可以阅核同意",
      });
      await expect(actOnMatter(otherChief, db, m.id, "sign-off", 1, {}, TODAY)).rejects.toMatchObject({
        status: 403,
      });
      await expect(
        actOnMatter(chief, db, m.id, "return", 1, { point: "事实认定", note: "太短" }, TODAY),
      ).rejects.toMatchObject({ status: 400, details: { field: "note" } });
      const r = await actOnMatter(
        chief,
        db,
        m.id,
        "return",
        1,
        { point: "事实认定", note: REASONS },
        "2024-06-04",
      );
      expect(r).toMatchObject({ state: "returned", version: 2 });

      const revised = await upload(PDF, "判决书（修改稿）.pdf", judge, "2024-06-05");
      // Two sessions on the same version: the first wins, the second is 409 and writes nothing.
      const s = await resubmitDraft(
        judge,
        db,
        m.id,
        { version: 2, note: ANSWER, conclusion: "部分支持原告的诉讼请求", fileId: revised.id },
        "2024-06-05",
      );
      expect(s).toMatchObject({
        state: "resubmitted",
        version: 3,
        data: { conclusion: "部分支持原告的诉讼请求", fileId: revised.id },
      });
      await expect(actOnMatter(chief, db, m.id, "sign-off", 2, {}, "2024-06-05")).rejects.toMatchObject({
        status: 409,
      });
      const done = await actOnMatter(chief, db, m.id, "sign-off", 3, { note: "同意" }, "2024-06-07");
      expect(done).toMatchObject({ state: "signed-off", terminal: true });
      // The reviewer could not have changed the conclusion: it is the judge's revised one.
      expect(done.data.conclusion).toBe("部分支持原告的诉讼请求");

      const mine = await listSignOffDrafts(judge, db, "mine", "2024-06-07");
      expect(mine.rows.find((x) => x.id === m.id)).toMatchObject({
        stateLabel: "阅核同意",
        returns: 1,
        signedOffOn: "2024-06-07",
        // Mon 06-03 → Fri 06-07: Tue, Wed, Thu, Fri.
        daysToSignOff: 4,
        file: { id: revised.id, sha256: PDF_SHA256 },
      });
    });

    it("downloads by whoever may see the draft, checking the SHA-256; a changed file is refused", async () => {
      const f = await upload(PDF, "下载测试.pdf");
      const m = await submitDraft(
        judge,
        db,
        {
          caseId: caseOf(2),
          documentType: "裁定书",
          documentTitle: "民事裁定书",
          conclusion: "准许撤诉",
          fileId: f.id,
        },
        TODAY,
      );
      const got = await downloadDraftFile(chief, db, f.id, TODAY);
      expect(got).toMatchObject({
        fileName: "下载测试.pdf",
        mediaType: "application/pdf",
        size: 15,
        sha256: PDF_SHA256,
      });
      const chunks: Buffer[] = [];
      for await (const c of got.content) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks)).toEqual(PDF);
      await expect(downloadDraftFile(otherChief, db, f.id, TODAY)).rejects.toMatchObject({ status: 403 });
      const row = await db.db
        .selectFrom("matter_files")
        .selectAll()
        .where("id", "=", f.id)
        .executeTakeFirstOrThrow();
      writeFileSync(join(filesDirOf(db), row.stored_path), Buffer.from("%PDF-1.4\n%%EOF\r\n", "latin1"));
      await expect(downloadDraftFile(chief, db, f.id, TODAY)).rejects.toMatchObject({ code: "file-changed" });
      await actOnMatter(
        chief,
        db,
        m.id,
        "refer-meeting",
        1,
        { note: "涉及法律适用分歧，提交专业法官会议" },
        TODAY,
      );
    });

    it("a supervised case goes to the 分管院领导; a second 复议 escalates as the setting says", async () => {
      await writeSetting(
        db,
        SIGN_OFF_SETTING,
        JSON.stringify({ escalation: "meeting" }),
        "2024-06-01T00:00:00Z",
      );
      // A 四类案件 supervision matter open on case 3 (the 四类案件 capability opens these).
      await db.db
        .insertInto("matters")
        .values({
          kind: "supervised-case",
          state: "supervising",
          version: 1,
          title: "四类案件监管",
          case_id: caseOf(3),
          case_number: "（2024）内0602民初3号",
          division: D1,
          judge: "王法官",
          initiator: "analyst",
          data_json: "{}",
          opened_on: "2024-05-01",
          opened_at: "2024-05-01T00:00:00Z",
          closed_on: null,
          updated_at: "2024-05-01T00:00:00Z",
        })
        .execute();
      const f = await upload(PDF, "四类案件判决书.pdf");
      const m = await submitDraft(
        judge,
        db,
        {
          caseId: caseOf(3),
          documentType: "判决书",
          documentTitle: "民事判决书",
          conclusion: "支持原告诉讼请求",
          fileId: f.id,
        },
        TODAY,
      );
      expect(m.data).toMatchObject({ reviewer: "vp", escalation: "meeting", escalateMeeting: "vp" });
      expect((m.data.reasons as { code: string }[]).map((r) => r.code)).toEqual(["supervised"]);
      await expect(actOnMatter(chief, db, m.id, "sign-off", 1, {}, TODAY)).rejects.toMatchObject({
        status: 403,
      });
      const queue = await listSignOffDrafts(leader, db, "queue", TODAY);
      expect(queue.rows.map((r) => r.id)).toEqual([m.id]);
      await actOnMatter(leader, db, m.id, "return", 1, { point: "法律适用", note: REASONS }, TODAY);
      await resubmitDraft(
        judge,
        db,
        m.id,
        { version: 2, note: ANSWER, conclusion: "支持原告诉讼请求" },
        TODAY,
      );
      const view = await actOnMatter(
        leader,
        db,
        m.id,
        "escalate-meeting",
        3,
        { point: "法律适用", note: "复议后法律适用问题仍有分歧" },
        TODAY,
      );
      expect(view).toMatchObject({ state: "referred-meeting", terminal: true });
      await expect(
        actOnMatter(leader, db, m.id, "escalate-committee", 4, { point: "法律适用", note: REASONS }, TODAY),
      ).rejects.toMatchObject({ status: 409 });
    });

    it("a draft waiting longer than the setting is overdue, in the queue and the statistics", async () => {
      const f = await upload(PDF, "超期.pdf");
      const m = await submitDraft(
        judge,
        db,
        {
          caseId: caseOf(4),
          documentType: "判决书",
          documentTitle: "民事判决书",
          conclusion: "驳回起诉",
          fileId: f.id,
        },
        TODAY,
      );
      // Submitted Monday 06-03; Thursday 06-06 = 3 working days (not overdue); Friday 06-07 = 4 (overdue).
      const thu = await listSignOffDrafts(chief, db, "queue", "2024-06-06");
      expect(thu.rows.find((r) => r.id === m.id)).toMatchObject({ waitedDays: 3, overdue: false });
      const fri = await listSignOffDrafts(chief, db, "queue", "2024-06-07");
      expect(fri.rows.find((r) => r.id === m.id)).toMatchObject({ waitedDays: 4, overdue: true });
      expect(fri.overdue).toBe(1);

      const stats = await getSignOffStatistics(office, db, {}, "2024-06-07");
      // Drafts: case 1 (signed off after 1 return), case 2 (referred to a meeting), case 3 (leader,
      // escalated after 1 return), case 4 (waiting, overdue).
      expect(stats.total).toEqual({
        drafts: 4,
        signedOff: 1,
        returned: 2,
        escalated: 2,
        waiting: 1,
        overdue: 1,
        averageDaysToSignOff: 4,
      });
      expect(stats.byReviewer.map((r) => [r.reviewer, r.reviewerName, r.drafts])).toEqual([
        ["zhao", "赵庭长", 3],
        ["vp", "孙副院长", 1],
      ]);
      expect(stats.byDivision).toMatchObject([{ division: D1, drafts: 4 }]);
      // A chief of another division sees none of them.
      expect((await getSignOffStatistics(otherChief, db, {}, "2024-06-07")).total.drafts).toBe(0);
    });
  });
}
