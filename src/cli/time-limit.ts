import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { todayInChina } from "../app/shared/today.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import {
  computeTimeLimit,
  explainTimeLimit,
  parseTimeline,
  STATUS_NAMES,
  TimeLimitInputError,
  type TimeLimitResult,
  type Timeline,
} from "../domain/time-limit/index.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

async function readInput(source: string): Promise<string> {
  if (source === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(source, "utf8");
  } catch (err) {
    throw new CliError(`无法读取文件 ${source}: ${(err as Error).message}`, 2);
  }
}

/** Parses and validates the input; every problem names its field and value. */
export function parseTimelines(text: string): { timelines: Timeline[]; single: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new CliError(`输入不是有效的 JSON: ${(err as Error).message}`, 2);
  }
  const single = !Array.isArray(json);
  const items = single ? [json] : (json as unknown[]);
  const timelines: Timeline[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const r = parseTimeline(item, single ? "" : `[${i}]`);
    if (r.ok) timelines.push(r.timeline);
    else for (const e of r.errors) problems.push(`${e.field}: ${JSON.stringify(e.value)} — ${e.message}`);
  });
  if (problems.length > 0) throw new CliError(`输入有误:\n${problems.map((p) => `  ${p}`).join("\n")}`, 2);
  return { timelines, single };
}

export function computeAll(timelines: Timeline[], asOf: string): TimeLimitResult[] {
  const problems: string[] = [];
  const results: TimeLimitResult[] = [];
  timelines.forEach((t, i) => {
    try {
      results.push(computeTimeLimit(t, asOf));
    } catch (err) {
      if (err instanceof TimeLimitInputError) {
        problems.push(
          `[${i}].${err.field}: ${JSON.stringify(err.value)} — ${err.message.split(" — ").pop()}`,
        );
      } else throw err;
    }
  });
  if (problems.length > 0) throw new CliError(`输入有误:\n${problems.map((p) => `  ${p}`).join("\n")}`, 2);
  return results;
}

/** 剩余 12 天 / 届满当日 / 超期 128 天 — never a bare negative number. */
export function daysLeftText(daysLeft: number | undefined): string {
  if (daysLeft === undefined) return "";
  if (daysLeft > 0) return `剩余 ${daysLeft} 天`;
  if (daysLeft === 0) return "届满当日";
  return `超期 ${-daysLeft} 天`;
}

function renderTable(results: TimeLimitResult[]): string {
  const rows = results.map((r) => [
    r.caseNumber,
    r.procedure,
    r.baseLimit?.text ?? "—",
    r.extensions.count > 0 ? `${r.extensions.count}次` : "",
    r.excludedDays > 0 ? `${r.excludedDays}天` : "",
    (r.deadline ?? "—") + (r.provisional ? "(暂定)" : ""),
    STATUS_NAMES[r.status],
    daysLeftText(r.daysLeft),
  ]);
  return formatTable(
    ["案号", "审理程序", "法定审限", "延长", "扣除", "届满日", "状态", "剩余/超期"],
    rows,
    [7],
  );
}

export function registerTimeLimitCommand(program: Command): void {
  program
    .command("time-limit")
    .description("计算审限：按案件时间线计算法定审限届满日与剩余天数")
    .argument("<file>", "案件时间线 JSON 文件（单个对象或数组），- 表示标准输入")
    .option("--as-of <date>", "计算基准日 YYYY-MM-DD（默认今天，北京时间）")
    .option("--json", "输出 JSON")
    .option("--explain", "逐步说明计算过程")
    .action(async (file: string, opts: { asOf?: string; json?: boolean; explain?: boolean }) => {
      const asOf = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(asOf) === undefined) {
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      }
      const { timelines, single } = parseTimelines(await readInput(file));
      const results = computeAll(timelines, asOf);
      if (opts.json) {
        console.log(JSON.stringify(single ? results[0] : results, null, 2));
        return;
      }
      console.log(`截至 ${asOf}`);
      console.log(renderTable(results));
      if (opts.explain) {
        for (const r of results) console.log(`\n${explainTimeLimit(r).join("\n")}`);
      }
      const warnings = results.flatMap((r) => r.warnings.map((w) => `${r.caseNumber}: ${w}`));
      if (warnings.length > 0) console.log(`\n提示:\n${warnings.map((w) => `  ${w}`).join("\n")}`);
    });
}
