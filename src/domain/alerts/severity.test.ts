/**
 * The four-level scale the courts use for warnings: 一级（红） the most serious, then 二级（橙）,
 * 三级（黄）, 四级（蓝）; every screen (web/src/shared/format.ts) says it in the same words and
 * order as the exports and the bulletin.
 */
import { describe, expect, it } from "vitest";
import {
  bySeverity,
  SEVERITY_COLORS as WEB_COLORS,
  SEVERITY_NAMES as WEB_NAMES,
  SEVERITY_ORDER as WEB_ORDER,
} from "../../../web/src/shared/format.js";
import { ALERT_SEVERITIES, SEVERITY_COLORS, SEVERITY_NAMES, SEVERITY_ORDER, SEVERITY_RANK } from "./types.js";

describe("severity scale", () => {
  it("maps critical → 一级（红）, serious → 二级（橙）, warning → 三级（黄）, info → 四级（蓝）", () => {
    expect(SEVERITY_NAMES).toEqual({
      critical: "一级（红）",
      serious: "二级（橙）",
      warning: "三级（黄）",
      info: "四级（蓝）",
    });
    expect(Object.fromEntries(Object.entries(SEVERITY_COLORS).map(([k, v]) => [k, v.name]))).toEqual({
      critical: "红",
      serious: "橙",
      warning: "黄",
      info: "蓝",
    });
  });

  it("lists the levels most serious first, every level once", () => {
    expect(SEVERITY_ORDER).toEqual(["critical", "serious", "warning", "info"]);
    expect([...SEVERITY_ORDER].sort()).toEqual([...ALERT_SEVERITIES].sort());
    // The order agrees with the rank used to sort alerts (higher rank: more serious).
    const ranks = SEVERITY_ORDER.map((s) => SEVERITY_RANK[s]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("the screens use the same words, colours and order", () => {
    expect(WEB_NAMES).toEqual(SEVERITY_NAMES);
    expect(WEB_ORDER).toEqual(SEVERITY_ORDER);
    // Ant Design's tag colours of the same hues.
    expect(WEB_COLORS).toEqual({ critical: "red", serious: "orange", warning: "gold", info: "blue" });
    const rows = ["info", "critical", "warning", "serious"].map((severity) => ({ severity }));
    expect(rows.sort(bySeverity((r) => r.severity)).map((r) => r.severity)).toEqual([
      "critical",
      "serious",
      "warning",
      "info",
    ]);
  });
});
