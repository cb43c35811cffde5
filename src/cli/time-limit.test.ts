import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureConsole } from "../../test/helpers/cli.js";
import { main } from "./main.js";

const { out, err } = captureConsole();
const dir = mkdtempSync(join(tmpdir(), "shenguan-tl-"));

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

// The example of docs/import-format.md: 简易 filed 2024-03-01, 鉴定 04-01…04-30 (30 days),
// converted to 普通 on 05-20 (6 months from filing: 2024-09-01), extended 6 months on 08-10:
// 2024-03-01 + 12 months = 2025-03-01; + 30 days = 2025-03-31 (Mon, a working day).
const example = {
  caseNumber: "（2024）内0602民初1234号",
  procedure: "简易程序",
  filedOn: "2024-03-01",
  closedOn: null,
  events: [
    { kind: "扣除审限", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" },
    { kind: "程序转换", from: "2024-05-20", newProcedure: "普通程序" },
    { kind: "延长审限", from: "2024-08-10", length: "6个月", approvedBy: "院长" },
  ],
};

describe("shenguan time-limit", () => {
  it("computes one timeline as JSON", async () => {
    await main([
      "node",
      "shenguan",
      "time-limit",
      "--as-of",
      "2024-09-01",
      "--json",
      file("one.json", example),
    ]);
    const r = JSON.parse(out.join("\n"));
    expect(r.deadline).toBe("2025-03-31");
    expect(r.status).toBe("running");
    // 2024-09-01 → 2025-03-31: Sep 29 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 + Mar 31 = 211.
    expect(r.daysLeft).toBe(211);
    expect(r.excludedDays).toBe(30);
    expect(process.exitCode).toBeUndefined();
  });

  it("keeps the order of an array and prints a Chinese table", async () => {
    const second = {
      caseNumber: "（2024）内0602执88号",
      filedOn: "2024-04-01",
      closedOn: "2024-10-09",
      events: [],
    };
    await main([
      "node",
      "shenguan",
      "time-limit",
      "--as-of",
      "2024-12-31",
      file("two.json", [example, second]),
    ]);
    const text = out.join("\n");
    expect(text).toMatch(/案号/);
    const lines = text.split("\n");
    const i1 = lines.findIndex((l) => l.includes("民初1234号"));
    const i2 = lines.findIndex((l) => l.includes("执88号"));
    expect(i1).toBeGreaterThan(0);
    expect(i2).toBeGreaterThan(i1);
    // 执 2024-04-01 + 6 months = 10-01 (国庆) → 10-08; closed 10-09: one day late.
    expect(lines[i2]).toMatch(/2024-10-08/);
    expect(lines[i2]).toMatch(/超审限结案/);
  });

  it("names the field and value of bad input and exits with 2", async () => {
    const bad = {
      ...example,
      filedOn: "2024-13-01",
      events: [{ kind: "延长审限", from: "2024-08-10", length: "很久" }],
    };
    await main(["node", "shenguan", "time-limit", "--as-of", "2024-09-01", file("bad.json", [example, bad])]);
    expect(process.exitCode).toBe(2);
    const text = err.join("\n");
    expect(text).toMatch(/\[1\]\.filedOn: "2024-13-01"/);
    expect(text).toMatch(/\[1\]\.events\[0\]\.length: "很久"/);
    expect(out).toEqual([]);
  });

  it("rejects a bad case number, a bad --as-of and malformed JSON with exit code 2", async () => {
    await main([
      "node",
      "shenguan",
      "time-limit",
      file("badno.json", { ...example, caseNumber: "（2024）第0627号" }),
    ]);
    expect(process.exitCode).toBe(2);
    expect(err.join("\n")).toMatch(/caseNumber/);
    process.exitCode = undefined;
    await main(["node", "shenguan", "time-limit", "--as-of", "2024/9/1", file("ok.json", example)]);
    expect(process.exitCode).toBe(2);
    expect(err.join("\n")).toMatch(/--as-of: "2024\/9\/1"/);
    process.exitCode = undefined;
    await main(["node", "shenguan", "time-limit", file("broken.json", "{ not json")]);
    expect(process.exitCode).toBe(2);
    expect(err.join("\n")).toMatch(/不是有效的 JSON/);
  });
});

describe("剩余/超期 column", () => {
  it("says how many days are left, the last day, or how many days over — never a bare negative", async () => {
    const { daysLeftText } = await import("./time-limit.js");
    expect(daysLeftText(12)).toBe("剩余 12 天");
    expect(daysLeftText(0)).toBe("届满当日");
    expect(daysLeftText(-128)).toBe("超期 128 天");
    expect(daysLeftText(undefined)).toBe("");
  });
});
