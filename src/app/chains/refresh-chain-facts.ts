/**
 * The chain pass (案-件比): after facts are written, works out the chains of linked cases from the
 * 原审案号 links (src/domain/chains) and writes case_facts.chain_root, chain_cases and
 * enforced_by_case where they changed. Runs over the whole court after every refresh, full or for
 * the cases an import touched, so a link to a case imported later resolves then. Reads only the
 * linked cases (a lone case keeps the columns' defaults), in the caller's transaction, a batch at
 * a time into typed arrays (a province has millions of linked cases: compact-facts.ts).
 */
import type { Kysely } from "kysely";
import { forEachChainLinkBatch } from "../../db/chains/read-chain-links.js";
import { type ChainFactsRow, writeChainFacts } from "../../db/chains/write-chain-facts.js";
import type { Database } from "../../db/schema.js";
import { compactChainFacts } from "../../domain/chains/compact-facts.js";
import { FIRST_ENFORCEMENT_TYPE_CODE } from "../../domain/chains/forest.js";

export interface ChainPassResult {
  /** Cases in a chain of more than one case, or reset from one. */
  linked: number;
  /** Chains (roots) among them. */
  chains: number;
  /** Facts rows written. */
  written: number;
  ms: number;
}

/** A column of numbers that grows as rows come. */
class Column<T extends Int32Array | Uint8Array> {
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] = v;
  }
}

const int32 = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const uint8 = () => new Column(new Uint8Array(1024), (n) => new Uint8Array(n));

/** "2024-05-01" → 20240501. */
function dayNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export async function refreshChainFacts(db: Kysely<Database>): Promise<ChainPassResult> {
  const started = performance.now();
  const ids = int32();
  const originIds = int32();
  const firstEnforcement = uint8();
  const filedDay = int32();
  const storedRoot = uint8();
  const storedCases = int32();
  const storedEnforced = uint8();
  let n = 0;
  await forEachChainLinkBatch(db, (rows) => {
    for (const r of rows) {
      ids.set(n, Number(r.id));
      originIds.set(n, r.origin_id === null ? -1 : Number(r.origin_id));
      firstEnforcement.set(n, r.type_code === FIRST_ENFORCEMENT_TYPE_CODE ? 1 : 0);
      filedDay.set(n, dayNumber(r.filed_on));
      storedRoot.set(n, Number(r.chain_root));
      storedCases.set(n, Number(r.chain_cases));
      storedEnforced.set(n, Number(r.enforced_by_case));
      n++;
    }
  });
  // The origins as indexes (rows in id order: a binary search); an origin not among them is
  // outside the data, like an unknown number.
  const idOf = ids.data;
  const origin = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const want = originIds.data[i] as number;
    let lo = 0;
    let hi = n - 1;
    let at = -1;
    while (want >= 0 && lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = idOf[mid] as number;
      if (v === want) {
        at = mid;
        break;
      }
      if (v < want) lo = mid + 1;
      else hi = mid - 1;
    }
    origin[i] = at;
  }
  const facts = compactChainFacts({
    n,
    ids: idOf,
    origin,
    firstEnforcement: firstEnforcement.data,
    filedDay: filedDay.data,
  });
  const changed: ChainFactsRow[] = [];
  let chains = 0;
  for (let i = 0; i < n; i++) {
    const chainRoot = facts.chainRoot[i] as number;
    const chainCases = facts.chainCases[i] as number;
    const enforcedByCase = facts.enforcedByCase[i] as number;
    chains += chainRoot;
    if (
      chainRoot !== storedRoot.data[i] ||
      chainCases !== storedCases.data[i] ||
      enforcedByCase !== storedEnforced.data[i]
    )
      changed.push({ caseId: idOf[i] as number, chainRoot, chainCases, enforcedByCase });
  }
  await writeChainFacts(db, changed);
  return { linked: n, chains, written: changed.length, ms: performance.now() - started };
}
