import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { writeReviewMinutesDocx } from "./review-minutes-docx.js";

describe("writeReviewMinutesDocx", () => {
  it("writes a .docx whose text reads back: title, the case table and the three parts", async () => {
    const buffer = await writeReviewMinutesDocx({
      courtName: "某某区人民法院",
      title: "第一次评析会",
      heldOn: "2025-09-05",
      place: "第三审判庭",
      host: "副院长",
      attendees: "民一庭",
      problems: "审查不细",
      followUps: "专题学习",
      entries: [
        {
          caseNumber: "（2025）内0602民初101号",
          judge: "张三",
          division: "民一庭",
          cause: null,
          outcome: "改判",
          decidedOn: "2025-06-20",
          reason: null,
          responsibility: null,
          selfText: "自评内容",
          selfBy: "张三",
          chiefText: "讲评内容",
          chiefBy: "庭长",
          leaderText: "点评内容",
          leaderBy: "副院长",
        },
      ],
    });
    const zip = await JSZip.loadAsync(buffer);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    expect(text).toContain("某某区人民法院发改案件评析会纪要");
    // The table row: number, judge, division, outcome with its day, 未分类 twice.
    expect(text).toContain("1（2025）内0602民初101号张三民一庭改判（2025-06-20）未分类未分类");
    expect(text).toContain("原承办人自评：自评内容（张三）");
    expect(text).toContain("庭长讲评：讲评内容（庭长）");
    expect(text).toContain("分管领导点评：点评内容（副院长）");
    expect(text).toContain("其中 1 件评析完毕");
    // A4 portrait, the house style's page size (twips).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
