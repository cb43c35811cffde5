/**
 * What people read of 案件评查 and 庭审观摩 — the kinds' labels and refusals, the sheet, the classes,
 * the bulletin and every Chinese literal of the files that build texts — is Chinese, never a
 * developer's note.
 */
import { describe, expect, it } from "vitest";
import { offending, sourceLiterals } from "../../../test/helpers/user-text.js";
import { CASE_REVIEW_KIND, RECTIFICATION_KIND } from "./kinds.js";
import { DEFAULT_OBSERVATION_SHEET } from "./observation.js";
import { DEFAULT_SHEET } from "./score-sheet.js";

describe("评查 user texts", () => {
  it("kinds, sheets and the literals of the files that build texts", () => {
    const texts: { where: string; text: string }[] = [];
    for (const k of [CASE_REVIEW_KIND, RECTIFICATION_KIND]) {
      texts.push({ where: `${k.id} name`, text: k.name });
      for (const s of k.states) texts.push({ where: `state ${s.name}`, text: s.label });
      for (const t of k.transitions) {
        texts.push({ where: `${t.action} label`, text: t.label });
        texts.push({ where: `${t.action} whoText`, text: t.whoText });
      }
    }
    for (const sec of DEFAULT_SHEET.sections)
      for (const it of sec.items) {
        texts.push({ where: it.code, text: it.text });
        for (const d of it.deductions) texts.push({ where: d.code, text: d.text });
      }
    for (const it of DEFAULT_OBSERVATION_SHEET) texts.push({ where: it.code, text: it.name });
    const dir = new URL(".", import.meta.url).pathname;
    for (const f of [
      "bulletin.ts",
      "reviewers.ts",
      "score-sheet.ts",
      "observation.ts",
      "settings.ts",
      "kinds.ts",
    ])
      texts.push(...sourceLiterals(`${dir}${f}`));
    const app = new URL("../../app/review/", import.meta.url).pathname;
    for (const f of [
      "create-review-plan.ts",
      "draw-review-plan.ts",
      "submit-review.ts",
      "decide-objection.ts",
      "sample-cases.ts",
      "save-score-sheet.ts",
    ])
      texts.push(...sourceLiterals(`${app}${f}`));
    texts.push(
      ...sourceLiterals(new URL("../../app/observation/observation-plans.ts", import.meta.url).pathname),
    );
    expect(offending(texts)).toEqual([]);
  });
});
