import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildBulletin } from "../app/bulletins/build-bulletin.js";
import { bulletinFile } from "../app/bulletins/export-bulletin.js";
import { courtsOfLevel, LEVEL_NAMES } from "../app/courts/court-choice.js";
import { systemActor } from "../app/shared/actor.js";
import { ForbiddenError, InvalidInputError } from "../app/shared/errors.js";
import { chineseDate, isBulletinMonth } from "../domain/bulletin/dates.js";
import { tryParseIsoDate } from "../domain/calendar/civil-date.js";
import type { CourtLevel } from "../domain/case-number/index.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";

export function registerBulletinCommand(program: Command): void {
  program
    .command("bulletin")
    .description(
      "生成月度审限与长期未结案件通报：Excel 明细表与 Word 通报 (monthly bulletin as of the month's last day)",
    )
    .requiredOption("--month <YYYY-MM>", "通报月份，如 2024-06（按该月最后一日计算；本月按今天计算）")
    .option("--out <dir>", "输出目录（不存在则创建）", ".")
    .option("--db <url>", "数据库")
    .option("--today <date>", "今天 YYYY-MM-DD（默认北京时间今天）")
    .option("--court <code>", "法院代字：只通报该法院（多法院数据库；默认本院全部数据）")
    .option(
      "--level <level>",
      "与 --court 同用：为该法院辖下某一层级的每个法院各出一份通报（basic 基层法院、intermediate 中级法院）",
    )
    .action(
      async (opts: {
        month: string;
        out: string;
        db?: string;
        today?: string;
        court?: string;
        level?: string;
      }) => {
        if (!isBulletinMonth(opts.month)) {
          throw new CliError(`--month: ${JSON.stringify(opts.month)} — 应为形如 2024-06 的月份`, 2);
        }
        if (opts.today !== undefined && tryParseIsoDate(opts.today) === undefined) {
          throw new CliError(
            `--today: ${JSON.stringify(opts.today)} — 不是有效日期 （应为形如 2024-06-30 的日期）`,
            2,
          );
        }
        const level = levelOption(opts.level);
        if (level && !opts.court)
          throw new CliError("--level: 须与 --court 同用（如 --court 内06 --level basic）", 2);
        const started = performance.now();
        const all = await withDb(opts.db, async (db) => {
          try {
            const actor = systemActor();
            const courts: (string | undefined)[] = level
              ? await courtsOfLevel(actor, db, opts.court as string, level)
              : [opts.court];
            if (courts.length === 0)
              throw new CliError(
                `--court ${opts.court} --level ${opts.level}: 数据库中没有该法院下的${LEVEL_NAMES[level as CourtLevel]}`,
                2,
              );
            const out = [];
            for (const court of courts)
              out.push(await buildBulletin(actor, db, opts.month, { today: opts.today, court }));
            return out;
          } catch (err) {
            if (err instanceof InvalidInputError) throw new CliError(`--${err.message}`, 2);
            if (err instanceof ForbiddenError) throw new CliError(`--court: ${err.message}`, 2);
            throw err;
          }
        });
        try {
          await mkdir(opts.out, { recursive: true });
        } catch (err) {
          throw new CliError(`写入 ${opts.out} 失败: ${(err as Error).message}`, 1);
        }
        for (const data of all) {
          const made = await Promise.all([bulletinFile(data, "xlsx"), bulletinFile(data, "docx")]);
          const files = made.map((f) => join(opts.out, f.fileName));
          try {
            for (const [i, f] of made.entries()) await writeFile(files[i] as string, f.content);
          } catch (err) {
            throw new CliError(`写入 ${opts.out} 失败: ${(err as Error).message}`, 1);
          }
          const t = data.thisMonth.total;
          const n = (k: string) => t[k] ?? 0;
          console.log(
            `${data.court.name} ${data.month} 审限与长期未结通报（截至 ${chineseDate(data.asOf)}，上月截至 ${chineseDate(data.previous.asOf)}），` +
              `用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
          );
          console.log(
            `  超审限未结 ${n("time-limit.overdue")} 件，临近届满 ${n("time-limit.due-critical") + n("time-limit.due-soon")} 件，` +
              `长期未结案件清单 ${data.longPending.length} 条，隐形超审限线索 ${data.concealed.length} 条`,
          );
          for (const f of files) console.log(`  ${f}`);
        }
      },
    );
}

/** --level: a court level (basic, intermediate, high), or undefined when not given. */
export function levelOption(text: string | undefined): CourtLevel | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const byName = Object.entries(LEVEL_NAMES).find(([, name]) => name.startsWith(t) || name === t)?.[0];
  const level = (["basic", "intermediate", "high"] as const).find((l) => l === t) ?? byName;
  if (!level || level === "supreme")
    throw new CliError(`--level: ${JSON.stringify(text)} — 应为 basic、intermediate 或 high`, 2);
  return level as CourtLevel;
}
