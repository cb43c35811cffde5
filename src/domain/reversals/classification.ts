/**
 * 发改案件的分类: why the appellate court changed the judgment (发改原因) and whether the first
 * instance was at fault (责任认定), with the judge's objection (异议) and its decision.
 *
 * The reasons and the three grades of responsibility (差错 / 瑕疵 / 非差错) are the court's own
 * 发改案件评查 practice (local practice, not an SPC rule). One rule has a national basis:
 * 《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）第二十八条 lists cases in
 * which a judgment changed later is not held against the judge — among them 当事人放弃或者部分放弃
 * 权利主张的 (3), and 因出现新证据而改变裁判的 (5). So an entry whose reason is 新证据 or
 * 当事人和解/撤诉后改判 cannot be classified 差错.
 */

export interface ReversalReason {
  code: string;
  name: string;
  description: string;
  /** Responsibilities this reason rules out, with the basis. */
  excludes?: { responsibilities: readonly Responsibility[]; basis: string };
}

export const RESPONSIBILITIES = ["差错", "瑕疵", "非差错"] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

export const RESPONSIBILITY_DESCRIPTIONS: Record<Responsibility, string> = {
  差错: "一审在事实认定、法律适用或程序上确有错误，导致被改判或发回重审",
  瑕疵: "一审存在不当之处，但不足以单独导致改判或发回重审",
  非差错: "改判或发回重审并非一审承办人的过错（如二审出现新证据、当事人和解或撤诉、法律或政策调整）",
};

const NOT_ERROR_BASIS =
  "《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）第二十八条：因出现新证据而改变裁判的、当事人放弃或者部分放弃权利主张的，不得作为错案进行责任追究";

/** 发改原因, as data: the office may read them in the classification dialog. */
export const REVERSAL_REASONS: readonly ReversalReason[] = [
  { code: "facts", name: "事实认定", description: "一审认定事实不清、证据不足或认定错误" },
  { code: "law", name: "法律适用", description: "一审适用法律错误或裁判尺度与二审不一致" },
  { code: "procedure", name: "程序违法", description: "一审严重违反法定程序（如遗漏当事人、违法缺席判决）" },
  {
    code: "new-evidence",
    name: "新证据",
    description: "二审期间出现新的证据，改变了事实认定",
    excludes: { responsibilities: ["差错"], basis: NOT_ERROR_BASIS },
  },
  {
    code: "settlement",
    name: "当事人和解/撤诉后改判",
    description: "二审期间当事人和解、调解或撤回起诉，二审据此改判或发回",
    excludes: { responsibilities: ["差错"], basis: NOT_ERROR_BASIS },
  },
  { code: "other", name: "其他", description: "其他原因（请在说明中写明）" },
];

export const REASON_NAMES: readonly string[] = REVERSAL_REASONS.map((r) => r.name);

export function reasonByName(name: string): ReversalReason | undefined {
  return REVERSAL_REASONS.find((r) => r.name === name);
}

export function isResponsibility(v: string): v is Responsibility {
  return (RESPONSIBILITIES as readonly string[]).includes(v);
}

/** A problem with a classification: the field and the reason, in Chinese. */
export interface ClassificationProblem {
  field: "reason" | "responsibility" | "note";
  value: string;
  message: string;
}

/** The shortest note accepted where a note is required (其他; a 差错 or 瑕疵 finding). */
export const MIN_NOTE_LENGTH = 5;

/** Checks a classification; empty when it may be stored. */
export function checkClassification(input: {
  reason: string;
  responsibility: string;
  note: string;
}): ClassificationProblem[] {
  const problems: ClassificationProblem[] = [];
  const reason = reasonByName(input.reason);
  if (!reason)
    problems.push({
      field: "reason",
      value: input.reason,
      message: `发改原因“${input.reason}”不在可选范围内（${REASON_NAMES.join("、")}）`,
    });
  if (!isResponsibility(input.responsibility))
    problems.push({
      field: "responsibility",
      value: input.responsibility,
      message: `责任认定“${input.responsibility}”不在可选范围内（${RESPONSIBILITIES.join("、")}）`,
    });
  if (
    reason &&
    isResponsibility(input.responsibility) &&
    reason.excludes?.responsibilities.includes(input.responsibility)
  )
    problems.push({
      field: "responsibility",
      value: input.responsibility,
      message: `发改原因为“${reason.name}”的案件不能认定为“${input.responsibility}”。依据：${reason.excludes.basis}`,
    });
  const note = input.note.trim();
  if (reason?.code === "other" && note.length < MIN_NOTE_LENGTH)
    problems.push({
      field: "note",
      value: input.note,
      message: `发改原因为“其他”时，请在说明中写明原因（至少 ${MIN_NOTE_LENGTH} 个字）`,
    });
  else if (
    (input.responsibility === "差错" || input.responsibility === "瑕疵") &&
    note.length < MIN_NOTE_LENGTH
  )
    problems.push({
      field: "note",
      value: input.note,
      message: `认定为“${input.responsibility}”时，请在说明中写明具体问题（至少 ${MIN_NOTE_LENGTH} 个字），以便承办法官提出异议`,
    });
  return problems;
}

/** The state of an entry's classification. */
export type ClassificationState = "unclassified" | "classified" | "objected" | "decided";

export const CLASSIFICATION_STATE_NAMES: Record<ClassificationState, string> = {
  unclassified: "未分类",
  classified: "已分类",
  objected: "异议待处理",
  decided: "异议已处理",
};

export interface ClassificationFacts {
  classifiedAt: string | null;
  objectionAt: string | null;
  objectionDecidedAt: string | null;
}

export function classificationState(c: ClassificationFacts | null | undefined): ClassificationState {
  if (!c?.classifiedAt) return "unclassified";
  if (c.objectionDecidedAt) return "decided";
  if (c.objectionAt) return "objected";
  return "classified";
}

/** The shortest objection accepted. */
export const MIN_OBJECTION_LENGTH = 10;

/** Who decided an objection: the office itself, or the 审判委员会 (its decision cited by reference). */
export const OBJECTION_DECIDERS = ["审管办", "审判委员会"] as const;
export type ObjectionDecider = (typeof OBJECTION_DECIDERS)[number];

/** 异议成立 (the finding is changed) or 异议不成立 (the finding stands). */
export const OBJECTION_DECISIONS = ["成立", "不成立"] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];
