/**
 * 案件权重 (case weights): how much work a case of a type code (代字) and procedure (审理程序) counts
 * for, relative to a 民初 case heard under the 普通程序 (1.0). Weighted counts make judges who hear
 * different mixes of cases comparable (收案、结案、未结 by weight).
 *
 * Basis: the SPC asks that judges' performance be measured mainly by quantity with weighted
 * calculation (最高人民法院《关于深化司法责任制综合配套改革的实施意见》, 法发〔2020〕26号: 法官绩效考核
 * "采取量化为主的方式，采用加权测算等计算方法，合理设置权重比例"; 《关于加强和完善法官考核工作的指导意见》,
 * 2021-10-12 印发, 2022-01-01 施行: 办案数量 by case weight). Neither publishes a national table of
 * weights: each court (or province) fixes its own. The defaults below are therefore this court's
 * practice (本院实践), ordered as the literature orders them (普通 > 简易 > 小额 > 速裁; 执行实施 and
 * 非诉 lighter than trials) — the office changes them in the settings (setting `workload_weights`).
 */
import { PROCEDURES } from "../case/procedure.js";

/** Any procedure (the row applies to every procedure of its type code without a row of its own). */
export const ANY_PROCEDURE = "*";

export interface WeightRow {
  /** 案件类型代字: 民初, 刑初, 执, 执异 … */
  typeCode: string;
  /** 审理程序 (普通程序 …) or "*" for any. */
  procedure: string;
  /** Relative weight, > 0, at most two decimals (民初 普通程序 = 1.0). */
  weight: number;
  /** Where the figure comes from (本院实践, or the document that gives it). */
  basis: string;
}

export interface WorkloadWeights {
  rows: WeightRow[];
  /** Weight of a case whose type code has no row. */
  otherWeight: number;
}

const LOCAL = "本院实践";

/** The defaults (本院实践; see the module comment and docs/assessment.md). */
export const DEFAULT_WORKLOAD_WEIGHTS: WorkloadWeights = {
  otherWeight: 1,
  rows: [
    { typeCode: "民初", procedure: "普通程序", weight: 1, basis: `${LOCAL}（基准）` },
    { typeCode: "民初", procedure: "简易程序", weight: 0.6, basis: LOCAL },
    { typeCode: "民初", procedure: "小额诉讼程序", weight: 0.4, basis: LOCAL },
    { typeCode: "民初", procedure: "速裁程序", weight: 0.3, basis: LOCAL },
    { typeCode: "民初", procedure: ANY_PROCEDURE, weight: 0.6, basis: LOCAL },
    { typeCode: "民特", procedure: ANY_PROCEDURE, weight: 0.3, basis: LOCAL },
    { typeCode: "民督", procedure: ANY_PROCEDURE, weight: 0.2, basis: LOCAL },
    { typeCode: "民催", procedure: ANY_PROCEDURE, weight: 0.2, basis: LOCAL },
    { typeCode: "民终", procedure: ANY_PROCEDURE, weight: 1.2, basis: LOCAL },
    { typeCode: "民再", procedure: ANY_PROCEDURE, weight: 1.5, basis: LOCAL },
    { typeCode: "刑初", procedure: "普通程序", weight: 1.2, basis: LOCAL },
    { typeCode: "刑初", procedure: "简易程序", weight: 0.5, basis: LOCAL },
    { typeCode: "刑初", procedure: "速裁程序", weight: 0.3, basis: LOCAL },
    { typeCode: "刑初", procedure: ANY_PROCEDURE, weight: 0.8, basis: LOCAL },
    { typeCode: "刑终", procedure: ANY_PROCEDURE, weight: 1.2, basis: LOCAL },
    { typeCode: "行初", procedure: "普通程序", weight: 1.5, basis: LOCAL },
    { typeCode: "行初", procedure: "简易程序", weight: 0.8, basis: LOCAL },
    { typeCode: "行初", procedure: ANY_PROCEDURE, weight: 1.2, basis: LOCAL },
    { typeCode: "行审", procedure: ANY_PROCEDURE, weight: 0.3, basis: LOCAL },
    { typeCode: "执", procedure: ANY_PROCEDURE, weight: 0.4, basis: LOCAL },
    { typeCode: "执恢", procedure: ANY_PROCEDURE, weight: 0.4, basis: LOCAL },
    { typeCode: "执保", procedure: ANY_PROCEDURE, weight: 0.1, basis: LOCAL },
    { typeCode: "执异", procedure: ANY_PROCEDURE, weight: 0.5, basis: LOCAL },
    { typeCode: "执复", procedure: ANY_PROCEDURE, weight: 0.5, basis: LOCAL },
  ],
};

/** A weight as whole hundredths (the arithmetic is done in them, so sums are exact). */
export function hundredths(weight: number): number {
  return Math.round(weight * 100);
}

/**
 * The weight of a case, in hundredths: the row of its type code and procedure; else its type
 * code's "*" row; else the weight of other cases.
 */
export function weightHundredthsOf(weights: WorkloadWeights, typeCode: string, procedure: string): number {
  let any: WeightRow | undefined;
  for (const r of weights.rows) {
    if (r.typeCode !== typeCode) continue;
    if (r.procedure === procedure) return hundredths(r.weight);
    if (r.procedure === ANY_PROCEDURE) any = r;
  }
  return hundredths(any ? any.weight : weights.otherWeight);
}

export function weightOf(weights: WorkloadWeights, typeCode: string, procedure: string): number {
  return weightHundredthsOf(weights, typeCode, procedure) / 100;
}

export type WeightsProblem = { field: string; message: string };

/** Weights accepted: more than 0, at most 10, at most two decimals. */
function weightProblem(v: unknown): string | undefined {
  if (typeof v !== "number" || !Number.isFinite(v)) return "应为数字";
  if (v <= 0 || v > 10) return "应大于 0 且不超过 10";
  if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-9) return "最多两位小数";
  return undefined;
}

/**
 * Checks weights as edited (an object with `rows` and `otherWeight`); a problem names the row
 * (第 n 行, with its type code and procedure), the field and the value, in Chinese.
 */
export function checkWorkloadWeights(raw: unknown): { weights: WorkloadWeights } | WeightsProblem {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { field: "workload_weights", message: "案件权重设置应为对象" };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (k !== "rows" && k !== "otherWeight") return { field: k, message: `未知的案件权重设置项“${k}”` };
  const other = r.otherWeight ?? DEFAULT_WORKLOAD_WEIGHTS.otherWeight;
  const op = weightProblem(other);
  if (op) return { field: "otherWeight", message: `其他案件的权重${op}，当前为 ${JSON.stringify(other)}` };
  if (!Array.isArray(r.rows)) return { field: "rows", message: "案件权重表应为数组" };
  const rows: WeightRow[] = [];
  const seen = new Map<string, number>();
  for (const [i, x] of r.rows.entries()) {
    const n = i + 1;
    const e = (typeof x === "object" && x !== null ? x : {}) as Record<string, unknown>;
    const typeCode = typeof e.typeCode === "string" ? e.typeCode.trim() : "";
    const procedure = typeof e.procedure === "string" && e.procedure.trim() ? e.procedure.trim() : "";
    const label = `第 ${n} 行（${typeCode || "未填代字"} ${procedure === ANY_PROCEDURE ? "任何程序" : procedure || "未填程序"}）`;
    if (!typeCode || typeCode.length > 10)
      return { field: `rows[${i}].typeCode`, message: `${label}：案件类型代字应为 1 至 10 个字` };
    if (procedure !== ANY_PROCEDURE && !(PROCEDURES as readonly string[]).includes(procedure))
      return {
        field: `rows[${i}].procedure`,
        message: `${label}：审理程序应为“*”（任何程序）或 ${PROCEDURES.join("、")} 之一，当前为 ${JSON.stringify(e.procedure ?? "")}`,
      };
    const wp = weightProblem(e.weight);
    if (wp)
      return {
        field: `rows[${i}].weight`,
        message: `${label}：权重${wp}，当前为 ${JSON.stringify(e.weight ?? "")}`,
      };
    const key = `${typeCode}|${procedure}`;
    const before = seen.get(key);
    if (before !== undefined)
      return {
        field: `rows[${i}]`,
        message: `${label}：与第 ${before} 行重复（同一代字和程序只能有一个权重）`,
      };
    seen.set(key, n);
    const basis = typeof e.basis === "string" && e.basis.trim() ? e.basis.trim().slice(0, 200) : LOCAL;
    rows.push({ typeCode, procedure, weight: e.weight as number, basis });
  }
  return { weights: { rows, otherWeight: other as number } };
}

/** The weights from the stored setting (absent: the defaults). */
export function parseWorkloadWeights(
  json: string | undefined,
): { weights: WorkloadWeights } | WeightsProblem {
  if (json === undefined || json.trim() === "") return { weights: DEFAULT_WORKLOAD_WEIGHTS };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { field: "workload_weights", message: "案件权重设置不是有效的 JSON" };
  }
  return checkWorkloadWeights(raw);
}
