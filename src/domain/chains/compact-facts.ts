/**
 * The chain facts of a whole court (case_facts.chain_root, chain_cases, enforced_by_case) from
 * typed arrays instead of the forest's maps: a province has millions of linked cases, and the
 * forest of forest.ts (a Map and objects per case) took over a kilobyte each. Same rules as
 * buildChainForest + chainFactsOf (forest.test.ts and compact-facts.test.ts hold them equal):
 * links resolved to the origin's index by the caller (by case number); a case naming itself is a
 * root; a cycle of links is broken at its earliest-filed member (ties: the smaller id); a
 * 首次执行 case (执) marks its origin as enforced, links broken by a cycle excepted.
 */

/** The linked cases, index i for each (any order). */
export interface CompactChainInput {
  /** Cases given. */
  n: number;
  ids: Int32Array;
  /** Index of the case this one derives from, or -1 (no 原审案号, an origin outside the data, itself). */
  origin: Int32Array;
  /** 1 for a 首次执行 case (类型代字 执). */
  firstEnforcement: Uint8Array;
  /** 立案日期 as YYYYMMDD. */
  filedDay: Int32Array;
}

export interface CompactChainFacts {
  chainRoot: Uint8Array;
  /** Cases in the chain of a root; 0 on a non-root. */
  chainCases: Int32Array;
  enforcedByCase: Uint8Array;
}

/** Does case a come before case b in filing order (date, then id)? */
function filedBefore(input: CompactChainInput, a: number, b: number): boolean {
  const da = input.filedDay[a] as number;
  const db = input.filedDay[b] as number;
  return da !== db ? da < db : (input.ids[a] as number) < (input.ids[b] as number);
}

export function compactChainFacts(input: CompactChainInput): CompactChainFacts {
  const { n } = input;
  const parent = Int32Array.from(input.origin.subarray(0, n));
  for (let i = 0; i < n; i++) if (parent[i] === i) parent[i] = -1;
  // 0 unvisited, 1 on the current path, 2 resolved.
  const state = new Uint8Array(n);
  const root = new Int32Array(n).fill(-1);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] === 2) continue;
    path.length = 0;
    let at = start;
    let found = -1;
    for (;;) {
      if (state[at] === 2) {
        found = root[at] as number;
        break;
      }
      if (state[at] === 1) {
        // A cycle: the members are the path from `at` on; break it at the earliest filed.
        let breakAt = at;
        for (let k = path.indexOf(at); k < path.length; k++)
          if (filedBefore(input, path[k] as number, breakAt)) breakAt = path[k] as number;
        parent[breakAt] = -1;
        for (const p of path) state[p] = 0;
        path.length = 0;
        at = start;
        continue;
      }
      state[at] = 1;
      path.push(at);
      const p = parent[at] as number;
      if (p < 0) {
        found = at;
        break;
      }
      at = p;
    }
    for (const p of path) {
      root[p] = found;
      state[p] = 2;
    }
  }
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = root[i] as number;
    size[r] = (size[r] as number) + 1;
  }
  const chainRoot = new Uint8Array(n);
  const chainCases = new Int32Array(n);
  const enforcedByCase = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (root[i] === i) {
      chainRoot[i] = 1;
      chainCases[i] = size[i] as number;
    }
    const p = parent[i] as number;
    if (p >= 0 && input.firstEnforcement[i] === 1) enforcedByCase[p] = 1;
  }
  return { chainRoot, chainCases, enforcedByCase };
}
