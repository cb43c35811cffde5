/**
 * What people read of 四类案件 — the rules' titles, situations and bases, the kind's labels and
 * refusals, the identification reasons — is Chinese with citations, never a developer's note.
 */
import { describe, expect, it } from "vitest";
import { offending, sourceLiterals } from "../../../test/helpers/user-text.js";
import { SUPERVISED_CASE_KIND } from "./supervised-case-kind.js";
import { SUPERVISION_RULES } from "./supervised-rules.js";

describe("四类案件 user texts", () => {
  it("rules, the workflow's labels and every Chinese literal of the files that build texts", () => {
    const texts = SUPERVISION_RULES.flatMap((r) => [
      { where: `${r.id} title`, text: r.title },
      { where: `${r.id} situation`, text: r.situation },
      { where: `${r.id} basis`, text: r.basis },
    ]);
    for (const s of SUPERVISED_CASE_KIND.states) texts.push({ where: `state ${s.name}`, text: s.label });
    for (const t of SUPERVISED_CASE_KIND.transitions) {
      texts.push({ where: `${t.action} label`, text: t.label });
      texts.push({ where: `${t.action} whoText`, text: t.whoText });
    }
    const dir = new URL(".", import.meta.url).pathname;
    for (const f of ["identify.ts", "supervised-rules.ts", "supervised-case-kind.ts"])
      texts.push(...sourceLiterals(`${dir}${f}`));
    expect(offending(texts)).toEqual([]);
  });
  it("every rule cites a document number and never an article it does not have", () => {
    for (const r of SUPERVISION_RULES) {
      expect(r.basis).toContain("法发〔2021〕30号");
      expect(r.basis).toMatch(/第[二三]条/);
    }
  });
});
