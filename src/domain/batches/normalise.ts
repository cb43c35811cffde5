/**
 * 当事人名称的归一: the same plaintiff (or defendant) is recognised under the spellings clerks
 * actually type. Decisions (docs/batches.md):
 *
 * - full-width and half-width forms are one (Unicode NFKC: `ＡＢＣ１２３` = `ABC123`, `（` = `(`),
 *   and Latin letters are compared in upper case;
 * - every space is removed (half-width, full-width, tabs);
 * - brackets are unified: （）()〔〕［］[]【】「」『』〈〉《》 all read as `()` — so
 *   `某银行（北京）分行` = `某银行(北京)分行` = `某银行【北京】分行`;
 * - 有限责任公司 and 有限公司 are one form (公司法 names both a 有限责任公司; clerks write either);
 *   股份有限公司 stays distinct (another form of company under 公司法第二条), so `甲股份有限公司`
 *   ≠ `甲有限公司`;
 * - a branch stays a party of its own: `甲银行乙支行` ≠ `甲银行`, `甲物业有限公司乙分公司` ≠
 *   `甲物业有限公司` (a branch sues in its own name, 民诉法解释第五十二条第五、六项).
 */

const BRACKETS: Record<string, string> = {
  "〔": "(",
  "〕": ")",
  "[": "(",
  "]": ")",
  "【": "(",
  "】": ")",
  "「": "(",
  "」": ")",
  "『": "(",
  "』": ")",
  "〈": "(",
  "〉": ")",
  "《": "(",
  "》": ")",
  "{": "(",
  "}": ")",
  "〖": "(",
  "〗": ")",
};
const BRACKET_RE = /[〔〕[\]【】「」『』〈〉《》{}〖〗]/g;
const SPACE_RE = /\s+/g;

/** The key two spellings of one party share (not shown to people: they see a spelling as typed). */
export function normalisePartyName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(SPACE_RE, "")
    .replace(BRACKET_RE, (c) => BRACKETS[c] ?? c)
    .toUpperCase()
    .replaceAll("有限责任公司", "有限公司");
}

/** The names in a 原告 or 被告 column: separated by `、` or `;` (or `；`), blanks dropped. */
export function splitPartyNames(text: string | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(/[、;；]/)) {
    const t = part.trim();
    if (t) out.push(t);
  }
  return out;
}

/**
 * Words that mark an organisation (a company, a bank and its branches, an agency, an association …).
 * A name without any of them is taken for a natural person's; two people of one name need not be
 * one person, so by default they form no group (setting `includePersons`).
 */
const ORGANISATION_WORDS = [
  "公司",
  "银行",
  "信用社",
  "合作社",
  "中心",
  "集团",
  "企业",
  "商行",
  "事务所",
  "委员会",
  "协会",
  "学校",
  "医院",
  "幼儿园",
  "工作室",
];
/** A short name ending in one of these is an organisation's too (`某某厂`, `某某店`). */
const ORGANISATION_ENDINGS = ["厂", "店", "局", "所", "站", "馆", "部", "社", "场", "院", "队"];

/** Is the (normalised) name an organisation's rather than a person's? */
export function isOrganisationName(key: string): boolean {
  if (ORGANISATION_WORDS.some((w) => key.includes(w))) return true;
  // 买买提·艾力: a person's name with a middle dot, however long.
  if (key.length > 5 && !/[·•]/.test(key)) return true;
  return key.length > 2 && ORGANISATION_ENDINGS.some((w) => key.endsWith(w));
}
