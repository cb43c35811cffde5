/** The indicator catalogue as scoring and validation read it: name, unit and direction by id. */
import { indicatorById } from "../indicators/catalogue.js";
import { ALL_REGISTER_INDICATORS } from "./register-indicators.js";
import type { IndicatorBrief } from "./scheme.js";

export function catalogueLookup(id: string): IndicatorBrief | undefined {
  const d = indicatorById(id) ?? ALL_REGISTER_INDICATORS.find((r) => r.id === id);
  return d ? { id: d.id, name: d.name, unit: d.unit, direction: d.direction } : undefined;
}
