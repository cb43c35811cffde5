/**
 * The stored court of the kill tests: the first rows of a generated cases file, judged by another
 * 承办人 and without events, so that the import killed over it changes them (and appends their
 * events) as well as adding the rest.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/** Writes the first `count` cases of `casesCsv` to `baseCsv` with 承办人 `judge`; the file's number of cases. */
export function writeBaseCases(casesCsv: string, baseCsv: string, count: number, judge: string): number {
  const lines = readFileSync(casesCsv, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const header = (lines[0] as string).replace(/^\uFEFF/, "").split(",");
  const column = header.indexOf("承办人");
  const base = lines.slice(1, count + 1).map((l) => {
    expect(l.includes('"'), "a base row with quotes").toBe(false);
    const cells = l.split(",");
    cells[column] = judge;
    return cells.join(",");
  });
  writeFileSync(baseCsv, [header.join(","), ...base].join("\n"));
  return lines.length - 1;
}
