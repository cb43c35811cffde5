/**
 * The workflow kinds the court runs, as screens need them: each kind's Chinese name, its states
 * (labels, which are final) and the Chinese labels of every field its steps ask for — so that a
 * matter's trace can name each value given in any step, not only in those open now.
 */
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { WORKFLOW_KINDS } from "./kinds.js";

export interface WorkflowKindInfo {
  id: string;
  name: string;
  states: { name: string; label: string; terminal: boolean }[];
  /** Field name → Chinese label, over the opening step and every transition. */
  fieldLabels: Record<string, string>;
}

export function listWorkflowKinds(actor: Actor): { kinds: WorkflowKindInfo[] } {
  mustAuthorize(actor, "view-inbox");
  return {
    kinds: Object.values(WORKFLOW_KINDS).map((k) => {
      const fieldLabels: Record<string, string> = {};
      for (const t of [k.open, ...k.transitions])
        for (const f of t.fields ?? []) fieldLabels[f.name] ??= f.label;
      return {
        id: k.id,
        name: k.name,
        states: k.states.map((s) => ({ name: s.name, label: s.label, terminal: s.terminal === true })),
        fieldLabels,
      };
    }),
  };
}
