/**
 * The demo court's 鉴定 register, brought in through the as a court's export would bring it
 * (an appraisals.csv, and a cases.csv for the cases filed after a 诉前鉴定):
 * - 诉中: appraisals on stored 民初 cases that carry a 扣除审限 (原因 鉴定) — most with the same dates
 *   (they agree), every fifth commissioned three days before the exclusion starts (dates differ),
 *   and a few on cases without such an exclusion (missing); the kind follows the 案由;
 * - 诉前: appraisals under 诉前调 numbers, each followed by a 民初 case whose 原审案号 is that number
 *   (most closed, some pending), so that the 诉前/诉中 comparison has both sides, quarter by quarter.
 * Their lengths vary, so some run past 30 working days. Deterministic: the same court gives the
 * same register.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../db/connect.js";
import {
  casesWithAppraisalExclusion,
  civilCasesWithoutExclusion,
  civilClosingJudges,
} from "../../db/demo/demo-seed-queries.js";
import { formatIsoDate, isWeekend, parseIsoDate } from "../../domain/calendar/index.js";
import { importCases } from "../imports/import-cases.js";
import { courtCode } from "../meta/court-code.js";
import { systemActor } from "../shared/actor.js";

function kindOf(cause: string | null): string {
  const c = cause ?? "";
  if (/交通|人身|健康|生命/.test(c)) return "伤残";
  if (/建设工程|装饰装修/.test(c)) return "工程造价";
  if (/医疗/.test(c)) return "医疗损害";
  if (/借贷|借款/.test(c)) return "笔迹";
  if (/买卖|租赁|财产/.test(c)) return "价格";
  return "其他";
}

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSTITUTIONS: Record<string, string[]> = {
  伤残: ["包头市司法鉴定中心", "内蒙古正信司法鉴定所"],
  工程造价: ["包头市建设工程造价咨询有限公司", "内蒙古华审工程造价事务所"],
  医疗损害: ["内蒙古医科大学司法鉴定中心"],
  笔迹: ["内蒙古公正司法鉴定中心"],
  价格: ["包头市价格认证中心"],
  其他: ["内蒙古正信司法鉴定所"],
};

const weekday = (d: number) => {
  let x = d;
  while (isWeekend(x)) x++;
  return x;
};

export async function seedDemoAppraisals(handle: Db, asOf: string): Promise<void> {
  const random = rng(20240927);
  const today = parseIsoDate(asOf);
  const withExclusion = await casesWithAppraisalExclusion(handle, formatIsoDate(today - 730), 60);
  if (withExclusion.length === 0) return;
  const lines = ["案号,阶段,鉴定类型,委托日期,鉴定机构,完成日期"];
  const inst = (kind: string) => {
    const list = INSTITUTIONS[kind] ?? ["内蒙古正信司法鉴定所"];
    return list[Math.floor(random() * list.length)] as string;
  };
  const seen = new Set<string>();
  withExclusion.forEach((e, i) => {
    const kind = kindOf(e.cause);
    let from = e.from_on;
    // Every fifth: commissioned three days before the exclusion starts (but not before filing).
    if (i % 5 === 4) {
      const earlier = formatIsoDate(parseIsoDate(e.from_on) - 3);
      if (earlier >= e.filed_on) from = earlier;
    }
    const key = `${e.case_number}|${kind}|${from}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push([e.case_number, "诉中", kind, from, inst(kind), e.to_on ?? ""].join(","));
  });
  // A few 诉中 appraisals on cases with no 鉴定 exclusion at all.
  const without = await civilCasesWithoutExclusion(
    handle,
    formatIsoDate(today - 400),
    formatIsoDate(today - 120),
    4,
  );
  for (const c of without) {
    const kind = kindOf(c.cause);
    const start = weekday(parseIsoDate(c.filed_on) + 20);
    lines.push(
      [
        c.case_number,
        "诉中",
        kind,
        formatIsoDate(start),
        inst(kind),
        formatIsoDate(weekday(start + 35)),
      ].join(","),
    );
  }

  // 诉前: over the last eight quarters, 诉前调 appraisals and the cases filed after them.
  const code = await courtCode(handle);
  const staff = await civilClosingJudges(handle, 6);
  if (staff.length === 0) return;
  const caseLines = ["案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,归档日期,原审案号"];
  const kinds: [string, string][] = [
    ["伤残", "机动车交通事故责任纠纷"],
    ["工程造价", "建设工程施工合同纠纷"],
    ["医疗损害", "医疗损害责任纠纷"],
    ["伤残", "健康权纠纷"],
  ];
  for (let i = 0; i < 24; i++) {
    const [kind, cause] = kinds[i % kinds.length] as [string, string];
    const commissioned = weekday(today - 700 + i * 27 + Math.floor(random() * 10));
    const completed = weekday(commissioned + 20 + Math.floor(random() * 30));
    if (completed >= today - 5) continue;
    const year = formatIsoDate(commissioned).slice(0, 4);
    const mediation = `（${year}）${code}民诉前调${8800 + i}号`;
    lines.push(
      [mediation, "诉前", kind, formatIsoDate(commissioned), inst(kind), formatIsoDate(completed)].join(","),
    );
    const filed = weekday(completed + 7 + Math.floor(random() * 20));
    if (filed >= today) continue;
    const s = staff[i % staff.length] as { division: string; judge: string };
    const closing = weekday(filed + 25 + Math.floor(random() * 60));
    const closed = closing < today - 2 && i % 6 !== 5;
    const archived = closed && i % 4 !== 3 ? weekday(closing + 10 + Math.floor(random() * 40)) : null;
    const fileYear = formatIsoDate(filed).slice(0, 4);
    caseLines.push(
      [
        `（${fileYear}）${code}民初${80000 + i}号`,
        cause,
        formatIsoDate(filed),
        "普通程序",
        s.division,
        s.judge,
        closed ? formatIsoDate(closing) : "",
        closed ? (i % 3 === 0 ? "判决" : "调解") : "",
        archived !== null && archived < today ? formatIsoDate(archived) : "",
        mediation,
      ].join(","),
    );
  }

  const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-appraisals-"));
  try {
    const files = [join(dir, "cases.csv"), join(dir, "appraisals.csv")];
    writeFileSync(files[0] as string, `${caseLines.join("\n")}\n`);
    writeFileSync(files[1] as string, `${lines.join("\n")}\n`);
    const report = await importCases(systemActor("demo"), handle, files, { today: asOf, demo: true });
    if (!report.ok)
      throw new Error(
        `demo appraisals rejected: ${report.errors
          .slice(0, 5)
          .map((e) => `${e.sheet} ${e.row} ${e.column} ${e.value} ${e.message}`)
          .join("; ")}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
