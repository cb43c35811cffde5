import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnyCaseNumber,
  type CaseNumber,
  type CaseNumberErrorCode,
  type CaseNumberResult,
  expandCaseNumberRange,
  type LegacyCaseNumber,
  normalizeCaseNumberText,
  parseCaseNumber,
} from "./parse.js";

function ok(text: string): AnyCaseNumber {
  const r = parseCaseNumber(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

function modern(text: string): CaseNumber {
  const v = ok(text);
  if (v.legacy) throw new Error(`${text}: parsed as legacy`);
  return v;
}

function legacy(text: string): LegacyCaseNumber {
  const v = ok(text);
  if (!v.legacy) throw new Error(`${text}: parsed as 2016 format`);
  return v;
}

describe("parseCaseNumber — 2016 format", () => {
  it("（2024）内0602民初1234号", () => {
    expect(modern("（2024）内0602民初1234号")).toEqual({
      legacy: false,
      year: 2024,
      courtCode: "内0602",
      court: { name: "鄂尔多斯市东胜区人民法院", level: "basic" },
      typeCode: "民初",
      typeName: "民事一审案件",
      category: "civil",
      instance: "first",
      sequence: 1234,
      normalized: "（2024）内0602民初1234号",
    });
  });

  it("half-width, 〔〕, full-width digits and spaces normalise to the same number", () => {
    const expected = modern("（2024）内0602民初1234号");
    for (const text of [
      "(2024)内0602民初1234号",
      "〔2024〕内0602民初1234号",
      "（２０２４）内０６０２民初１２３４号",
      "  （2024） 内0602 民初 1234号 ",
      "\u3000(2024)内0602民初1234号\t",
      "（2024)内0602民初01234号",
    ]) {
      expect(modern(text), text).toEqual(expected);
    }
  });

  it("high court: （2016）沪民再11号 is a retrial", () => {
    expect(modern("（2016）沪民再11号")).toMatchObject({
      courtCode: "沪",
      court: { name: "上海市高级人民法院", level: "high" },
      typeCode: "民再",
      category: "civil",
      instance: "retrial",
      sequence: 11,
    });
  });

  it("suffix: （2018）闽0303执1228号之二", () => {
    expect(modern("（2018）闽0303执1228号之二")).toMatchObject({
      courtCode: "闽0303",
      court: { name: "莆田市涵江区人民法院", level: "basic" },
      typeCode: "执",
      typeName: "首次执行案件",
      category: "enforcement",
      instance: "enforcement",
      sequence: 1228,
      suffix: "之二",
      normalized: "（2018）闽0303执1228号之二",
    });
    expect(modern("（2018）闽0303执1228号之十一").suffix).toBe("之十一");
  });

  it("SPC, intermediate court and the 知 special code", () => {
    expect(modern("（2020）最高法民终123号")).toMatchObject({
      courtCode: "最高法",
      court: { name: "最高人民法院", level: "supreme" },
      typeCode: "民终",
      instance: "second",
      sequence: 123,
    });
    expect(modern("（2024）内06民终5号")).toMatchObject({
      courtCode: "内06",
      court: { name: "内蒙古自治区鄂尔多斯市中级人民法院", level: "intermediate" },
      typeCode: "民终",
      sequence: 5,
    });
    const ip = modern("（2019）最高法知民终1号");
    expect(ip).toMatchObject({ courtCode: "最高法", specialCode: "知", typeCode: "民终", sequence: 1 });
    expect(ip.normalized).toBe("（2019）最高法知民终1号");
    expect(modern("（2019）京73知民初1号")).toMatchObject({ specialCode: "知", typeCode: "民初" });
    expect(modern("（2024）内0602民初1234号").specialCode).toBeUndefined();
  });

  it("special courts", () => {
    expect(modern("（2019）京73民初100号").court).toEqual({ name: "北京知识产权法院", level: "special" });
    expect(modern("（2020）沪74民终9号").court).toEqual({ name: "上海金融法院", level: "special" });
    expect(modern("（2018）吉7502刑初8号").court).toEqual({ name: "和龙林区基层法院", level: "special" });
    expect(modern("（2019）浙0192民初77号").court).toEqual({ name: "杭州互联网法院", level: "basic" });
  });

  it("the longest type code wins", () => {
    expect(modern("（2020）京01民辖终5号").typeCode).toBe("民辖终");
    expect(modern("（2020）京0101民辖5号").typeCode).toBe("民辖");
    expect(modern("（2020）京0101执恢5号").typeCode).toBe("执恢");
    expect(modern("（2021）川0104民诉前调801号")).toMatchObject({
      typeCode: "民诉前调",
      category: "civil",
      instance: "other",
      court: { name: "成都市锦江区人民法院", level: "basic" },
    });
    expect(modern("(2024)浙02民诉前调595号").courtCode).toBe("浙02");
  });

  it("courts missing from the 2018 seed table are accepted without a court", () => {
    const v = modern("（2019）辽0122刑初71号");
    expect(v.courtCode).toBe("辽0122");
    expect(v.court).toBeUndefined();
    expect(modern("（2024）京0199民初1号").court).toBeUndefined();
  });

  it("accepts 第 before the serial, as some courts write it (（2016）晋0825刑初第17号)", () => {
    expect(modern("（2016）晋0825刑初第17号")).toMatchObject({
      courtCode: "晋0825",
      typeCode: "刑初",
      sequence: 17,
      normalized: "（2016）晋0825刑初17号",
    });
    expect(modern("（2019）最高法知民终第1号")).toMatchObject({
      specialCode: "知",
      normalized: "（2019）最高法知民终1号",
    });
  });

  it("刑核 serials are 8-digit random numbers and keep their leading zeros", () => {
    expect(modern("（2020）最高法刑核01234567号")).toMatchObject({
      sequence: 1234567,
      normalized: "（2020）最高法刑核01234567号",
    });
    expect(modern("（2024）内0602民初0001234号").normalized).toBe("（2024）内0602民初1234号");
  });
});

describe("parseCaseNumber — legacy (pre-2016)", () => {
  it("reads year, court abbreviation, type code and serial", () => {
    expect(legacy("（2013）东法民初字第37号")).toEqual({
      legacy: true,
      year: 2013,
      designator: "东法民初",
      courtAbbr: "东法",
      typeCode: "民初",
      typeName: "民事一审案件",
      category: "civil",
      instance: "first",
      sequence: 37,
      normalized: "（2013）东法民初字第37号",
    });
    expect(legacy("（2014）沂南刑初字第348号")).toMatchObject({
      courtAbbr: "沂南",
      typeCode: "刑初",
      sequence: 348,
    });
    expect(legacy("(2015)成郫执字第664号")).toMatchObject({
      courtAbbr: "成郫",
      typeCode: "执",
      category: "enforcement",
      normalized: "（2015）成郫执字第664号",
    });
  });

  it("drops division marks: 刑三终 → 刑终, 民一初 → 民初, 刑一抗 → 刑抗", () => {
    expect(legacy("（2013）粤高法刑三终字第304号")).toMatchObject({
      designator: "粤高法刑三终",
      courtAbbr: "粤高法",
      typeCode: "刑终",
      instance: "second",
      sequence: 304,
    });
    expect(legacy("（2012）观民一初字第00769号")).toMatchObject({
      courtAbbr: "观",
      typeCode: "民初",
      sequence: 769,
      normalized: "（2012）观民一初字第769号",
    });
    expect(legacy("（2015）运中刑一抗字第22号")).toMatchObject({ courtAbbr: "运中", typeCode: "刑抗" });
  });

  it("the hybrid （2016）辽0106刑初字70号 keeps its 2016-style court code", () => {
    expect(legacy("（2016）辽0106刑初字70号")).toMatchObject({
      year: 2016,
      courtAbbr: "辽0106",
      courtCode: "辽0106",
      typeCode: "刑初",
      sequence: 70,
      normalized: "（2016）辽0106刑初字第70号",
    });
  });

  it("leaves the type code out when it cannot be read cleanly", () => {
    const v = legacy("（2009）宁刑执字第8078号"); // old 刑执 (sentence execution), not 执 (enforcement)
    expect(v.typeCode).toBeUndefined();
    expect(v.courtAbbr).toBeUndefined();
    expect(v.sequence).toBe(8078);
    expect(legacy("（2010）沧刑再终字第2号").typeCode).toBeUndefined();
    expect(legacy("（2017）尸检字第25号")).toMatchObject({ designator: "尸检", sequence: 25 });
  });
});

describe("parseCaseNumber — errors", () => {
  const cases: [string, CaseNumberErrorCode][] = [
    ["", "empty"],
    ["   ", "empty"],
    ["内0602民初1234号", "no-year"],
    ["2024内0602民初1234号", "no-year"],
    ["（）内0602民初1234号", "no-year"],
    ["（2024内0602民初1234号", "no-year"],
    ["（1948）内0602民初1234号", "bad-year"],
    ["（2101）内0602民初1234号", "bad-year"],
    ["（24）内0602民初1234号", "bad-year"],
    ["（20245）内0602民初1234号", "bad-year"],
    ["（2024）蒙0602民初1234号", "bad-court-code"],
    ["（2024）内060民初1234号", "bad-court-code"],
    ["（2024）内0民初1234号", "bad-court-code"],
    ["（2024）内060211民初1234号", "bad-court-code"],
    ["（2024）内00民初1234号", "bad-court-code"],
    ["（2024）内0600民初1234号", "bad-court-code"],
    ["（2024）贵0602民初1234号", "bad-court-code"],
    ["（2024）内0602民一1234号", "unknown-type-code"],
    ["（2024）内0602民初第号", "no-sequence"],
    ["（2024）内0602民初第第1号", "unknown-type-code"],
    ["（2024）内06021234号", "bad-court-code"],
    ["（2024）内0602", "unknown-type-code"],
    ["（2024）内0602民初", "no-sequence"],
    ["（2024）内0602民初号", "no-sequence"],
    ["（2024）内0602民初0号", "no-sequence"],
    ["（2024）内0602民初1234", "no-sequence"],
    ["（2024）内0602民初1234567890123456号", "no-sequence"],
    ["（2014）沂南刑初字第号", "no-sequence"],
    ["（2017）粤05民初954-1063号", "range"],
    ["（2017）粤05民初24-103、124-133号", "range"],
    ["（2014）沂南刑初字第3-5号", "range"],
    ["（2018）第0627-0638号", "not-a-case-number"],
    ["（2009）第2801001282号", "not-a-case-number"],
    ["（2024）1234号", "not-a-case-number"],
    ["（2024）", "not-a-case-number"],
    ["（2014）字第3号", "not-a-case-number"],
    ["（2024）内0602民初1234号号", "trailing-garbage"],
    ["（2024）内0602民初1234号之2", "trailing-garbage"],
    ["（2024）内0602民初1234号（2013）东法民初字第37号", "trailing-garbage"],
    ["（2024）内0602民初12a34号", "trailing-garbage"],
    ["（2014）沂南刑初字第348号附", "trailing-garbage"],
  ];
  it.each(cases)("%s → %s", (text, code) => {
    const r = parseCaseNumber(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.input).toBe(text);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("the range message says the text denotes several cases", () => {
    const r = parseCaseNumber("（2017）粤05民初954-1063号");
    expect(!r.ok && r.error.message).toContain("多个案件");
  });

  it("never throws, on any string", () => {
    const interesting = fc.constantFrom(
      ..."（）()〔〕０９0123456789最高法内京沪粤兵军0602民刑行执初终再申恢辖知诉前调字第号之一二-、 \u3000".split(
        "",
      ),
    );
    const check = (s: string) => {
      const r: CaseNumberResult = parseCaseNumber(s);
      expect(typeof r.ok).toBe("boolean");
      if (r.ok) {
        // whatever parses, re-parses from its normalized text to the same value
        expect(parseCaseNumber(r.value.normalized)).toEqual(r);
      } else {
        expect(r.error.input).toBe(s);
      }
      expandCaseNumberRange(s);
    };
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: interesting, maxLength: 30 }), check), { numRuns: 5000 });
    fc.assert(
      fc.property(fc.string({ unit: interesting, maxLength: 12 }), (s) => check(`（2024）${s}`)),
      { numRuns: 5000 },
    );
    for (const s of [undefined, null, 42, {}] as unknown as string[]) {
      expect(parseCaseNumber(s)).toMatchObject({ ok: false, error: { code: "empty" } });
    }
  });
});

describe("expandCaseNumberRange", () => {
  it("expands ranges and lists", () => {
    const r = expandCaseNumberRange("（2017）粤05民初24-103、124-133号");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(80 + 10);
    expect(r.value[0]!.normalized).toBe("（2017）粤05民初24号");
    expect(r.value[79]!.normalized).toBe("（2017）粤05民初103号");
    expect(r.value[80]!.normalized).toBe("（2017）粤05民初124号");
    expect(r.value.at(-1)!.normalized).toBe("（2017）粤05民初133号");
    const one = expandCaseNumberRange("（2017）粤05民初954-1063号");
    expect(one.ok && one.value.length).toBe(110);
  });

  it("passes single numbers through and refuses reversed or huge ranges", () => {
    const single = expandCaseNumberRange("（2024）内0602民初1234号");
    expect(single.ok && single.value.map((v) => v.normalized)).toEqual(["（2024）内0602民初1234号"]);
    const legacyRange = expandCaseNumberRange("（2014）沂南刑初字第3-5号");
    expect(legacyRange.ok && legacyRange.value.map((v) => v.normalized)).toEqual([
      "（2014）沂南刑初字第3号",
      "（2014）沂南刑初字第4号",
      "（2014）沂南刑初字第5号",
    ]);
    expect(expandCaseNumberRange("（2017）粤05民初20-10号")).toMatchObject({
      ok: false,
      error: { code: "range" },
    });
    expect(expandCaseNumberRange("（2017）粤05民初1-99999999号")).toMatchObject({
      ok: false,
      error: { code: "range" },
    });
    expect(expandCaseNumberRange("（2018）第0627-0638号")).toMatchObject({
      ok: false,
      error: { code: "not-a-case-number" },
    });
  });
});

describe("normalizeCaseNumberText", () => {
  it("brackets, digits and spaces", () => {
    expect(normalizeCaseNumberText(" 〔２０１３〕东法 民初字第37号 ")).toBe("（2013）东法民初字第37号");
    expect(normalizeCaseNumberText("（2024）内0602民初1234号")).toBe("（2024）内0602民初1234号");
  });
});

// --- real data ------------------------------------------------------------------------------------

interface LecardNumber {
  raw: string;
  year: number;
  seq: string;
  format: string;
  court_code?: string;
  case_type_code?: string;
  court_and_type?: string;
}
interface LecardRecord {
  id: number;
  court_name: string;
  case_number: LecardNumber;
  other_case_numbers_in_text?: LecardNumber[];
  lower_court_judgment?: { case_number: string };
}

const lecard = JSON.parse(
  readFileSync(
    new URL("../../../test/fixtures/reference-data/case-numbers-lecardv2.json", import.meta.url),
    "utf8",
  ),
) as { records: LecardRecord[] };
const search = JSON.parse(
  readFileSync(
    new URL("../../../test/fixtures/reference-data/judgment-search-sample-2019.json", import.meta.url),
    "utf8",
  ),
) as { judgements: { caseNumber: string; courtName: string }[] };

describe("real case numbers — LeCaRDv2 (shared/data/case-numbers-lecardv2.json)", () => {
  // The 609 numbers: each record's own case_number plus every other_case_numbers_in_text entry.
  const numbers = lecard.records.flatMap((r) => [r.case_number, ...(r.other_case_numbers_in_text ?? [])]);

  it("has the 609 numbers the README describes", () => {
    expect(lecard.records).toHaveLength(360);
    expect(numbers).toHaveLength(609);
  });

  it("parses every number as the file classifies it, with the file's own fields", () => {
    const outcomes = { modern: 0, legacy: 0, hybrid: 0, notACaseNumber: 0, other: [] as string[] };
    for (const n of numbers) {
      const r = parseCaseNumber(n.raw);
      if (n.format === "2016+") {
        const v = modern(n.raw);
        expect(
          { year: v.year, courtCode: v.courtCode, typeCode: v.typeCode, sequence: v.sequence },
          n.raw,
        ).toEqual({
          year: n.year,
          courtCode: n.court_code,
          typeCode: n.case_type_code,
          sequence: Number(n.seq),
        });
        outcomes.modern++;
      } else if (n.format.startsWith("pre-2016")) {
        const v = legacy(n.raw);
        expect({ year: v.year, designator: v.designator, sequence: v.sequence }, n.raw).toEqual({
          year: n.year,
          designator: n.court_and_type,
          sequence: Number(n.seq),
        });
        outcomes.legacy++;
      } else if (n.format.startsWith("hybrid")) {
        const v = legacy(n.raw);
        expect({ year: v.year, courtCode: v.courtCode, typeCode: v.typeCode, sequence: v.sequence }).toEqual({
          year: n.year,
          courtCode: n.court_code,
          typeCode: n.case_type_code,
          sequence: Number(n.seq),
        });
        outcomes.hybrid++;
      } else if (n.format.startsWith("not a court case number")) {
        expect(r.ok ? "ok" : r.error.code, n.raw).toBe("not-a-case-number");
        outcomes.notACaseNumber++;
      } else {
        outcomes.other.push(n.raw);
      }
    }
    expect(outcomes).toEqual({ modern: 376, legacy: 207, hybrid: 1, notACaseNumber: 25, other: [] });
  });

  it("reads a type code from most legacy numbers", () => {
    const legacies = numbers.filter((n) => n.format.startsWith("pre-2016")).map((n) => legacy(n.raw));
    const withType = legacies.filter((v) => v.typeCode !== undefined);
    // the rest: 刑执/刑释/刑再终/刑重/刑公初/商初 designators and two 尸检 (autopsy) report numbers
    expect(withType.length).toBe(196);
    expect(legacies.length - withType.length).toBe(11);
    for (const v of withType) expect(["刑初", "刑终", "民初", "民终", "执", "刑抗"]).toContain(v.typeCode);
  });

  it("knows the courts of the records' own numbers (the table is a 2018 seed list)", () => {
    const own = lecard.records.map((r) => ({ record: r, result: parseCaseNumber(r.case_number.raw) }));
    const modernOwn = own.filter((o) => o.result.ok && !o.result.value.legacy);
    const unlisted = modernOwn.filter((o) => o.result.ok && !o.result.value.legacy && !o.result.value.court);
    expect(modernOwn).toHaveLength(267);
    // codes frozen at a pre-change division code (案号规定 art. 13): 辽中, 大同南郊
    expect(
      new Set(unlisted.map((o) => o.result.ok && !o.result.value.legacy && o.result.value.courtCode)),
    ).toEqual(new Set(["辽0122", "晋0211"]));
    // the quirk kept in the data: a Nanjing judgment numbered with 宁 (Ningxia)
    const quirk = own.find((o) => o.record.id === 698)!;
    expect(quirk.record.court_name).toBe("江苏省南京市中级人民法院");
    expect(quirk.result.ok && !quirk.result.value.legacy && quirk.result.value.court?.name).toBe(
      "宁夏回族自治区银川市中级人民法院",
    );
  });

  it("parses the lower-court numbers of the appeals (one lost its court character)", () => {
    const lower = lecard.records.flatMap((r) =>
      r.lower_court_judgment ? [r.lower_court_judgment.case_number] : [],
    );
    expect(lower).toHaveLength(114);
    const counts: Record<string, number> = {};
    for (const text of lower) {
      const r = parseCaseNumber(text);
      const key = r.ok ? (r.value.legacy ? "legacy" : "modern") : r.error.code;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(counts).toEqual({ modern: 71, legacy: 42, "bad-court-code": 1 });
    // record 626 (江西省九江市中级人民法院): the first-instance number lacks 赣 before 0481
    expect(parseCaseNumber("（2017）0481刑初170号")).toMatchObject({
      ok: false,
      error: { code: "bad-court-code" },
    });
  });
});

describe("real case numbers — judgment search sample (shared/data/judgment-search-sample-2019.json)", () => {
  it("20 hits: 5 case numbers, 1 legacy, 14 ranges", () => {
    const hits = search.judgements;
    expect(hits).toHaveLength(20);
    const counts: Record<string, number> = {};
    for (const h of hits) {
      const r = parseCaseNumber(h.caseNumber);
      const key = r.ok ? (r.value.legacy ? "legacy" : "modern") : r.error.code;
      counts[key] = (counts[key] ?? 0) + 1;
      if (r.ok && !r.value.legacy) expect(r.value.court?.name.endsWith(h.courtName), h.caseNumber).toBe(true);
      if (!r.ok) expect(h.caseNumber).toMatch(/\d-\d/);
    }
    expect(counts).toEqual({ modern: 5, legacy: 1, range: 14 });
  });

  it("every range expands to numbers of the court that issued it", () => {
    let total = 0;
    let expected = 0;
    for (const h of search.judgements) {
      const bounds = h.caseNumber.match(/\d+-\d+|\d+(?=号)/g)!.slice(h.caseNumber.includes("-") ? 0 : -1);
      for (const b of bounds) {
        const [lo, hi = lo] = b.split("-").map(Number);
        expected += hi! - lo! + 1;
      }
      const r = expandCaseNumberRange(h.caseNumber);
      expect(r.ok, h.caseNumber).toBe(true);
      if (!r.ok) continue;
      total += r.value.length;
      // the table names intermediate courts with their province (广东省汕头市中级人民法院)
      for (const v of r.value)
        if (!v.legacy) expect(v.court?.name.endsWith(h.courtName), h.caseNumber).toBe(true);
    }
    expect(total).toBe(expected);
    expect(total).toBe(1197);
  });
});
