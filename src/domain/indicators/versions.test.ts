import { describe, expect, it } from "vitest";
import {
  CATALOGUE_VERSIONS,
  CORE_INDICATOR_IDS,
  catalogueVersionOn,
  coreIndicatorIds,
  indicatorById,
  SPC_2024_09_UNSUPPORTED,
  selectCatalogue,
} from "./catalogue.js";

describe("catalogue versions and their default panels", () => {
  it("the 2024-09 SPC set is in force from 2024-10-01 (ref §1: the revision of September 2024)", () => {
    expect(catalogueVersionOn("2024-09-30").id).toBe("spc-2024");
    expect(catalogueVersionOn("2024-10-01").id).toBe("spc-2024-09");
    expect(catalogueVersionOn("2026-11-27").id).toBe("spc-2024-09");
  });

  it("the default panel follows the version: 延长审限率 leaves it, 案-件比 and the merged ratio join it", () => {
    expect(coreIndicatorIds("2024-09-30")).toEqual(CORE_INDICATOR_IDS);
    const after = coreIndicatorIds("2024-10-01");
    expect(after).not.toContain("extension_rate");
    for (const id of ["case_proceedings_ratio", "appeal_reversal_remand_ratio", "long_pending_12m_ratio"])
      expect(after).toContain(id);
  });

  it("every default panel names catalogue indicators only, each once", () => {
    for (const v of CATALOGUE_VERSIONS) {
      const ids = v.coreIds ?? CORE_INDICATOR_IDS;
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(indicatorById(id), `${v.id}: ${id}`).toBeDefined();
    }
  });

  it("marks the merged item in the 2024-09 set and the two it replaced out of it", () => {
    const inSet = (date: string) =>
      new Set(
        selectCatalogue(date)
          .indicators.filter((d) => d.inSpcSet)
          .map((d) => d.id),
      );
    const before = inSet("2024-09-30");
    const after = inSet("2024-10-01");
    expect(before.has("reversal_remand_rate")).toBe(true);
    expect(before.has("appeal_reversal_remand_ratio")).toBe(false);
    expect(after.has("reversal_remand_rate")).toBe(false);
    expect(after.has("appeal_reversal_remand_ratio")).toBe(true);
    expect(after.has("extension_rate")).toBe(false);
    expect(after.has("case_proceedings_ratio")).toBe(true);
  });

  it("lists the SPC items the export cannot give, each naming the data it lacks, none also computed", () => {
    expect(catalogueVersionOn("2024-10-01").unsupported).toBe(SPC_2024_09_UNSUPPORTED);
    const computed = new Set(
      selectCatalogue("2024-10-01")
        .indicators.filter((d) => d.inSpcSet)
        .map((d) => d.spc?.name),
    );
    for (const u of SPC_2024_09_UNSUPPORTED) {
      expect(u.missing.length).toBeGreaterThan(5);
      expect(computed.has(u.name)).toBe(false);
    }
    expect(SPC_2024_09_UNSUPPORTED.map((u) => u.name)).toContain("再审改判—发回重审比");
  });
});
