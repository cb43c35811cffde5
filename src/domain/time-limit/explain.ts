/**
 * The arithmetic of a time-limit result written out in words, for people: the case page and the
 * CLI show it next to the timeline bar.
 */
import { formatChineseDate, parseIsoDate } from "../calendar/civil-date.js";
import { STATUS_NAMES, type TimeLimitResult } from "./clock.js";
import { formatPeriodLength } from "./timeline.js";

const cn = (iso: string) => formatChineseDate(parseIsoDate(iso));
const WEEKDAYS = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

function weekday(iso: string): string {
  const n = parseIsoDate(iso);
  return WEEKDAYS[((((n + 3) % 7) + 7) % 7) + 1] as string;
}

const REASONS: Record<string, string> = {
  公告: "公告期间",
  鉴定: "鉴定期间",
  管辖异议: "管辖异议审理期间",
  审计评估: "审计、评估期间",
  和解: "和解期间",
  调解: "调解期间",
  补充侦查: "补充侦查期间",
  其他: "其他扣除期间",
};

export function explainTimeLimit(r: TimeLimitResult): string[] {
  const steps: string[] = [];
  steps.push(`${r.caseNumber}：${r.rule.name}${r.procedureInferred ? "（审理程序由案号推定）" : ""}。`);
  if (!r.baseLimit || !r.deadline || !r.rawEnd) {
    steps.push("法律未规定该类案件的审理期限，不计算审限。");
    return steps;
  }
  for (const c of r.conversions) {
    steps.push(`${cn(c.on)} 由${c.from}转为${c.to}。`);
  }
  if (r.restart?.reason === "conversion") {
    steps.push(`刑事案件转换程序后重新计算审限：自 ${cn(r.restart.on)} 决定转换之日的次日起算。`);
  } else if (r.restart?.reason === "supplementary-investigation") {
    steps.push(`补充侦查完毕移送后重新计算审限：自 ${cn(r.restart.on)} 的次日起算。`);
  } else {
    steps.push(
      `${cn(r.start)} 立案，审限自次日起算${r.conversions.length > 0 ? "（程序转换后仍自立案之日起连续计算）" : ""}。`,
    );
  }
  steps.push(`法定审限 ${r.baseLimit.text}${r.rule.unconfirmed ? "（推定，法律未明确）" : ""}。`);
  for (const e of r.extensions.items) {
    steps.push(`${cn(e.from)} 经${e.approvedBy ?? "批准"}延长审限 ${formatPeriodLength(e.length)}。`);
  }
  const total =
    r.extensions.count > 0
      ? `法定审限加延长共 ${formatPeriodLength({
          months: r.baseLimit.months + r.extensions.months,
          days: r.baseLimit.days + r.extensions.days,
        })}`
      : `法定审限 ${r.baseLimit.text}`;
  steps.push(`${total}，届满于 ${cn(r.rawEnd)}。`);
  if (r.excludedIntervals.length > 0) {
    const parts = r.excludedIntervals.map(
      (iv) =>
        `${iv.kind === "suspension" ? "中止诉讼" : REASONS[iv.reason ?? "其他"]} ${cn(iv.from)}至${cn(iv.to)}${iv.open ? "（尚未结束）" : ""} ${iv.days} 天`,
    );
    steps.push(`扣除不计入审限的期间：${parts.join("；")}；合并重叠后共扣除 ${r.excludedDays} 天。`);
  }
  if (r.rolledDays > 0) {
    steps.push(
      `期间最后一日为法定休假日，顺延 ${r.rolledDays} 天至其后第一个工作日 ${cn(r.deadline)}（${weekday(r.deadline)}）。`,
    );
  }
  steps.push(`审限届满日：${cn(r.deadline)}${r.provisional ? "（暂定：该年节假日安排尚未收录）" : ""}。`);
  if (r.closedOn) {
    steps.push(`${cn(r.closedOn)} 结案，${STATUS_NAMES[r.status]}。`);
  } else if (r.daysLeft !== undefined) {
    steps.push(
      r.daysLeft >= 0
        ? `截至 ${cn(r.asOf)}，距审限届满还有 ${r.daysLeft} 天。`
        : `截至 ${cn(r.asOf)}，已超审限 ${-r.daysLeft} 天。`,
    );
  }
  return steps;
}
