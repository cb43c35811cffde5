import { describe, expect, it } from "vitest";
import { missingParts, reviewComplete } from "./review.js";

describe("评析完毕", () => {
  it("needs all three of 自评, 讲评 and 点评", () => {
    expect(reviewComplete({ selfText: "自评", chiefText: "讲评", leaderText: "点评" })).toBe(true);
    expect(reviewComplete({ selfText: "自评", chiefText: "  ", leaderText: "点评" })).toBe(false);
    expect(missingParts({ selfText: null, chiefText: "讲评", leaderText: null })).toEqual(["self", "leader"]);
  });
});
