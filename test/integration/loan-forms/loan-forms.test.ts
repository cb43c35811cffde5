/**
 * 民间借贷要素表 on SQLite and PostgreSQL: a new form is prefilled from the case; the judge saves it
 * (version 1, audited), a save on a stale version is refused (409) and changes nothing; a field the
 * calculator cannot read is a 400 naming it; a case of another 案由 has no form (404); only the
 * case's judge saves; the export opens with the form, the figures and the lines.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeLoanForm } from "../../../src/app/loan-forms/compute-loan-form.js";
import { exportLoanForm, exportLoanParagraph } from "../../../src/app/loan-forms/export-loan-form.js";
import { getLoanForm } from "../../../src/app/loan-forms/get-loan-form.js";
import { saveLoanForm } from "../../../src/app/loan-forms/save-loan-form.js";
import { AppError } from "../../../src/app/shared/errors.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import type { LoanForm } from "../../../src/domain/loan-interest/types.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const DIVISION = "民事审判第一庭";
const judge: Actor = {
  username: "zhang",
  role: "judge",
  division: DIVISION,
  judgeName: "张三",
  name: "张三",
};
const colleague: Actor = {
  username: "li",
  role: "judge",
  division: DIVISION,
  judgeName: "李四",
  name: "李四",
};
const chief: Actor = { username: "chief1", role: "chief", division: DIVISION, name: "庭长甲" };
const office: Actor = { username: "office", role: "office", name: "审管办甲" };

/**
 * 借条 100,000 元 of 2023-03-01, 90,000 元 delivered that day: the principal recognised is what was
 * delivered, 90,000 元 (第二十六条: 利息预先在本金中扣除的，以实际出借的金额认定为本金). The cap is
 * 4 × the one-year LPR in force when the contract was formed (第二十五条): the LPR published
 * 2023-02-20 is 3.65 %, so 4 × 3.65 % = 14.6 %.
 */
const FORM: LoanForm = {
  lenders: [{ name: "王某", kind: "自然人" }],
  borrowers: [{ name: "赵某", kind: "自然人" }],
  contractDate: "2023-03-01",
  principalStated: 100_000,
  deliveries: [{ date: "2023-03-01", amount: 90_000 }],
  agreedTermEnd: "2024-02-29",
  agreedRate: "年利率12%",
  overdueRate: null,
  repayments: [],
  costs: 0,
  setOffOrder: "法定顺序",
  guarantee: null,
};

async function insertCase(
  db: TestDb,
  n: number,
  over: { cause: string; typeCode?: string; judge?: string; plaintiffs?: string; defendants?: string },
): Promise<number> {
  const now = "2025-09-01T00:00:00.000Z";
  const typeCode = over.typeCode ?? "民初";
  const row = await db.db
    .insertInto("cases")
    .values({
      case_number: `（2025）内0602${typeCode}${n}号`,
      court_code: "内0602",
      year: 2025,
      type_code: typeCode,
      category: typeCode.startsWith("执") ? "enforcement" : "civil",
      instance: typeCode === "民终" ? "second" : "first",
      cause: over.cause,
      procedure: null,
      division: DIVISION,
      judge: over.judge ?? "张三",
      filed_on: "2025-06-10",
      closed_on: null,
      closure_mode: null,
      amount_fen: 10_000_000,
      plaintiffs: over.plaintiffs ?? null,
      defendants: over.defendants ?? null,
      enterprise: null,
      appealed: null,
      appeal_outcome: null,
      appeal_closed_on: null,
      enforcement_applied: null,
      recovered_amount_fen: null,
      archived_on: null,
      origin_case_number: null,
      effective_on: null,
      import_id: null,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

for (const dialect of TEST_DIALECTS) {
  describe(`民间借贷要素表 on ${dialect}`, () => {
    let db: TestDb;
    let loan = 0;
    let appeal = 0;
    let sale = 0;
    let enforcement = 0;
    let colleagues = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      loan = await insertCase(db, 1, {
        cause: "民间借贷纠纷",
        plaintiffs: "王某、某某小额贷款有限公司",
        defendants: "赵某",
      });
      appeal = await insertCase(db, 2, { cause: "民间借贷纠纷", typeCode: "民终" });
      sale = await insertCase(db, 3, { cause: "买卖合同纠纷" });
      enforcement = await insertCase(db, 4, { cause: "民间借贷纠纷", typeCode: "执" });
      colleagues = await insertCase(db, 5, { cause: "民间借贷纠纷", judge: "李四" });
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("a case without a form gets a new one with the case's parties and filing date", async () => {
      const v = await getLoanForm(judge, db, loan, "2025-09-01");
      expect(v.saved).toBe(false);
      expect(v.version).toBe(0);
      expect(v.result).toBeNull();
      expect(v.canEdit).toBe(true);
      expect(v.form.lenders).toEqual([
        { name: "王某", kind: "自然人" },
        { name: "某某小额贷款有限公司", kind: "企业" },
      ]);
      expect(v.form.borrowers).toEqual([{ name: "赵某", kind: "自然人" }]);
      expect(v.form.filedOn).toBe("2025-06-10");
      // The chief reads it but does not enter it.
      expect((await getLoanForm(chief, db, loan, "2025-09-01")).canEdit).toBe(false);
    });

    it("the judge saves it: version 1, the principal delivered and the cap 4 × LPR; audited", async () => {
      const v = await saveLoanForm(
        judge,
        db,
        loan,
        { form: FORM, version: 0 },
        "2025-09-01T08:00:00.000Z",
        "2025-09-01",
      );
      expect(v.saved).toBe(true);
      expect(v.version).toBe(1);
      expect(v.updatedBy).toBe("张三");
      expect(v.result?.principalFen).toBe(9_000_000);
      expect(v.result?.capRate).toBeCloseTo(0.146, 10);
      expect(v.paragraph).toContain("本院认为");
      // Changed and saved again on version 1 → version 2.
      const changed = { ...FORM, guarantee: "钱某提供连带责任保证" };
      const v2 = await saveLoanForm(
        judge,
        db,
        loan,
        { form: changed, version: 1 },
        "2025-09-02T08:00:00.000Z",
        "2025-09-02",
      );
      expect(v2.version).toBe(2);
      expect(v2.form.guarantee).toBe("钱某提供连带责任保证");
      const audit = await db.db
        .selectFrom("audit_log")
        .selectAll()
        .where("entity", "=", "loan-form")
        .orderBy("id")
        .execute();
      expect(audit.map((a) => [a.action, a.entity_id, a.user_name])).toEqual([
        ["create", "（2025）内0602民初1号", "zhang"],
        ["update", "（2025）内0602民初1号", "zhang"],
      ]);
      expect(audit[0]?.before_json).toBeNull();
      expect(JSON.parse(audit[1]?.before_json ?? "null").guarantee).toBeNull();
      expect(JSON.parse(audit[1]?.after_json ?? "null").guarantee).toBe("钱某提供连带责任保证");
    });

    it("试算 computes without saving: 12 % a year on 90,000 元 for the term", async () => {
      // 2023-03-02 … 2024-02-29 is 365 days (the delivery day not counted, 民法典第二百零一条);
      // 90,000 × 12 % ÷ 360 × 365 = 10,950.00 元, all of it within the 14.6 % cap.
      const r = await computeLoanForm(judge, db, loan, FORM, "2024-02-29");
      expect(r.result.interestSupportedFen).toBe(1_095_000);
      expect(r.result.interestNotSupportedFen).toBe(0);
      expect(r.asOf).toBe("2024-02-29");
      // The chief may 试算 too (reading the case); nothing was stored by it.
      await computeLoanForm(chief, db, loan, FORM, "2024-02-29");
      expect((await getLoanForm(judge, db, loan, "2025-09-02")).version).toBe(2);
    });

    it("a save on a stale version is refused (409) and changes nothing", async () => {
      const err = await refusal(
        saveLoanForm(
          judge,
          db,
          loan,
          { form: { ...FORM, guarantee: "孙某提供保证" }, version: 1 },
          undefined,
          "2025-09-03",
        ),
      );
      expect(err.status).toBe(409);
      expect(err.message).toContain("已被他人修改");
      const v = await getLoanForm(judge, db, loan, "2025-09-03");
      expect(v.version).toBe(2);
      expect(v.form.guarantee).toBe("钱某提供连带责任保证");
    });

    it("a date that does not exist is a 400 naming the field, nothing written", async () => {
      const err = await refusal(
        saveLoanForm(
          judge,
          db,
          loan,
          { form: { ...FORM, contractDate: "2023-02-30" }, version: 2 },
          undefined,
          "2025-09-03",
        ),
      );
      expect(err.status).toBe(400);
      expect(err.message).toContain("2023-02-30");
      expect(err.details.field).toBe("contractDate");
      expect(err.message).toMatch(/签订日期|合同/);
      expect((await getLoanForm(judge, db, loan, "2025-09-03")).version).toBe(2);
      // 试算 says the same.
      const e2 = await refusal(
        computeLoanForm(judge, db, loan, { ...FORM, contractDate: "2023-02-30" }, "2025-09-03"),
      );
      expect(e2.status).toBe(400);
    });

    it("an appeal (民终) of 民间借贷纠纷 has a form; other 案由 and 执行 cases do not (404)", async () => {
      expect((await getLoanForm(judge, db, appeal, "2025-09-01")).saved).toBe(false);
      const s = await refusal(getLoanForm(judge, db, sale, "2025-09-01"));
      expect(s.status).toBe(404);
      expect(s.message).toContain("买卖合同纠纷");
      const w = await refusal(
        saveLoanForm(judge, db, sale, { form: FORM, version: 0 }, undefined, "2025-09-01"),
      );
      expect(w.status).toBe(404);
      const e = await refusal(getLoanForm(judge, db, enforcement, "2025-09-01"));
      expect(e.status).toBe(404);
      expect(
        await db.db.selectFrom("loan_forms").select("case_id").where("case_id", "=", sale).execute(),
      ).toEqual([]);
    });

    it("only the case's judge saves; another judge neither reads nor saves it", async () => {
      const byChief = await refusal(
        saveLoanForm(chief, db, colleagues, { form: FORM, version: 0 }, undefined, "2025-09-01"),
      );
      expect(byChief.status).toBe(403);
      const byOffice = await refusal(
        saveLoanForm(office, db, colleagues, { form: FORM, version: 0 }, undefined, "2025-09-01"),
      );
      expect(byOffice.status).toBe(403);
      expect((await refusal(getLoanForm(judge, db, colleagues, "2025-09-01"))).status).toBe(403);
      const v = await saveLoanForm(
        colleague,
        db,
        colleagues,
        { form: FORM, version: 0 },
        undefined,
        "2025-09-01",
      );
      expect(v.version).toBe(1);
    });

    it("the export opens: the form's elements, the figures and the lines with their articles", async () => {
      const file = await exportLoanForm(office, db, loan, "2025-09-01");
      expect(file.fileName).toBe("（2025）内0602民初1号-民间借贷要素表-2025-09-01.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.content as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["要素表", "计算结果", "计算过程", "说理"]);
      const elements = wb.getWorksheet("要素表");
      const cells = (ws: ExcelJS.Worksheet | undefined) => {
        const out: string[] = [];
        ws?.eachRow((row) => {
          row.eachCell((c) => {
            out.push(String(c.value));
          });
        });
        return out;
      };
      expect(cells(elements)).toEqual(
        expect.arrayContaining([
          "借条载明的本金（元）",
          "100000.00",
          "实际交付（日期、金额）",
          "2023-03-01 90000.00元",
        ]),
      );
      const figures = wb.getWorksheet("计算结果");
      // Row 3: 认定的借款本金 90,000 元 (第二十六条); row 4: the cap 14.6 %.
      expect(figures?.getRow(3).getCell(1).value).toBe("认定的借款本金");
      expect(figures?.getRow(3).getCell(2).value).toBe(90_000);
      expect(figures?.getRow(4).getCell(2).value).toBeCloseTo(0.146, 10);
      const lines = cells(wb.getWorksheet("计算过程"));
      expect(lines.some((t) => t.includes("第二十六条"))).toBe(true);
    });

    it("the paragraph and the figures table download as a Word document", async () => {
      const file = await exportLoanParagraph(chief, db, loan, "2025-09-01");
      expect(file.fileName).toBe("（2025）内0602民初1号-民间借贷利息计算-2025-09-01.docx");
      const zip = await JSZip.loadAsync(file.content);
      const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
      const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
      expect(text).toContain("民间借贷利息计算");
      expect(text).toContain("本院认为");
      expect(text).toContain("支持年利率");
      // A case without a saved form has nothing to export.
      expect((await refusal(exportLoanParagraph(judge, db, appeal, "2025-09-01"))).status).toBe(404);
    });
  });
}
