/**
 * The demo court's 繁简分流 figures: the province's previous-year average wage of employed persons
 * (民事诉讼法第一百六十五条) is a figure the court enters from the published 统计公报; the demo court
 * enters made-up figures, marked as demo data, for every year the demo may cover. The generator
 * places 小额诉讼 and 速裁 amounts around 50 % and 2× of them.
 */
import type { AverageWage } from "../domain/triage/settings.js";

/** The demo wage earned in a year (yuan): 90,000 in 2020, growing 4 % a year, rounded to 100. */
export function demoWageOfYear(wageYear: number): number {
  return Math.round((90_000 * 1.04 ** (wageYear - 2020)) / 100) * 100;
}

/** Demo wages applying from 1 January of each year 2010–2040 (the previous year's figure). */
export function demoAverageWages(): AverageWage[] {
  const out: AverageWage[] = [];
  for (let y = 2010; y <= 2040; y++)
    out.push({
      appliesFrom: `${y}-01-01`,
      wageYear: y - 1,
      yuan: demoWageOfYear(y - 1),
      source: "演示数据（非公布数字）",
      demo: true,
    });
  return out;
}
