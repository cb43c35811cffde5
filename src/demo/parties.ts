/**
 * Filing — who: parties drawn from the court's pools of recurring names (banks, property and
 * heating companies, agencies …) or made up (persons), and the judge from a division's roster.
 */
import { CIVIL_CAUSES, type CivilCause, type PartyKind } from "./catalog.js";
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

/** The defendants of 追索劳动报酬纠纷 (recognised by their spec in the catalogue). */
const WAGE_DEFENDANTS = CIVIL_CAUSES.find((c) => c.name === "追索劳动报酬纠纷")?.defendants;

/** Share of the employers sued for wages that are the court's serial defaulter. */
const SERIAL_EMPLOYER_SHARE = 0.2;

/**
 * The employer a worker sues for wages: one time in five the court's serial defaulter (the first
 * builder of the pool — a construction company owing many workers, whose suits make a 并案 group of
 * many plaintiffs against one defendant), else any company. One random number, as `party(ctx,
 * "company")` draws, so every other case of the demo stays as it was.
 */
function wageEmployer(ctx: DemoContext): Party {
  const p = ctx.court.parties;
  const u = ctx.rng.next();
  if (u < SERIAL_EMPLOYER_SHARE && p.builders.length > 0)
    return { name: p.builders[0] as string, enterprise: true };
  const v = (u - SERIAL_EMPLOYER_SHARE) / (1 - SERIAL_EMPLOYER_SHARE);
  return { name: p.companies[Math.floor(v * p.companies.length)] as string, enterprise: true };
}

export function defendantsOf(ctx: DemoContext, spec: CivilCause["defendants"]): Party[] {
  const out: Party[] = [];
  for (const s of spec) {
    if (typeof s === "string")
      out.push(spec === WAGE_DEFENDANTS && s === "company" ? wageEmployer(ctx) : party(ctx, s));
    else if (ctx.rng.chance(s[1])) out.push(party(ctx, s[0]));
  }
  // Every case has a defendant: when none of the optional ones came, a person.
  if (out.length === 0) out.push(party(ctx, "person"));
  return out;
}

export function judgeOf(rng: Rng, div: DemoDivision): string {
  return rng.weighted(div.judgeTable).name;
}
