/** The 四类案件 rule library as the page shows it: each rule with its category, basis and settings in force. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  SUPERVISION_CATEGORY_SHORT,
  SUPERVISION_RULES,
  SUPERVISION_SETTING_NAMES,
} from "../../domain/supervision/supervised-rules.js";
import { mustAuthorize } from "../shared/policy.js";
import { readSupervisionSettings } from "./supervision-settings.js";

export interface SupervisionRuleView {
  id: string;
  category: number;
  categoryName: string;
  title: string;
  situation: string;
  basis: string;
  settings: { name: string; label: string; value: string }[];
}

export async function listSupervisionRules(actor: Actor, handle: Db): Promise<SupervisionRuleView[]> {
  mustAuthorize(actor, "view-cases");
  const s = await readSupervisionSettings(handle);
  return SUPERVISION_RULES.map((r) => ({
    id: r.id,
    category: r.category,
    categoryName: SUPERVISION_CATEGORY_SHORT[r.category],
    title: r.title,
    situation: r.situation,
    basis: r.basis,
    settings: r.settings.map((k) => {
      const v = s[k];
      return {
        name: k,
        label: SUPERVISION_SETTING_NAMES[k],
        value: Array.isArray(v) ? v.join("、") : String(v),
      };
    }),
  }));
}
