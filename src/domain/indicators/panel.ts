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
  groups: {
    key: string;
    /** The group's name where its key is a code: a court's name (法院代字 → 鄂尔多斯市东胜区人民法院). */
    name?: string;
    indicators: Record<string, PanelFigure>;
  }[];
  /** The periods compared with, when asked. */
  comparedWith?: { yoy: Period; mom: Period };
}
