import { describe, expect, it } from "vitest";
import { buildChainForest, type ChainInput, chainFactsOf, chainOf } from "./forest.js";

let nextId = 1;
function c(caseNumber: string, typeCode: string, filedOn: string, origin: string | null = null): ChainInput {
  return { id: nextId++, caseNumber, originCaseNumber: origin, typeCode, filedOn };
}

describe("buildChainForest", () => {
  it("links 民初 → 民终 → 民再 into one chain of three cases under the 民初 root", () => {
    const a = c("(2023)京0105民初1号", "民初", "2023-01-05");
    const b = c("(2023)京03民终7号", "民终", "2023-06-01", a.caseNumber);
    const r = c("(2024)京03民再2号", "民再", "2024-02-01", b.caseNumber);
    const f = buildChainForest([r, b, a]);
    expect(f.rootOf.get(r.id)).toBe(a.id);
    expect(f.rootOf.get(b.id)).toBe(a.id);
    expect(chainOf(f, r.id)).toEqual([
      { id: a.id, parentId: null, depth: 0 },
      { id: b.id, parentId: a.id, depth: 1 },
      { id: r.id, parentId: b.id, depth: 2 },
    ]);
    // Hand count: one 案 (the 民初), three 件.
    expect(chainFactsOf(f, a.id)).toEqual({ chainRoot: 1, chainCases: 3, enforcedByCase: 0 });
    expect(chainFactsOf(f, b.id)).toEqual({ chainRoot: 0, chainCases: 0, enforcedByCase: 0 });
    expect(f.chains.size).toBe(1);
  });

  it("links 民初 → 执 → 执异 and marks the 民初 as enforced (an 执 names it), not the 执", () => {
    const a = c("(2023)京0105民初10号", "民初", "2023-01-05");
    const e = c("(2023)京0105执50号", "执", "2023-09-01", a.caseNumber);
    const x = c("(2023)京0105执异3号", "执异", "2023-11-01", e.caseNumber);
    const f = buildChainForest([a, e, x]);
    expect(chainOf(f, x.id).map((m) => m.id)).toEqual([a.id, e.id, x.id]);
    expect(chainFactsOf(f, a.id)).toEqual({ chainRoot: 1, chainCases: 3, enforcedByCase: 1 });
    // The 执异 names the 执, but it is not a first-enforcement case: the 执 is not "enforced".
    expect(chainFactsOf(f, e.id).enforcedByCase).toBe(0);
  });

  it("orders siblings by filing date, then id, breadth-first", () => {
    const a = c("(2023)京0105民初20号", "民初", "2023-01-05");
    const e2 = c("(2024)京0105执9号", "执", "2024-03-01", a.caseNumber);
    const e1 = c("(2023)京0105执8号", "执", "2023-12-01", a.caseNumber);
    const x = c("(2024)京0105执异1号", "执异", "2024-01-10", e1.caseNumber);
    const f = buildChainForest([e2, x, a, e1]);
    expect(chainOf(f, a.id).map((m) => m.id)).toEqual([a.id, e1.id, e2.id, x.id]);
    expect(chainFactsOf(f, a.id).chainCases).toBe(4);
  });

  it("makes a case whose origin is not in the data a root, with the origin named; it resolves when the origin arrives", () => {
    const e = c("(2024)京0105执30号", "执", "2024-02-01", "(2023)京0106民初5号");
    const x = c("(2024)京0105执异4号", "执异", "2024-04-01", e.caseNumber);
    const first = buildChainForest([e, x]);
    expect(first.rootOf.get(e.id)).toBe(e.id);
    expect(first.outsideOrigin.get(e.id)).toBe("(2023)京0106民初5号");
    expect(chainFactsOf(first, e.id)).toEqual({ chainRoot: 1, chainCases: 2, enforcedByCase: 0 });
    // The origin is imported later: the same links now resolve to it.
    const o = c("(2023)京0106民初5号", "民初", "2023-03-01");
    const second = buildChainForest([e, x, o]);
    expect(second.rootOf.get(e.id)).toBe(o.id);
    expect(second.outsideOrigin.size).toBe(0);
    expect(chainFactsOf(second, o.id)).toEqual({ chainRoot: 1, chainCases: 3, enforcedByCase: 1 });
    expect(chainFactsOf(second, e.id)).toEqual({ chainRoot: 0, chainCases: 0, enforcedByCase: 0 });
  });

  it("treats a case naming itself as a root", () => {
    const a = c("(2023)京0105民初40号", "民初", "2023-01-05", "(2023)京0105民初40号");
    const f = buildChainForest([a]);
    expect(chainFactsOf(f, a.id)).toEqual({ chainRoot: 1, chainCases: 1, enforcedByCase: 0 });
    expect(f.outsideOrigin.size).toBe(0);
  });

  it("breaks a cycle at its earliest-filed case, which becomes the root of the whole chain", () => {
    // A → B → C → A (each names the next as its origin), plus D → B hanging off the cycle.
    const a = c("(2023)京0105民初60号", "民初", "2023-05-01", "(2023)京0105民初62号");
    const b = c("(2023)京0105民初61号", "民初", "2023-02-01", "(2023)京0105民初60号");
    const cc = c("(2023)京0105民初62号", "民初", "2023-08-01", "(2023)京0105民初61号");
    const d = c("(2023)京0105执70号", "执", "2023-09-01", "(2023)京0105民初61号");
    const f = buildChainForest([a, b, cc, d]);
    // b is the earliest filed: its link (to a) is dropped; the chain is b → c → a, and b → d.
    expect(f.cycleBroken.get(b.id)).toBe("(2023)京0105民初60号");
    for (const x of [a, b, cc, d]) expect(f.rootOf.get(x.id)).toBe(b.id);
    expect(chainFactsOf(f, b.id)).toEqual({ chainRoot: 1, chainCases: 4, enforcedByCase: 1 });
    expect(f.chains.size).toBe(1);
    // Breadth-first: b; its children c (filed 08-01) and d (09-01); then a under c.
    expect(chainOf(f, a.id).map((m) => m.id)).toEqual([b.id, cc.id, d.id, a.id]);
    const sum = [...f.chains.values()].reduce((s, ch) => s + ch.length, 0);
    expect(sum).toBe(4);
  });

  it("counts 案 and 件 over a mixed set by hand: 5 cases, 3 chains", () => {
    // Chain 1: 民初 p → 执 q (2 件); chain 2: lone 民初 r (1 件); chain 3: 执 s from another court (1 件).
    const p = c("(2024)京0105民初100号", "民初", "2024-01-02");
    const q = c("(2024)京0105执200号", "执", "2024-06-01", p.caseNumber);
    const r = c("(2024)京0105民初101号", "民初", "2024-01-03");
    const s = c("(2024)京0105执201号", "执", "2024-06-02", "(2023)沪0101民初9号");
    const f = buildChainForest([p, q, r, s]);
    const roots = [p, q, r, s].map((x) => chainFactsOf(f, x.id)).filter((x) => x.chainRoot === 1);
    expect(roots.length).toBe(3);
    // 件 ÷ 案 = (2 + 1 + 1) ÷ 3 = 1.333…
    expect(roots.reduce((t, x) => t + x.chainCases, 0) / roots.length).toBeCloseTo(4 / 3, 10);
  });
});
