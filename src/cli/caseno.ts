import type { Command } from "commander";
import {
  type AnyCaseNumber,
  type CaseNumberResult,
  formatSequence,
  parseCaseNumber,
} from "../domain/case-number/index.js";

/** One line of `shenguan caseno` output for a valid number. */
export function describeCaseNumber(value: AnyCaseNumber): string {
  if (value.legacy) {
    const court = value.courtCode
      ? `${value.courtCode}（2016年式法院代字）`
      : (value.courtAbbr ?? "法院简称未识别");
    const type = value.typeCode ? `${value.typeCode} ${value.typeName}` : "类型代字未识别";
    return [
      value.normalized,
      `${value.year}年`,
      "旧式案号（2016年前格式）",
      court,
      type,
      `第${value.sequence}号${value.suffix ?? ""}`,
    ].join("  ");
  }
  const court = `${value.court?.name ?? "法院代字表未收录"}(${value.courtCode})`;
  const special = value.specialCode ? `${value.specialCode}(专门审判代字) ` : "";
  return [
    value.normalized,
    `${value.year}年`,
    court,
    `${special}${value.typeCode} ${value.typeName}`,
    `第${formatSequence(value.typeCode, value.sequence)}号${value.suffix ?? ""}`,
  ].join("  ");
}

type JsonResult = { input: string } & CaseNumberResult;

/** Adds `shenguan caseno <案号...> [--json]`: parses and explains case numbers. */
export function registerCasenoCommand(program: Command): Command {
  return program
    .command("caseno")
    .description("解析案号 (parse case numbers): 年度、法院、类型代字、编号")
    .argument("<案号...>", "一个或多个案号，如 （2024）内0602民初1234号")
    .option("--json", "以 JSON 输出 (JSON output)")
    .action((numbers: string[], options: { json?: boolean }) => {
      const results: JsonResult[] = numbers.map((input) => ({ input, ...parseCaseNumber(input) }));
      if (options.json) {
        console.log(JSON.stringify(results, null, 2));
      } else {
        for (const r of results) {
          if (r.ok) console.log(describeCaseNumber(r.value));
          else console.error(`✗ ${r.input}  无效案号 [${r.error.code}]：${r.error.message}`);
        }
      }
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    });
}
