/**
 * The five fields of a cron expression as the settings accept them (分 时 日 月 星期), checked one by
 * one so that a refusal names the field and the value in Chinese: each field a comma list of `*`,
 * a number, a range `a-b`, each optionally stepped `/n`. Evaluating the schedule is the cron
 * library's business; this only says what is wrong with what someone typed.
 */
const FIELDS = [
  { name: "分", min: 0, max: 59 },
  { name: "时", min: 0, max: 23 },
  { name: "日", min: 1, max: 31 },
  { name: "月", min: 1, max: 12 },
  { name: "星期", min: 0, max: 7 },
] as const;

const ITEM = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/;

/** Why the expression is refused (Chinese, naming the field and value), or null. */
export function checkCronFields(expression: string): string | null {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 || parts[0] === "")
    return `应为五段（分 时 日 月 星期，以空格分隔），现为 ${parts[0] === "" ? 0 : parts.length} 段；如 0 6 1 * * 表示每月1日6时`;
  for (const [i, part] of parts.entries()) {
    const f = FIELDS[i] as (typeof FIELDS)[number];
    for (const item of (part as string).split(",")) {
      const m = ITEM.exec(item);
      if (!m) return `“${f.name}”一段“${part}”写法不对（可写 *、数字、a-b、*/n 或以逗号分隔）`;
      const step = m[4] === undefined ? undefined : Number(m[4]);
      if (step !== undefined && step < 1) return `“${f.name}”一段“${part}”的间隔应大于 0`;
      for (const v of [m[2], m[3]]) {
        if (v === undefined) continue;
        const n = Number(v);
        if (n < f.min || n > f.max) return `“${f.name}”一段的取值 ${n} 超出范围（${f.min}–${f.max}）`;
      }
      if (m[3] !== undefined && Number(m[3]) < Number(m[2]))
        return `“${f.name}”一段的范围 ${m[2]}-${m[3]} 起点大于终点`;
    }
  }
  return null;
}
