/**
 * A small binary min-heap on (date, insertion order): the generator's queues of things due on a
 * later filing day (refilings, enforcement applications), popped in date order, ties first-in.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";

export class DateHeap<T extends { date: DayNumber }> {
  private items: { v: T; n: number }[] = [];
  private counter = 0;
  get size(): number {
    return this.items.length;
  }
  push(v: T): void {
    const a = this.items;
    a.push({ v, n: this.counter++ });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  peek(): T | undefined {
    return this.items[0]?.v;
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!.v;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
  private less(x: { v: T; n: number }, y: { v: T; n: number }): boolean {
    return x.v.date < y.v.date || (x.v.date === y.v.date && x.n < y.n);
  }
}
