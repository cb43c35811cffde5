/** A 类案裁判规则's fields checked: 案由 from the catalogue, source cases by 案号 found in the data. */
import { caseIdsByNumber, type RuleFields } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import { lookupCause } from "../../domain/causes/index.js";
import { InvalidInputError } from "../shared/errors.js";

export interface RuleForm {
  title: string;
  cause: string;
  ruleText: string;
  /** 案号 of the source cases (发改案件 or any case of the court). */
  sourceCaseNumbers?: readonly string[];
}

export async function checkRuleForm(
  handle: Db,
  f: RuleForm,
): Promise<{ fields: RuleFields; caseIds: number[] }> {
  const title = f.title.trim();
  if (title.length < 4) throw InvalidInputError.of("title", f.title, "规则名称至少 4 个字");
  const cause = lookupCause(f.cause.trim());
  if (!cause)
    throw InvalidInputError.of("cause", f.cause, "不是案由目录中的案由（民事案件案由规定、罪名或行政案由）");
  const ruleText = f.ruleText.trim();
  if (ruleText.length < 10) throw InvalidInputError.of("ruleText", f.ruleText, "规则内容至少 10 个字");
  const numbers = [...new Set((f.sourceCaseNumbers ?? []).map((n) => n.trim()).filter((n) => n !== ""))];
  const ids = await caseIdsByNumber(handle, numbers);
  numbers.forEach((n, i) => {
    if (!ids.has(n)) throw InvalidInputError.of(`sourceCaseNumbers[${i}]`, n, "数据中没有该案号的案件");
  });
  return {
    fields: { title, cause: cause.name, ruleText },
    caseIds: numbers.map((n) => ids.get(n) as number),
  };
}
