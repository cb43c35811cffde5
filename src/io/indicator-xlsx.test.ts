/**
 * The indicator workbook as a user opens it: written to bytes, read back with exceljs, every text
 * cell of both sheets checked for developer text (see test/helpers/user-text.ts), and the 口径说明
 * sheet checked to carry each indicator's catalogue texts.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type LabelledText, offending } from "../../test/helpers/user-text.js";
import { INDICATORS } from "../domain/indicators/catalogue.js";
import type { IndicatorPanel, PanelFigure } from "../domain/indicators/panel.js";
import { indicatorWorkbook } from "./indicator-xlsx.js";

function panel(by: IndicatorPanel["by"], keys: string[]): IndicatorPanel {
  const figure: PanelFigure = { value: 0.5, numerator: 1, denominator: 2, assessment: "weak" };
  return {
    from: "2024-01-01",
    to: "2024-12-31",
    by,
    catalogueVersion: "spc-2024-09",
    indicators: INDICATORS.map((d) => d.id),
    groups: keys.map((key) => ({
      key,
      indicators: Object.fromEntries(INDICATORS.map((d) => [d.id, figure])),
    })),
  };
}

async function reread(p: IndicatorPanel): Promise<ExcelJS.Workbook> {
  const bytes = await (await indicatorWorkbook(p)).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

/** Every cell holding text, labelled sheet!address. */
function textCells(wb: ExcelJS.Workbook): LabelledText[] {
  const out: LabelledText[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string")
          out.push({ where: `${ws.name}!${cell.address}`, text: cell.value });
      });
    });
  });
  return out;
}

describe("indicator workbook texts", () => {
  it("has no developer text in any cell, for every grouping's headers", async () => {
    for (const [by, keys] of [
      ["category", ["civil", "criminal", "administrative", "enforcement", "other"]],
      ["judge", ["民事审判第一庭 / 张三"]],
      ["all", ["全部"]],
    ] as const) {
      const wb = await reread(panel(by, [...keys]));
      const texts = textCells(wb);
      // Title, group headers, one header per indicator, and six columns of 口径 per indicator.
      expect(texts.length).toBeGreaterThan(INDICATORS.length * 5);
      expect(offending(texts)).toEqual([]);
    }
  });

  it("the 口径说明 sheet has one row per indicator with its catalogue name, definition and source", async () => {
    const wb = await reread(panel("all", ["全部"]));
    const notes = wb.getWorksheet("口径说明");
    expect(notes).toBeDefined();
    const rows: string[][] = [];
    notes?.eachRow((row) => {
      rows.push([1, 2, 3, 4, 5, 6].map((c) => String(row.getCell(c).value ?? "")));
    });
    expect(rows[0]).toEqual(["指标", "分组", "维度", "口径", "参考区间", "依据"]);
    expect(rows).toHaveLength(INDICATORS.length + 1);
    for (const d of INDICATORS) {
      const row = rows.find((r) => r[0] === d.name);
      expect(row, d.id).toBeDefined();
      expect(row?.[3]).toBe(d.definition);
      expect(row?.[5]).toBe(d.source);
      if (d.reference) expect(row?.[4]).toContain(d.reference.source);
    }
  });
});
