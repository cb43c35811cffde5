/**
 * The demo court as import files (`shenguan demo`): cases.csv and events.csv, or one cases.xlsx,
 * deterministic for the same options and seed (docs/demo-data.md).
 */
import { type DemoOptions, generateDemoCourt, planDemoCourt } from "../../demo/generate.js";
import {
  type DemoWriteOptions,
  type DemoWriteResult,
  writeDemoCsv,
  writeDemoXlsx,
} from "../../demo/write.js";
import { CSV_ENCODINGS, type CsvEncoding } from "../../io/csv-writer.js";

export { CSV_ENCODINGS, type CsvEncoding, type DemoOptions };

/** The plan of a demo court (its court, its filing window, its volumes); throws RangeError for impossible options. */
export const planDemo = planDemoCourt;

export async function writeDemoFiles(
  out: string,
  options: DemoOptions,
  write: DemoWriteOptions & { xlsx?: boolean },
): Promise<DemoWriteResult> {
  const { xlsx, ...rest } = write;
  return (xlsx ? writeDemoXlsx : writeDemoCsv)(out, generateDemoCourt(options), rest);
}
