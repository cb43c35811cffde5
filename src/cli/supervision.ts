/** `shenguan supervision identify`: the 四类案件 candidates as of a date (the rule library over every case). */
import type { Command } from "commander";
import { todayInChina } from "../app/shared/today.js";
import {
  type CaseFinding,
  findSupervisionCandidates,
} from "../app/supervision/find-supervision-candidates.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import {
  SUPERVISION_CATEGORY_SHORT,
  SUPERVISION_RULES,
  SUPERVISION_RULES_BY_ID,
} from "../domain/supervision/supervised-rules.js";
import { counter, withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

/** One entry per case and rule: what `--json` prints. */
export interface SupervisionCandidateJson {
  caseNumber: string;
  rule: string;
  category: number;
  reason: string;
}

export function candidateJson(f: CaseFinding): SupervisionCandidateJson {
  return { caseNumber: f.caseNumber, rule: f.rule, category: f.category, reason: f.reason };
}

export function registerSupervisionCommand(program: Command): void {
  const supervision = program.command("supervision").description("四类案件监督管理 (supervised cases)");
  supervision
    .command("identify")
    .description("按识别规则列出四类案件候选（每件案件每条规则一行；只读，导入后系统已自动记录）")
    .option("--db <url>", "数据库")
    .option("--as-of <date>", "基准日 YYYY-MM-DD（默认今天）")
    .option("--json", "输出 JSON 数组：[{ caseNumber, rule, category, reason }]")
    .action(async (opts: { db?: string; asOf?: string; json?: boolean }) => {
      const asOf = opts.asOf ?? todayInChina();
      if (tryParseIsoDate(asOf) === undefined)
        throw new CliError(
          `--as-of: ${JSON.stringify(asOf)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
          2,
        );
      const r = await withDb(opts.db, async (db) => {
        const progress = counter("检查");
        try {
          return await findSupervisionCandidates(db, { asOf, onProgress: (n) => progress.update(n) });
        } finally {
          progress.stop();
        }
      });
      if (opts.json) {
        console.log(JSON.stringify(r.findings.map(candidateJson), null, 2));
        return;
      }
      const cases = new Set(r.findings.map((f) => f.caseNumber)).size;
      console.log(
        `截至 ${asOf} 检查 ${r.cases} 件案件，四类案件候选 ${cases} 件（${r.findings.length} 条规则命中）`,
      );
      const counts = new Map<string, number>();
      for (const f of r.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      console.log(
        formatTable(
          ["规则", "名称", "类别", "件数"],
          SUPERVISION_RULES.map((rule) => [
            rule.id,
            rule.title,
            SUPERVISION_CATEGORY_SHORT[rule.category],
            String(counts.get(rule.id) ?? 0),
          ]),
          [3],
        ),
      );
      console.log("");
      console.log(
        formatTable(
          ["案号", "类别", "规则", "承办部门", "承办人", "说明"],
          r.findings
            .slice(0, 200)
            .map((f) => [
              f.caseNumber,
              SUPERVISION_CATEGORY_SHORT[f.category],
              SUPERVISION_RULES_BY_ID.get(f.rule)?.title ?? f.rule,
              f.division,
              f.judge,
              f.reason,
            ]),
        ),
      );
      if (r.findings.length > 200) console.log(`…另有 ${r.findings.length - 200} 条（--json 输出全部）`);
    });
}
