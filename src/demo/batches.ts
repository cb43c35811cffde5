/**
 * Filing — same-plaintiff batches (批量案件: 物业服务合同纠纷, 信用卡纠纷 …): one plaintiff files
 * several 民初 on one day, before one division and judge, under one procedure; most members are
 * then tried with the first (the leader) and close with it, in the same mode.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { Procedure } from "../domain/case/procedure.js";
import { amountOf, capSmall } from "./amounts.js";
import { CIVIL_PROCEDURE, type CivilCause } from "./catalog.js";
import { planLife } from "./closing.js";
import type { DemoContext } from "./context.js";
import type { DemoDivision, DivisionKey } from "./court.js";
import type { Draft, Party } from "./draft.js";
import { completeCivil } from "./filing-civil.js";
import { newDraft } from "./new-draft.js";
import { defendantsOf, judgeOf, party } from "./parties.js";
import type { WeightedTable } from "./rng.js";

/** A batch being filed: what its members share, how many are left, and how its leader closed. */
export interface BatchState {
  left: number;
  cause: CivilCause;
  plaintiff: Party;
  division: DemoDivision;
  judge: string;
  procedure: Procedure;
  /** The leader's closing day when its members may share it (no events, neither late nor stuck). */
  leaderClosing: DayNumber | null;
  /** The leader's closure mode; null until the leader is made. */
  leaderMode: string | null;
}

/** Starts a batch of `cause` (at most `budget` cases); its first member is the next case. */
export function startBatch(ctx: DemoContext, cause: CivilCause, budget: number): BatchState {
  const rng = ctx.rng;
  const [lo, hi] = cause.batch!.size;
  const size = Math.min(rng.between(lo, hi), budget);
  const plaintiff = party(ctx, cause.plaintiff);
  const group = ctx.tables.routing.get(cause.group) as WeightedTable<DivisionKey>;
  const division = ctx.court.division[rng.weighted(group)];
  const procedure: Procedure = rng.chance(CIVIL_PROCEDURE.smallClaimsBatch) ? "小额诉讼程序" : "简易程序";
  return {
    left: size,
    cause,
    plaintiff,
    division,
    judge: judgeOf(rng, division),
    procedure,
    leaderClosing: null,
    leaderMode: null,
  };
}

/** The next member of batch `b`, filed on day d, its life planned (often the leader's closing and mode). */
export function batchMember(ctx: DemoContext, b: BatchState, d: DayNumber): Draft {
  const leader = b.leaderMode === null;
  b.left--;
  const x = newDraft(ctx, "民初", d, ["batch"]);
  x.cause = b.cause.name;
  x.plaintiffs = [b.plaintiff];
  x.defendants = defendantsOf(ctx, b.cause.defendants);
  x.amountFen = amountOf(ctx.rng, b.cause);
  x.procedure = b.procedure;
  if (x.procedure === "小额诉讼程序") x.amountFen = capSmall(ctx.rng, x.amountFen);
  if (x.amountFen === null && x.procedure === "小额诉讼程序") x.procedure = "简易程序";
  x.division = b.division;
  x.judge = b.judge;
  completeCivil(ctx, x, b.cause);
  const share = !leader && ctx.rng.chance(0.7) && b.leaderClosing !== null;
  planLife(ctx, x, share ? { closing: b.leaderClosing as number, mode: b.leaderMode as string } : undefined);
  if (leader) {
    b.leaderMode = x.mode;
    const plain = x.events.length === 0 && !x.labels.includes("late") && !x.labels.includes("stuck");
    b.leaderClosing = plain ? x.closing : null;
  }
  return x;
}
