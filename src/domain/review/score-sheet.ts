/**
 * 评查表 — the score sheet as data, and scoring a review with it.
 *
 * A sheet has sections (立案, 审理程序, 庭审规范, 裁判文书, 卷宗归档, 审限), each with items worth
 * points; an item lists the usual deductions (扣分项) with their points and severity — 瑕疵 (a
 * flaw) or 差错 (an error). A review records the problems found, each against an item, with the
 * points deducted (a listed deduction's points, or a number up to what the item is still worth).
 * The score is the sheet's total less the deductions; the class follows from the score by the
 * court's thresholds (settings), and any problem of severity 差错 puts the case in the lowest class
 * whatever its score.
 *
 * Sheets are versioned: a court defines its own by saving a new version; a finished review keeps
 * the version it was scored with. The default sheet and the thresholds are the office's local
 * practice (docs/review.md §3), after the provincial 案件质量评查 practice of scoring by sections of
 * the file; no national rule fixes the points.
 */

export type Severity = "flaw" | "error";

export const SEVERITY_LABELS: Record<Severity, string> = { flaw: "瑕疵", error: "差错" };

export interface Deduction {
  code: string;
  text: string;
  points: number;
  severity: Severity;
}

export interface SheetItem {
  code: string;
  text: string;
  points: number;
  deductions: readonly Deduction[];
}

export interface SheetSection {
  code: string;
  name: string;
  items: readonly SheetItem[];
}

export interface ScoreSheetContent {
  name: string;
  sections: readonly SheetSection[];
}

export interface ScoreSheet extends ScoreSheetContent {
  version: number;
}

/** Class schemes: 合格/瑕疵/差错 or 优秀/合格/基本合格/不合格, with score thresholds (settings). */
export type ClassScheme =
  | { kind: "defect"; qualified: number; flawed: number }
  | { kind: "grade"; excellent: number; qualified: number; basic: number };

export const DEFAULT_CLASS_SCHEME: ClassScheme = { kind: "defect", qualified: 90, flawed: 75 };

export const CLASS_LABELS = {
  defect: ["合格", "瑕疵", "差错"],
  grade: ["优秀", "合格", "基本合格", "不合格"],
} as const;

/** The lowest class of a scheme (差错 / 不合格): the 差错 count of the per-judge figures counts it. */
export function lowestClass(scheme: ClassScheme): string {
  return scheme.kind === "defect" ? "差错" : "不合格";
}

export function sheetTotal(sheet: ScoreSheetContent): number {
  return sheet.sections.reduce((s, sec) => s + sec.items.reduce((t, i) => t + i.points, 0), 0);
}

function item(
  code: string,
  text: string,
  points: number,
  deductions: [string, number, Severity][],
): SheetItem {
  return {
    code,
    text,
    points,
    deductions: deductions.map(([t, p, severity], i) => ({
      code: `${code}.${i + 1}`,
      text: t,
      points: p,
      severity,
    })),
  };
}

/** The office's default sheet (100 points). */
export const DEFAULT_SHEET: ScoreSheet = {
  name: "案件质量评查表（默认）",
  version: 1,
  sections: [
    {
      code: "filing",
      name: "立案",
      items: [
        item("filing.1", "立案审查、受理及案由确定准确", 6, [
          ["案由确定错误", 3, "flaw"],
          ["不符合受理条件而受理", 6, "error"],
        ]),
        item("filing.2", "诉讼费收取、缓减免及退费规范", 4, [["诉讼费计算或收取错误", 2, "flaw"]]),
      ],
    },
    {
      code: "procedure",
      name: "审理程序",
      items: [
        item("procedure.1", "送达、举证期限、回避告知等程序合法", 10, [
          ["送达不合法", 4, "flaw"],
          ["遗漏当事人或剥夺诉讼权利", 10, "error"],
        ]),
        item("procedure.2", "程序转换、中止、延长审限审批手续完备", 6, [["审批手续不全", 3, "flaw"]]),
        item("procedure.3", "证据审查、调查取证、鉴定程序规范", 6, [["证据审查不规范", 3, "flaw"]]),
      ],
    },
    {
      code: "hearing",
      name: "庭审规范",
      items: [
        item("hearing.1", "庭审程序完整，法庭调查、辩论、最后陈述规范", 8, [["庭审环节缺失", 4, "flaw"]]),
        item("hearing.2", "庭审笔录完整、签字齐全", 6, [["笔录缺漏或未签字", 3, "flaw"]]),
        item("hearing.3", "庭审作风、语言文明规范", 4, [["用语不规范", 2, "flaw"]]),
      ],
    },
    {
      code: "judgment",
      name: "裁判文书",
      items: [
        item("judgment.1", "事实认定清楚，证据确实充分", 12, [
          ["认定事实不清", 12, "error"],
          ["证据分析不充分", 4, "flaw"],
        ]),
        item("judgment.2", "适用法律正确，裁判结果适当", 12, [
          ["适用法律错误", 12, "error"],
          ["引用法条不完整", 3, "flaw"],
        ]),
        item("judgment.3", "说理充分，格式规范，文字无差错", 8, [
          ["说理不充分", 3, "flaw"],
          ["文字、数字、格式差错", 2, "flaw"],
        ]),
      ],
    },
    {
      code: "archive",
      name: "卷宗归档",
      items: [
        item("archive.1", "卷宗材料齐全、排列有序、装订规范", 6, [["材料缺失", 3, "flaw"]]),
        item("archive.2", "按期归档，电子卷宗同步生成", 4, [["未按期归档", 2, "flaw"]]),
      ],
    },
    {
      code: "time-limit",
      name: "审限",
      items: [
        item("time-limit.1", "在审限内结案，扣除、延长审限依法审批", 8, [
          ["超审限且未依法延长", 8, "error"],
          ["审限变更手续迟延", 3, "flaw"],
        ]),
      ],
    },
  ],
};

export interface SheetProblem {
  field: string;
  message: string;
}

/** Checks a sheet a court defines: codes unique, points whole and positive, deductions ≤ item. */
export function validateSheet(sheet: ScoreSheetContent): SheetProblem[] {
  const problems: SheetProblem[] = [];
  if (!sheet.name.trim()) problems.push({ field: "name", message: "评查表名称不能为空" });
  if (sheet.sections.length === 0)
    problems.push({ field: "sections", message: "评查表至少要有一个评查项目类别" });
  const codes = new Set<string>();
  sheet.sections.forEach((sec, si) => {
    if (!sec.name.trim())
      problems.push({ field: `sections[${si}].name`, message: `第 ${si + 1} 个类别没有名称` });
    if (sec.items.length === 0)
      problems.push({ field: `sections[${si}].items`, message: `类别“${sec.name}”没有评查项` });
    for (const it of sec.items) {
      if (codes.has(it.code)) problems.push({ field: "code", message: `评查项编号“${it.code}”重复` });
      codes.add(it.code);
      if (!Number.isInteger(it.points) || it.points < 1)
        problems.push({
          field: `${it.code}.points`,
          message: `评查项“${it.text}”的分值应为正整数（现为 ${it.points}）`,
        });
      for (const d of it.deductions) {
        if (codes.has(d.code)) problems.push({ field: "code", message: `扣分项编号“${d.code}”重复` });
        codes.add(d.code);
        if (!(d.points > 0) || d.points > it.points)
          problems.push({
            field: `${d.code}.points`,
            message: `扣分项“${d.text}”的扣分应大于 0 且不超过所属评查项分值 ${it.points}（现为 ${d.points}）`,
          });
      }
    }
  });
  return problems;
}

export interface Finding {
  itemCode: string;
  /** A listed deduction of the item, or absent for a free deduction. */
  deductionCode?: string | null;
  /** Points deducted (for a listed deduction: its points unless given). */
  points?: number | null;
  /** Severity of a free deduction (a listed one carries its own). */
  severity?: Severity | null;
  note: string;
}

export interface ScoredFinding {
  sectionCode: string;
  sectionName: string;
  itemCode: string;
  itemText: string;
  deductionCode: string | null;
  text: string;
  points: number;
  severity: Severity;
  note: string;
}

export interface ScoreResult {
  total: number;
  score: number;
  className: string;
  findings: ScoredFinding[];
  bySection: { code: string; name: string; points: number; deducted: number }[];
}

export function classify(scheme: ClassScheme, score: number, anyError: boolean): string {
  if (scheme.kind === "defect") {
    if (anyError || score < scheme.flawed) return "差错";
    return score >= scheme.qualified ? "合格" : "瑕疵";
  }
  if (anyError || score < scheme.basic) return "不合格";
  if (score >= scheme.excellent) return "优秀";
  return score >= scheme.qualified ? "合格" : "基本合格";
}

export function validateScheme(scheme: ClassScheme): string | null {
  const ok = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
  if (scheme.kind === "defect") {
    if (!ok(scheme.qualified) || !ok(scheme.flawed) || scheme.flawed > scheme.qualified)
      return `等次分数线应满足 0 ≤ 瑕疵线 ≤ 合格线 ≤ 100（现为 瑕疵 ${scheme.flawed}、合格 ${scheme.qualified}）`;
    return null;
  }
  if (
    ![scheme.excellent, scheme.qualified, scheme.basic].every(ok) ||
    !(scheme.basic <= scheme.qualified && scheme.qualified <= scheme.excellent)
  )
    return `等次分数线应满足 0 ≤ 基本合格线 ≤ 合格线 ≤ 优秀线 ≤ 100（现为 ${scheme.basic}、${scheme.qualified}、${scheme.excellent}）`;
  return null;
}

export class ScoringError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly value?: unknown,
  ) {
    super(message);
  }
}

/** Scores the findings on the sheet; a finding that does not fit the sheet throws ScoringError (Chinese). */
export function scoreReview(
  sheet: ScoreSheetContent,
  scheme: ClassScheme,
  findings: readonly Finding[],
): ScoreResult {
  const items = new Map<string, { sec: SheetSection; it: SheetItem }>();
  for (const sec of sheet.sections) for (const it of sec.items) items.set(it.code, { sec, it });
  const used = new Map<string, number>();
  const scored: ScoredFinding[] = findings.map((f, i) => {
    const row = `第 ${i + 1} 个问题`;
    const found = items.get(f.itemCode);
    if (!found)
      throw new ScoringError(
        `findings[${i}].itemCode`,
        `${row}：评查表中没有评查项“${f.itemCode}”`,
        f.itemCode,
      );
    const { sec, it } = found;
    const d = f.deductionCode ? it.deductions.find((x) => x.code === f.deductionCode) : undefined;
    if (f.deductionCode && !d)
      throw new ScoringError(
        `findings[${i}].deductionCode`,
        `${row}：评查项“${it.text}”没有扣分项“${f.deductionCode}”`,
        f.deductionCode,
      );
    const points = f.points ?? d?.points;
    if (
      points === undefined ||
      points === null ||
      !Number.isFinite(points) ||
      points <= 0 ||
      Math.round(points * 2) !== points * 2
    )
      throw new ScoringError(
        `findings[${i}].points`,
        `${row}：扣分应为大于 0 的数（以 0.5 分为单位），现为 ${points ?? "空"}`,
        points,
      );
    const sofar = (used.get(it.code) ?? 0) + points;
    if (sofar > it.points)
      throw new ScoringError(
        `findings[${i}].points`,
        `${row}：评查项“${it.text}”共扣 ${sofar} 分，超过该项分值 ${it.points} 分`,
        points,
      );
    used.set(it.code, sofar);
    if (!d && !f.note.trim()) throw new ScoringError(`findings[${i}].note`, `${row}：自定扣分须写明问题说明`);
    return {
      sectionCode: sec.code,
      sectionName: sec.name,
      itemCode: it.code,
      itemText: it.text,
      deductionCode: d?.code ?? null,
      text: d?.text ?? f.note.trim(),
      points,
      severity: d?.severity ?? f.severity ?? "flaw",
      note: f.note.trim(),
    };
  });
  const total = sheetTotal(sheet);
  const deducted = scored.reduce((s, f) => s + f.points, 0);
  const score = Math.max(0, total - deducted);
  const bySection = sheet.sections.map((sec) => ({
    code: sec.code,
    name: sec.name,
    points: sec.items.reduce((s, i) => s + i.points, 0),
    deducted: scored.filter((f) => f.sectionCode === sec.code).reduce((s, f) => s + f.points, 0),
  }));
  return {
    total,
    score,
    className: classify(
      scheme,
      score,
      scored.some((f) => f.severity === "error"),
    ),
    findings: scored,
    bySection,
  };
}
