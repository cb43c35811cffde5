/** docs/assessment.md lists every default weight as the code has it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_WORKLOAD_WEIGHTS } from "./weights.js";

describe("docs/assessment.md", () => {
  const doc = readFileSync(new URL("../../../docs/assessment.md", import.meta.url), "utf8");
  it("has a row for each default weight, with its value and basis", () => {
    for (const r of DEFAULT_WORKLOAD_WEIGHTS.rows)
      expect(doc, `${r.typeCode} ${r.procedure}`).toContain(
        `| ${r.typeCode} | ${r.procedure} | ${r.weight} | ${r.basis} |`,
      );
  });
});
