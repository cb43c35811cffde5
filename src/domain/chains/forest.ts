/**
 * Linked cases (关联案件): a dispute (案) and the procedural cases (件) it goes through. Derived
 * cases — 二审, 再审, 执行, 执行异议 … — name the case they derive from by its case number
 * (原审案号, the import column `originCaseNumber`); following those links up gives each case's
 * root, the case that brought the dispute to court, and the tree under a root is the dispute's
 * chain of cases. 案-件比 = 件 ÷ 案 counts these chains (docs/indicators.md; the idea of the ratio
 * from the SPC's 审判质量管理指标体系, its counting rule not published — reference §2.4, §7 item 32).
 *
 * Local rules (documented in docs/chains.md):
 * - A link resolves by case number. An origin not among the cases given (another court's case,
 *   or one not imported yet) makes the case a root whose origin is outside the data; when that
 *   case is imported later, recomputing the forest resolves the link.
 * - A case naming itself is a root. A cycle of links (A → B → A, a data error) is broken at the
 *   earliest-filed case of the cycle (ties: the smaller id), which becomes a root.
 * - Pure: no I/O; the caller passes every case it wants linked (all cases of the court for the
 *   figures; one connected component for a case page).
 */

export interface ChainInput {
  id: number;
  caseNumber: string;
  /** 原审案号, normalised like caseNumber; null when the case derives from none. */
  originCaseNumber: string | null;
  typeCode: string;
  /** 立案日期 YYYY-MM-DD (orders a chain and breaks cycles). */
  filedOn: string;
}

export interface ChainMember {
  id: number;
  /** The case this one derives from, within the chain; null for the root. */
  parentId: number | null;
  /** 0 for the root, 1 for a case derived from it, … */
  depth: number;
}

export interface ChainForest {
  /** Every case's root (a root is its own). */
  rootOf: Map<number, number>;
  /** Per root: its chain, root first, then by depth, filing date and id. */
  chains: Map<number, ChainMember[]>;
  /** Roots whose 原审案号 names a case not in the data: the number it names. */
  outsideOrigin: Map<number, string>;
  /** Roots made so by breaking a cycle of links: the number their link named. */
  cycleBroken: Map<number, string>;
  /** Cases a first-enforcement case (执) names as its origin: their judgment went to enforcement. */
  enforced: Set<number>;
}

/** The 类型代字 of a first-enforcement case (首次执行, 《人民法院案件类型及其代字标准》 1001). */
export const FIRST_ENFORCEMENT_TYPE_CODE = "执";

/** Builds the forest of linked cases. */
export function buildChainForest(cases: readonly ChainInput[]): ChainForest {
  const byId = new Map<number, ChainInput>();
  const byNumber = new Map<string, ChainInput>();
  for (const c of cases) {
    byId.set(c.id, c);
    // Case numbers are unique in the data; should two inputs share one, the first given wins.
    if (!byNumber.has(c.caseNumber)) byNumber.set(c.caseNumber, c);
  }

  const parent = new Map<number, number>();
  const outsideOrigin = new Map<number, string>();
  const enforced = new Set<number>();
  for (const c of cases) {
    if (c.originCaseNumber === null || c.originCaseNumber === "") continue;
    const origin = byNumber.get(c.originCaseNumber);
    if (!origin) {
      outsideOrigin.set(c.id, c.originCaseNumber);
      continue;
    }
    if (origin.id === c.id) continue;
    parent.set(c.id, origin.id);
  }

  // Roots: follow parent links with three colours; a path that meets itself is a cycle, broken
  // at its earliest-filed member.
  const cycleBroken = new Map<number, string>();
  const rootOf = new Map<number, number>();
  const onPath = new Set<number>();
  for (const c of cases) {
    if (rootOf.has(c.id)) continue;
    const path: number[] = [];
    let at: number | undefined = c.id;
    let root: number | undefined;
    while (at !== undefined) {
      const known = rootOf.get(at);
      if (known !== undefined) {
        root = known;
        break;
      }
      if (onPath.has(at)) {
        // A cycle: the members are the path from `at` on.
        const cycle = path.slice(path.indexOf(at));
        const breakAt = earliest(cycle.map((id) => byId.get(id) as ChainInput));
        const named = (byId.get(breakAt) as ChainInput).originCaseNumber as string;
        parent.delete(breakAt);
        cycleBroken.set(breakAt, named);
        // Resolve the path again from the start now that the cycle is open.
        for (const id of path) onPath.delete(id);
        path.length = 0;
        at = c.id;
        continue;
      }
      onPath.add(at);
      path.push(at);
      const p = parent.get(at);
      if (p === undefined) {
        root = at;
        break;
      }
      at = p;
    }
    for (const id of path) {
      rootOf.set(id, root as number);
      onPath.delete(id);
    }
  }

  // Chains: children lists, walked breadth-first from each root.
  const children = new Map<number, ChainInput[]>();
  for (const [child, p] of parent) {
    if ((byId.get(child) as ChainInput).typeCode === FIRST_ENFORCEMENT_TYPE_CODE) enforced.add(p);
    const list = children.get(p) ?? [];
    list.push(byId.get(child) as ChainInput);
    children.set(p, list);
  }
  for (const list of children.values()) list.sort(byFiling);
  const chains = new Map<number, ChainMember[]>();
  for (const c of cases) {
    if (rootOf.get(c.id) !== c.id || chains.has(c.id)) continue;
    const members: ChainMember[] = [{ id: c.id, parentId: null, depth: 0 }];
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as ChainMember;
      for (const k of children.get(m.id) ?? [])
        members.push({ id: k.id, parentId: m.id, depth: m.depth + 1 });
    }
    chains.set(c.id, members);
  }
  for (const id of [...outsideOrigin.keys()]) if (rootOf.get(id) !== id) outsideOrigin.delete(id);
  return { rootOf, chains, outsideOrigin, cycleBroken, enforced };
}

function byFiling(a: ChainInput, b: ChainInput): number {
  return a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : a.id - b.id;
}

function earliest(list: ChainInput[]): number {
  return ([...list].sort(byFiling)[0] as ChainInput).id;
}

/** The chain of the dispute a case belongs to (root first); [] for a case not in the forest. */
export function chainOf(forest: ChainForest, caseId: number): ChainMember[] {
  const root = forest.rootOf.get(caseId);
  return root === undefined ? [] : (forest.chains.get(root) ?? []);
}

/** The per-case chain facts the indicators read (case_facts.chain_root, chain_cases, enforced_by_case). */
export interface ChainFacts {
  chainRoot: 0 | 1;
  /** Cases (件) in the chain of a root; 0 on a non-root. */
  chainCases: number;
  enforcedByCase: 0 | 1;
}

/** A case outside every chain: its own root, a chain of one, not enforced — the columns' defaults. */
export const LONE_CASE_FACTS: ChainFacts = { chainRoot: 1, chainCases: 1, enforcedByCase: 0 };

export function chainFactsOf(forest: ChainForest, caseId: number): ChainFacts {
  const isRoot = forest.rootOf.get(caseId) === caseId;
  return {
    chainRoot: isRoot ? 1 : 0,
    chainCases: isRoot ? (forest.chains.get(caseId)?.length ?? 1) : 0,
    enforcedByCase: forest.enforced.has(caseId) ? 1 : 0,
  };
}
