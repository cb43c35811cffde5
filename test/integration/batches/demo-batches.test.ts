/**
 * The demo court (default size, seed 1) has 并案审理 candidates of each classic kind: a property
 * company against many owners (物业服务合同纠纷), a bank's card centre against many cardholders
 * (信用卡纠纷), and the mirror — many workers against one employer (追索劳动报酬纠纷) — on the as-of
 * day the e2e court uses and on another.
 */
import { describe, expect, it } from "vitest";
import { generateDemoCourt } from "../../../src/demo/generate.js";
import {
  BATCH_SETTINGS_DEFAULTS,
  type BatchCaseInput,
  findBatches,
} from "../../../src/domain/batches/index.js";

function pendingCivil(asOf: string): BatchCaseInput[] {
  const y = Number(asOf.slice(0, 4));
  const out: BatchCaseInput[] = [];
  let id = 0;
  for (const { case: c } of generateDemoCourt({ fromYear: y - 2, toYear: y, asOf, seed: 1 })) {
    id++;
    if (c.closedOn || !c.cause || !c.caseNumber?.includes("民初")) continue;
    out.push({
      id,
      caseNumber: c.caseNumber,
      cause: c.cause,
      division: c.division ?? "",
      judge: c.judge ?? "",
      filedOn: c.filedOn ?? "",
      amountFen: null,
      plaintiffs: c.plaintiffs ?? null,
      defendants: c.defendants ?? null,
    });
  }
  return out;
}

describe("the demo court's 并案审理 candidates", () => {
  for (const asOf of ["2026-11-27", "2026-06-30"])
    it(`has a 物业, a 信用卡 and a mirror wage group on ${asOf}`, () => {
      const groups = findBatches(pendingCivil(asOf), BATCH_SETTINGS_DEFAULTS);
      const has = (side: string, cause: string) =>
        groups.some((g) => g.side === side && g.cause === cause && g.cases.length >= 5);
      expect(has("plaintiff", "物业服务合同纠纷")).toBe(true);
      expect(has("plaintiff", "信用卡纠纷")).toBe(true);
      expect(has("defendant", "追索劳动报酬纠纷")).toBe(true);
      // The point of a group: its cases are spread over several judges.
      expect(groups.some((g) => g.judges.length >= 3)).toBe(true);
    }, 120_000);
});
