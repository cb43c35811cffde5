/**
 * The words of the monthly bulletin: its title, its five sections (一、总体情况 … 五、工作要求) and
 * its tables, as a document model — blocks of headings, paragraphs and tables — that a writer lays
 * out (src/io/bulletin-docx.ts: 党政机关公文格式, GB/T 9704). Long lists are cut at
 * DOCX_LIST_LIMIT rows; the workbook (附件) has them all.
 */
import { RULE_IDS } from "../alerts/index.js";
import { changeText, chineseDate, chineseMonth, daysLeftText } from "./dates.js";
import {
  type BulletinData,
  CONCEALED_CASES_KEY,
  CONCEALED_RULES,
  type Counts,
  countOf,
  HEADLINES,
  issuerOf,
  LONG_PENDING_BUCKETS,
  type LongPendingCase,
  NARRATIVE_APPROACH_RUNGS,
  RUNG_NAMES,
  type TimeLimitCase,
  unitOf,
} from "./model.js";

/** At most this many rows in a list table of the document. */
export const DOCX_LIST_LIMIT = 200;

export type Block =
  | { kind: "h1" | "h2" | "para"; text: string }
  | {
      kind: "table";
      headers: string[];
      rows: string[][];
      /** Relative column widths. */
      shares: number[];
      align?: ("left" | "center")[];
      /** The last row is a total (set in bold). */
      totalRow?: boolean;
    }
  /** An empty line after a table. */
  | { kind: "gap" };

export interface BulletinDocument {
  title: string;
  subtitle: string;
  body: Block[];
  /** The signature lines, right-aligned: the office, the date. */
  signature: [string, string];
}

const h1 = (text: string): Block => ({ kind: "h1", text });
const h2 = (text: string): Block => ({ kind: "h2", text });
const para = (text: string): Block => ({ kind: "para", text });
const gap = (): Block => ({ kind: "gap" });
function table(
  headers: string[],
  rows: string[][],
  shares: number[],
  align?: ("left" | "center")[],
  options: { totalRow?: boolean } = {},
): Block {
  return { kind: "table", headers, rows, shares, align, totalRow: options.totalRow };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const CN_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
function ordinal(i: number): string {
  if (i < 10) return CN_ORDINALS[i] as string;
  if (i < 20) return `十${i === 10 ? "" : CN_ORDINALS[i - 10]}`;
  return String(i + 1);
}

function headline(id: (typeof HEADLINES)[number]["id"]): readonly string[] {
  return (HEADLINES.find((h) => h.id === id) as (typeof HEADLINES)[number]).keys;
}

function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : `${(v * 100).toFixed(2)}%`;
}

function days(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : `${v.toFixed(1)} 天`;
}

// ── sections ────────────────────────────────────────────────────────────────

function overview(data: BulletinData): Block[] {
  const now = data.thisMonth.total;
  const before = data.lastMonth.total;
  const n = (c: Counts, id: (typeof HEADLINES)[number]["id"]) => countOf(c, headline(id));
  const cmp = (id: (typeof HEADLINES)[number]["id"]) => changeText(n(now, id), n(before, id));
  const asOf = chineseDate(data.asOf);
  const out: Block[] = [h1("一、总体情况")];

  out.push(
    para(
      `截至${asOf}，${unitOf(data)}超审限未结案件 ${n(now, "overdue")} 件，${cmp("overdue")}；` +
        `审限临近届满案件 ${n(now, "due")} 件（其中5日内届满 ${countOf(now, [RULE_IDS.dueCritical])} 件），${cmp("due")}；` +
        `审限已过三分之二的案件 ${n(now, "two-thirds")} 件，${cmp("two-thirds")}。`,
    ),
  );
  const rungs = LONG_PENDING_BUCKETS.map((b) => `满${RUNG_NAMES[b.months]} ${countOf(now, [b.key])} 件`).join(
    "、",
  );
  out.push(
    para(
      `长期未结案件（立案满六个月以上未结）${n(now, "long-pending")} 件，${cmp("long-pending")}，其中${rungs}；` +
        `满一年以上 ${n(now, "long-pending-12m")} 件，${cmp("long-pending-12m")}。` +
        `另有 ${n(now, "approaching")} 件将在30日内达到长期未结节点，${cmp("approaching")}。`,
    ),
  );
  out.push(
    para(
      `月末未结和本月审结的案件中，系统筛查出隐形超审限线索 ${n(now, "concealed")} 条，涉及案件 ${countOf(now, [CONCEALED_CASES_KEY])} 件，` +
        `${changeText(n(now, "concealed"), n(before, "concealed"), "条")}。`,
    ),
  );
  const f = data.indicators.court;
  const count = (id: string) =>
    f[id]?.value === null || f[id]?.value === undefined ? "—" : String(f[id]?.value);
  out.push(
    para(
      `${chineseMonth(data.month)}，${unitOf(data)}新收案件 ${count("filed")} 件，结案 ${count("closed")} 件，` +
        `结收比 ${percent(f.clearance_rate?.value)}，法定审限内结案率 ${percent(f.on_time_rate?.value)}，` +
        `平均审理天数 ${days(f.avg_duration_days?.value)}。各部门情况如下（较上月为与${chineseDate(data.previous.asOf)}相比）：`,
    ),
  );
  const cols: (typeof HEADLINES)[number]["id"][] = ["overdue", "due", "long-pending", "long-pending-12m"];
  const row = (label: string, a: Counts | undefined, b: Counts | undefined) => [
    label,
    ...cols.flatMap((id) => {
      const x = countOf(a, headline(id));
      const y = countOf(b, headline(id));
      return [String(x), signed(x - y)];
    }),
  ];
  out.push(
    table(
      [
        "承办部门",
        "超审限未结",
        "较上月",
        "临近届满",
        "较上月",
        "长期未结",
        "较上月",
        "满一年以上",
        "较上月",
      ],
      [
        ...data.divisions.map((d) => row(d, data.thisMonth.byDivision[d], data.lastMonth.byDivision[d])),
        row(`${unitOf(data)}合计`, now, before),
      ],
      [3.2, 1.2, 1, 1.2, 1, 1.2, 1, 1.2, 1],
      ["left"],
      { totalRow: true },
    ),
    gap(),
  );
  return out;
}

function approaching(data: BulletinData): Block[] {
  const out: Block[] = [h1("二、临近各节点的案件")];
  const wanted = new Set<number>(NARRATIVE_APPROACH_RUNGS);
  const cases = data.longPending.filter((c) => c.kind === "approaching" && wanted.has(c.months));
  const asOf = chineseDate(data.asOf);
  const rungNames = NARRATIVE_APPROACH_RUNGS.map((m) => RUNG_NAMES[m]).join("、");
  if (cases.length === 0) {
    out.push(
      para(
        `截至${asOf}，${unitOf(data)}没有将在30日内立案满${rungNames.replace(/、(?=[^、]*$)/, "或")}的未结案件。`,
      ),
    );
    return out;
  }
  const per = NARRATIVE_APPROACH_RUNGS.map(
    (m) => `${RUNG_NAMES[m]} ${cases.filter((c) => c.months === m).length} 件`,
  ).join("、");
  out.push(
    para(
      `截至${asOf}，${unitOf(data)}有 ${cases.length} 件未结案件将在30日内立案满${rungNames.replace(/、(?=[^、]*$)/, "或")}（临近${per}），` +
        "按承办部门、承办人列明如下，请各部门督促承办人合理安排，力争在节点前审结：",
    ),
  );
  const others = data.longPending.filter((c) => c.kind === "approaching" && !wanted.has(c.months)).length;
  if (others > 0) {
    out.push(para(`另有 ${others} 件将在30日内立案满一年半，见附件明细表“长期未结”工作表。`));
  }
  const byDivision = groupBy(cases, (c) => c.division);
  let shown = 0;
  [...byDivision.entries()].forEach(([division, list], i) => {
    if (shown >= DOCX_LIST_LIMIT) return;
    const sorted = [...list].sort(
      (a, b) =>
        a.judge.localeCompare(b.judge, "zh-CN") ||
        a.milestoneOn.localeCompare(b.milestoneOn) ||
        a.caseNumber.localeCompare(b.caseNumber, "zh-CN"),
    );
    const take = sorted.slice(0, DOCX_LIST_LIMIT - shown);
    shown += take.length;
    const judges = groupBy(sorted, (c) => c.judge);
    const whom = [...judges.entries()].map(([j, l]) => `${j} ${l.length} 件`).join("、");
    out.push(h2(`（${ordinal(i)}）${division}（${list.length} 件：${whom}）`));
    out.push(
      table(
        ["案号", "承办人", "立案日期", "将届满节点", "届满日期"],
        take.map((c: LongPendingCase) => [
          c.caseNumber,
          c.judge,
          c.filedOn ? chineseDate(c.filedOn) : "",
          `立案满${RUNG_NAMES[c.months]}`,
          c.milestoneOn ? chineseDate(c.milestoneOn) : "",
        ]),
        [3.4, 1.2, 1.9, 1.6, 1.9],
      ),
      gap(),
    );
  });
  if (shown < cases.length) {
    out.push(para(`以上列出 ${shown} 件，其余 ${cases.length - shown} 件见附件明细表“长期未结”工作表。`));
  }
  return out;
}

function overdue(data: BulletinData): Block[] {
  const out: Block[] = [h1("三、超审限案件")];
  const asOf = chineseDate(data.asOf);
  // Divisions in the bulletin's order (the court's own), the longest overdue first within each.
  const rank = new Map(data.divisions.map((d, i) => [d, i]));
  const list = data.timeLimit
    .filter((c) => c.ruleId === RULE_IDS.overdue)
    .sort(
      (a, b) =>
        (rank.get(a.division) ?? rank.size) - (rank.get(b.division) ?? rank.size) ||
        a.division.localeCompare(b.division, "zh-CN") ||
        a.daysLeft - b.daysLeft ||
        a.caseNumber.localeCompare(b.caseNumber, "zh-CN"),
    );
  const before = countOf(data.lastMonth.total, [RULE_IDS.overdue]);
  const critical = countOf(data.thisMonth.total, [RULE_IDS.dueCritical]);
  const soon = countOf(data.thisMonth.total, [RULE_IDS.dueSoon]);
  const tail = `另有 ${critical} 件审限将在5日内届满、${soon} 件审限即将届满，详见附件明细表“审限预警”工作表。`;
  if (list.length === 0) {
    out.push(para(`截至${asOf}，${unitOf(data)}没有超审限未结案件（上月 ${before} 件）。${tail}`));
    return out;
  }
  const per = [...groupBy(list, (c) => c.division).entries()]
    .map(([d, l]) => `${d} ${l.length} 件`)
    .join("、");
  out.push(
    para(
      `截至${asOf}，${unitOf(data)}超审限未结案件 ${list.length} 件，${changeText(list.length, before)}，其中${per}。具体如下：`,
    ),
  );
  const take = list.slice(0, DOCX_LIST_LIMIT);
  out.push(
    table(
      ["案号", "部门", "承办人", "届满日", "超期天数"],
      take.map((c: TimeLimitCase) => [
        c.caseNumber,
        c.division,
        c.judge,
        c.deadline ? chineseDate(c.deadline) : "",
        daysLeftText(c.daysLeft),
      ]),
      [3.3, 2.1, 1.2, 1.9, 1.5],
    ),
    gap(),
  );
  if (take.length < list.length) {
    out.push(
      para(`以上列出超期时间最长的 ${take.length} 件，其余 ${list.length - take.length} 件见附件明细表。`),
    );
  }
  out.push(para(tail));
  return out;
}

function concealed(data: BulletinData): Block[] {
  const out: Block[] = [h1("四、隐形超审限线索")];
  const now = data.thisMonth.total;
  const before = data.lastMonth.total;
  const rules = CONCEALED_RULES.filter((r) => countOf(now, [r.ruleId]) + countOf(before, [r.ruleId]) > 0);
  const total = countOf(now, headline("concealed"));
  if (total === 0) {
    out.push(
      para(
        `截至${chineseDate(data.asOf)}，月末未结和本月审结的案件中未筛查出隐形超审限线索（上月 ${countOf(before, headline("concealed"))} 条）。`,
      ),
    );
    return out;
  }
  out.push(
    para(
      `经系统筛查，截至${chineseDate(data.asOf)}，月末未结和本月审结的案件中共有隐形超审限线索 ${total} 条，涉及案件 ${countOf(now, [CONCEALED_CASES_KEY])} 件。` +
        "此类案件形式上未超审限，但实际审理时间已被延长审限、扣除或中止期间、程序转换、撤诉后再立案等掩盖，需逐案核查。按线索类型统计如下：",
    ),
  );
  out.push(
    table(
      ["线索类型", "本月（条）", "上月（条）", "增减"],
      [
        ...rules.map((r) => {
          const a = countOf(now, [r.ruleId]);
          const b = countOf(before, [r.ruleId]);
          return [r.name, String(a), String(b), signed(a - b)];
        }),
        [
          "合计",
          String(total),
          String(countOf(before, headline("concealed"))),
          signed(total - countOf(before, headline("concealed"))),
        ],
      ],
      [4.6, 1.5, 1.5, 1.2],
      ["left"],
      { totalRow: true },
    ),
    gap(),
  );
  if (data.topConcealed.length > 0) {
    out.push(para(`线索较严重、较集中的案件（前 ${data.topConcealed.length} 件）：`));
    out.push(
      table(
        ["案号", "部门", "承办人", "线索", "情况"],
        data.topConcealed.map((t) => {
          const titles = [...new Set(t.findings.map((f) => f.title))].join("、");
          const first = t.findings[0];
          return [t.caseNumber, t.division, t.judge, titles, first ? first.reason : ""];
        }),
        [2.6, 1.7, 1, 2.2, 3.5],
        ["center", "center", "center", "left", "left"],
      ),
      gap(),
    );
  }
  return out;
}

const REQUIREMENTS = [
  "（一）对超审限未结案件，各部门要逐案过堂，查明超期原因，明确结案时间，限期清结，并于下月5日前将清理情况书面报审判管理办公室。",
  "（二）对审限临近届满和临近长期未结节点的案件，承办人要合理安排庭审和文书制作；确需延长审限的，应在审限届满15日前依法提出申请，不得超期后补办手续。",
  "（三）对立案满一年以上的长期未结案件，庭长要逐案督办，建立台账，实行销号管理；满二年、三年的案件由分管院领导包案督办。",
  "（四）对隐形超审限线索，相关部门要逐案核查延长、扣除、中止审限及程序转换是否依法审批、如实登记，不得以不当扣除审限等方式规避审限监管。",
  "（五）审判管理办公室将持续跟踪清理进度，按月通报。",
];

function requirements(n: string): Block[] {
  return [h1(`${n}、工作要求`), ...REQUIREMENTS.map((t) => para(t))];
}

/** Does the month have any 督办 to report? */
export function hasOrders(data: BulletinData): boolean {
  const t = data.orders.total;
  return t.issued + t.answered + t.overdue + t.closed > 0;
}

/** 五、督办情况: the 督办单 of the month, by division (only when there are any). */
function supervision(data: BulletinData): Block[] {
  const t = data.orders.total;
  const rows = data.orders.byDivision.map((d) => [
    d.division,
    String(d.counts.issued),
    String(d.counts.answered),
    String(d.counts.overdue),
    String(d.counts.closed),
  ]);
  rows.push([
    `${unitOf(data)}合计`,
    String(t.issued),
    String(t.answered),
    String(t.overdue),
    String(t.closed),
  ]);
  return [
    h1("五、督办情况"),
    para(
      `本月共发起督办 ${t.issued} 件，承办人答复 ${t.answered} 件，逾期未答复 ${t.overdue} 件（已报庭长督促），销号 ${t.closed} 件。` +
        "逾期未答复的督办单按本院规定报庭长、分管院领导督促。",
    ),
    table(
      ["承办部门", "发起督办", "已答复", "逾期未答复", "已销号"],
      rows,
      [4, 2, 2, 2, 2],
      ["left", "center", "center", "center", "center"],
      { totalRow: true },
    ),
    gap(),
  ];
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** The document's title: "<court> <2024年6月>审限与长期未结案件通报". */
export function bulletinTitle(data: BulletinData): string {
  return `${issuerOf(data)} ${chineseMonth(data.month)}审限与长期未结案件通报`;
}

/** The whole document. */
export function bulletinDocument(data: BulletinData): BulletinDocument {
  const asOf = chineseDate(data.asOf);
  return {
    title: bulletinTitle(data),
    subtitle: `（统计截至${asOf}）`,
    body: [
      para(
        `为加强审限管理，及时清理超审限和长期未结案件，现将截至${asOf}${unitOf(data)}审限与长期未结案件情况通报如下。` +
          `本通报数据按截至该日的立案、结案和审限变更记录计算，上月数据截至${chineseDate(data.previous.asOf)}。`,
      ),
      ...overview(data),
      ...approaching(data),
      ...overdue(data),
      ...concealed(data),
      ...(hasOrders(data) ? supervision(data) : []),
      ...requirements(hasOrders(data) ? "六" : "五"),
      para(`附件：${issuerOf(data)}${chineseMonth(data.month)}审限与长期未结案件明细表（Excel）`),
    ],
    signature: [`${data.court.name}审判管理办公室`, chineseDate(data.generatedOn)],
  };
}
