/**
 * An assessment scheme (考核办法): which indicators count, with what weight, and how a value becomes
 * points — `range` (区间达标), `target` (线性得分), `relative` (比例得分), `deduct` (扣分). The format
 * and every formula are in docs/assessment.md. The plan behind it: "年初制定审判质效考核办法 …
 * 将调解率等纳入考核范围，对劣势指标加大考核比重".
 *
 * `validateScheme` checks a scheme given as data (a file, a request body) against the indicator
 * catalogue and names every fault by item and field, in Chinese; nothing is scored from a scheme
 * with a fault.
 */

export const SCORING_METHODS = ["range", "target", "relative", "deduct"] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const METHOD_NAMES: Record<ScoringMethod, string> = {
  range: "区间达标",
  target: "线性得分",
  relative: "比例得分",
  deduct: "扣分",
};

/** The parameters of each method, with their Chinese names (errors, the scheme sheet, the editor). */
export const PARAMETER_NAMES: Record<string, string> = {
  min: "下限",
  max: "上限",
  step: "扣分档距",
  penalty: "每档扣分",
  target: "目标值",
  floor: "零分线",
  points: "每件扣分",
};

export interface SchemeItem {
  /** An indicator id of the catalogue. */
  indicator: string;
  /** > 0; the item's full points. */
  weight: number;
  method: ScoringMethod;
  /** range: bounds (at least one), the step (> 0) and the penalty per step (≥ 0). */
  min?: number;
  max?: number;
  step?: number;
  penalty?: number;
  /** target: the value that earns full points and the value that earns none (≠ target). */
  target?: number;
  floor?: number;
  /** deduct: points taken off per counted case (≥ 0). */
  points?: number;
  /** Why the item is in the scheme with this weight (Chinese, shown beside it). */
  note?: string;
}

export interface Scheme {
  name: string;
  version: string;
  items: SchemeItem[];
}

/** What scoring needs to know of an indicator. */
export interface IndicatorBrief {
  id: string;
  name: string;
  unit: "件" | "%" | "天" | "元" | "比";
  direction: "higher" | "lower" | "neutral";
}

export type IndicatorLookup = (id: string) => IndicatorBrief | undefined;

/** A fault of a scheme: the item (1-based; null for the scheme itself), the field, the sentence. */
export interface SchemeError {
  index: number | null;
  indicator?: string;
  field: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Every fault of `input` as a scheme (empty when it is one). */
export function validateScheme(input: unknown, lookup: IndicatorLookup): SchemeError[] {
  const errors: SchemeError[] = [];
  if (!isObject(input)) {
    return [{ index: null, field: "scheme", message: "考核办法应为一个对象（含名称、版本和考核项目）" }];
  }
  if (typeof input.name !== "string" || input.name.trim() === "")
    errors.push({ index: null, field: "name", message: "考核办法缺少名称" });
  if (typeof input.version !== "string" || input.version.trim() === "")
    errors.push({ index: null, field: "version", message: "考核办法缺少版本号" });
  if (!Array.isArray(input.items) || input.items.length === 0) {
    errors.push({ index: null, field: "items", message: "考核办法至少应有一个考核项目" });
    return errors;
  }
  const seen = new Map<string, number>();
  input.items.forEach((raw: unknown, i: number) => {
    const index = i + 1;
    if (!isObject(raw)) {
      errors.push({ index, field: "item", message: `第 ${index} 项：应为一个考核项目对象` });
      return;
    }
    const id = typeof raw.indicator === "string" ? raw.indicator : "";
    const label = id ? `第 ${index} 项（${id}）` : `第 ${index} 项`;
    const fault = (field: string, what: string) =>
      errors.push({ index, ...(id ? { indicator: id } : {}), field, message: `${label}：${what}` });
    const param = (field: string) => `${field}（${PARAMETER_NAMES[field] ?? field}）`;

    const def = id ? lookup(id) : undefined;
    if (!id) fault("indicator", "缺少指标");
    else if (!def) fault("indicator", `未知的指标 ${id}`);
    else if (seen.has(id)) fault("indicator", `指标与第 ${seen.get(id)} 项重复`);
    if (id && !seen.has(id)) seen.set(id, index);

    if (raw.weight === undefined || raw.weight === null) fault("weight", "缺少权重 weight");
    else if (!isNum(raw.weight)) fault("weight", `权重 weight 应为数字，实为 ${JSON.stringify(raw.weight)}`);
    else if (raw.weight <= 0) fault("weight", `权重 weight 应大于 0，实为 ${raw.weight}`);

    const method = raw.method;
    if (method === undefined || method === null || method === "") {
      fault("method", "缺少计分方法 method");
      return;
    }
    if (typeof method !== "string" || !(SCORING_METHODS as readonly string[]).includes(method)) {
      fault(
        "method",
        `未知的计分方法 ${JSON.stringify(method)}（可用：range 区间达标、target 线性得分、relative 比例得分、deduct 扣分）`,
      );
      return;
    }
    /** A required number; reports it missing or not a number. */
    const need = (field: string): number | undefined => {
      const v = raw[field];
      if (v === undefined || v === null) {
        fault(field, `缺少参数 ${param(field)}`);
        return undefined;
      }
      if (!isNum(v)) {
        fault(field, `参数 ${param(field)} 应为数字，实为 ${JSON.stringify(v)}`);
        return undefined;
      }
      return v;
    };
    /** An optional number. */
    const may = (field: string): number | undefined => {
      const v = raw[field];
      if (v === undefined || v === null) return undefined;
      if (!isNum(v)) {
        fault(field, `参数 ${param(field)} 应为数字，实为 ${JSON.stringify(v)}`);
        return undefined;
      }
      return v;
    };

    switch (method as ScoringMethod) {
      case "range": {
        const hasMin = raw.min !== undefined && raw.min !== null;
        const hasMax = raw.max !== undefined && raw.max !== null;
        if (!hasMin && !hasMax) fault("min", `缺少参数 ${param("min")} 或 ${param("max")}（至少应有一个）`);
        const min = may("min");
        const max = may("max");
        if (min !== undefined && max !== undefined && min > max)
          fault("max", `上限 max（${max}）小于下限 min（${min}）`);
        const step = need("step");
        if (step !== undefined && step <= 0) fault("step", `参数 ${param("step")} 应大于 0，实为 ${step}`);
        const penalty = need("penalty");
        if (penalty !== undefined && penalty < 0)
          fault("penalty", `参数 ${param("penalty")} 不能为负数，实为 ${penalty}`);
        break;
      }
      case "target": {
        const target = need("target");
        const floor = need("floor");
        if (target !== undefined && floor !== undefined && target === floor)
          fault("floor", `零分线 floor 不能等于目标值 target（均为 ${target}）`);
        break;
      }
      case "relative":
        if (def && def.direction === "neutral")
          fault("method", `指标“${def.name}”无高低优劣之分，不能用比例得分（relative）`);
        break;
      case "deduct": {
        const points = need("points");
        if (points !== undefined && points < 0)
          fault("points", `参数 ${param("points")} 不能为负数，实为 ${points}`);
        if (def && def.unit !== "件")
          fault("method", `扣分（deduct）只用于件数类指标，“${def.name}”的单位是${def.unit}`);
        break;
      }
    }
    if (raw.note !== undefined && typeof raw.note !== "string") fault("note", "说明 note 应为文字");
  });
  return errors;
}

/**
 * The scheme, reduced to the fields its methods use (a valid input, see validateScheme): what is
 * stored and scored.
 */
export function normalizeScheme(input: {
  name: string;
  version: string;
  items: readonly Record<string, unknown>[];
}): Scheme {
  const pick = (raw: Record<string, unknown>, fields: string[]) => {
    const out: Record<string, number> = {};
    for (const f of fields) if (typeof raw[f] === "number") out[f] = raw[f] as number;
    return out;
  };
  const fieldsOf: Record<ScoringMethod, string[]> = {
    range: ["min", "max", "step", "penalty"],
    target: ["target", "floor"],
    relative: [],
    deduct: ["points"],
  };
  return {
    name: input.name.trim(),
    version: input.version.trim(),
    items: input.items.map((raw) => {
      const method = raw.method as ScoringMethod;
      const item: SchemeItem = {
        indicator: raw.indicator as string,
        weight: raw.weight as number,
        method,
        ...pick(raw, fieldsOf[method]),
      };
      if (typeof raw.note === "string" && raw.note.trim() !== "") item.note = raw.note.trim();
      return item;
    }),
  };
}

/** A stored scheme: one version, with the dates it is in force. */
export interface SchemeRecord extends Scheme {
  id: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  /** YYYY-MM-DD; null: until a later scheme takes effect. */
  effectiveTo: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The scheme in force on a day: the latest start on or before it, not ended before it. */
export function schemeInForce<T extends Pick<SchemeRecord, "id" | "effectiveFrom" | "effectiveTo">>(
  schemes: readonly T[],
  day: string,
): T | undefined {
  return schemes
    .filter((s) => s.effectiveFrom <= day && (s.effectiveTo === null || day <= s.effectiveTo))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.id - a.id)[0];
}
