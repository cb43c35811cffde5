/**
 * The report's sentences carry the figures they are written from. The figures below are made up;
 * every expected number is worked out by hand in the comment beside it.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type LabelledText, offending, sourceLiterals } from "../../../test/helpers/user-text.js";
import type { Assessment, Figure, PanelFigure } from "../indicators/index.js";
import { chartIndicator, composeReport } from "./compose.js";
import { ladderBands, type ReportInput, trendFromFlow } from "./model.js";
import { suggestionsFor } from "./suggestions.js";

function fig(
  value: number | null,
  opts: { num?: number; den?: number; a?: Assessment; yoy?: number | null; mom?: number | null } = {},
): PanelFigure {
  const f: PanelFigure = {
    value,
    numerator: opts.num ?? value,
    denominator: opts.den ?? null,
    assessment: opts.a ?? "none",
  };
  if (opts.yoy !== undefined) f.yoy = { value: opts.yoy, numerator: opts.yoy, denominator: null } as Figure;
  if (opts.mom !== undefined) f.mom = { value: opts.mom, numerator: opts.mom, denominator: null } as Figure;
  return f;
}

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    kind: "quarterly",
    court: { name: "测试县人民法院" },
    division: null,
    period: { id: "2024Q4", from: "2024-10-01", to: "2024-12-31", label: "2024年第四季度" },
    comparedWith: {
      yoy: { from: "2023-10-01", to: "2023-12-31" },
      mom: { from: "2024-07-01", to: "2024-09-30" },
    },
    comparable: { yoy: true, mom: true },
    dataDate: "2025-01-05",
    unitKind: "division",
    total: {
      filed: fig(1234, { yoy: 1178, mom: 1000 }),
      closed: fig(1100, { yoy: 1000, mom: 1200 }),
      // 666 + 1,234 − 1,100 = 800
      pending_end: fig(800, { yoy: 700, mom: 666 }),
      pending_start: fig(666, { yoy: 600, mom: 632 }),
      // 1,100 ÷ 1,234 = 0.89141
      clearance_rate: fig(1100 / 1234, { num: 1100, den: 1234, a: "weak", yoy: 0.9, mom: 1.2 }),
      // 968 ÷ 1,100 = 0.88
      on_time_rate: fig(0.88, { num: 968, den: 1100, a: "weak", yoy: 0.9, mom: 0.95 }),
      overdue_pending: fig(5, { a: "weak", yoy: 2, mom: 3 }),
      long_pending_12m: fig(40, { yoy: 45, mom: 38 }),
      long_pending_36m: fig(1, { a: "weak", yoy: 0, mom: 1 }),
      // 10 ÷ 500 = 2.0%: at the 2% line, not above it
      reversal_remand_rate: fig(0.02, { num: 10, den: 500, a: "ok", yoy: 0.03, mom: 0.02 }),
      reversal_rate: fig(6 / 500, { num: 6, den: 500 }),
      remand_rate: fig(4 / 500, { num: 4, den: 500 }),
      mediation_rate: fig(0.3, { num: 60, den: 200, a: "ok", yoy: 0.25, mom: 0.3 }),
    },
    // cumulative: 120 at ≥ 6 months, 40 at ≥ 12, 15 at ≥ 18, 5 at ≥ 24, 1 at ≥ 36
    totalLadder: { 6: 120, 12: 40, 18: 15, 24: 5, 36: 1 },
    units: [
      {
        key: "民一庭",
        indicators: {
          filed: fig(700),
          closed: fig(600),
          pending_end: fig(500),
          pending_start: fig(400),
          // 340 ÷ 400 = 0.85
          on_time_rate: fig(0.85, { num: 340, den: 400, a: "weak" }),
          overdue_pending: fig(5, { a: "weak" }),
          reversal_remand_rate: fig(0.04, { num: 8, den: 200, a: "weak" }),
          reversal_rate: fig(0.025, { num: 5, den: 200 }),
          remand_rate: fig(0.015, { num: 3, den: 200 }),
        },
        ladder: { 6: 100, 12: 30, 18: 10, 24: 4, 36: 1 },
      },
      {
        key: "民二庭",
        indicators: {
          filed: fig(534),
          closed: fig(500),
          pending_end: fig(300),
          pending_start: fig(266),
          on_time_rate: fig(0.97, { num: 679, den: 700, a: "ok" }),
          overdue_pending: fig(0, { a: "ok" }),
        },
        ladder: { 6: 20, 12: 10, 18: 5, 24: 1, 36: 0 },
      },
    ],
    trend: Array.from({ length: 12 }, (_, i) => ({
      month: `2024-${String(i + 1).padStart(2, "0")}`,
      filed: 400 + i,
      closed: 380 + i,
      pendingEnd: 700 + i,
    })),
    ...overrides,
  };
}

function text(doc: ReturnType<typeof composeReport>): string {
  return doc.blocks
    .filter((b): b is { kind: "h1" | "h2" | "para"; text: string } => "text" in b)
    .map((b) => b.text)
    .join("\n");
}

describe("composeReport — quarterly", () => {
  const doc = composeReport(input());
  const all = text(doc);

  it("titles the report with the court and the quarter", () => {
    expect(doc.title).toBe("测试县人民法院2024年第四季度审判态势分析报告");
    expect(doc.subtitle).toBe("（统计期间：2024年10月1日至2024年12月31日；数据截至2025年1月5日）");
  });

  it("writes 收结存 with 同比 and 环比 arithmetic", () => {
    // 新收: 1,234 − 1,178 = 56, 56 ÷ 1,178 = 4.75% → +4.8%; 1,234 − 1,000 = 234, 234 ÷ 1,000 = +23.4%
    expect(all).toContain("新收案件 1,234 件，同比增加 56 件（+4.8%），环比增加 234 件（+23.4%）");
    // 结案: 1,100 − 1,000 = 100 → +10.0%; 1,100 − 1,200 = −100, 100 ÷ 1,200 = 8.33% → -8.3%
    expect(all).toContain("结案 1,100 件，同比增加 100 件（+10.0%），环比减少 100 件（-8.3%）");
    // 未结: 800 − 700 = 100, 100 ÷ 700 = 14.29% → +14.3%; 800 − 666 = 134, 134 ÷ 666 = 20.12% → +20.1%
    expect(all).toContain("期末未结 800 件，同比增加 100 件（+14.3%），环比增加 134 件（+20.1%）");
    expect(all).toContain("期末未结 = 旧存 666 件 + 新收 1,234 件 − 结案 1,100 件");
    // 1,100 ÷ 1,234 = 89.14% → 89.1%; 95 − 89.14 = 5.86 → 5.9 个百分点
    expect(all).toContain(
      "结收比 89.1%（结案 1,100 件 ÷ 新收 1,234 件），低于合理区间下限（95.0%）5.9 个百分点",
    );
  });

  it("numbers its sections in 公文 order", () => {
    const h1s = doc.blocks.filter((b) => b.kind === "h1").map((b) => (b as { text: string }).text);
    expect(h1s).toEqual([
      "一、收结存情况",
      "二、核心质效指标情况",
      "三、薄弱指标分析",
      "四、长期未结和超审限案件情况",
      "五、发改情况",
      "六、下一步工作建议",
    ]);
  });

  it("names the weak indicators against their ranges, for the court and per division", () => {
    // 968 ÷ 1,100 = 88.0%; 95.0 − 88.0 = 7.0
    expect(all).toContain(
      "法定审限内结案率为 88.0%（1,100 件中 968 件），低于合理区间下限（95.0%）7.0 个百分点",
    );
    // 民一庭: 340 ÷ 400 = 85.0%, 10.0 below; its 改发率 8 ÷ 200 = 4.0%, 2.0 above the 2% line
    expect(all).toContain(
      "民一庭：法定审限内结案率为 85.0%（400 件中 340 件），低于合理区间下限（95.0%）10.0 个百分点；超审限未结案件数为 5 件，目标为 0 件；一审改判发回重审率为 4.0%（200 件中 8 件），高于警戒线（2.0%）2.0 个百分点。",
    );
    expect(all).not.toContain("民二庭：");
  });

  it("writes the long-pending ladder, each case under its highest rung", () => {
    // bands: 120 − 40 = 80, 40 − 15 = 25, 15 − 5 = 10, 5 − 1 = 4, 1
    expect(ladderBands({ 6: 120, 12: 40, 18: 15, 24: 5, 36: 1 }).map((b) => b.count)).toEqual([
      80, 25, 10, 4, 1,
    ]);
    expect(all).toContain(
      "立案满六个月以上未结 120 件，其中满六个月不满一年 80 件、满一年不满一年半 25 件、满一年半不满二年 10 件、满二年不满三年 4 件、满三年以上 1 件",
    );
    // 5 ÷ 800 = 0.625% → 0.6%
    expect(all).toContain("其中超审限未结 5 件，占未结案件的 0.6%（5 ÷ 800）");
    // 满一年以上 40, a year earlier 45: −5, 5 ÷ 45 = 11.1%
    expect(all).toContain("满一年以上合计 40 件，同比减少 5 件（-11.1%）");
  });

  it("writes 发改 from the reversal and remand counts", () => {
    // 6 改判 + 4 发回 = 10 of 500 = 2.0%, at the line (not above it); a year earlier 3.0% → down 1.0 point
    expect(all).toContain(
      "一审结案 500 件，经二审改判 6 件、发回重审 4 件，改判发回重审率 2.0%（500 件中 10 件），在合理区间（不高于 2.0%）内，同比下降 1.0 个百分点",
    );
  });

  it("derives each suggestion from a weak figure, in rule order", () => {
    const s = suggestionsFor(input(), [
      "clearance_rate",
      "on_time_rate",
      "overdue_pending",
      "long_pending_36m",
      "reversal_remand_rate",
      "mediation_rate",
    ]);
    expect(s.map((x) => x.basis)).toEqual([
      "overdue_pending",
      "long_pending_36m",
      "on_time_rate",
      "clearance_rate",
      "reversal_remand_rate",
    ]);
    expect(s[0]?.text).toMatch(
      /^全院超审限未结案件数为 5 件，目标为 0 件，其中民一庭（5 件）偏离合理区间。建议逐案查明超审限原因/,
    );
    expect(s[2]?.text).toContain(
      "全院法定审限内结案率为 88.0%（1,100 件中 968 件），低于合理区间下限（95.0%）7.0 个百分点，其中民一庭（85.0%）偏离合理区间。",
    );
    // The court's 改发率 is in range; only 民一庭's is not — the sentence says so with both figures.
    expect(s[4]?.text).toContain(
      "全院一审改判发回重审率为 2.0%（500 件中 10 件），在合理区间（不高于 2.0%）内，但民一庭（4.0%）偏离合理区间。",
    );
    const last = doc.blocks.filter((b) => b.kind === "para").at(-1) as { text: string };
    expect(last.text).toMatch(/^（五）/);
  });

  it("says so when nothing is weak, with the number of indicators checked", () => {
    const ok = input({
      total: {
        filed: fig(10, { yoy: 10, mom: 10 }),
        closed: fig(10, { yoy: 10, mom: 10 }),
        pending_end: fig(0),
        pending_start: fig(0),
        clearance_rate: fig(1, { num: 10, den: 10, a: "ok" }),
        on_time_rate: fig(1, { num: 10, den: 10, a: "ok" }),
      },
      totalLadder: {},
      units: [],
    });
    const s = suggestionsFor(ok, ["clearance_rate", "on_time_rate"]);
    // two indicators with a range and a value: 结收比, 法定审限内结案率
    expect(s).toEqual([
      {
        basis: "none",
        text: "本期全院设有合理区间的 2 项指标均在区间内。建议保持现有工作力度，持续关注审限届满和长期未结案件的变化，防止指标回落。",
      },
    ]);
  });

  it("adds the ladder suggestion when year-old cases remain and no long-pending rule fired", () => {
    const t = input().total;
    const lp = input({ total: { ...t, long_pending_36m: fig(0, { a: "ok" }) } });
    const s = suggestionsFor(lp, ["long_pending_36m"]);
    // ≥ 12 months: 40; ≥ 24 months: 5
    expect(s.at(-1)).toEqual({
      basis: "ladder",
      text: "截至2024年12月31日，全院立案满一年以上未结案件 40 件，其中满二年以上 5 件。建议按长期未结节点逐案明确结案计划，由庭长跟踪督促，防止案件进入更高节点。",
    });
  });

  it("draws three charts, the division chart on the first weak share", () => {
    expect(doc.charts.map((c) => c.id)).toEqual(["trend", "by-unit", "ladder"]);
    // CORE_TABLE_IDS order: clearance_rate comes before on_time_rate and is weak
    expect(chartIndicator(input())).toBe("clearance_rate");
    const byUnit = doc.charts.find((c) => c.id === "by-unit");
    // 结收比's lower bound 0.95 → 95.0 on the percent axis; red bars are the units the engine found weak.
    expect(byUnit?.reference).toEqual({ value: 95, label: "合理区间下限 95.0%", bound: "min" });
    const onTime = composeReport(input({ total: { ...input().total, clearance_rate: fig(1, { a: "ok" }) } }));
    // Now 法定审限内结案率 is the first weak share: 民一庭 85.0% (weak), 民二庭 97.0% (in range).
    const chart = onTime.charts.find((c) => c.id === "by-unit");
    expect(chart?.series[0]?.values).toEqual([85, 97]);
    expect(chart?.series[0]?.outside).toEqual([true, false]);
    const ladder = doc.charts.find((c) => c.id === "ladder");
    expect(ladder?.series[0]?.values).toEqual([80, 25, 10, 4, 1]);
    const trend = doc.charts.find((c) => c.id === "trend");
    expect(trend?.categories[0]).toBe("2024年1月");
    expect(trend?.categories[1]).toBe("2月");
  });

  it("puts the same counts in the workbook", () => {
    const sheet = doc.sheets.find((s) => s.name === "收结存");
    const row = sheet?.rows.find((r) => r[0] === "新收");
    // 1,234; a year earlier 1,178; +56; 56 ÷ 1,178
    expect(row?.slice(1, 5)).toEqual([
      { value: 1234, format: "int" },
      { value: 1178, format: "int" },
      { value: 56, format: "int" },
      { value: 56 / 1178, format: "pct" },
    ]);
    const ladder = doc.sheets.find((s) => s.name === "长期未结");
    expect(ladder?.rows.at(-1)).toEqual([
      "全院合计",
      { value: 800, format: "int" },
      { value: 5, format: "int" },
      ...[80, 25, 10, 4, 1].map((v) => ({ value: v, format: "int" })),
      { value: 120, format: "int" },
    ]);
  });
});

describe("composeReport — monthly and a division's version", () => {
  it("the monthly 质效通报 is shorter: no 发改 section", () => {
    const doc = composeReport(
      input({
        kind: "monthly",
        period: { id: "2024-11", from: "2024-11-01", to: "2024-11-30", label: "2024年11月" },
      }),
    );
    expect(doc.title).toBe("测试县人民法院2024年11月审判质效通报");
    const h1s = doc.blocks.filter((b) => b.kind === "h1").map((b) => (b as { text: string }).text);
    expect(h1s).toEqual([
      "一、收结存情况",
      "二、核心质效指标情况",
      "三、薄弱指标情况",
      "四、长期未结和超审限案件情况",
      "五、下一步工作建议",
    ]);
  });

  it("a division's version names the division and lists its judges", () => {
    const doc = composeReport(input({ division: "民一庭", unitKind: "judge" }));
    expect(doc.title).toBe("测试县人民法院民一庭2024年第四季度审判态势分析报告");
    expect(text(doc)).toContain("民一庭新收案件 1,234 件");
    expect(text(doc)).toContain("（二）各承办法官");
  });

  it("a division's version compares the division with the whole court", () => {
    const court = {
      clearance_rate: { value: 0.85, numerator: 850, denominator: 1000 },
      on_time_rate: { value: 0.9, numerator: 900, denominator: 1000 },
      reversal_remand_rate: { value: 0.02, numerator: 20, denominator: 1000 },
      mediation_rate: { value: 0.25, numerator: 100, denominator: 400 },
      overdue_pending: { value: 9, numerator: 9, denominator: null },
    };
    const doc = composeReport(input({ division: "民一庭", unitKind: "judge", courtFigures: court }));
    // 结收比 89.1% > 85.0% (higher is better): better; 法定审限内结案率 88.0% < 90.0%: worse;
    // 改发率 2.0% = 2.0%: level; 调解率 30.0% > 25.0%: better; 超审限未结案件数 is a count: not compared.
    expect(text(doc)).toContain(
      "可比的 4 项指标中，2 项好于全院，1 项与全院持平，1 项不及全院：法定审限内结案率（本部门 88.0%，全院 90.0%）。",
    );
    const table = doc.blocks.find((b) => b.kind === "table" && b.headers.includes("全院"));
    expect(table?.kind === "table" && table.rows.find((r) => r[0] === "结收比")).toEqual([
      "结收比",
      "89.1%",
      "85.0%",
      "同比下降 0.9 个百分点",
      "不低于 95.0%",
      "偏离",
    ]);
  });

  it("does not compare with a year the data do not reach", () => {
    const doc = composeReport(input({ comparable: { yoy: false, mom: true } }));
    expect(text(doc)).toContain("新收案件 1,234 件，上年同期无数据，不作同比，环比增加 234 件（+23.4%）");
  });
});

describe("the words users read", () => {
  it("every text of the documents is Chinese, without developer notes", () => {
    const texts: LabelledText[] = [];
    for (const kind of ["quarterly", "monthly"] as const) {
      const doc = composeReport(input({ kind }));
      texts.push(
        { where: `${kind} title`, text: doc.title },
        { where: `${kind} subtitle`, text: doc.subtitle },
      );
      doc.blocks.forEach((b, i) => {
        if ("text" in b) texts.push({ where: `${kind} block ${i}`, text: b.text });
        if (b.kind === "table")
          for (const t of [...b.headers, ...b.rows.flat()])
            texts.push({ where: `${kind} table ${i}`, text: t });
        if (b.kind === "chart")
          for (const t of [
            b.caption,
            b.chart.title,
            b.chart.unit,
            ...b.chart.categories,
            ...b.chart.series.map((x) => x.name),
          ])
            texts.push({ where: `${kind} chart ${b.chart.id}`, text: t });
      });
      for (const sh of doc.sheets)
        for (const t of [
          sh.name,
          sh.title,
          ...sh.headers,
          ...sh.rows.flat().filter((c): c is string => typeof c === "string"),
        ])
          texts.push({ where: `${kind} sheet ${sh.name}`, text: t });
    }
    expect(texts.length).toBeGreaterThan(200);
    expect(offending(texts)).toEqual([]);
  });

  it("every Chinese string literal of the report model", () => {
    const files = readdirSync(new URL("./", import.meta.url))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => new URL(`./${f}`, import.meta.url).pathname);
    const texts = files.flatMap(sourceLiterals);
    expect(texts.length).toBeGreaterThan(50);
    expect(offending(texts)).toEqual([]);
  });
});

describe("trendFromFlow", () => {
  it("carries 未结 back from the last month's end", () => {
    const flow = new Map([
      ["2024-10", { filed: 10, closed: 4 }],
      ["2024-12", { filed: 3, closed: 7 }],
    ]);
    // End of December: 20. November: 20 − 3 + 7 = 24 (no cases in November). October: 24 − 0 + 0 = 24;
    // before October: 24 − 10 + 4 = 18 (not shown).
    expect(trendFromFlow(["2024-10", "2024-11", "2024-12"], flow, 20)).toEqual([
      { month: "2024-10", filed: 10, closed: 4, pendingEnd: 24 },
      { month: "2024-11", filed: 0, closed: 0, pendingEnd: 24 },
      { month: "2024-12", filed: 3, closed: 7, pendingEnd: 20 },
    ]);
  });
});
