/**
 * 分管院领导: which court leader (院长, 副院长, 审委会专职委员) is in charge of each division. Stored
 * as the setting `division_leaders`, a JSON object from the division's name to the leader's 工号
 * (or the username of their account): {"民事审判第一庭": "Y002", "刑事审判庭": "Y003"}.
 */

export const DIVISION_LEADERS_SETTING = "division_leaders";

export type DivisionLeaders = Readonly<Record<string, string>>;

export class DivisionLeadersError extends Error {
  override readonly name = "DivisionLeadersError";
}

/**
 * Reads the setting's text; an absent or empty setting is no assignment. Throws
 * DivisionLeadersError (Chinese, naming the entry) for anything but an object of non-empty texts.
 */
export function parseDivisionLeaders(text: string | undefined): DivisionLeaders {
  if (text === undefined || text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DivisionLeadersError(`分管院领导设置（division_leaders）不是有效的 JSON：${text.slice(0, 60)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new DivisionLeadersError("分管院领导设置（division_leaders）应为“部门 → 工号或账号”的对象");
  const out: Record<string, string> = {};
  for (const [division, who] of Object.entries(value as Record<string, unknown>)) {
    const d = division.trim();
    if (d === "") throw new DivisionLeadersError("分管院领导设置（division_leaders）中有空的部门名");
    if (typeof who !== "string" || who.trim() === "")
      throw new DivisionLeadersError(
        `分管院领导设置（division_leaders）中部门“${d}”的分管院领导应为工号或账号，不能是 ${JSON.stringify(who)}`,
      );
    out[d] = who.trim();
  }
  return out;
}

export function formatDivisionLeaders(leaders: DivisionLeaders): string {
  return JSON.stringify(leaders);
}
