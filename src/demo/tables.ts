/**
 * The draw tables, built once per run from the catalog's shares: type codes and civil causes
 * (corrected so that, with same-plaintiff batches added, every cause and 民初 itself keep their
 * shares), charges, special and administrative causes, closure modes, routing to divisions,
 * appeal outcomes, and the identity (category) of every generated type code. No randomness here.
 */

import { lookupTypeCode } from "../domain/case-number/index.js";
import type { CaseIdentity } from "../domain/time-limit/index.js";
import {
  ADMIN_CAUSES,
  ADMIN_REVIEW_CAUSES,
  APPEAL_OUTCOMES,
  CIVIL_CAUSES,
  CIVIL_ROUTING,
  type CivilCause,
  CLOSURE_MODES,
  CRIMINAL_APPEAL_OUTCOMES,
  CRIMINAL_CHARGES,
  type CriminalCharge,
  SPECIAL_CAUSES,
  SPECIAL_CLOSURE_CONFIRMATION,
  SPECIAL_CLOSURE_DECLARATION,
  TYPE_SHARES,
} from "./catalog.js";
import type { DivisionKey } from "./court.js";
import { type WeightedTable, weightedTable } from "./rng.js";

export interface DemoTables {
  /** 类型代字 of a fresh filing (民初 reduced for the batch members added on top). */
  readonly type: WeightedTable<string>;
  /** 民初 cause of a fresh filing (batch causes reduced likewise). */
  readonly cause: WeightedTable<CivilCause>;
  /** Per batch cause: the probability that a draw of it starts a batch. */
  readonly batchStart: ReadonlyMap<string, number>;
  /** The titles of 执/执保 cases not enforcing a generated judgment. */
  readonly moneyCause: WeightedTable<CivilCause>;
  readonly charge: WeightedTable<CriminalCharge>;
  readonly special: WeightedTable<string>;
  readonly admin: WeightedTable<string>;
  readonly adminReview: WeightedTable<string>;
  /** Closure modes per type code. */
  readonly modes: ReadonlyMap<string, WeightedTable<string>>;
  /** Divisions per civil cause group. */
  readonly routing: ReadonlyMap<string, WeightedTable<DivisionKey>>;
  readonly specialConfirm: WeightedTable<string>;
  readonly specialDeclare: WeightedTable<string>;
  readonly appeal: WeightedTable<string>;
  readonly criminalAppeal: WeightedTable<string>;
  /** The identity given to `computeTimeLimit` per type code. */
  readonly identities: ReadonlyMap<string, CaseIdentity>;
}

/** Batch draw probability p and mean size k̄ from the batch fraction B: B = p·k̄ / (1 + p(k̄ − 1)). */
function batchStartProbability(fraction: number, meanSize: number): number {
  return fraction / (meanSize - fraction * (meanSize - 1));
}

export function buildTables(): DemoTables {
  const specialConfirm = weightedTable(SPECIAL_CLOSURE_CONFIRMATION);
  const specialDeclare = weightedTable(SPECIAL_CLOSURE_DECLARATION);
  const appeal = weightedTable(APPEAL_OUTCOMES);
  const criminalAppeal = weightedTable(CRIMINAL_APPEAL_OUTCOMES);

  // Causes: regular draws weighted so that, with batch members added, each cause gets its share.
  const batchStart = new Map<string, number>();
  let extra = 0;
  const causeWeights: [CivilCause, number][] = [];
  let total = 0;
  for (const c of CIVIL_CAUSES) {
    let per = 1;
    if (c.batch) {
      const mean = (c.batch.size[0] + c.batch.size[1]) / 2;
      const p = batchStartProbability(c.batch.fraction, mean);
      batchStart.set(c.name, p);
      per = 1 + p * (mean - 1);
    }
    const w = c.share / per;
    causeWeights.push([c, w]);
    total += w;
  }
  for (const [c, w] of causeWeights) {
    if (!c.batch) continue;
    const mean = (c.batch.size[0] + c.batch.size[1]) / 2;
    extra += (w / total) * (batchStart.get(c.name) as number) * (mean - 1);
  }
  const cause = weightedTable(causeWeights);
  // Enforcement titles not generated here (arbitral awards, notarised debts, other courts' judgments):
  // money causes, with individual creditors weighted up (民间借贷 dominates enforcement dockets).
  const moneyCause = weightedTable(
    CIVIL_CAUSES.filter((c) => c.amount && c.small).map((c) => [
      c,
      c.share * (c.plaintiff === "person" ? 2 : 0.7),
    ]),
  );

  // Type codes: 民初 regular draws reduced so that batches bring it back to its share.
  const t = (TYPE_SHARES.find(([c]) => c === "民初")?.[1] ?? 0) / 100;
  const wCivil = t / (1 + extra * (1 - t));
  const type = weightedTable(
    TYPE_SHARES.map(([code, share]) => [
      code,
      code === "民初" ? wCivil : ((1 - wCivil) * share) / 100 / (1 - t),
    ]),
  );
  const identities = new Map<string, CaseIdentity>();
  for (const [code] of TYPE_SHARES) {
    const info = lookupTypeCode(code);
    if (!info) throw new Error(`demo: unknown type code ${code}`);
    identities.set(code, { typeCode: code, category: info.category });
  }
  const modes = new Map<string, WeightedTable<string>>();
  for (const [code, rows] of Object.entries(CLOSURE_MODES)) modes.set(code, weightedTable(rows));
  const routing = new Map<string, WeightedTable<DivisionKey>>();
  for (const [group, rows] of Object.entries(CIVIL_ROUTING)) routing.set(group, weightedTable(rows));
  return {
    type,
    cause,
    batchStart,
    moneyCause,
    charge: weightedTable(CRIMINAL_CHARGES.map((c) => [c, c.share])),
    special: weightedTable(SPECIAL_CAUSES),
    admin: weightedTable(ADMIN_CAUSES),
    adminReview: weightedTable(ADMIN_REVIEW_CAUSES),
    modes,
    routing,
    specialConfirm,
    specialDeclare,
    appeal,
    criminalAppeal,
    identities,
  };
}
