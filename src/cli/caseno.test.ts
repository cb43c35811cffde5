import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { registerCasenoCommand } from "./caseno.js";

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(() => {
  log = vi.spyOn(console, "log").mockImplementation(() => {});
  error = vi.spyOn(console, "error").mockImplementation(() => {});
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(
  ...args: string[]
): Promise<{ out: string; err: string; exitCode: typeof process.exitCode }> {
  const program = new Command();
  program.exitOverride();
  registerCasenoCommand(program);
  await program.parseAsync(["node", "shenguan", "caseno", ...args]);
  return {
    out: log.mock.calls.map((c) => c.join(" ")).join("\n"),
    err: error.mock.calls.map((c) => c.join(" ")).join("\n"),
    exitCode: process.exitCode,
  };
}

describe("shenguan caseno", () => {
  it("explains a valid number in one readable line", async () => {
    const { out, err, exitCode } = await run("(2024)内0602民初1234号");
    expect(out).toBe(
      "（2024）内0602民初1234号  2024年  鄂尔多斯市东胜区人民法院(内0602)  民初 民事一审案件  第1234号",
    );
    expect(err).toBe("");
    expect(exitCode).toBeUndefined();
  });

  it("handles several numbers, legacy ones, suffixes and the special code", async () => {
    const { out, exitCode } = await run(
      "（2018）闽0303执1228号之二",
      "（2013）粤高法刑三终字第304号",
      "（2019）最高法知民终1号",
      "（2019）辽0122刑初71号",
    );
    const lines = out.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      "（2018）闽0303执1228号之二  2018年  莆田市涵江区人民法院(闽0303)  执 首次执行案件  第1228号之二",
    );
    expect(lines[1]).toBe(
      "（2013）粤高法刑三终字第304号  2013年  旧式案号（2016年前格式）  粤高法  刑终 刑事二审案件  第304号",
    );
    expect(lines[2]).toContain("最高人民法院(最高法)  知(专门审判代字) 民终 民事二审案件  第1号");
    expect(lines[3]).toContain("法院代字表未收录(辽0122)");
    expect(exitCode).toBeUndefined();
  });

  it("prints the reason and sets exit code 1 when a number is invalid", async () => {
    const { out, err, exitCode } = await run("（2024）内0602民初1234号", "（2017）粤05民初954-1063号");
    expect(out).toContain("鄂尔多斯市东胜区人民法院");
    expect(err).toContain("（2017）粤05民初954-1063号");
    expect(err).toContain("[range]");
    expect(err).toContain("多个案件");
    expect(exitCode).toBe(1);
  });

  it("--json prints an array of results", async () => {
    const { out, err, exitCode } = await run("--json", "（2024）内0602民初1234号", "（2024）蒙0602民初1号");
    expect(err).toBe("");
    const results = JSON.parse(out);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      input: "（2024）内0602民初1234号",
      ok: true,
      value: {
        year: 2024,
        courtCode: "内0602",
        court: { name: "鄂尔多斯市东胜区人民法院", level: "basic" },
        typeCode: "民初",
        sequence: 1234,
      },
    });
    expect(results[1]).toMatchObject({
      input: "（2024）蒙0602民初1号",
      ok: false,
      error: { code: "bad-court-code" },
    });
    expect(exitCode).toBe(1);
  });
});
