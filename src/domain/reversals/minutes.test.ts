import { describe, expect, it } from "vitest";
import { chineseDate, minutesDocument } from "./minutes.js";

const entry = {
  caseNumber: "（2025）内0602民初101号",
  judge: "张三",
  division: "民一庭",
  cause: "民间借贷纠纷",
  outcome: "改判",
  decidedOn: "2025-06-20",
  reason: "事实认定",
  responsibility: "差错",
  selfText: "自评内容",
  selfBy: "张三",
  chiefText: "讲评内容",
  chiefBy: "庭长",
  leaderText: null,
  leaderBy: null,
};

describe("minutesDocument", () => {
  it("writes the meeting, each case's three parts (未记录 where missing), problems and follow-ups", () => {
    const d = minutesDocument({
      courtName: "某某区人民法院",
      title: "第一次评析会",
      heldOn: "2025-09-05",
      place: "",
      host: "副院长",
      attendees: "民一庭",
      problems: "问题一\n\n问题二",
      followUps: "",
      entries: [entry],
    });
    expect(d.title).toBe("某某区人民法院发改案件评析会纪要");
    const texts = d.body.map((b) => (b.kind === "table" ? b.rows.flat().join("|") : b.text));
    expect(texts).toContain("时间：2025年9月5日");
    expect(texts).toContain("地点：—");
    expect(texts).toContain("（一）（2025）内0602民初101号（民间借贷纠纷）");
    expect(texts).toContain("原承办人自评：自评内容（张三）");
    expect(texts).toContain("分管领导点评：（未记录）");
    // One entry, not complete (点评 missing): 0 评析完毕.
    expect(texts.some((t) => t.includes("其中 0 件评析完毕"))).toBe(true);
    // Blank lines of the problems are dropped; empty follow-ups say so.
    expect(
      texts.slice(texts.indexOf("二、发现的共性问题") + 1, texts.indexOf("三、整改措施和后续工作")),
    ).toEqual(["问题一", "问题二"]);
    expect(texts[texts.length - 1]).toBe("（未记录）");
    expect(d.signature).toBe("某某区人民法院审判管理办公室　2025年9月5日");
  });

  it("writes dates the Chinese way", () => {
    expect(chineseDate("2026-01-09")).toBe("2026年1月9日");
  });
});
