/** The classification's choices as data: 发改原因 (with the responsibilities each rules out), 责任认定, who decides an objection. */
import type { Actor } from "../../domain/auth/index.js";
import {
  OBJECTION_DECIDERS,
  OBJECTION_DECISIONS,
  RESPONSIBILITIES,
  RESPONSIBILITY_DESCRIPTIONS,
  REVERSAL_REASONS,
} from "../../domain/reversals/classification.js";
import { mustAuthorize } from "../shared/policy.js";

export interface ReversalOptions {
  reasons: { name: string; description: string; excludes: string[]; basis: string | null }[];
  responsibilities: { name: string; description: string }[];
  deciders: string[];
  decisions: string[];
}

export function reversalOptions(actor: Actor): ReversalOptions {
  mustAuthorize(actor, "view-reversals");
  return {
    reasons: REVERSAL_REASONS.map((x) => ({
      name: x.name,
      description: x.description,
      excludes: [...(x.excludes?.responsibilities ?? [])],
      basis: x.excludes?.basis ?? null,
    })),
    responsibilities: RESPONSIBILITIES.map((name) => ({
      name,
      description: RESPONSIBILITY_DESCRIPTIONS[name],
    })),
    deciders: [...OBJECTION_DECIDERS],
    decisions: [...OBJECTION_DECISIONS],
  };
}
