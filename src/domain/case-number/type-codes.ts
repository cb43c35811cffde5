/**
 * 类型代字 (case-type codes) — the table of 《人民法院案件类型及其代字标准》 (2015, updated to 2018), as
 * reproduced in xy-daniel/autodeploy (see type-codes.data.ts for provenance; a seed list, not an
 * authority), plus codes observed in real case numbers but absent from the standard
 * (reference/deadlines.md §5.2).
 */
import type { CaseCategory, Instance } from "../case/category.js";
import type { Procedure } from "../case/procedure.js";
import { TYPE_CODE_ROWS } from "./type-codes.data.js";

export interface TypeCodeInfo {
  /** 类型代字, e.g. "民初". */
  readonly typeCode: string;
  /** Four-digit codes of the standard that use this 代字, e.g. ["0301"]; [] for observed-only codes. */
  readonly codes: readonly string[];
  /**
   * Type name, e.g. 民事一审案件. A 代字 shared by several rows of one family (民特, 民辖, 刑核, 破 …)
   * takes the family's group name (特别程序案件); one shared across families (认台, 台请送 …) joins
   * the row names with "、".
   */
  readonly name: string;
  readonly category: CaseCategory;
  readonly instance: Instance;
  /** The procedure the code fixes on its own; absent where the code does not fix it (民初, 刑初 …). */
  readonly defaultProcedure?: Procedure;
  /**
   * "standard": in the 2015/2018 standard. "observed": not in the 2015/2018 standard; observed in real
   * case numbers (reference/deadlines.md §5.2), normative basis unconfirmed.
   */
  readonly source: "standard" | "observed";
}

/**
 * Not in the 2015/2018 standard; observed in real case numbers (reference/deadlines.md §5.2), e.g.
 * "(2021)川0104民诉前调801号". Four characters, beyond the art. 7 limit of three.
 */
const OBSERVED_TYPE_CODES: readonly { typeCode: string; name: string; category: CaseCategory }[] = [
  { typeCode: "民诉前调", name: "诉前调解案件", category: "civil" },
];

/** Codes whose procedure follows from the code alone (the brief's table; not 民初/刑初/行初). */
const DEFAULT_PROCEDURES: Readonly<Record<string, Procedure>> = {
  民终: "第二审程序",
  民辖终: "第二审程序",
  刑终: "第二审程序",
  行终: "第二审程序",
  行赔终: "第二审程序",
  民特: "特别程序",
  民督: "督促程序",
  民催: "公示催告程序",
  民申: "再审审查",
  刑申: "再审审查",
  行申: "再审审查",
  民再: "再审",
  刑再: "再审",
  行再: "再审",
  执: "执行实施",
  执恢: "执行实施",
  执异: "执行审查",
  执复: "执行审查",
  执监: "执行审查",
};

const ENFORCEMENT = new Set(["执", "执恢", "执保"]);
const ENFORCEMENT_REVIEW = new Set(["执异", "执复", "执监", "执协", "执他"]);
const SPECIAL = new Set(["民特", "民督", "民催", "民保令"]);
/** 申 here means a petition opening a case (破产/强制清算申请审查), not a retrial application. */
const PETITIONS = new Set(["破申", "清申"]);

/**
 * 案件大类 from the four-digit code: 02 criminal, 03 civil, 04 administrative, 10 enforcement;
 * 01 (管辖) by the code's first character; 05 行赔* (administrative compensation) administrative;
 * everything else — 国家赔偿, 司法协助, 司法制裁, 非诉保全 (incl. 行保/行保复), 破产 — other.
 */
function categoryOf(code4: string, typeCode: string): CaseCategory {
  switch (code4.slice(0, 2)) {
    case "02":
      return "criminal";
    case "03":
      return "civil";
    case "04":
      return "administrative";
    case "10":
      return "enforcement";
    case "01":
      if (typeCode.startsWith("刑")) return "criminal";
      if (typeCode.startsWith("民")) return "civil";
      if (typeCode.startsWith("行")) return "administrative";
      return "other";
    case "05":
      return typeCode.startsWith("行赔") ? "administrative" : "other";
    default:
      return "other";
  }
}

/** 审级 from the 代字: exact enforcement and special codes first, then the code's last character. */
function instanceOf(typeCode: string): Instance {
  if (ENFORCEMENT.has(typeCode)) return "enforcement";
  if (ENFORCEMENT_REVIEW.has(typeCode)) return "enforcement-review";
  if (SPECIAL.has(typeCode)) return "special";
  if (PETITIONS.has(typeCode)) return "other";
  switch (typeCode.at(-1)) {
    case "初":
      return "first";
    case "终":
      return "second";
    case "再":
      return "retrial";
    case "申":
    case "监":
    case "抗":
      return "retrial-review";
    default:
      return "other";
  }
}

interface Row {
  code4: string;
  name: string;
  typeCode: string;
  /** Index of the group row (empty 代字) this row follows. */
  group: number;
}

let table: Map<string, TypeCodeInfo> | undefined;

function build(): Map<string, TypeCodeInfo> {
  const rows: Row[] = [];
  let group = -1;
  for (const line of TYPE_CODE_ROWS.split("\n")) {
    const [code4 = "", name = "", typeCode = ""] = line.split(",");
    if (typeCode === "") group = rows.length;
    rows.push({ code4, name, typeCode, group });
  }
  const byCode = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.typeCode === "") continue;
    const list = byCode.get(row.typeCode);
    if (list) list.push(row);
    else byCode.set(row.typeCode, [row]);
  }
  const map = new Map<string, TypeCodeInfo>();
  for (const [typeCode, list] of byCode) {
    const first = list[0]!;
    map.set(
      typeCode,
      Object.freeze({
        typeCode,
        codes: Object.freeze(list.map((r) => r.code4)),
        name: list.length === 1 ? first.name : sharedName(rows, list),
        category: categoryOf(first.code4, typeCode),
        instance: instanceOf(typeCode),
        ...(DEFAULT_PROCEDURES[typeCode] ? { defaultProcedure: DEFAULT_PROCEDURES[typeCode] } : {}),
        source: "standard" as const,
      }),
    );
  }
  for (const o of OBSERVED_TYPE_CODES) {
    map.set(
      o.typeCode,
      Object.freeze({
        typeCode: o.typeCode,
        codes: Object.freeze([]),
        name: o.name,
        category: o.category,
        instance: instanceOf(o.typeCode),
        source: "observed" as const,
      }),
    );
  }
  return map;
}

/**
 * Name of a 代字 used by several rows: the group's name when every coded row of the group belongs to
 * the code's family (民特 + 民特监 under 特别程序案件); otherwise the rows' own names joined.
 */
function sharedName(rows: readonly Row[], list: readonly Row[]): string {
  const first = list[0]!;
  const groupRow = rows[first.group];
  const sameGroup = list.every((r) => r.group === first.group);
  if (groupRow && sameGroup) {
    const members = rows.filter((r) => r.group === first.group && r.typeCode !== "");
    if (members.every((r) => r.typeCode.startsWith(first.typeCode))) return groupRow.name;
  }
  return list.map((r) => r.name).join("、");
}

function types(): Map<string, TypeCodeInfo> {
  table ??= build();
  return table;
}

/** The type code's entry, or undefined when the code is not in the table. */
export function lookupTypeCode(typeCode: string): TypeCodeInfo | undefined {
  return types().get(typeCode);
}

/** Every known type code, standard ones in the standard's order, then observed ones. */
export function allTypeCodes(): TypeCodeInfo[] {
  return [...types().values()];
}

/** Length in characters of the longest known type code (for scanners). */
export function maxTypeCodeLength(): number {
  if (maxLength === 0) for (const code of types().keys()) maxLength = Math.max(maxLength, code.length);
  return maxLength;
}

let maxLength = 0;
