import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { loadLprTable } from "../app/loan-interest/load-lpr-table.js";
import { InvalidInputError } from "../app/shared/errors.js";
import { todayInChina } from "../app/shared/today.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import {
  computeLoanInterest,
  type LoanForm,
  LoanInputError,
  type LoanResult,
  percentText,
  yuanText,
} from "../domain/loan-interest/index.js";
import { FIGURE_HEADERS, loanFigureRows, loanParagraph } from "../domain/loan-interest/paragraph.js";
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

/** The `--json` output: the result, with the amounts in yuan beside the fen. */
export function loanJson(result: LoanResult, paragraph: string) {
  return {
    ...result,
    interestSupported: result.interestSupportedFen / 100,
    interestNotSupported: result.interestNotSupportedFen / 100,
    principalDue: result.principalDueFen / 100,
    interestDue: result.interestDueFen / 100,
    costsDue: result.costsDueFen / 100,
    paragraph,
  };
}

export function registerLoanInterestCommand(program: Command): void {
  program
    .command("loan-interest")
    .description("民间借贷利息计算：按要素表计算法律认定的本金、利率保护上限、支持与不予支持的利息及尚欠款项")
    .argument("<file>", "民间借贷要素表 JSON 文件，- 表示标准输入")
    .option("--as-of <date>", "利息计算截止日 YYYY-MM-DD（默认今天，北京时间）")
    .option("--json", "输出 JSON")
    .option(
      "--lpr <file>",
      "一年期贷款市场报价利率设置文件（补充新公布的报价；也可用环境变量 SHENGUAN_LPR_FILE）",
    )
    .action(async (file: string, opts: { asOf?: string; json?: boolean; lpr?: string }) => {
      const asOf = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(asOf) === undefined) {
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期（应为形如 2024-06-30 的日期）`,
          2,
        );
      }
      let lpr: Awaited<ReturnType<typeof loadLprTable>>;
      try {
        lpr = await loadLprTable(opts.lpr);
      } catch (err) {
        if (err instanceof InvalidInputError) throw new CliError(`--lpr: ${err.message}`, 2);
        throw err;
      }
      const text = await readInput(file);
      let form: unknown;
      try {
        form = JSON.parse(text.replace(/^\uFEFF/, ""));
      } catch (err) {
        throw new CliError(`输入不是有效的 JSON: ${(err as Error).message}`, 2);
      }
      let result: LoanResult;
      try {
        result = computeLoanInterest(form as LoanForm, asOf, { lpr });
      } catch (err) {
        if (err instanceof LoanInputError) {
          throw new CliError(`要素表有误:\n${err.message.replace(/^/gm, "  ")}`, 2);
        }
        throw err;
      }
      const paragraph = loanParagraph(form as LoanForm, result);
      if (opts.json) {
        console.log(JSON.stringify(loanJson(result, paragraph), null, 2));
        return;
      }
      console.log(`截至 ${result.asOf}`);
      console.log(
        `认定本金 ${yuanText(result.principalFen)}；利率保护上限 年利率${percentText(result.capRate)}`,
      );
      console.log(
        `支持利息 ${yuanText(result.interestSupportedFen)}；不予支持 ${yuanText(result.interestNotSupportedFen)}`,
      );
      console.log(
        `尚欠 本金${yuanText(result.principalDueFen)}、利息${yuanText(result.interestDueFen)}、实现债权的费用${yuanText(result.costsDueFen)}`,
      );
      console.log("\n计算过程:");
      result.lines.forEach((l, i) => {
        console.log(`  ${i + 1}. ${l.text}\n     依据：${l.basis}`);
      });
      if (result.periods.length > 0) {
        console.log("\n分段计算:");
        console.log(
          formatTable(
            [...FIGURE_HEADERS].slice(0, 9),
            loanFigureRows(result).map((r) => r.slice(0, 9)),
            [3, 4, 7, 8],
          ),
        );
      }
      if (result.warnings && result.warnings.length > 0) {
        console.log(`\n提示:\n${result.warnings.map((w) => `  ${w}`).join("\n")}`);
      }
      console.log(`\n裁判文书段落:\n${paragraph}`);
    });
}
