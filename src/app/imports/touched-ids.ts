/**
 * The ids of the cases an import touched (inserted, changed, or given events), for the refresh of
 * their facts after the commit. A bit per id up to the highest: a province's first load touches
 * millions of cases, which as a Set of numbers held hundreds of megabytes; as bits, 10,000,000 ids
 * take 1.25 MB.
 */
export class TouchedIds {
  private bits = new Uint32Array(1024);
  private count = 0;

  add(id: number): void {
    if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`case id ${id}`);
    const word = Math.floor(id / 32);
    if (word >= this.bits.length) {
      let size = this.bits.length;
      while (size <= word) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (id % 32);
    const w = this.bits[word] as number;
    if ((w & mask) === 0) {
      this.bits[word] = w | mask;
      this.count++;
    }
  }

  get size(): number {
    return this.count;
  }

  /** Every id, ascending. */
  ascending(): number[] {
    const out: number[] = new Array(this.count);
    let k = 0;
    for (let word = 0; word < this.bits.length; word++) {
      let w = this.bits[word] as number;
      while (w !== 0) {
        const low = w & -w;
        out[k++] = word * 32 + (31 - Math.clz32(low));
        w ^= low;
      }
    }
    return out;
  }
}
