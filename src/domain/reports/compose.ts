/**
 * Composing a report from its figures: the document's sections in 公文 order (一、收结存情况 …
 * 下一步工作建议), its charts as data, and the sheets of the workbook that goes with it. Every
 * sentence is written from a figure of the input; nothing else is said.
 */
import { chineseDate } from "../bulletin/dates.js";
import { type Figure, type IndicatorDef, indicatorById, type PanelFigure } from "../indicators/index.js";
import { count, countChange, oneDecimal, pct, rangeText, valueChange, valueText } from "./format.js";
import {
  type ChartSpec,
  CORE_TABLE_IDS,
  ladderBands,
  REPORT_INDICATOR_IDS,
  type ReportBlock,
  type ReportDocument,
  type ReportInput,
  type SheetCell,
  type SheetSpec,
} from "./model.js";
import { deviationText, figureSentence, type Suggestion, suggestionsFor } from "./suggestions.js";

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const h1 = (n: number, text: string): ReportBlock => ({ kind: "h1", text: `${NUMERALS[n]}、${text}` });
const h2 = (n: number, text: string): ReportBlock => ({ kind: "h2", text: `（${NUMERALS[n]}）${text}` });
const para = (text: string): ReportBlock => ({ kind: "para", text });
const gap = (): ReportBlock => ({ kind: "gap" });

const CHART_WIDTH = 1200;
const CHART_HEIGHT = 600;

function def(id: string): IndicatorDef {
  const d = indicatorById(id);
  if (!d) throw new RangeError(`unknown indicator ${id}`);
  return d;
}

/** The value of a figure, 0 when absent (counts). */
function n(f: PanelFigure | undefined): number {
  return f?.value ?? 0;
}

export function reportTitle(input: Pick<ReportInput, "kind" | "court" | "division" | "period">): string {
  const scope = input.division ? `${input.court.name}${input.division}` : input.court.name;
  return `${scope}${input.period.label}${input.kind === "quarterly" ? "审判态势分析报告" : "审判质效通报"}`;
}

/** The words of one count's changes: "同比增加 56 件（+4.8%），环比减少 12 件（-1.0%）". */
function changes(input: ReportInput, id: string): string {
  const f = input.total[id];
  const parts: string[] = [];
  parts.push(
    input.comparable.yoy ? countChange("同比", n(f), f?.yoy?.value ?? 0) : "上年同期无数据，不作同比",
  );
  parts.push(input.comparable.mom ? countChange("环比", n(f), f?.mom?.value ?? 0) : "上期无数据，不作环比");
  return parts.join("，");
}

function rateChange(input: ReportInput, id: string, label: "同比" | "环比"): string {
  const f = input.total[id];
  const ok = label === "同比" ? input.comparable.yoy : input.comparable.mom;
  if (!ok) return `${label}无可比数据`;
  return valueChange(
    label,
    def(id).unit,
    f?.value ?? null,
    (label === "同比" ? f?.yoy : f?.mom)?.value ?? null,
  );
}

function assessmentWord(f: PanelFigure | undefined): string {
  switch (f?.assessment) {
    case "ok":
      return "在区间内";
    case "weak":
      return "偏离";
    default:
      return f?.value === null || f?.value === undefined ? "无数据" : "无区间";
  }
}

// ── sections ────────────────────────────────────────────────────────────────

function intakeSection(input: ReportInput, no: number, charts: ChartSpec[]): ReportBlock[] {
  const scope = input.division ?? input.scopeName ?? "全院";
  const t = input.total;
  const clearance = t.clearance_rate;
  const cdef = def("clearance_rate");
  let clearanceText = "本期无新收案件，不计算结收比。";
  if (clearance?.value !== null && clearance?.value !== undefined) {
    clearanceText =
      `结收比 ${pct(clearance.value)}（结案 ${count(n(t.closed))} 件 ÷ 新收 ${count(n(t.filed))} 件），` +
      `${deviationText(cdef, clearance.value)}。`;
  }
  const blocks: ReportBlock[] = [
    h1(no, "收结存情况"),
    para(
      `${input.period.label}，${scope}新收案件 ${count(n(t.filed))} 件，${changes(input, "filed")}；` +
        `结案 ${count(n(t.closed))} 件，${changes(input, "closed")}；` +
        `期末未结 ${count(n(t.pending_end))} 件，${changes(input, "pending_end")}。` +
        `期初旧存 ${count(n(t.pending_start))} 件（期末未结 = 旧存 ${count(n(t.pending_start))} 件 + 新收 ${count(n(t.filed))} 件 − 结案 ${count(n(t.closed))} 件）。` +
        clearanceText,
    ),
  ];
  const row = (label: string, id: string): string[] => {
    const f = t[id];
    return [
      label,
      count(n(f)),
      input.comparable.yoy ? count(f?.yoy?.value ?? 0) : "—",
      input.comparable.yoy ? signed(n(f) - (f?.yoy?.value ?? 0)) : "—",
      input.comparable.mom ? count(f?.mom?.value ?? 0) : "—",
      input.comparable.mom ? signed(n(f) - (f?.mom?.value ?? 0)) : "—",
    ];
  };
  blocks.push({
    kind: "table",
    headers: ["项目", "本期（件）", "上年同期（件）", "同比增减（件）", "上期（件）", "环比增减（件）"],
    rows: [
      row("新收", "filed"),
      row("结案", "closed"),
      row("期末未结", "pending_end"),
      row("期初旧存", "pending_start"),
    ],
    shares: [2, 2, 2, 2, 2, 2],
  });
  blocks.push(gap());
  const trend = trendChart(input);
  charts.push(trend);
  blocks.push({ kind: "chart", chart: trend, caption: `图${charts.length}  ${trend.title}` });
  if (input.units.length > 0) {
    blocks.push(para(`${unitWord(input)}收结存情况见下表。`));
    blocks.push({
      kind: "table",
      headers: [unitHeader(input), "旧存", "新收", "结案", "未结", "结收比"],
      rows: [
        ...input.units.map((u) => [
          u.key,
          count(n(u.indicators.pending_start)),
          count(n(u.indicators.filed)),
          count(n(u.indicators.closed)),
          count(n(u.indicators.pending_end)),
          valueText("%", u.indicators.clearance_rate?.value ?? null),
        ]),
        [
          "合计",
          count(n(t.pending_start)),
          count(n(t.filed)),
          count(n(t.closed)),
          count(n(t.pending_end)),
          valueText("%", t.clearance_rate?.value ?? null),
        ],
      ],
      shares: [3, 2, 2, 2, 2, 2],
      align: ["left"],
      totalRow: true,
    });
    blocks.push(gap());
  }
  return blocks;
}

function signed(d: number): string {
  return d > 0 ? `+${count(d)}` : d < 0 ? `-${count(-d)}` : "0";
}

function unitWord(input: ReportInput): string {
  return input.unitKind === "court" ? "各法院" : input.unitKind === "division" ? "各部门" : "各承办法官";
}

function unitHeader(input: ReportInput): string {
  return input.unitKind === "court" ? "法院" : input.unitKind === "division" ? "部门" : "承办法官";
}

/** The core indicators with a value: those with a range assessed, the others listed. */
function coreIds(input: ReportInput): string[] {
  return CORE_TABLE_IDS.filter((id) => input.total[id] !== undefined);
}

function indicatorSection(input: ReportInput, no: number): ReportBlock[] {
  const scope = input.division ?? input.scopeName ?? "全院";
  const ids = coreIds(input);
  const ranged = ids.filter((id) => def(id).reference && input.total[id]?.value !== null);
  const weak = ranged.filter((id) => input.total[id]?.assessment === "weak");
  const summary =
    weak.length === 0
      ? `对照合理区间，本期${scope}设有合理区间的 ${ranged.length} 项核心指标均在区间内。`
      : `对照合理区间，本期${scope}设有合理区间的 ${ranged.length} 项核心指标中，${ranged.length - weak.length} 项在区间内，` +
        `${weak.length} 项偏离：${weak.map((id) => `${def(id).name}（${valueText(def(id).unit, input.total[id]?.value ?? null)}）`).join("、")}。`;
  const notes = ids.filter((id) => !def(id).reference || input.total[id]?.value === null);
  const noteText =
    notes.length > 0
      ? `未设合理区间或本期无数据的 ${notes.length} 项指标列出本期数值和同比变化，供分析参考。`
      : "";
  const court = input.courtFigures;
  const blocks: ReportBlock[] = [
    h1(no, "核心质效指标情况"),
    para(`${summary}${noteText}各项指标的口径见指标目录，合理区间为本院参照的参考值。`),
  ];
  if (court) blocks.push(para(courtComparison(input, ids, court)));
  blocks.push(
    {
      kind: "table",
      headers: ["指标", "本期", ...(court ? ["全院"] : []), "同比变化", "合理区间", "评价"],
      rows: ids.map((id) => {
        const d = def(id);
        const f = input.total[id];
        return [
          d.name,
          valueText(d.unit, f?.value ?? null),
          ...(court ? [valueText(d.unit, court[id]?.value ?? null)] : []),
          rateChange(input, id, "同比"),
          rangeText(d),
          assessmentWord(f),
        ];
      }),
      shares: court ? [4, 2, 2, 4, 3, 2] : [4, 2, 4, 3, 2],
      align: ["left", "center", ...(court ? ["center" as const] : []), "left"],
    },
    gap(),
  );
  return blocks;
}

/**
 * A division against the whole court, by each indicator's direction (higher or lower is better;
 * counts such as 超审限未结案件数 are the court's total, not compared): how many are better, and
 * the ones that are worse, each with both values.
 */
export function courtComparison(
  input: ReportInput,
  ids: readonly string[],
  court: Record<string, Figure>,
): string {
  const better: string[] = [];
  const worse: string[] = [];
  const same: string[] = [];
  for (const id of ids) {
    const d = def(id);
    const mine = input.total[id]?.value ?? null;
    const theirs = court[id]?.value ?? null;
    if (d.direction === "neutral" || d.unit === "件" || mine === null || theirs === null) continue;
    const shown = (v: number) => valueText(d.unit, v);
    if (shown(mine) === shown(theirs)) same.push(id);
    else if (d.direction === "higher" ? mine > theirs : mine < theirs) better.push(id);
    else worse.push(`${d.name}（本部门 ${shown(mine)}，全院 ${shown(theirs)}）`);
  }
  const compared = better.length + worse.length + same.length;
  return (
    `与全院同期比较（数值见下表“全院”列），可比的 ${compared} 项指标中，${better.length} 项好于全院，` +
    `${same.length} 项与全院持平，${worse.length} 项不及全院${worse.length > 0 ? `：${worse.join("、")}` : ""}。`
  );
}

/** Units whose own value of an indicator lies outside its range, with the explaining sentence. */
function weakByUnit(input: ReportInput): { key: string; sentences: string[] }[] {
  const ids = coreIds(input);
  return input.units
    .map((u) => ({
      key: u.key,
      sentences: ids
        .filter((id) => u.indicators[id]?.assessment === "weak")
        .map((id) => {
          const f = u.indicators[id] as PanelFigure;
          return `${figureSentence(def(id), f)}，${deviationText(def(id), f.value as number)}`;
        }),
    }))
    .filter((u) => u.sentences.length > 0);
}

function weakSection(input: ReportInput, no: number, charts: ChartSpec[], short: boolean): ReportBlock[] {
  const scope = input.division ?? input.scopeName ?? "全院";
  const ids = coreIds(input);
  const weakTotal = ids.filter((id) => input.total[id]?.assessment === "weak");
  const blocks: ReportBlock[] = [h1(no, short ? "薄弱指标情况" : "薄弱指标分析")];
  blocks.push(h2(0, input.division ? "本部门" : (input.scopeName ?? "全院")));
  if (weakTotal.length === 0) blocks.push(para(`本期${scope}核心指标均在合理区间内。`));
  for (const id of weakTotal) {
    const f = input.total[id] as PanelFigure;
    const d = def(id);
    const yoy = rateChange(input, id, "同比");
    blocks.push(para(`${figureSentence(d, f)}，${deviationText(d, f.value as number)}，${yoy}。`));
  }
  blocks.push(h2(1, unitWord(input)));
  const byUnit = weakByUnit(input);
  if (byUnit.length === 0) blocks.push(para(`${unitWord(input)}核心指标均在合理区间内。`));
  for (const u of byUnit) blocks.push(para(`${u.key}：${u.sentences.join("；")}。`));
  const chart = byUnitChart(input);
  if (chart) {
    charts.push(chart);
    blocks.push({ kind: "chart", chart, caption: `图${charts.length}  ${chart.title}` });
  }
  return blocks;
}

function pendingSection(input: ReportInput, no: number, charts: ChartSpec[]): ReportBlock[] {
  const scope = input.division ?? input.scopeName ?? "全院";
  const t = input.total;
  const pendingEnd = n(t.pending_end);
  const overdue = n(t.overdue_pending);
  const bands = ladderBands(input.totalLadder);
  const c6 = input.totalLadder[6] ?? 0;
  const c12 = input.totalLadder[12] ?? 0;
  const overdueShare =
    pendingEnd > 0
      ? `，占未结案件的 ${pct(overdue / pendingEnd)}（${count(overdue)} ÷ ${count(pendingEnd)}）`
      : "";
  const lp12 = t.long_pending_12m;
  const lp12Change =
    input.comparable.yoy && lp12 ? `，${countChange("同比", c12, lp12.yoy?.value ?? 0)}` : "";
  const blocks: ReportBlock[] = [
    h1(no, "长期未结和超审限案件情况"),
    para(
      `截至${chineseDate(input.period.to)}，${scope}未结案件 ${count(pendingEnd)} 件，其中超审限未结 ${count(overdue)} 件${overdueShare}` +
        `${overdue > 0 ? "，未达到超审限未结案件为 0 的目标" : ""}。` +
        `立案满六个月以上未结 ${count(c6)} 件，其中${bands.map((b) => `${b.name} ${count(b.count)} 件`).join("、")}；` +
        `满一年以上合计 ${count(c12)} 件${lp12Change}。`,
    ),
  ];
  const ladder = ladderChart(input);
  charts.push(ladder);
  blocks.push({ kind: "chart", chart: ladder, caption: `图${charts.length}  ${ladder.title}` });
  if (input.units.length > 0) {
    blocks.push(para(`${unitWord(input)}未结、超审限和长期未结案件分布见下表。`));
    const rows = input.units.map((u) => [
      u.key,
      count(n(u.indicators.pending_end)),
      count(n(u.indicators.overdue_pending)),
      ...ladderBands(u.ladder).map((b) => count(b.count)),
      count(u.ladder[6] ?? 0),
    ]);
    rows.push(["合计", count(pendingEnd), count(overdue), ...bands.map((b) => count(b.count)), count(c6)]);
    blocks.push({
      kind: "table",
      headers: [unitHeader(input), "未结", "超审限", ...bands.map((b) => b.name), "满六个月以上合计"],
      rows,
      shares: [3, 2, 2, ...bands.map(() => 2), 2],
      align: ["left"],
      totalRow: true,
    });
    blocks.push(gap());
  }
  return blocks;
}

function appealSection(input: ReportInput, no: number): ReportBlock[] {
  const scope = input.division ?? input.scopeName ?? "全院";
  const t = input.total;
  const rr = t.reversal_remand_rate;
  const den = rr?.denominator ?? 0;
  const rev = t.reversal_rate?.numerator ?? 0;
  const rem = t.remand_rate?.numerator ?? 0;
  const blocks: ReportBlock[] = [h1(no, "发改情况")];
  if (!den || rr?.value === null || rr?.value === undefined) {
    blocks.push(para(`${input.period.label}，${scope}无一审结案案件，不计算改判发回重审率。`));
    return blocks;
  }
  blocks.push(
    para(
      `${input.period.label}，${scope}一审结案 ${count(den)} 件，经二审改判 ${count(rev)} 件、发回重审 ${count(rem)} 件，` +
        `改判发回重审率 ${pct(rr.value)}（${count(den)} 件中 ${count(rev + rem)} 件），${deviationText(def("reversal_remand_rate"), rr.value)}，` +
        `${rateChange(input, "reversal_remand_rate", "同比")}。二审结果按一审结案期间归属，二审尚未审结的案件不计入。`,
    ),
  );
  const withAppeals = input.units.filter((u) => (u.indicators.reversal_remand_rate?.numerator ?? 0) > 0);
  if (withAppeals.length > 0) {
    blocks.push({
      kind: "table",
      headers: [unitHeader(input), "一审结案", "改判", "发回重审", "改判发回重审率"],
      rows: withAppeals.map((u) => [
        u.key,
        count(u.indicators.reversal_remand_rate?.denominator ?? 0),
        count(u.indicators.reversal_rate?.numerator ?? 0),
        count(u.indicators.remand_rate?.numerator ?? 0),
        valueText("%", u.indicators.reversal_remand_rate?.value ?? null),
      ]),
      shares: [3, 2, 2, 2, 3],
      align: ["left"],
    });
    blocks.push(gap());
  }
  return blocks;
}

function suggestionSection(no: number, suggestions: Suggestion[]): ReportBlock[] {
  return [
    h1(no, "下一步工作建议"),
    ...suggestions.map((s, i) => para(`（${NUMERALS[i] ?? i + 1}）${s.text}`)),
  ];
}

// ── charts ──────────────────────────────────────────────────────────────────

function monthLabel(month: string, first: boolean): string {
  const m = Number(month.slice(5, 7));
  return first || m === 1 ? `${month.slice(0, 4)}年${m}月` : `${m}月`;
}

function trendChart(input: ReportInput): ChartSpec {
  return {
    id: "trend",
    title: `近十二个月收结案情况（${monthLabel(input.trend[0]?.month ?? input.period.from.slice(0, 7), true)}至${monthLabel(input.period.to.slice(0, 7), true)}）`,
    categories: input.trend.map((t, i) => monthLabel(t.month, i === 0)),
    series: [
      { name: "新收", type: "bar", values: input.trend.map((t) => t.filed) },
      { name: "结案", type: "bar", values: input.trend.map((t) => t.closed) },
      { name: "月末未结", type: "line", values: input.trend.map((t) => t.pendingEnd) },
    ],
    unit: "件",
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  };
}

/**
 * The indicator the by-unit chart shows: the first core share outside its range for the whole
 * scope; else the first outside its range for any unit; else 法定审限内结案率.
 */
export function chartIndicator(input: ReportInput): string {
  const shares = coreIds(input).filter((id) => def(id).unit === "%" && def(id).reference);
  return (
    shares.find((id) => input.total[id]?.assessment === "weak") ??
    shares.find((id) => input.units.some((u) => u.indicators[id]?.assessment === "weak")) ??
    "on_time_rate"
  );
}

function byUnitChart(input: ReportInput): ChartSpec | undefined {
  if (input.units.length === 0) return undefined;
  const id = chartIndicator(input);
  const d = def(id);
  const bound = d.reference?.min ?? d.reference?.max;
  return {
    id: "by-unit",
    title: `${unitWord(input)}${d.name}`,
    categories: input.units.map((u) => u.key),
    series: [
      {
        name: d.name,
        type: "bar",
        values: input.units.map((u) => {
          const v = u.indicators[id]?.value ?? null;
          return v === null ? null : Number(oneDecimal(v * 100));
        }),
        outside: input.units.map((u) => u.indicators[id]?.assessment === "weak"),
      },
    ],
    unit: "%",
    reference:
      bound === undefined
        ? undefined
        : {
            value: Number(oneDecimal(bound * 100)),
            label: `${d.reference?.min !== undefined ? "合理区间下限" : "警戒线"} ${pct(bound)}`,
            bound: d.reference?.min !== undefined ? "min" : "max",
          },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  };
}

function ladderChart(input: ReportInput): ChartSpec {
  const bands = ladderBands(input.totalLadder);
  return {
    id: "ladder",
    title: `未结案件立案时长分布（截至${chineseDate(input.period.to)}）`,
    categories: bands.map((b) => b.name),
    series: [{ name: "未结案件", type: "bar", values: bands.map((b) => b.count) }],
    unit: "件",
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  };
}

// ── workbook ────────────────────────────────────────────────────────────────

const int = (v: number | null | undefined): SheetCell => ({ value: v ?? null, format: "int" });

function figureCell(id: string, v: number | null | undefined): SheetCell {
  const unit = def(id).unit;
  return { value: v ?? null, format: unit === "%" ? "pct" : unit === "天" ? "dec1" : "int" };
}

function sheets(input: ReportInput, suggestions: Suggestion[]): SheetSpec[] {
  const t = input.total;
  const unitH = unitHeader(input);
  const countRow = (label: string, id: string): SheetCell[] => {
    const f = t[id];
    const yoy = input.comparable.yoy ? (f?.yoy?.value ?? 0) : null;
    const mom = input.comparable.mom ? (f?.mom?.value ?? 0) : null;
    const now = n(f);
    return [
      label,
      int(now),
      int(yoy),
      int(yoy === null ? null : now - yoy),
      { value: yoy ? (now - yoy) / yoy : null, format: "pct" },
      int(mom),
      int(mom === null ? null : now - mom),
      { value: mom ? (now - mom) / mom : null, format: "pct" },
    ];
  };
  const bands = ladderBands(input.totalLadder);
  const ids = REPORT_INDICATOR_IDS.filter((id) => t[id] !== undefined);
  const weakRows: SheetCell[][] = [];
  const scopeName = input.division ?? input.scopeName ?? "全院";
  for (const [key, figures] of [
    [scopeName, t] as const,
    ...input.units.map((u) => [u.key, u.indicators] as const),
  ]) {
    for (const id of coreIds(input)) {
      const f = figures[id];
      if (f?.assessment !== "weak") continue;
      weakRows.push([
        key,
        def(id).name,
        figureCell(id, f.value),
        int(f.numerator),
        int(f.denominator),
        rangeText(def(id)),
        `${figureSentence(def(id), f)}，${deviationText(def(id), f.value as number)}`,
      ]);
    }
  }
  return [
    {
      name: "收结存",
      title: `${reportTitle(input)}：收结存`,
      headers: ["项目", "本期", "上年同期", "同比增减", "同比增减率", "上期", "环比增减", "环比增减率"],
      rows: [
        countRow("新收", "filed"),
        countRow("结案", "closed"),
        countRow("期末未结", "pending_end"),
        countRow("期初旧存", "pending_start"),
      ],
      widths: [14, 12, 12, 12, 12, 12, 12, 12],
    },
    {
      name: "核心指标",
      title: `${reportTitle(input)}：核心指标（${scopeName}）`,
      headers: [
        "指标",
        "单位",
        "本期",
        "分子",
        "分母",
        "上年同期",
        "上期",
        "合理区间",
        "评价",
        ...(input.courtFigures ? ["全院"] : []),
      ],
      rows: ids.map((id) => {
        const f = t[id];
        return [
          def(id).name,
          def(id).unit,
          figureCell(id, f?.value),
          int(f?.numerator),
          int(f?.denominator),
          figureCell(id, input.comparable.yoy ? f?.yoy?.value : null),
          figureCell(id, input.comparable.mom ? f?.mom?.value : null),
          rangeText(def(id)),
          assessmentWord(f),
          ...(input.courtFigures ? [figureCell(id, input.courtFigures[id]?.value)] : []),
        ];
      }),
      widths: [24, 6, 12, 10, 10, 12, 12, 16, 10, 12],
    },
    {
      name:
        input.unitKind === "court"
          ? "分法院指标"
          : input.unitKind === "division"
            ? "分部门指标"
            : "分承办法官指标",
      title: `${reportTitle(input)}：${unitWord(input)}指标`,
      headers: [unitH, ...ids.map((id) => def(id).name)],
      rows: [
        ...input.units.map((u) => [u.key, ...ids.map((id) => figureCell(id, u.indicators[id]?.value))]),
        [`${scopeName}合计`, ...ids.map((id) => figureCell(id, t[id]?.value))],
      ],
      widths: [16, ...ids.map(() => 12)],
    },
    {
      name: "薄弱指标",
      title: `${reportTitle(input)}：偏离合理区间的指标`,
      headers: ["统计对象", "指标", "本期", "分子", "分母", "合理区间", "说明"],
      rows: weakRows,
      widths: [16, 22, 10, 10, 10, 14, 70],
    },
    {
      name: "长期未结",
      title: `${reportTitle(input)}：长期未结和超审限案件（截至${chineseDate(input.period.to)}）`,
      headers: [unitH, "未结", "超审限未结", ...bands.map((b) => b.name), "满六个月以上合计"],
      rows: [
        ...input.units.map((u) => [
          u.key,
          int(n(u.indicators.pending_end)),
          int(n(u.indicators.overdue_pending)),
          ...ladderBands(u.ladder).map((b) => int(b.count)),
          int(u.ladder[6] ?? 0),
        ]),
        [
          `${scopeName}合计`,
          int(n(t.pending_end)),
          int(n(t.overdue_pending)),
          ...bands.map((b) => int(b.count)),
          int(input.totalLadder[6] ?? 0),
        ],
      ],
      widths: [16, 10, 12, ...bands.map(() => 16), 16],
    },
    {
      name: "月度趋势",
      title: `${reportTitle(input)}：近十二个月收结案`,
      headers: ["月份", "新收", "结案", "月末未结"],
      rows: input.trend.map((m) => [m.month, int(m.filed), int(m.closed), int(m.pendingEnd)]),
      widths: [12, 12, 12, 12],
    },
    {
      name: "工作建议",
      title: `${reportTitle(input)}：下一步工作建议`,
      headers: ["序号", "依据", "建议"],
      rows: suggestions.map((s, i) => [
        i + 1,
        s.basis === "none" ? "全部指标" : s.basis === "ladder" ? "长期未结节点" : def(s.basis).name,
        s.text,
      ]),
      widths: [6, 22, 100],
    },
  ];
}

// ── the document ────────────────────────────────────────────────────────────

/** The report: its sections, charts and workbook sheets. */
export function composeReport(input: ReportInput): ReportDocument {
  const charts: ChartSpec[] = [];
  const scope = input.division ?? input.scopeName ?? "全院";
  const quarterly = input.kind === "quarterly";
  const suggestions = suggestionsFor(input, coreIds(input));
  const yoy = input.comparable.yoy
    ? `同比为与${chineseDate(input.comparedWith.yoy.from)}至${chineseDate(input.comparedWith.yoy.to)}比较`
    : "上年同期无数据，不作同比";
  const mom = input.comparable.mom
    ? `环比为与${chineseDate(input.comparedWith.mom.from)}至${chineseDate(input.comparedWith.mom.to)}比较`
    : "上期无数据，不作环比";
  const lead = para(
    `${quarterly ? "为落实审判态势季度分析制度，" : "为加强审判质效管理，"}现将${scope}${input.period.label}` +
      `${quarterly ? "审判态势分析" : "审判质效情况通报"}如下。统计期间为${chineseDate(input.period.from)}至${chineseDate(input.period.to)}，` +
      `数据截至${chineseDate(input.dataDate)}；${yoy}，${mom}。`,
  );
  const blocks: ReportBlock[] = [lead];
  let no = 0;
  blocks.push(...intakeSection(input, no++, charts));
  blocks.push(...indicatorSection(input, no++));
  blocks.push(...weakSection(input, no++, charts, !quarterly));
  blocks.push(...pendingSection(input, no++, charts));
  if (quarterly) blocks.push(...appealSection(input, no++));
  blocks.push(...suggestionSection(no++, suggestions));
  const weakCount = coreIds(input).filter((id) => input.total[id]?.assessment === "weak").length;
  return {
    title: reportTitle(input),
    subtitle: `（统计期间：${chineseDate(input.period.from)}至${chineseDate(input.period.to)}；数据截至${chineseDate(input.dataDate)}）`,
    blocks,
    charts,
    signature: [`${input.court.name}审判管理办公室`, chineseDate(input.dataDate)],
    sheets: sheets(input, suggestions),
    headline: {
      filed: n(input.total.filed),
      closed: n(input.total.closed),
      pendingEnd: n(input.total.pending_end),
      weak: weakCount,
    },
  };
}
