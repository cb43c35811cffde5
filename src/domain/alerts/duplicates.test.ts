import { describe, expect, it } from "vitest";
import { detectDuplicates, duplicateKey } from "./duplicates.js";
import { RULE_IDS } from "./rules.js";

const AS_OF = "2024-12-31";
const n = (caseNumber: string) => ({ caseNumber, normalized: caseNumber });

describe("duplicateKey", () => {
  it("drops a 之N suffix and a legacy 字第", () => {
    expect(duplicateKey("（2024）内0602民初12号之一")).toBe("（2024）内0602民初12号");
    expect(duplicateKey("（2016）辽0106刑初字第70号")).toBe("（2016）辽0106刑初70号");
    expect(duplicateKey("（2024）内0602民初12号")).toBe("（2024）内0602民初12号");
  });
});

describe("data-quality.duplicate-case-number", () => {
  it("flags a number registered with and without a 之一 suffix, on both records", () => {
    const a = detectDuplicates(
      [n("（2024）内0602民初12号"), n("（2024）内0602民初12号之一"), n("（2024）内0602民初13号")],
      AS_OF,
    );
    expect(a.map((x) => x.caseNumber)).toEqual(["（2024）内0602民初12号", "（2024）内0602民初12号之一"]);
    expect(a[0]!.ruleId).toBe(RULE_IDS.duplicateCaseNumber);
    expect(a[0]!.severity).toBe("warning");
    expect(a[0]!.reason).toBe("与（2024）内0602民初12号之一仅相差“之…”后缀，疑似同一案件重复登记");
    expect(a[0]!.key).toBe(
      "data-quality.duplicate-case-number|（2024）内0602民初12号|（2024）内0602民初12号",
    );
  });

  it("flags the 2016 transition form next to the new form", () => {
    const a = detectDuplicates([n("（2016）辽0106刑初字第70号"), n("（2016）辽0106刑初70号")], AS_OF);
    expect(a[1]!.reason).toBe("与（2016）辽0106刑初字第70号是同一案号的旧式与新式写法，疑似同一案件重复登记");
  });

  it("normalises raw input itself: leading zeros, half-width brackets", () => {
    const a = detectDuplicates(
      [{ caseNumber: "（2024）内0602民初012号" }, { caseNumber: "(2024)内0602民初12号" }],
      AS_OF,
    );
    expect(a).toHaveLength(2);
    expect(a[0]!.reason).toBe("与(2024)内0602民初12号案号相同，疑似同一案件重复登记");
  });

  it("does not flag different serials, the 知 special code, other courts or years", () => {
    expect(
      detectDuplicates(
        [
          n("（2024）内0602民初12号"),
          n("（2024）内0602民初120号"),
          n("（2024）内0603民初12号"),
          n("（2023）内0602民初12号"),
          n("（2024）京73知民初1号"),
          n("（2024）京73民初1号"),
        ],
        AS_OF,
      ),
    ).toEqual([]);
  });

  it("two suffixed numbers of one case collide with each other", () => {
    const a = detectDuplicates([n("（2024）内0602执5号之一"), n("（2024）内0602执5号之二")], AS_OF);
    expect(a.map((x) => x.caseNumber)).toEqual(["（2024）内0602执5号之一", "（2024）内0602执5号之二"]);
  });

  it("a group of four names three others and the count", () => {
    const a = detectDuplicates(
      ["", "之一", "之二", "之三"].map((s) => n(`（2024）内0602执5号${s}`)),
      AS_OF,
    );
    expect(a[0]!.reason).toBe(
      "与（2024）内0602执5号之一、（2024）内0602执5号之二、（2024）内0602执5号之三仅相差“之…”后缀，疑似同一案件重复登记",
    );
    expect(a[0]!.facts.groupSize).toBe(4);
  });

  it("handles a million numbers (printed, not asserted)", () => {
    // Every 100,000th record repeats the previous serial with 之一: 10 groups of two.
    const list = Array.from({ length: 1_000_000 }, (_, i) =>
      n(i % 100_000 === 1 ? `（2024）内0602民初${i}号之一` : `（2024）内0602民初${i + 1}号`),
    );
    const t0 = performance.now();
    const a = detectDuplicates(list, AS_OF);
    console.log(
      `detectDuplicates: 1,000,000 numbers in ${(performance.now() - t0).toFixed(0)} ms, ${a.length} alerts`,
    );
  });
});
