import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  courtNodeOf,
  courtsAtLevel,
  courtsVisibleTo,
  isUnderOrSame,
  parentCourtOf,
} from "./hierarchy.js";

// The register (2018): 内0602 鄂尔多斯市东胜区人民法院 and 内0603 康巴什区 under 内06 鄂尔多斯市中级人民法院,
// under 内 内蒙古自治区高级人民法院; 京0101 东城区 under 京02 (北京市第二中级人民法院), not under a "京01".
const KNOWN = ["内0602", "内0603", "内06", "内0102", "京0101"];

describe("court hierarchy", () => {
  it("reads parents from the register, including those a code's shape does not tell", () => {
    expect(parentCourtOf("内0602")).toBe("内06");
    expect(parentCourtOf("内06")).toBe("内");
    expect(parentCourtOf("内")).toBe("最高法");
    expect(parentCourtOf("最高法")).toBeNull();
    expect(parentCourtOf("京0101")).toBe("京02");
    expect(ancestorsOf("内0602")).toEqual(["内06", "内", "最高法"]);
  });

  it("hangs a court the register lacks under the court its code names", () => {
    // 内0699 is well-formed but not in the 2018 register.
    expect(parentCourtOf("内0699")).toBe("内06");
    expect(courtNodeOf("内0699")).toMatchObject({ level: "basic", parentCode: "内06" });
    expect(courtNodeOf("内0602")).toMatchObject({ name: "鄂尔多斯市东胜区人民法院", level: "basic" });
  });

  it("gives a basic court its own court, a 中院 its basic courts, a 高院 the province", () => {
    expect(courtsVisibleTo("内0602", KNOWN)).toEqual(["内0602"]);
    expect(courtsVisibleTo("内06", KNOWN)).toEqual(["内06", "内0602", "内0603"]);
    expect(courtsVisibleTo("内", KNOWN)).toEqual(["内", "内0102", "内06", "内0602", "内0603"]);
    expect(courtsVisibleTo("最高法", KNOWN)).toHaveLength(6);
    expect(isUnderOrSame("内0603", "内0602")).toBe(false);
  });

  it("lists a level's courts under a court", () => {
    expect(courtsAtLevel("内", "basic", KNOWN)).toEqual(["内0102", "内0602", "内0603"]);
    expect(courtsAtLevel("内06", "intermediate", KNOWN)).toEqual(["内06"]);
  });
});
