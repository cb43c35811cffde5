/** The result of an indicator panel: every figure of every group, assessed, with 同比 and 环比 when asked. */
import type { Assessment, Figure, Period } from "./evaluate.js";
import type { Grouping } from "./grouping.js";

export interface PanelFigure extends Figure {
  assessment: Assessment;
  yoy?: Figure;
  mom?: Figure;
}

export interface IndicatorPanel {
  from: string;
  to: string;
  by: Grouping;
  catalogueVersion: string;
  indicators: string[];
  groups: { key: string; indicators: Record<string, PanelFigure> }[];
  /** The periods compared with, when asked. */
  comparedWith?: { yoy: Period; mom: Period };
  /**
   * On a federation node answering without unreachable members (setting skipUnreachable): the
   * members left out, whose courts no figure of this panel counts.
   */
  missingMembers?: { name: string; courts: string[] }[];
}
