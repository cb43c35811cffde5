/**
 * A 类案裁判规则's fields checked: 案由 from the catalogue, source cases by 案号 found in the data,
 * among the cases of the courts the writer sees (a sibling court's case is refused, named by its court).
 */
import { caseIdsByNumber, type RuleFields } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import { type Actor, recordCourts } from "../../domain/auth/index.js";
import { lookupCause } from "../../domain/causes/index.js";
import { courtName } from "../courts/court-choice.js";
import { InvalidInputError } from "../shared/errors.js";

export interface RuleForm {
  title: string;
  cause: string;
  ruleText: string;
  /** 案号 of the source cases (发改案件 or any case of the court). */
  sourceCaseNumbers?: readonly string[];
}

export async function checkRuleForm(
  actor: Actor,
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
  const found = await caseIdsByNumber(handle, numbers);
  const courts = recordCourts(actor);
  const caseIds: number[] = [];
  for (const [i, n] of numbers.entries()) {
    const c = found.get(n);
    if (!c) throw InvalidInputError.of(`sourceCaseNumbers[${i}]`, n, "数据中没有该案号的案件");
    if (courts && actor.court && !(c.courtCode && courts.includes(c.courtCode)))
      throw InvalidInputError.of(
        `sourceCaseNumbers[${i}]`,
        n,
        `该案件属于${c.courtCode ? await courtName(handle, c.courtCode) : "其他法院"}，不是${await courtName(handle, actor.court)}（或其下级法院）的案件，不能作为来源案件`,
      );
    caseIds.push(c.id);
  }
  return { fields: { title, cause: cause.name, ruleText }, caseIds };
}
