import { describe, expect, it } from "vitest";
import { checkCronFields } from "./cron-fields.js";

describe("cron fields", () => {
  it("accepts the default schedules and common forms", () => {
    for (const e of ["0 6 1 * *", "0 6 5 1,4,7,10 *", "*/5 * * * *", "30 7 1-7 * 1-5", "0 0 * * 7"])
      expect(checkCronFields(e), e).toBeNull();
  });

  it("names the field and value it refuses", () => {
    expect(checkCronFields("0 6 32 * *")).toBe("“日”一段的取值 32 超出范围（1–31）");
    expect(checkCronFields("0 24 1 * *")).toBe("“时”一段的取值 24 超出范围（0–23）");
    expect(checkCronFields("0 6 1 13 *")).toBe("“月”一段的取值 13 超出范围（1–12）");
    expect(checkCronFields("0 6 1")).toMatch(/^应为五段.*现为 3 段/);
    expect(checkCronFields("")).toMatch(/现为 0 段/);
    expect(checkCronFields("0 6 L * *")).toMatch(/^“日”一段“L”写法不对/);
    expect(checkCronFields("*/0 * * * *")).toBe("“分”一段“*/0”的间隔应大于 0");
    expect(checkCronFields("0 6 9-3 * *")).toBe("“日”一段的范围 9-3 起点大于终点");
  });
});
