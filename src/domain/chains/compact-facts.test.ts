/**
 * The compact chain pass gives every case the chain facts of the forest (buildChainForest +
 * chainFactsOf), on random courts with chains, 执 cases, origins outside the data, cases naming
 * themselves and cycles of links — and a hand-made one checked against the rules.
 */
import { describe, expect, it } from "vitest";
import { compactChainFacts } from "./compact-facts.js";
import { buildChainForest, type ChainInput, chainFactsOf } from "./forest.js";

function compactOf(cases: readonly ChainInput[]) {
  const index = new Map(cases.map((c, i) => [c.caseNumber, i]));
  const n = cases.length;
  const input = {
    n,
    ids: Int32Array.from(cases.map((c) => c.id)),
    origin: Int32Array.from(
      cases.map((c) => (c.originCaseNumber === null ? -1 : (index.get(c.originCaseNumber) ?? -1))),
    ),
    firstEnforcement: Uint8Array.from(cases.map((c) => (c.typeCode === "执" ? 1 : 0))),
    filedDay: Int32Array.from(cases.map((c) => Number(c.filedOn.replaceAll("-", "")))),
  };
  const f = compactChainFacts(input);
  return cases.map((_, i) => ({
    chainRoot: f.chainRoot[i],
    chainCases: f.chainCases[i],
    enforcedByCase: f.enforcedByCase[i],
  }));
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("compactChainFacts", () => {
  it("a hand-made court: 民初1 ← 民终2 ← 执3, a cycle 4 ⇄ 5, a self-link 6, an outside origin 7", () => {
    const c = (id: number, origin: string | null, typeCode: string, filedOn: string): ChainInput => ({
      id,
      caseNumber: `N${id}`,
      originCaseNumber: origin,
      typeCode,
      filedOn,
    });
    const cases = [
      c(1, null, "民初", "2024-01-05"),
      c(2, "N1", "民终", "2024-05-01"),
      c(3, "N2", "执", "2024-09-01"),
      c(4, "N5", "民初", "2024-03-01"),
      c(5, "N4", "民初", "2024-02-01"),
      c(6, "N6", "民初", "2024-02-01"),
      c(7, "X9", "执", "2024-02-01"),
    ];
    // 1 is the root of a chain of 3; 执3 names 民终2, so 2 went to enforcement. The cycle 4 ⇄ 5 is
    // broken at 5 (filed earlier), which becomes the root of a chain of 2. 6 and 7 are lone roots;
    // 7's origin is outside the data, so nothing is marked enforced by it.
    expect(compactOf(cases)).toEqual([
      { chainRoot: 1, chainCases: 3, enforcedByCase: 0 },
      { chainRoot: 0, chainCases: 0, enforcedByCase: 1 },
      { chainRoot: 0, chainCases: 0, enforcedByCase: 0 },
      { chainRoot: 0, chainCases: 0, enforcedByCase: 0 },
      { chainRoot: 1, chainCases: 2, enforcedByCase: 0 },
      { chainRoot: 1, chainCases: 1, enforcedByCase: 0 },
      { chainRoot: 1, chainCases: 1, enforcedByCase: 0 },
    ]);
  });

  it("equals the forest's chain facts on 300 random courts", () => {
    const types = ["民初", "民终", "执", "执异", "刑初"];
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const n = 1 + Math.floor(next() * 60);
      const cases: ChainInput[] = [];
      for (let i = 0; i < n; i++) {
        const roll = next();
        // Mostly links to an earlier-listed or any case (cycles), some outside, some to itself.
        const origin =
          roll < 0.3 ? null : roll < 0.4 ? `X${i}` : roll < 0.45 ? `N${i}` : `N${Math.floor(next() * n)}`;
        cases.push({
          id: 1000 + i * 3,
          caseNumber: `N${i}`,
          originCaseNumber: origin,
          typeCode: types[Math.floor(next() * types.length)] as string,
          filedOn: `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
        });
      }
      // Listed in a random order (the pass reads them in id order; the forest in any).
      const shuffled = [...cases].sort(() => next() - 0.5);
      const forest = buildChainForest(shuffled);
      expect(compactOf(shuffled), `seed ${seed}`).toEqual(shuffled.map((c) => chainFactsOf(forest, c.id)));
    }
  });
});
