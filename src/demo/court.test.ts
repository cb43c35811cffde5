import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLOSURE_MODES as IMPORT_CLOSURE_MODES } from "../domain/case/case.js";
import {
  ADMIN_CAUSES,
  ADMIN_REVIEW_CAUSES,
  CIVIL_CAUSES,
  CLOSURE_MODES,
  CRIMINAL_CHARGES,
  SPECIAL_CAUSES,
  TYPE_SHARES,
} from "./catalog.js";
import { buildDemoCourt, courtPlace, DIVISION_KEYS } from "./court.js";
import { personName } from "./names.js";
import { createRng } from "./rng.js";

const FIXTURES = new URL("../../test/fixtures/reference-data/", import.meta.url);

function civilCauseNames(): Set<string> {
  const json = JSON.parse(readFileSync(new URL("causes-civil.json", FIXTURES), "utf8")) as { parts: unknown };
  const names = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === "object") {
      const rec = o as Record<string, unknown>;
      if (typeof rec.name === "string") names.add(rec.name);
      Object.values(rec).forEach(walk);
    }
  };
  walk(json.parts);
  return names;
}

describe("demo court", () => {
  const court = buildDemoCourt("内0602", 1);

  it("is 东胜区人民法院 with ten divisions and sixty judges", () => {
    expect(court.name).toBe("鄂尔多斯市东胜区人民法院");
    expect(court.place).toBe("鄂尔多斯市东胜区");
    expect(court.city).toBe("鄂尔多斯市");
    expect(court.procuratorate).toBe("鄂尔多斯市东胜区人民检察院");
    expect(court.divisions.map((d) => d.key)).toEqual([...DIVISION_KEYS]);
    expect(court.divisions.map((d) => d.name)).toContain("民事审判第一庭");
    expect(court.judges).toHaveLength(60);
    expect(new Set(court.judges.map((j) => j.name)).size).toBe(60);
    for (const d of court.divisions) {
      expect(d.judges.length).toBeGreaterThan(0);
      for (const j of d.judges) expect(j.division).toBe(d.name);
      expect(d.judges[0]?.role).toBe("庭长");
    }
  });

  it("gives judges unequal workloads", () => {
    const weights = court.judges.map((j) => j.weight);
    expect(Math.max(...weights) / Math.min(...weights)).toBeGreaterThan(2.5);
  });

  it("knows the neighbouring courts and other court codes", () => {
    expect(court.neighbours).toContain("内0621");
    expect(court.neighbours).not.toContain("内0602");
    expect(courtPlace("内0621").city).toBe("鄂尔多斯市");
    expect(buildDemoCourt("京0105", 3).name).toBe("北京市朝阳区人民法院");
    expect(() => buildDemoCourt("内06")).toThrow(RangeError);
  });

  it("is deterministic per seed", () => {
    expect(buildDemoCourt("内0602", 1).judges).toEqual(court.judges);
    expect(buildDemoCourt("内0602", 2).judges.map((j) => j.name)).not.toEqual(
      court.judges.map((j) => j.name),
    );
    const r1 = createRng(5);
    const r2 = createRng(5);
    expect(Array.from({ length: 20 }, () => personName(r1))).toEqual(
      Array.from({ length: 20 }, () => personName(r2)),
    );
  });

  it("pools recurring parties without duplicates", () => {
    const p = court.parties;
    expect(new Set(p.companies).size).toBe(p.companies.length);
    expect(p.companies.length).toBeGreaterThan(300);
    expect(p.banks[0]).toMatch(/银行股份有限公司鄂尔多斯东胜支行$/);
    expect(p.propertyCompanies.every((n) => n.endsWith("物业服务有限公司"))).toBe(true);
    expect(p.heatingCompanies.every((n) => n.includes("热力"))).toBe(true);
  });
});

describe("demo catalogue", () => {
  it("type-code shares sum to 100 with 61 % trial, 39 % enforcement", () => {
    const total = TYPE_SHARES.reduce((a, [, s]) => a + s, 0);
    expect(total).toBeCloseTo(100, 6);
    const enforcement = TYPE_SHARES.filter(([c]) => c.startsWith("执")).reduce((a, [, s]) => a + s, 0);
    expect(enforcement).toBeCloseTo(39, 6);
  });

  it("uses exact names of the 2020 civil cause catalogue", () => {
    const names = civilCauseNames();
    for (const c of CIVIL_CAUSES) expect(names.has(c.name), c.name).toBe(true);
    for (const [c] of SPECIAL_CAUSES) expect(names.has(c), c).toBe(true);
    for (const c of ["申请支付令", "第三人撤销之诉", "申请诉前财产保全", "申请仲裁前财产保全"]) {
      expect(names.has(c), c).toBe(true);
    }
    expect(CIVIL_CAUSES.reduce((a, c) => a + c.share, 0)).toBeCloseTo(100, 1);
  });

  it("uses charge names from the criminal-charges list", () => {
    const charges = new Set(
      readFileSync(new URL("criminal-charges.txt", FIXTURES), "utf8")
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    expect(charges.has("帮助信息网络犯罪活动罪")).toBe(true);
    for (const c of CRIMINAL_CHARGES) expect(charges.has(c.name), c.name).toBe(true);
    expect(CRIMINAL_CHARGES.reduce((a, c) => a + c.share, 0)).toBeCloseTo(100, 1);
  });

  it("uses administrative causes of the judgment site's cause tree", () => {
    const tree = JSON.parse(readFileSync(new URL("court-site-cause-tree-2019.json", FIXTURES), "utf8")) as {
      nodes: { name: string }[];
    };
    const names = new Set(tree.nodes.map((n) => n.name));
    for (const [c] of [...ADMIN_CAUSES, ...ADMIN_REVIEW_CAUSES]) expect(names.has(c), c).toBe(true);
  });

  it("only uses closure modes of the import format", () => {
    const modes = new Set<string>(IMPORT_CLOSURE_MODES);
    for (const rows of Object.values(CLOSURE_MODES))
      for (const [m] of rows) expect(modes.has(m), m).toBe(true);
  });
});
