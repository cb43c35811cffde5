import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "./catalogue.js";
import { renderIndicatorDocs } from "./docs.js";

describe("docs/indicators.md", () => {
  it("is generated from the catalogue and current (run `npm run docs` after changing it)", () => {
    const file = readFileSync(new URL("../../../docs/indicators.md", import.meta.url), "utf8");
    expect(file).toBe(renderIndicatorDocs());
  });

  it("has one entry per indicator, at least 30, ids unique and snake_case", () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(30);
    const ids = INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
    const text = renderIndicatorDocs();
    for (const d of INDICATORS) expect(text).toContain(`\`${d.id}\``);
  });
});
