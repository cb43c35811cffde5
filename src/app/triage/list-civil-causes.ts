/** The civil 案由 catalogue's names (民事案件案由规定, 2020), for the settings' cause lists. */
import type { Actor } from "../../domain/auth/index.js";
import { civilCauses } from "../../domain/causes/index.js";
import { mustAuthorize } from "../shared/policy.js";

export function listCivilCauses(actor: Actor): { causes: string[] } {
  mustAuthorize(actor, "view-triage");
  return { causes: civilCauses().map((c) => c.name) };
}
