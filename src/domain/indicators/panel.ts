/** The result of an indicator panel: every figure of every group, assessed, with 同比 and 环比 when asked. */
import type { Assessment, Figure, Period } from "./evaluate.js";
import type { Grouping } from "./grouping.js";

export interface PanelFigure extends Figure {
  assessment: Assessment;
  yoy?: Figure;
  mom?: Figure;
  /**
   * Set when the figure was computed from the case rows because its definition or period depends
   * on a day the monthly rollup does not key by (docs/rollup.md): the explanation shown with it.
   */
  fromCases?: string;
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
  /**
   * On a federation node answering without unreachable members (setting skipUnreachable): the
   * members left out, whose courts no figure of this panel counts.
   */
  missingMembers?: { name: string; courts: string[] }[];
  /** Which store answered: the monthly rollup, the facts (case rows), or each for some periods. */
  answeredFrom?: "rollup" | "facts" | "mixed";
  /** Why (some of) the panel was computed from the case rows, in Chinese. */
  factsReason?: string;
}

/** The note shown with a figure computed from the case rows for a reason of dates. */
export const FROM_CASES_NOTE = "此项按案件明细计算";
