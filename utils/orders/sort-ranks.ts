/**
 * Ranks of strings in one sort order, kept between sorts. Sorting 10,000 orders by a text
 * column with Intl.Collator costs tens of milliseconds (a collator compare per comparison);
 * with each string's rank known, a sort compares numbers. Ranks taken from a superset keep
 * the order of any subset, so a later sort only places the strings it has not seen (sorted
 * among themselves and merged in), never the whole set again.
 *
 * Strings the comparator calls equal get the same rank: they tie, as they did when compared
 * directly.
 */
export class SortRanks {
  private sorted: string[] = [];
  private ranks = new Map<string, number>();

  constructor(
    private readonly compare: (a: string, b: string) => number,
    /** Above this many known strings the cache starts again from what is asked for. */
    private readonly limit = 100_000,
  ) {}

  /** A rank for every value given (and for every value seen before). */
  of(values: Iterable<string>): ReadonlyMap<string, number> {
    const asked = [...values];
    let fresh = new Set<string>();
    for (const v of asked) if (!this.ranks.has(v)) fresh.add(v);
    if (fresh.size === 0) return this.ranks;
    let known = this.sorted;
    if (known.length + fresh.size > this.limit) {
      // Too many strings kept (orders come and go): start again from this call's strings.
      known = [];
      fresh = new Set(asked);
    }
    const added = [...fresh].sort(this.compare);
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < known.length && j < added.length) merged.push(this.compare(known[i]!, added[j]!) <= 0 ? known[i++]! : added[j++]!);
    while (i < known.length) merged.push(known[i++]!);
    while (j < added.length) merged.push(added[j++]!);
    const ranks = new Map<string, number>();
    merged.forEach((v, n) => ranks.set(v, n > 0 && this.compare(merged[n - 1]!, v) === 0 ? ranks.get(merged[n - 1]!)! : n));
    this.sorted = merged;
    this.ranks = ranks;
    return ranks;
  }
}
