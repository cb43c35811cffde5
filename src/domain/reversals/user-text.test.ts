/**
 * The texts of 发改案件, 评析会 and 类案裁判规则 that users read (the reasons and their basis, the
 * figures, the minutes' words, the error messages of the use cases) are Chinese with citations —
 * no developer notes, no English.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { offending, sourceLiterals } from "../../../test/helpers/user-text.js";

const FOLDERS = [
  "./",
  "../case-rules/",
  "../../app/reversals/",
  "../../app/review-meetings/",
  "../../app/case-rules/",
];

describe("user texts of 发改案件, 评析会, 类案裁判规则", () => {
  for (const folder of FOLDERS) {
    it(`every Chinese literal of ${folder} is Chinese`, () => {
      const dir = new URL(folder, import.meta.url);
      const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
      expect(files.length).toBeGreaterThan(0);
      const texts = files.flatMap((f) => sourceLiterals(new URL(f, dir).pathname));
      expect(offending(texts)).toEqual([]);
    });
  }
});
