import { describe, expect, it } from "vitest";
import { checkCron } from "./cron.js";
import { DOCX_TYPE, divisionOfScope, docxAndXlsx, JOBS, XLSX_TYPE } from "./registry.js";

describe("the job registry", () => {
  it("names each job once, with a Chinese title and a valid default schedule", () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    for (const j of JOBS) {
      expect(j.name, j.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(j.title, j.name).toMatch(/[\u4e00-\u9fff]/);
      expect(checkCron(j.defaultCron), j.name).toBeNull();
    }
  });

  it("turns a builder's .docx and .xlsx into archive files named after the title", () => {
    const out = docxAndXlsx({
      title: "东胜区人民法院2024年第四季度审判态势分析报告",
      dataDate: "2024-12-31",
      docx: Buffer.from("d"),
      xlsx: Buffer.from("x"),
    });
    expect(out.files.map((f) => [f.fileName, f.mime, f.data.toString()])).toEqual([
      ["东胜区人民法院2024年第四季度审判态势分析报告.docx", DOCX_TYPE, "d"],
      ["东胜区人民法院2024年第四季度审判态势分析报告.xlsx", XLSX_TYPE, "x"],
    ]);
    expect(
      docxAndXlsx({ title: "t", dataDate: "d", docx: Buffer.from(""), xlsx: Buffer.from("") }, "a/b").files[0]
        ?.fileName,
    ).toBe("a_b.docx");
  });

  it("passes no division for the court's version", () => {
    expect(divisionOfScope("court")).toBeUndefined();
    expect(divisionOfScope("民事审判第一庭")).toBe("民事审判第一庭");
  });
});
