/**
 * Filing — who: parties drawn from the court's pools of recurring names (banks, property and
 * heating companies, agencies …) or made up (persons), and the judge from a division's roster.
 */
import type { CivilCause, PartyKind } from "./catalog.js";
import type { DemoContext } from "./context.js";
import type { DemoDivision } from "./court.js";
import type { Party } from "./draft.js";
import { personName } from "./names.js";
import type { Rng } from "./rng.js";

export function party(ctx: DemoContext, kind: PartyKind): Party {
  const p = ctx.court.parties;
  const rng = ctx.rng;
  switch (kind) {
    case "person":
      return { name: personName(rng), enterprise: false };
    case "company":
      return { name: rng.pick(p.companies), enterprise: true };
    case "bank":
      return { name: rng.pick(p.banks), enterprise: true };
    case "card":
      return { name: rng.pick(p.cardCentres), enterprise: true };
    case "property":
      return { name: rng.pick(p.propertyCompanies), enterprise: true };
    case "heating":
      return { name: rng.pick(p.heatingCompanies), enterprise: true };
    case "insurer":
      return { name: rng.pick(p.insurers), enterprise: true };
    case "developer":
      return { name: rng.pick(p.developers), enterprise: true };
    case "builder":
      return { name: rng.pick(p.builders), enterprise: true };
    case "lender":
      return { name: rng.pick(p.lenders), enterprise: true };
    case "guarantor":
      return { name: rng.pick(p.guarantors), enterprise: true };
    case "agency":
      return { name: rng.pick(p.agencies), enterprise: false };
    case "prosecutor":
      return { name: ctx.court.procuratorate, enterprise: false };
  }
}

export function defendantsOf(ctx: DemoContext, spec: CivilCause["defendants"]): Party[] {
  const out: Party[] = [];
  for (const s of spec) {
    if (typeof s === "string") out.push(party(ctx, s));
    else if (ctx.rng.chance(s[1])) out.push(party(ctx, s[0]));
  }
  // Every case has a defendant: when none of the optional ones came, a person.
  if (out.length === 0) out.push(party(ctx, "person"));
  return out;
}

export function judgeOf(rng: Rng, div: DemoDivision): string {
  return rng.weighted(div.judgeTable).name;
}
