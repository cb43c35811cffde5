/**
 * A case's 审限 clock drawn as a horizontal bar (SVG): the statutory period from the clock's start
 * (base limit, extensions, the days pushed on by exclusions, the holiday roll) above the time that
 * actually passed (filing to closing or to the as-of date), with the excluded intervals shaded and
 * the dates that matter marked: filing, conversions, extension approvals, the deadline, closing.
 */

import type { EventRow, TimeLimitResult } from "../../../shared/api/types";
import { formatDate } from "../../../shared/format";

const DAY = 86_400_000;

function dayOf(iso: string): number {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY,
  );
}

function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** start + N months (民法典 art. 202: the corresponding day, or the month's last day). */
function addMonths(day: number, months: number): number {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY);
}

const short = (iso: string) => formatDate(iso);

/** Approximate width at 11px: CJK characters are square, digits and Latin about half. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 11 : 6.3;
  return w;
}

interface Marker {
  day: number;
  label: string;
  color: string;
  dashed?: boolean;
  strong?: boolean;
}

const W = 1000;
const LEFT = 78;
const RIGHT = 16;
const ROW1 = 78;
const ROW2 = 122;
const BAR = 24;
const AXIS = 162;
const H = 196;

export function TimeLimitBar({
  clock,
  filedOn,
}: {
  clock: TimeLimitResult;
  filedOn: string;
  events?: EventRow[];
}) {
  const filed = dayOf(filedOn);
  const start = dayOf(clock.start);
  const end = dayOf(clock.closedOn && clock.closed ? clock.closedOn : clock.asOf);
  const deadline = clock.deadline ? dayOf(clock.deadline) : null;
  const rawEnd = clock.rawEnd ? dayOf(clock.rawEnd) : null;
  const baseEnd =
    clock.baseLimit && rawEnd !== null
      ? addMonths(start, clock.baseLimit.months) + clock.baseLimit.days
      : null;
  const shifted = rawEnd !== null ? rawEnd + clock.excludedDays : null;

  const lo = Math.min(filed, start);
  const hi = Math.max(end, deadline ?? end, shifted ?? end) + 1;
  const span = Math.max(hi - lo, 1);
  const pad = span * 0.02;
  const x = (day: number) => LEFT + ((day - lo + pad) / (span + 2 * pad)) * (W - LEFT - RIGHT);
  const w = (a: number, b: number) => Math.max(x(b) - x(a), 0);

  // Month ticks on the axis, thinned to at most ~12.
  const ticks: number[] = [];
  {
    const first = new Date(lo * DAY);
    let t = Math.round(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) / DAY);
    const months = Math.ceil(span / 30);
    const step = Math.max(1, Math.ceil(months / 12));
    let i = 0;
    while (t <= hi) {
      if (i % step === 0) ticks.push(t);
      t = addMonths(t, 1);
      i++;
    }
  }

  const markers: Marker[] = [{ day: filed, label: `立案 ${short(filedOn)}`, color: "#1f1f1f", strong: true }];
  if (clock.restart) {
    markers.push({
      day: dayOf(clock.restart.on),
      label: `${clock.restart.reason === "conversion" ? "转换重算" : "补充侦查后重算"} ${short(clock.restart.on)}`,
      color: "#722ed1",
    });
  }
  for (const c of clock.conversions) {
    if (clock.restart && c.on === clock.restart.on) continue;
    markers.push({
      day: dayOf(c.on),
      label: `转${c.to.replace("程序", "")} ${short(c.on)}`,
      color: "#722ed1",
    });
  }
  for (const e of clock.extensions.items) {
    markers.push({ day: dayOf(e.from), label: `批准延长 ${short(e.from)}`, color: "#722ed1" });
  }
  if (deadline !== null && clock.deadline) {
    markers.push({
      day: deadline,
      label: `届满 ${short(clock.deadline)}${clock.provisional ? "（暂定）" : ""}`,
      color: "#cf1322",
      dashed: true,
      strong: true,
    });
  }
  if (clock.closed && clock.closedOn) {
    markers.push({ day: end, label: `结案 ${short(clock.closedOn)}`, color: "#389e0d", strong: true });
  } else {
    markers.push({ day: end, label: `统计日 ${short(clock.asOf)}`, color: "#1d4f91", dashed: true });
  }

  // Place labels in up to three rows so they don't overlap.
  const sorted = [...markers].sort((a, b) => a.day - b.day);
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const placed = sorted.map((m) => {
    const width = textWidth(m.label) + 8;
    const cx = x(m.day);
    let left = Math.min(Math.max(cx - width / 2, 2), W - width - 2);
    let row = rowEnds.findIndex((e) => e < left);
    if (row < 0) {
      row = rowEnds.indexOf(Math.min(...rowEnds));
      left = Math.max(left, rowEnds[row] as number);
    }
    rowEnds[row] = left + width + 4;
    return { ...m, row, left, width, cx };
  });

  const overdueFrom = deadline !== null && end > deadline ? deadline + 1 : null;
  const actualStart = filed;

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label="审限时间轴"
      style={{ display: "block", fontSize: 11, minWidth: 640 }}
      data-testid="time-limit-bar"
    >
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f0f0f0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#bfbfbf" strokeWidth="2" />
        </pattern>
        <pattern
          id="hatch-ex"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="rgba(250,173,20,0.12)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="rgba(212,107,8,0.35)" strokeWidth="2" />
        </pattern>
      </defs>

      {/* row labels */}
      <text x={4} y={ROW1 + 16} fill="#595959" fontSize={12}>
        法定期间
      </text>
      <text x={4} y={ROW2 + 16} fill="#595959" fontSize={12}>
        实际经过
      </text>

      {/* excluded intervals, shaded across both rows */}
      {clock.excludedIntervals.map((iv) => {
        const a = dayOf(iv.from);
        const b = dayOf(iv.to) + 1;
        const label = `${iv.kind === "suspension" ? "中止" : (iv.reason ?? "扣除")} ${iv.days}天${iv.open ? "（未结束）" : ""}`;
        return (
          <g key={`${iv.from}-${iv.to}-${iv.kind}`} data-testid="excluded-interval">
            <title>
              {`${iv.kind === "suspension" ? "中止诉讼" : `扣除审限（${iv.reason ?? "其他"}）`}：${formatDate(iv.from)}至${formatDate(iv.to)}，${iv.days} 天${iv.open ? "，尚未结束" : ""}`}
            </title>
            <rect
              x={x(a)}
              y={ROW1 - 6}
              width={Math.max(w(a, b), 2)}
              height={ROW2 + BAR + 6 - (ROW1 - 6)}
              fill="url(#hatch-ex)"
            />
            {w(a, b) > textWidth(label) + 4 ? (
              <text x={x(a) + w(a, b) / 2} y={ROW2 + BAR + 16} textAnchor="middle" fill="#d46b08">
                {label}
              </text>
            ) : null}
          </g>
        );
      })}

      {/* statutory period */}
      {deadline === null || rawEnd === null ? (
        <text x={x(start) + 6} y={ROW1 + 16} fill="#8c8c8c">
          {clock.rule.name}：无法定审限
        </text>
      ) : (
        <g>
          {baseEnd !== null ? (
            <rect
              x={x(start)}
              y={ROW1}
              width={w(start, Math.min(baseEnd, rawEnd))}
              height={BAR}
              fill="#1d4f91"
              rx={2}
            >
              <title>{`法定审限 ${clock.baseLimit?.text ?? ""}：${formatDate(isoOf(start))}起算`}</title>
            </rect>
          ) : null}
          {baseEnd !== null && w(start, Math.min(baseEnd, rawEnd)) > 120 ? (
            <text x={x(start) + 6} y={ROW1 + 16} fill="#fff">
              法定审限 {clock.baseLimit?.text}
            </text>
          ) : null}
          {clock.extensions.count > 0 && baseEnd !== null && rawEnd > baseEnd ? (
            <g>
              <rect x={x(baseEnd)} y={ROW1} width={w(baseEnd, rawEnd)} height={BAR} fill="#722ed1" rx={2}>
                <title>{`延长审限 ${clock.extensions.count} 次`}</title>
              </rect>
              {w(baseEnd, rawEnd) > 60 ? (
                <text x={x(baseEnd) + 4} y={ROW1 + 16} fill="#fff">
                  延长 {clock.extensions.count} 次
                </text>
              ) : null}
            </g>
          ) : null}
          {clock.excludedDays > 0 && shifted !== null ? (
            <g>
              <rect
                x={x(rawEnd)}
                y={ROW1}
                width={w(rawEnd, shifted)}
                height={BAR}
                fill="url(#hatch)"
                stroke="#bfbfbf"
              >
                <title>{`扣除 ${clock.excludedDays} 天，届满日相应顺延`}</title>
              </rect>
              {w(rawEnd, shifted) > 70 ? (
                <text x={x(rawEnd) + 4} y={ROW1 + 16} fill="#595959">
                  扣除顺延 {clock.excludedDays} 天
                </text>
              ) : null}
            </g>
          ) : null}
          {clock.rolledDays > 0 && shifted !== null ? (
            <rect x={x(shifted)} y={ROW1} width={w(shifted, deadline)} height={BAR} fill="#ffd591">
              <title>{`届满日为节假日，顺延 ${clock.rolledDays} 天至工作日`}</title>
            </rect>
          ) : null}
        </g>
      )}

      {/* time actually passed */}
      <g>
        {start > actualStart ? (
          <rect x={x(actualStart)} y={ROW2} width={w(actualStart, start)} height={BAR} fill="#d9d9d9" rx={2}>
            <title>重新计算审限前的期间</title>
          </rect>
        ) : null}
        <rect
          x={x(start)}
          y={ROW2}
          width={w(start, overdueFrom ?? end + 1)}
          height={BAR}
          fill={clock.closed ? "#52c41a" : "#69b1ff"}
          rx={2}
        >
          <title>{`自然天数 ${clock.naturalDays} 天，计入审限 ${clock.usedDays} 天`}</title>
        </rect>
        {overdueFrom !== null ? (
          <rect
            x={x(overdueFrom)}
            y={ROW2}
            width={w(overdueFrom, end + 1)}
            height={BAR}
            fill="#cf1322"
            rx={2}
          >
            <title>{`超过审限 ${end - (deadline as number)} 天`}</title>
          </rect>
        ) : null}
        {w(start, end) > 150 ? (
          <text x={x(start) + 6} y={ROW2 + 16} fill="#fff">
            自然 {clock.naturalDays} 天 · 计入审限 {clock.usedDays} 天
          </text>
        ) : null}
      </g>

      {/* axis */}
      <line x1={LEFT} x2={W - RIGHT} y1={AXIS} y2={AXIS} stroke="#bfbfbf" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={AXIS} y2={AXIS + 4} stroke="#bfbfbf" />
          <text x={x(t)} y={AXIS + 16} textAnchor="middle" fill="#8c8c8c" fontSize={10}>
            {(() => {
              const d = new Date(t * DAY);
              const i = ticks.indexOf(t);
              const prev = i > 0 ? new Date((ticks[i - 1] as number) * DAY).getUTCFullYear() : -1;
              return d.getUTCFullYear() !== prev
                ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`
                : `${d.getUTCMonth() + 1}月`;
            })()}
          </text>
        </g>
      ))}

      {/* markers */}
      {placed.map((m) => (
        <g key={`${m.label}-${m.day}`}>
          <line
            x1={m.cx}
            x2={m.cx}
            y1={14 + m.row * 16}
            y2={ROW2 + BAR + 2}
            stroke={m.color}
            strokeWidth={m.strong ? 1.5 : 1}
            strokeDasharray={m.dashed ? "4 3" : undefined}
          />
          <rect x={m.left} y={3 + m.row * 16} width={m.width} height={15} fill="#fff" opacity={0.9} />
          <text
            x={m.left + m.width / 2}
            y={14 + m.row * 16}
            textAnchor="middle"
            fill={m.color}
            fontWeight={m.strong ? 600 : 400}
          >
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
