import { describe, expect, it } from "vitest";
import { ruleTransition, sameCause } from "./rule.js";

describe("ruleTransition", () => {
  it("edits and adopts a draft only, retires an adopted rule only", () => {
    expect(ruleTransition("draft", "edit").ok).toBe(true);
    expect(ruleTransition("adopted", "edit").ok).toBe(false);
    expect(ruleTransition("draft", "adopt").ok).toBe(true);
    expect(ruleTransition("retired", "adopt").ok).toBe(false);
    expect(ruleTransition("adopted", "retire").ok).toBe(true);
    expect(ruleTransition("draft", "retire").ok).toBe(false);
  });
});

describe("sameCause", () => {
  it("compares names without spaces and bracket width", () => {
    expect(sameCause("民间借贷纠纷", " 民间借贷纠纷")).toBe(true);
    expect(sameCause("申请撤销仲裁裁决（含劳动）", "申请撤销仲裁裁决(含劳动)")).toBe(true);
    expect(sameCause("民间借贷纠纷", "金融借款合同纠纷")).toBe(false);
    expect(sameCause("民间借贷纠纷", null)).toBe(false);
  });
});
