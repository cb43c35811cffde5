/**
 * The texts users read from the rule and indicator catalogues and the 审限 clock are Chinese, with
 * legal citations or a Chinese description of the practice a figure comes from — never a
 * developer's note ("ref §4.2", "issue #4", "DESIGN.md §4", "docs/time-limits.md", "[L]") nor
 * English. The notes behind each entry live in code comments beside it.
 *
 * Two walks: every user-facing field of every catalogue entry (as the API, the screens and the
 * exports show it), and every Chinese string literal of the files that build user texts (the
 * detectors' reasons, the clock's basis and warnings, the explanation), so that a text built on a
 * path no fixture reaches is checked too.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { developerText, type LabelledText, offending, sourceLiterals } from "../../test/helpers/user-text.js";
import { ALERT_FAMILY_NAMES, ALERT_RULES, SEVERITY_NAMES } from "./alerts/index.js";
import { PROCEDURES, type Procedure } from "./case/procedure.js";
import { allTypeCodes } from "./case-number/type-codes.js";
import { CATALOGUE_VERSIONS, INDICATORS } from "./indicators/catalogue.js";
import { computeTimeLimit, explainTimeLimit, type Timeline } from "./time-limit/index.js";
import { resolveLimitRule } from "./time-limit/rules.js";

function alertTexts(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const r of ALERT_RULES) {
    out.push({ where: `${r.id} title`, text: r.title });
    out.push({ where: `${r.id} explanation`, text: r.explanation });
    out.push({ where: `${r.id} basis`, text: r.basis });
  }
  for (const [k, v] of Object.entries(ALERT_FAMILY_NAMES)) out.push({ where: `family ${k}`, text: v });
  for (const [k, v] of Object.entries(SEVERITY_NAMES)) out.push({ where: `severity ${k}`, text: v });
  return out;
}

function indicatorTexts(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const d of INDICATORS) {
    out.push({ where: `${d.id} name`, text: d.name });
    out.push({ where: `${d.id} definition`, text: d.definition });
    out.push({ where: `${d.id} scope`, text: d.scope });
    out.push({ where: `${d.id} source`, text: d.source });
    out.push({ where: `${d.id} group`, text: d.group });
    out.push({ where: `${d.id} dimension`, text: d.dimension });
    out.push({ where: `${d.id} unit`, text: d.unit });
    if (d.reference) out.push({ where: `${d.id} reference.source`, text: d.reference.source });
    if (d.spc?.name) out.push({ where: `${d.id} spc.name`, text: d.spc.name });
  }
  for (const v of CATALOGUE_VERSIONS) {
    out.push({ where: `version ${v.id} name`, text: v.name });
    out.push({ where: `version ${v.id} note`, text: v.note });
    for (const u of v.unsupported ?? []) {
      out.push({ where: `version ${v.id} unsupported name`, text: u.name });
      out.push({ where: `version ${v.id} unsupported missing`, text: u.missing });
    }
  }
  return out;
}

/** Every limit rule the clock can pick: each type code under each procedure, foreign or not. */
function limitRuleTexts(): LabelledText[] {
  const seen = new Map<string, LabelledText>();
  const add = (where: string, text: string | undefined) => {
    if (text !== undefined && !seen.has(text)) seen.set(text, { where, text });
  };
  const procedures: (Procedure | undefined)[] = [undefined, ...PROCEDURES];
  for (const t of allTypeCodes()) {
    for (const procedure of procedures) {
      for (const foreignRelated of [false, true]) {
        for (const assume of ["ordinary", "none"] as const) {
          const { rule, warnings } = resolveLimitRule(
            { typeCode: t.typeCode, category: t.category, procedure, foreignRelated },
            assume,
          );
          const at = `${t.typeCode}/${procedure ?? "—"}`;
          add(`${at} rule.name`, rule.name);
          add(`${at} rule.basis`, rule.basis);
          add(`${at} extension.basis`, rule.extension?.basis);
          add(`${at} extension.approver`, rule.extension?.approver);
          add(`${at} extension.furtherApprover`, rule.extension?.furtherApprover);
          for (const w of warnings) add(`${at} warning`, w);
        }
      }
    }
  }
  return [...seen.values()];
}

/** Clocks that take every branch of the basis: extension, exclusions, conversion, restart, roll. */
function clockTexts(): LabelledText[] {
  const cases: Timeline[] = [
    {
      caseNumber: "（2024）内0602民初1号",
      procedure: "简易程序",
      filedOn: "2024-03-01",
      events: [
        { kind: "exclusion", reason: "公告", from: "2024-03-10", to: "2024-04-10" },
        { kind: "suspension", from: "2024-04-20", to: null },
        { kind: "resumption", from: "2024-04-25" },
        { kind: "resumption", from: "2024-04-26" },
        { kind: "procedureChange", from: "2024-05-20", newProcedure: "普通程序" },
        { kind: "extension", from: "2024-08-20", length: { months: 6 }, approvedBy: "本院院长" },
      ],
    },
    {
      caseNumber: "（2024）内0602刑初2号",
      procedure: "简易程序",
      filedOn: "2024-03-01",
      events: [
        { kind: "extension", from: "2024-03-10", length: { days: 25 } },
        { kind: "procedureChange", from: "2024-03-15", newProcedure: "普通程序" },
        { kind: "exclusion", reason: "补充侦查", from: "2024-04-01", to: "2024-04-20" },
      ],
    },
    {
      caseNumber: "（2024）内0602行初3号",
      procedure: null,
      filedOn: "2024-03-01",
      events: [{ kind: "exclusion", reason: "鉴定", from: "2024-03-05", to: "2024-03-20" }],
    },
    {
      caseNumber: "（2024）内0602执4号",
      filedOn: "2024-03-01",
      closedOn: "2024-12-01",
      events: [{ kind: "suspension", from: "2024-03-05", to: "2024-03-20" }],
    },
    {
      caseNumber: "（2024）内0602民初5号",
      procedure: "普通程序",
      filedOn: "2024-03-01",
      foreignRelated: true,
      events: [],
    },
    { caseNumber: "（2030）内0602民初6号", procedure: "普通程序", filedOn: "2030-03-01", events: [] },
    { caseNumber: "（2024）内0602民他7号", filedOn: "2024-03-01", events: [] },
  ];
  const out: LabelledText[] = [];
  for (const tl of cases) {
    const r = computeTimeLimit(tl, "2024-09-30");
    for (const b of r.basis) out.push({ where: `${tl.caseNumber} basis`, text: b });
    for (const w of r.warnings) out.push({ where: `${tl.caseNumber} warning`, text: w });
    for (const s of explainTimeLimit(r)) out.push({ where: `${tl.caseNumber} explain`, text: s });
  }
  return out;
}

/** The files whose string literals become user texts (tests and test support left out). */
function builderFiles(): string[] {
  const dir = (d: string) =>
    readdirSync(new URL(`./${d}/`, import.meta.url))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "testing.ts")
      .map((f) => new URL(`./${d}/${f}`, import.meta.url).pathname);
  return [
    ...dir("alerts"),
    ...["rules.ts", "clock.ts", "explain.ts"].map(
      (f) => new URL(`./time-limit/${f}`, import.meta.url).pathname,
    ),
    new URL("./indicators/catalogue.ts", import.meta.url).pathname,
    new URL("../io/indicator-xlsx.ts", import.meta.url).pathname,
  ];
}

describe("the checker", () => {
  it("catches each kind of developer text and lets Chinese citations and allowed names pass", () => {
    expect(developerText("ref §4.2")).toHaveLength(3); // "§", "ref", Latin "ref"
    expect(developerText("issue #4 core definitions").length).toBeGreaterThan(0);
    expect(developerText("DESIGN.md §4").length).toBeGreaterThan(0);
    expect(developerText("见 docs/time-limits.md").length).toBeGreaterThan(0);
    expect(developerText("（南乐 2013 [L]）").length).toBeGreaterThan(0);
    expect(developerText("推定口径 [I]").length).toBeGreaterThan(0);
    expect(developerText("预计消化天数 (CEPEJ DT)")).toEqual(["拉丁字母“CEPEJ”", "拉丁字母“DT”"]);
    expect(developerText("第 ⌈0.9n⌉ 件")).toEqual(["拉丁字母“n”"]);
    expect(developerText("审理天数ＰＮ")).toEqual(["拉丁字母“ＰＮ”"]);
    expect(
      developerText(
        "《中华人民共和国民事诉讼法》第一百五十二条；最高人民法院《关于严格规范民商事案件延长审限和延期开庭问题的规定》（法释〔2018〕9号）第一条",
      ),
    ).toEqual([]);
    expect(developerText("国际通行的法院绩效指标（美国州法院中心 CourTools 第 2 项：结收比）")).toEqual([]);
    expect(developerText("≥ 95%，案号（2024）内0602民初1号")).toEqual([]);
  });

  it("reads Chinese literals from a source file, templates without their expressions", () => {
    const lits = sourceLiterals(new URL("./alerts/long-pending.ts", import.meta.url).pathname);
    // long-pending.ts: `立案于 ${facts.filedOn}，至今 ${facts.naturalDays} 天未结，已满${…}（${crossedOn} 满）`
    expect(lits.map((l) => l.text)).toContain("立案于 …，至今 … 天未结，已满…（… 满）");
    expect(lits.every((l) => /\p{Script=Han}/u.test(l.text))).toBe(true);
  });
});

describe("user-facing texts", () => {
  it("alert rules: title, explanation and basis of every rule, family and severity names", () => {
    const texts = alertTexts();
    expect(texts.length).toBeGreaterThanOrEqual(ALERT_RULES.length * 3);
    expect(offending(texts)).toEqual([]);
  });

  it("indicators: name, definition, scope, source, reference source, SPC name; catalogue versions", () => {
    const texts = indicatorTexts();
    expect(texts.length).toBeGreaterThanOrEqual(INDICATORS.length * 7);
    expect(offending(texts)).toEqual([]);
  });

  it("time-limit rules: the name, basis and approvers of every rule the clock can pick, its warnings", () => {
    const texts = limitRuleTexts();
    expect(texts.length).toBeGreaterThan(40);
    expect(offending(texts)).toEqual([]);
  });

  it("the clock's basis, warnings and explanation", () => {
    const texts = clockTexts();
    // The branches were reached: conversion, restart after 补充侦查, exclusions, extension, no limit.
    const all = texts.map((t) => t.text).join("\n");
    for (const s of ["简易程序", "补充侦查", "不计入", "延长审限", "涉外", "暂定", "无法定审限"]) {
      expect(all).toContain(s);
    }
    expect(offending(texts)).toEqual([]);
  });

  it("every Chinese string literal of the detectors, the clock, the catalogue and the xlsx writer", () => {
    const files = builderFiles();
    expect(files.length).toBeGreaterThan(10);
    const texts = files.flatMap(sourceLiterals);
    expect(texts.length).toBeGreaterThan(200);
    expect(offending(texts)).toEqual([]);
  });
});
