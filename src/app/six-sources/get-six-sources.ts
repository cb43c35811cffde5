/** 六源治理: the sources and the catalogue figures each groups (the figures come from the panel). */
import type { Actor } from "../../domain/auth/index.js";
import { INDICATORS } from "../../domain/indicators/catalogue.js";
import { type CaseSource, SIX_SOURCES, SIX_SOURCES_BASIS } from "../../domain/six-sources/sources.js";
import { mustAuthorize } from "../shared/policy.js";

export interface SixSourcesView {
  basis: string;
  sources: (Omit<CaseSource, "figures"> & {
    figures: { indicator: string; name: string; breakdown: "month" | "type" | null }[];
  })[];
}

export function getSixSources(actor: Actor): SixSourcesView {
  mustAuthorize(actor, "view-indicators");
  const names = new Map(INDICATORS.map((d) => [d.id, d.name]));
  return {
    basis: SIX_SOURCES_BASIS,
    sources: SIX_SOURCES.map((s) => ({
      ...s,
      figures: s.figures
        .filter((f) => names.has(f.indicator))
        .map((f) => ({
          indicator: f.indicator,
          name: names.get(f.indicator) as string,
          breakdown: f.breakdown ?? null,
        })),
    })),
  };
}
