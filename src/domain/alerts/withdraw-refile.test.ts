import { describe, expect, it } from "vitest";
import { relatedCaseOf, withoutRelatedCase } from "./related-case.js";
import { RULE_IDS } from "./rules.js";
import {
  detectWithdrawRefile,
  isIndexedWithdrawal,
  normalizePartySet,
  type RefileCandidate,
  refileKey,
  refileKeyHash,
} from "./withdraw-refile.js";

const AS_OF = "2024-12-31";

function cand(over: Partial<RefileCandidate>): RefileCandidate {
  return {
    caseNumber: "（2024）内0602民初1号",
    typeCode: "民初",
    cause: "民间借贷纠纷",
    plaintiffs: "王某",
    defendants: "李某、某某有限公司",
    filedOn: "2024-03-01",
    closedOn: null,
    closureMode: null,
    ...over,
  };
}

// A: withdrawn 2024-05-01. 2024-05-01 + 90 days = 2024-07-30 (May 31 = +30, Jun 30 = +60, Jul 30 = +90).
const A = cand({ caseNumber: "（2024）内0602民初100号", closedOn: "2024-05-01", closureMode: "撤诉" });
const refiled = (filedOn: string, over: Partial<RefileCandidate> = {}) =>
  cand({ caseNumber: "（2024）内0602民初900号", filedOn, ...over });

describe("normalizePartySet", () => {
  it("splits on 、 ; ； and line breaks, trims, sorts and dedupes", () => {
    expect(normalizePartySet(" 乙公司；甲 、甲\n丙;")).toBe(normalizePartySet("丙、甲、乙公司"));
    expect(normalizePartySet("  王某 ")).toBe("王某");
    expect(normalizePartySet(null)).toBe("");
    expect(normalizePartySet("、；")).toBe("");
  });
});

describe("concealed-overrun.withdraw-refile", () => {
  it("fires on a refiling 90 days after the withdrawal, not 91", () => {
    const a = detectWithdrawRefile([A, refiled("2024-07-30")], AS_OF);
    expect(a).toHaveLength(1);
    expect(a[0]!.ruleId).toBe(RULE_IDS.withdrawRefile);
    expect(a[0]!.caseNumber).toBe("（2024）内0602民初900号");
    expect(a[0]!.reason).toBe(
      "与（2024）内0602民初100号（2024-05-01 撤诉结案）原告、被告、案由相同，撤诉后 90 天重新立案（2024-07-30）",
    );
    expect(a[0]!.key).toBe(
      "concealed-overrun.withdraw-refile|（2024）内0602民初900号|（2024）内0602民初100号",
    );
    expect(a[0]!.facts.gapDays).toBe(90);
    expect(detectWithdrawRefile([A, refiled("2024-07-31")], AS_OF)).toEqual([]);
  });

  it("compares party sets regardless of order and separators", () => {
    const b = refiled("2024-06-01", { defendants: "某某有限公司；李某 " });
    expect(detectWithdrawRefile([b, A], AS_OF)).toHaveLength(1);
  });

  it("does not fire for another defendant, another cause, swapped roles, a judgment, or a refiling before the withdrawal", () => {
    expect(detectWithdrawRefile([A, refiled("2024-06-01", { defendants: "李某" })], AS_OF)).toEqual([]);
    expect(detectWithdrawRefile([A, refiled("2024-06-01", { cause: "买卖合同纠纷" })], AS_OF)).toEqual([]);
    expect(
      detectWithdrawRefile(
        [A, refiled("2024-06-01", { plaintiffs: "李某、某某有限公司", defendants: "王某" })],
        AS_OF,
      ),
    ).toEqual([]);
    expect(detectWithdrawRefile([{ ...A, closureMode: "判决" }, refiled("2024-06-01")], AS_OF)).toEqual([]);
    expect(detectWithdrawRefile([A, refiled("2024-04-20")], AS_OF)).toEqual([]);
    // Filed after asOf: not yet known.
    expect(detectWithdrawRefile([A, refiled("2024-06-01")], "2024-05-31")).toEqual([]);
  });

  it("按撤诉处理 counts too; the nearest earlier withdrawal is named", () => {
    const A2 = cand({
      caseNumber: "（2024）内0602民初200号",
      closedOn: "2024-06-20",
      closureMode: "按撤诉处理",
    });
    const a = detectWithdrawRefile([A, A2, refiled("2024-07-01")], AS_OF);
    // A2 was filed 2024-03-01 too, so it is not itself a refiling of A (filed before A closed).
    expect(a.map((x) => [x.caseNumber, x.facts.earlierCaseNumber, x.facts.gapDays])).toEqual([
      ["（2024）内0602民初900号", "（2024）内0602民初200号", 11],
    ]);
  });

  it("reads arrays, factories and one-shot generators alike", () => {
    const list = [refiled("2024-06-01"), A];
    function* gen() {
      yield* list;
    }
    expect(detectWithdrawRefile(list, AS_OF)).toHaveLength(1);
    expect(detectWithdrawRefile(() => gen(), AS_OF)).toHaveLength(1);
    expect(detectWithdrawRefile(gen(), AS_OF)).toHaveLength(1);
  });

  it("the window is a setting", () => {
    expect(detectWithdrawRefile([A, refiled("2024-07-31")], AS_OF, { refileWindowDays: 91 })).toHaveLength(1);
  });

  it("handles a million cases quickly (printed, not asserted)", () => {
    const causes = ["民间借贷纠纷", "买卖合同纠纷", "物业服务合同纠纷", "金融借款合同纠纷", "离婚纠纷"];
    const cases: RefileCandidate[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      const withdrawn = i % 10 === 0;
      const day = 1 + (i % 28);
      cases.push({
        caseNumber: `（2024）内0602民初${i + 1}号`,
        typeCode: i % 3 === 0 ? "执" : "民初",
        cause: causes[i % causes.length]!,
        // Parties repeat every 20,000 cases (with the same cause), so some withdrawals are refiled.
        plaintiffs: `原告${i % 20_000}`,
        defendants: `担保人${i % 13}、被告${i % 20_000}`,
        filedOn: `2024-0${1 + (i % 9)}-${day < 10 ? `0${day}` : day}`,
        closedOn: withdrawn ? `2024-0${1 + (i % 9)}-28` : null,
        closureMode: withdrawn ? "撤诉" : null,
      });
    }
    const t0 = performance.now();
    const alerts = detectWithdrawRefile(cases, AS_OF);
    const ms = performance.now() - t0;
    console.log(`detectWithdrawRefile: 1,000,000 cases in ${ms.toFixed(0)} ms, ${alerts.length} alerts`);
  });
});

describe("the earlier case, for a reader who may not see it", () => {
  // The earlier case is 民一庭/王某某's; the refiled one 民二庭/赵某某's.
  const earlier = { ...A, division: "民一庭", judge: "王某某" };
  const later = refiled("2024-06-01", { division: "民二庭", judge: "赵某某" });

  it("the finding records who handles the earlier case", () => {
    const [a] = detectWithdrawRefile([earlier, later], AS_OF);
    expect(a?.facts).toMatchObject({ earlierDivision: "民一庭", earlierJudge: "王某某" });
    expect(relatedCaseOf(a!)).toEqual({
      caseNumber: "（2024）内0602民初100号",
      division: "民一庭",
      judge: "王某某",
    });
  });

  it("without it, the finding names neither its number, nor its dates, nor its closure", () => {
    const [a] = detectWithdrawRefile([earlier, later], AS_OF);
    const hidden = withoutRelatedCase(a!);
    // 2024-05-01 → 2024-06-01: 31 days.
    expect(hidden.reason).toBe(
      "与本院另一件已撤诉案件原告、被告、案由相同，撤诉后 31 天重新立案（2024-06-01）；该案不在您的查看范围内，如需了解请联系审判管理办公室",
    );
    const text = JSON.stringify(hidden);
    for (const secret of ["民初100号", "2024-05-01", "撤诉结案", "民一庭", "王某某"])
      expect(text).not.toContain(secret);
    expect(hidden.key).toBe("concealed-overrun.withdraw-refile|（2024）内0602民初900号|另一案件");
  });
});

describe("refileKey and isIndexedWithdrawal (a province's second pass)", () => {
  const asOf = "2025-06-30";
  const causes = ["民间借贷纠纷", "买卖合同纠纷", " 民间借贷纠纷 ", null];
  const parties = ["张三", "李四", "张三、李四", "李四；张三", "", null];
  const modes = ["撤诉", "按撤诉处理", "判决", "调解", null];
  const dates = ["2025-01-05", "2025-02-10", "2025-03-01", "2025-05-20", "2025-07-15"];
  // A deterministic spread of cases (a small linear congruential sequence), many sharing parties.
  function cases(seed: number, n: number): RefileCandidate[] {
    let x = seed;
    const pick = <T>(xs: readonly T[]): T => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return xs[x % xs.length] as T;
    };
    return Array.from({ length: n }, (_, i) => {
      const filedOn = pick(dates);
      const closed = pick([true, false]);
      const closedOn = closed ? (pick(dates.filter((d) => d >= filedOn)) ?? null) : null;
      return {
        caseNumber: `（2025）内0602民初${i + 1}号`,
        typeCode: pick(["民初", "民初", "民初", "民终"]),
        cause: pick(causes),
        plaintiffs: pick(parties),
        defendants: pick(parties),
        filedOn,
        closedOn,
        closureMode: closedOn ? pick(modes) : null,
      };
    });
  }

  it("the withdrawals and the cases sharing a withdrawal's key give exactly the alerts of all cases", () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const all = cases(seed, 60);
      const keys = new Set(
        all.filter((c) => isIndexedWithdrawal(c, asOf)).map((c) => refileKey(c) as string),
      );
      const kept = all.filter((c) => {
        const k = refileKey(c);
        return k !== undefined && keys.has(k);
      });
      // Every withdrawal is kept (its own key is in the set).
      expect(all.filter((c) => isIndexedWithdrawal(c, asOf)).every((c) => kept.includes(c))).toBe(true);
      const whole = detectWithdrawRefile(all, asOf);
      expect(detectWithdrawRefile(kept, asOf)).toEqual(whole);
      // And of those only the keys two cases or more share (a lone withdrawal pairs with nothing).
      const count = new Map<string, number>();
      for (const c of kept) count.set(refileKey(c) as string, (count.get(refileKey(c) as string) ?? 0) + 1);
      const shared = kept.filter((c) => (count.get(refileKey(c) as string) ?? 0) > 1);
      expect(detectWithdrawRefile(shared, asOf)).toEqual(whole);
      compared += whole.length;
    }
    // The comparison compares something: these seeds give refilings.
    expect(compared).toBeGreaterThan(20);
  });

  it("a case without a 案由, without parties on a side, or not 民初 has no key", () => {
    const base = cases(7, 1)[0] as RefileCandidate;
    const c = { ...base, typeCode: "民初", cause: "民间借贷纠纷", plaintiffs: "张三", defendants: "李四" };
    expect(refileKey(c)).toBe("民间借贷纠纷\u0000张三\u0001李四");
    expect(refileKey({ ...c, cause: " 民间借贷纠纷 " })).toBe(refileKey(c));
    expect(refileKey({ ...c, cause: null })).toBeUndefined();
    expect(refileKey({ ...c, defendants: "" })).toBeUndefined();
    expect(refileKey({ ...c, typeCode: "民终" })).toBeUndefined();
    const withdrawn = { ...c, closedOn: "2025-03-01", closureMode: "撤诉" };
    expect(isIndexedWithdrawal(withdrawn, asOf)).toBe(true);
    expect(isIndexedWithdrawal({ ...withdrawn, closedOn: "2025-07-01" }, asOf)).toBe(false);
    expect(isIndexedWithdrawal({ ...withdrawn, closureMode: "判决" }, asOf)).toBe(false);
  });
});

describe("refileKeyHash", () => {
  it("is a whole number below 2^52, the same for the same key, and apart for 200,000 distinct keys", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) {
      const h = refileKeyHash(`民间借贷纠纷\u0000原告${i}\u0001被告${i % 97}`);
      expect(Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52).toBe(true);
      seen.add(h);
    }
    // Birthday bound for 200,000 keys in 2^52 values: a collision has probability ≈ 4·10⁻⁶.
    expect(seen.size).toBe(200_000);
    expect(refileKeyHash("民间借贷纠纷\u0000张三\u0001李四")).toBe(
      refileKeyHash("民间借贷纠纷\u0000张三\u0001李四"),
    );
    expect(refileKeyHash("a")).not.toBe(refileKeyHash("b"));
  });
});
