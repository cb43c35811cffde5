/** Starting a case: a fresh draft with its 案号 and every other field at its default. */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { CaseIdentity } from "../domain/time-limit/index.js";
import { assignCaseNumber } from "./case-number.js";
import type { DemoContext } from "./context.js";
import type { Draft } from "./draft.js";
import type { DemoLabel } from "./types.js";

/** A fresh draft of a case filed on `filed`, with its 案号; every other field at its default. */
export function newDraft(
  ctx: DemoContext,
  typeCode: string,
  filed: DayNumber,
  labels: DemoLabel[],
  backlogSeq?: number,
): Draft {
  const identity = ctx.tables.identities.get(typeCode) as CaseIdentity;
  return {
    typeCode,
    identity,
    filed,
    caseNumber: assignCaseNumber(ctx, typeCode, filed, labels, backlogSeq),
    labels,
    cause: null,
    procedure: null,
    recordedProcedure: null,
    division: ctx.court.division.fastTrack,
    judge: "",
    plaintiffs: [],
    defendants: [],
    enterpriseExtra: false,
    amountFen: null,
    exclusionRates: {},
    mode: "其他",
    events: [],
    closing: null,
    finalProcedure: null,
    appeal: null,
    enforcementOn: null,
    recoveredFen: null,
    archived: null,
    origin: null,
  };
}
