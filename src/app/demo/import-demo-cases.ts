/**
 * Imports generated demo cases the way a court's export is imported: written as the export's two
 * CSV files in a temporary folder, then through the importer in one import (all or nothing). The
 * triage settings (the demo wages) go in first, as the import's facts refresh reads them. A
 * rejected import throws with its first errors.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../db/connect.js";
import type { DemoCase } from "../../demo/generate.js";
import { writeDemoCsv } from "../../demo/write.js";
import { type ImportReport, importCases } from "../imports/import-cases.js";
import { systemActor } from "../shared/actor.js";
import { seedDemoTriageSettings } from "./seed-demo-triage-settings.js";

export async function importDemoCases(
  handle: Db,
  cases: Iterable<DemoCase>,
  options: { asOf: string; onProgress?: (phase: string, n: number) => void },
): Promise<ImportReport> {
  const dir = await mkdtemp(join(tmpdir(), "shenguan-demo-"));
  await seedDemoTriageSettings(handle);
  let report: ImportReport;
  try {
    await writeDemoCsv(dir, cases, { onProgress: (n) => options.onProgress?.("generate", n) });
    report = await importCases(
      systemActor("demo"),
      handle,
      [join(dir, "cases.csv"), join(dir, "events.csv")],
      { today: options.asOf, demo: true, onProgress: (phase, n) => options.onProgress?.(phase, n) },
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (!report.ok)
    throw new Error(
      `演示数据导入失败：${report.errors
        .slice(0, 3)
        .map((e) => `${e.sheet} ${e.row} ${e.column} ${e.message}`)
        .join("; ")}`,
    );
  return report;
}
