/**
 * Filing — every other type code: 刑初 (charge, procedure, defendants), 行初 and 行审,
 * 民特, 民督, 民撤, 财保, and enforcement — 执 (enforcing a generated judgment when one is due, else
 * a money title or a 非诉执行), 执恢, 执保, 执异 — each with its parties, amount, division and judge.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import { amountOf, yuan } from "./amounts.js";
import { CRIMINAL_PROCEDURE, EXCLUSION_RATES } from "./catalog.js";
import type { DemoContext } from "./context.js";
import type { Draft } from "./draft.js";
import { clamp } from "./math.js";
import { newDraft } from "./new-draft.js";
import { defendantsOf, judgeOf, party } from "./parties.js";
import type { DemoLabel } from "./types.js";

/** A case of any other type code filed on `filed`; `backlogSeq`: a 旧存 case with its 案号 sequence. */
export function fileOther(ctx: DemoContext, type: string, filed: DayNumber, backlogSeq?: number): Draft {
  const rng = ctx.rng;
  const labels: DemoLabel[] = backlogSeq !== undefined ? ["backlog"] : [];
  const div = ctx.court.division;
  switch (type) {
    case "刑初": {
      const x = newDraft(ctx, type, filed, labels, backlogSeq);
      const charge = rng.weighted(ctx.tables.charge);
      x.cause = charge.name;
      const [fast, summary] = CRIMINAL_PROCEDURE[charge.mix];
      const u = rng.next();
      x.procedure = u < fast ? "速裁程序" : u < fast + summary ? "简易程序" : "普通程序";
      x.recordedProcedure = x.procedure;
      x.plaintiffs = [party(ctx, "prosecutor")];
      const n = charge.maxDefendants === 1 ? 1 : Math.min(charge.maxDefendants, 1 + rng.geometric(0.35));
      x.defendants = Array.from({ length: n }, () => party(ctx, "person"));
      x.enterpriseExtra = rng.chance(charge.enterprise);
      x.division = div.criminal;
      x.judge = judgeOf(rng, x.division);
      const rates = { ...EXCLUSION_RATES.刑初 };
      if (x.procedure !== "普通程序") delete rates.补充侦查;
      x.exclusionRates = rates;
      return x;
    }
    case "行初": {
      const x = newDraft(ctx, type, filed, labels, backlogSeq);
      x.cause = rng.weighted(ctx.tables.admin);
      x.procedure = rng.chance(0.85) ? "普通程序" : "简易程序";
      x.recordedProcedure = x.procedure;
      x.plaintiffs = [party(ctx, rng.chance(0.85) ? "person" : "company")];
      x.defendants = [party(ctx, "agency")];
      if (rng.chance(0.1)) x.defendants.push({ name: `${ctx.court.place}人民政府`, enterprise: false });
      x.division = div.administrative;
      x.judge = judgeOf(rng, x.division);
      x.exclusionRates = EXCLUSION_RATES.行初 ?? {};
      return x;
    }
    case "行审": {
      const x = newDraft(ctx, type, filed, labels);
      x.cause = rng.weighted(ctx.tables.adminReview);
      x.plaintiffs = [party(ctx, "agency")];
      x.defendants = [party(ctx, rng.chance(0.6) ? "person" : "company")];
      x.amountFen = rng.chance(0.5) ? yuan(rng, clamp(rng.lognormal(5000, 1), 200, 2_000_000), false) : null;
      x.division = div.administrative;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
    case "民特": {
      const x = newDraft(ctx, type, filed, labels);
      const cause = rng.weighted(ctx.tables.special);
      x.cause = cause;
      x.procedure = "特别程序";
      x.recordedProcedure = x.procedure;
      if (cause === "申请司法确认调解协议") {
        x.plaintiffs = [party(ctx, "person"), party(ctx, rng.chance(0.7) ? "person" : "company")];
        x.amountFen = rng.chance(0.5)
          ? yuan(rng, clamp(rng.lognormal(30_000, 1), 500, 5_000_000), false)
          : null;
      } else if (cause === "申请实现担保物权") {
        x.plaintiffs = [party(ctx, rng.chance(0.7) ? "bank" : "lender")];
        x.defendants = [party(ctx, "person")];
        x.amountFen = yuan(rng, clamp(rng.lognormal(200_000, 0.8), 10_000, 20_000_000), true);
      } else {
        x.plaintiffs = [party(ctx, "person")];
        x.defendants = [party(ctx, "person")];
        if (cause === "申请宣告自然人失踪") x.statutoryNotice = 90;
        if (cause === "申请宣告自然人死亡") x.statutoryNotice = 365;
      }
      const k = rng.next();
      x.division = k < 0.7 ? div.fastTrack : k < 0.85 ? div.tribunal1 : div.tribunal2;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
    case "民督": {
      const x = newDraft(ctx, type, filed, labels);
      x.cause = "申请支付令";
      x.procedure = "督促程序";
      x.recordedProcedure = x.procedure;
      x.plaintiffs = [party(ctx, rng.chance(0.7) ? "company" : "bank")];
      x.defendants = [party(ctx, rng.chance(0.6) ? "person" : "company")];
      x.amountFen = yuan(rng, clamp(rng.lognormal(40_000, 1), 1000, 5_000_000), true);
      x.division = div.fastTrack;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
    case "民撤": {
      const x = newDraft(ctx, type, filed, labels);
      x.cause = "第三人撤销之诉";
      x.procedure = "普通程序";
      x.recordedProcedure = x.procedure;
      x.plaintiffs = [party(ctx, "person")];
      x.defendants = [party(ctx, "person"), party(ctx, rng.chance(0.5) ? "person" : "company")];
      x.amountFen = rng.chance(0.5)
        ? yuan(rng, clamp(rng.lognormal(200_000, 1), 5000, 20_000_000), false)
        : null;
      x.division = rng.chance(0.5) ? div.civil1 : div.civil2;
      x.judge = judgeOf(rng, x.division);
      x.exclusionRates = EXCLUSION_RATES.民撤 ?? {};
      return x;
    }
    case "财保": {
      const x = newDraft(ctx, type, filed, labels);
      x.cause = rng.chance(0.8) ? "申请诉前财产保全" : "申请仲裁前财产保全";
      x.plaintiffs = [party(ctx, rng.chance(0.6) ? "person" : "company")];
      x.defendants = [party(ctx, rng.chance(0.6) ? "person" : "company")];
      x.amountFen = yuan(rng, clamp(rng.lognormal(100_000, 1.1), 2000, 50_000_000), false);
      x.division = div.fastTrack;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
    case "执":
    case "执恢": {
      const x = newDraft(ctx, type, filed, labels, backlogSeq);
      const app = type === "执" && backlogSeq === undefined ? ctx.applications.peek() : undefined;
      if (app && app.date <= filed) {
        ctx.applications.pop();
        x.cause = app.cause;
        x.plaintiffs = app.plaintiffs;
        x.defendants = app.defendants;
        x.amountFen = Math.round(app.amountFen * rng.uniform(0.85, 1.15));
        x.procedure = "执行实施";
        x.origin = app.origin;
        x.labels.push("from-judgment");
      } else if (type === "执" && rng.chance(0.04)) {
        x.cause = rng.weighted(ctx.tables.adminReview);
        x.procedure = "非诉执行";
        x.plaintiffs = [party(ctx, "agency")];
        x.defendants = [party(ctx, rng.chance(0.6) ? "person" : "company")];
        x.amountFen = yuan(rng, clamp(rng.lognormal(8000, 1), 200, 5_000_000), false);
      } else {
        const c = rng.weighted(ctx.tables.moneyCause);
        x.cause = c.name;
        x.procedure = "执行实施";
        x.plaintiffs = [party(ctx, c.plaintiff)];
        x.defendants = defendantsOf(ctx, c.defendants);
        x.amountFen = amountOf(rng, c) ?? yuan(rng, rng.lognormal(50_000, 1), false);
      }
      x.recordedProcedure = x.procedure;
      x.division = x.procedure === "非诉执行" || rng.chance(0.5) ? div.enforcement2 : div.enforcement1;
      x.judge = judgeOf(rng, x.division);
      x.exclusionRates = EXCLUSION_RATES[type] ?? {};
      return x;
    }
    case "执保": {
      const x = newDraft(ctx, type, filed, labels);
      const c = rng.weighted(ctx.tables.moneyCause);
      x.cause = c.name;
      x.plaintiffs = [party(ctx, c.plaintiff)];
      x.defendants = defendantsOf(ctx, c.defendants);
      x.amountFen = amountOf(rng, c) ?? yuan(rng, rng.lognormal(50_000, 1), false);
      x.division = rng.chance(0.6) ? div.enforcement1 : div.enforcement2;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
    case "执异": {
      const x = newDraft(ctx, type, filed, labels);
      x.procedure = "执行审查";
      x.recordedProcedure = x.procedure;
      x.plaintiffs = [party(ctx, rng.chance(0.8) ? "person" : "company")];
      x.defendants = [party(ctx, rng.chance(0.6) ? "person" : "company")];
      x.division = rng.chance(0.5) ? div.enforcement1 : div.enforcement2;
      x.judge = judgeOf(rng, x.division);
      return x;
    }
  }
  throw new Error(`demo: no generator for ${type}`);
}
