/**
 * 评析会: a meeting on reversed or remanded cases where, for each case, the judge who tried it
 * assesses their own work (自评), the division's chief comments (讲评) and the court leader in charge
 * remarks (点评) — "原承办人自评、庭长讲评、分管领导点评" (local practice of 发改案件评析; the purpose,
 * unifying the measure of judgment, is that of 《最高人民法院关于统一法律适用加强类案检索的指导意见
 * （试行）》（法发〔2020〕24号）and 《人民法院组织法》第三十七条 (the 审判委员会 总结审判工作经验)).
 * An entry is 评析完毕 once all three are recorded.
 */

export const REVIEW_PARTS = ["self", "chief", "leader"] as const;
export type ReviewPart = (typeof REVIEW_PARTS)[number];

export const REVIEW_PART_NAMES: Record<ReviewPart, string> = {
  self: "原承办人自评",
  chief: "庭长讲评",
  leader: "分管领导点评",
};

export interface ReviewTexts {
  selfText: string | null;
  chiefText: string | null;
  leaderText: string | null;
}

export function reviewComplete(e: ReviewTexts): boolean {
  return Boolean(e.selfText?.trim() && e.chiefText?.trim() && e.leaderText?.trim());
}

/** The parts still to record, in the order the meeting takes them. */
export function missingParts(e: ReviewTexts): ReviewPart[] {
  const text: Record<ReviewPart, string | null> = {
    self: e.selfText,
    chief: e.chiefText,
    leader: e.leaderText,
  };
  return REVIEW_PARTS.filter((p) => !text[p]?.trim());
}

/** The shortest text accepted for each part. */
export const MIN_REVIEW_LENGTH = 5;
