/**
 * `shenguan triage`: the pending civil first-instance (民初) cases as of a date with the suggested
 * track (小额诉讼程序, 速裁, 简易程序, 普通程序) and every reason that applied, under the court's stored
 * 繁简分流 settings. --json prints an array of { caseNumber, track, rules, reasons }.
 */
import type { Command } from "commander";
import { todayInChina } from "../app/shared/today.js";
import { runTriage } from "../app/triage/run-triage.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { TRACKS, type Track } from "../domain/triage/rules.js";
import { counter, withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

/** One entry per pending case: what `--json` prints. */
export interface TriageJson {
  caseNumber: string;
  track: Track;
  rules: string[];
  reasons: string[];
}

export function registerTriageCommand(program: Command): void {
  program
    .command("triage")
    .description("繁简分流：列出未结民事一审案件的建议程序及理由 (suggested track of pending civil cases)")
    .option("--db <url>", "数据库")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON 数组：[{ caseNumber, track, rules, reasons }]")
    .action(async (opts: { db?: string; asOf?: string; json?: boolean }) => {
      const asOf = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(asOf) === undefined)
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      const r = await withDb(opts.db, async (db) => {
        const progress = counter("分流");
        try {
          return await runTriage(db, { asOf, onProgress: (n) => progress.update(n) });
        } finally {
          progress.stop();
        }
      });
      const cases = [...r.cases].sort((a, b) =>
        a.input.filedOn !== b.input.filedOn ? (a.input.filedOn < b.input.filedOn ? -1 : 1) : a.id - b.id,
      );
      if (opts.json) {
        const out: TriageJson[] = cases.map((t) => ({
          caseNumber: t.input.caseNumber,
          track: t.suggestion.track,
          rules: t.suggestion.rules,
          reasons: t.suggestion.reasons,
        }));
        console.log(JSON.stringify(out, null, 2));
        return;
      }
      const counts = new Map<Track, number>(TRACKS.map((t) => [t, 0]));
      for (const t of cases) counts.set(t.suggestion.track, (counts.get(t.suggestion.track) ?? 0) + 1);
      console.log(`截至 ${asOf} 未结民事一审案件 ${cases.length} 件，分流建议：`);
      console.log(
        formatTable(
          ["建议程序", "件数"],
          TRACKS.map((t) => [t, String(counts.get(t) ?? 0)]),
          [1],
        ),
      );
      if (r.settings.averageWages.length === 0)
        console.log(
          "提示：尚未录入上年度就业人员年平均工资，无法判断小额诉讼标的额标准（请在“分流规则设置”中录入）。",
        );
      console.log("");
      const shown = cases.slice(0, 200);
      console.log(
        formatTable(
          ["案号", "承办部门", "承办人", "案由", "立案时程序", "建议程序", "理由"],
          shown.map((t) => [
            t.input.caseNumber,
            t.input.division,
            t.input.judge,
            t.input.cause ?? "",
            t.input.procedure ?? "",
            t.suggestion.track,
            t.suggestion.reasons.join("；"),
          ]),
        ),
      );
      if (cases.length > shown.length)
        console.log(`…另有 ${cases.length - shown.length} 件（--json 输出全部）`);
    });
}
