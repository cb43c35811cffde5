import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allCourts } from "./courts.js";
import { type CaseNumberParts, formatCaseNumber, formatSequence } from "./format.js";
import { parseCaseNumber } from "./parse.js";
import { allTypeCodes } from "./type-codes.js";

describe("formatCaseNumber", () => {
  it("writes the normalised text", () => {
    expect(formatCaseNumber({ year: 2024, courtCode: "内0602", typeCode: "民初", sequence: 1234 })).toBe(
      "（2024）内0602民初1234号",
    );
    expect(
      formatCaseNumber({ year: 2019, courtCode: "最高法", specialCode: "知", typeCode: "民终", sequence: 1 }),
    ).toBe("（2019）最高法知民终1号");
    expect(
      formatCaseNumber({ year: 2018, courtCode: "闽0303", typeCode: "执", sequence: 1228, suffix: "之二" }),
    ).toBe("（2018）闽0303执1228号之二");
  });

  it("pads 刑核 serials to their fixed 8 digits", () => {
    expect(formatSequence("刑核", 1234567)).toBe("01234567");
    expect(formatSequence("民初", 7)).toBe("7");
    expect(formatCaseNumber({ year: 2020, courtCode: "最高法", typeCode: "刑核", sequence: 42 })).toBe(
      "（2020）最高法刑核00000042号",
    );
  });
});

const courtCodes = allCourts().map((c) => c.code);
const typeCodes = allTypeCodes().map((t) => t.typeCode);
const SUFFIXES = ["之一", "之二", "之三", "之十", "之十一", "之二十"];

const partsArb: fc.Arbitrary<CaseNumberParts> = fc.record(
  {
    year: fc.integer({ min: 1949, max: 2100 }),
    courtCode: fc.constantFrom(...courtCodes),
    specialCode: fc.constant("知"),
    typeCode: fc.constantFrom(...typeCodes),
    sequence: fc.integer({ min: 1, max: 99_999_999 }),
    suffix: fc.constantFrom(...SUFFIXES),
  },
  { requiredKeys: ["year", "courtCode", "typeCode", "sequence"] },
);

describe("round trip", () => {
  it("parse(format(p)) gives back p's fields", () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const r = parseCaseNumber(formatCaseNumber(p));
        expect(r.ok).toBe(true);
        if (!r.ok || r.value.legacy) throw new Error("expected a 2016-format number");
        const v = r.value;
        expect({
          year: v.year,
          courtCode: v.courtCode,
          specialCode: v.specialCode,
          typeCode: v.typeCode,
          sequence: v.sequence,
          suffix: v.suffix,
        }).toEqual({ specialCode: undefined, suffix: undefined, ...p });
        expect(v.normalized).toBe(formatCaseNumber(p));
      }),
      { numRuns: 3000 },
    );
  });

  it("format(parse(x).value) is parse(x).value.normalized, whatever the spelling of x", () => {
    const spellings = fc.record({
      open: fc.constantFrom("（", "(", "〔"),
      close: fc.constantFrom("）", ")", "〕"),
      fullWidthDigits: fc.boolean(),
      spaces: fc.constantFrom("", " ", "\u3000"),
    });
    fc.assert(
      fc.property(partsArb, spellings, (p, s) => {
        const digits = (t: string) =>
          s.fullWidthDigits ? t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : t;
        const text = `${s.spaces}${s.open}${digits(String(p.year))}${s.close}${digits(p.courtCode)}${s.spaces}${
          p.specialCode ?? ""
        }${p.typeCode}${digits(formatSequence(p.typeCode, p.sequence))}号${p.suffix ?? ""}${s.spaces}`;
        const r = parseCaseNumber(text);
        if (!r.ok || r.value.legacy) throw new Error(`${text} did not parse`);
        expect(formatCaseNumber(r.value)).toBe(r.value.normalized);
        expect(r.value.normalized).toBe(formatCaseNumber(p));
      }),
      { numRuns: 3000 },
    );
  });
});
