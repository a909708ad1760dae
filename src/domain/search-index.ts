// The lookups behind NameIndex.search, so a search costs what it finds rather than a scan of every
// name: sorted folded labels (exact and prefix matches, and typo-tolerant matches by a walk that
// shares the edit-distance rows of common prefixes and skips every label under a prefix already
// too far off), sorted word starts (prefix of a later word), sorted distinct words (a typo in one
// word) and trigram lists (substrings). They only propose actors; names.ts scores each one.

/** A folded string and the numbers of the actors it belongs to. */
interface Keyed {
  key: string;
  owners: number[];
}

/** Folded strings in code-unit order, each once, with their owners. */
class SortedKeys {
  private readonly keys: string[];
  private readonly owners: number[][];

  constructor(pairs: Iterable<[key: string, owner: number]>) {
    const byKey = new Map<string, number[]>();
    for (const [key, owner] of pairs) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [owner]);
      else if (list[list.length - 1] !== owner) list.push(owner);
    }
    const sorted: Keyed[] = [...byKey].map(([key, owners]) => ({ key, owners }));
    sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.keys = sorted.map((k) => k.key);
    this.owners = sorted.map((k) => k.owners);
  }

  /**
   * First position from `from` on whose key is not below `s`. The range is found by doubling steps
   * from `from` first: the walk below skips mostly a few keys, which this finds in a few steps.
   */
  private lowerBound(s: string, from = 0): number {
    let [lo, step] = [from, 1];
    while (lo + step < this.keys.length && (this.keys[lo + step] as string) < s) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(this.keys.length, lo + step);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as string) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Owners of every key starting with `prefix`. */
  forEachWithPrefix(prefix: string, visit: (owner: number) => void): void {
    for (let i = this.lowerBound(prefix); i < this.keys.length; i++) {
      if (!(this.keys[i] as string).startsWith(prefix)) break;
      for (const owner of this.owners[i] as number[]) visit(owner);
    }
  }

  /**
   * Owners of every key within `budget` edits of `query` (optimal string alignment, as
   * names.ts's withinDistance). Keys come in sorted order, so a key reuses the distance rows of
   * the prefix it shares with the one before, and once a prefix's row exceeds the budget every
   * key under it is skipped by a binary search.
   */
  forEachWithin(query: string, budget: number, visit: (owner: number) => void): void {
    const width = query.length + 1;
    const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, j) => j)];
    let previous = '';
    /** Rows 0..valid are those of previous's first `valid` characters. */
    let valid = 0;
    let i = 0;
    while (i < this.keys.length) {
      const key = this.keys[i] as string;
      let depth = commonPrefix(previous, key, valid);
      let pruned = false;
      while (depth < key.length) {
        depth++;
        const row = (rows[depth] ??= new Int32Array(width));
        if (fillRow(row, rows[depth - 1] as Int32Array, rows[depth - 2], key, depth, query)) {
          continue;
        }
        // Every key under key's first `depth` characters is as far off: skip them all.
        i = this.lowerBound(key.slice(0, depth - 1) + nextChar(key, depth - 1), i + 1);
        valid = depth - 1;
        pruned = true;
        break;
      }
      previous = key;
      if (pruned) continue;
      valid = key.length;
      // The last cell was filled only if the lengths are within the band.
      const inBand = Math.abs(key.length - query.length) <= budget;
      if (inBand && ((rows[key.length] as Int32Array)[query.length] as number) <= budget) {
        for (const owner of this.owners[i] as number[]) visit(owner);
      }
      i++;
    }

    /**
     * Fills one row within the band |depth - j| <= budget (a cell outside it is at least that far
     * off) and marks the cells just outside as over budget, which is all the next row reads;
     * false when the whole band exceeds the budget.
     */
    function fillRow(
      row: Int32Array,
      prev: Int32Array,
      prevPrev: Int32Array | undefined,
      key: string,
      depth: number,
      q: string,
    ): boolean {
      const c = key[depth - 1];
      const over = budget + 1;
      const lo = Math.max(1, depth - budget);
      const hi = Math.min(width - 1, depth + budget);
      row[0] = depth;
      if (lo > 1) row[lo - 1] = over;
      if (hi + 1 < width) row[hi + 1] = over;
      let rowMin = depth <= budget ? depth : over;
      for (let j = lo; j <= hi; j++) {
        const cost = c === q[j - 1] ? 0 : 1;
        let d = Math.min(
          (prev[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (prev[j - 1] as number) + cost,
        );
        if (prevPrev && j > 1 && c === q[j - 2] && key[depth - 2] === q[j - 1]) {
          d = Math.min(d, (prevPrev[j - 2] as number) + 1);
        }
        row[j] = d;
        if (d < rowMin) rowMin = d;
      }
      return rowMin <= budget;
    }
  }
}

/** Length of the common prefix of a and b, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  const most = Math.min(limit, a.length, b.length);
  let n = 0;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The character after key[at] in code-unit order, so prefix + it is past every key under prefix. */
function nextChar(key: string, at: number): string {
  return String.fromCharCode(key.charCodeAt(at) + 1);
}

/** What the index reads of one label: its folded key, its folded words and where they start. */
export interface IndexedLabel {
  key: string;
  words: readonly string[];
  wordStarts: readonly number[];
}

const GRAM = 3;

export class SearchIndex {
  private readonly labels: SortedKeys;
  private readonly laterWords: SortedKeys;
  private readonly words: SortedKeys;
  /** Actor numbers (ascending, once each) per trigram of their label keys. */
  private readonly grams = new Map<string, number[]>();

  /** @param labelsOf the labels of each actor, by actor number */
  constructor(labelsOf: readonly (readonly IndexedLabel[])[]) {
    const all = labelsOf.flatMap((labels, owner) => labels.map((l) => ({ l, owner })));
    this.labels = new SortedKeys(all.map(({ l, owner }) => [l.key, owner]));
    this.laterWords = new SortedKeys(
      all.flatMap(({ l, owner }) =>
        l.wordStarts.map((s): [string, number] => [l.key.slice(s), owner]),
      ),
    );
    this.words = new SortedKeys(
      all.flatMap(({ l, owner }) => l.words.map((w): [string, number] => [w, owner])),
    );
    for (const { l, owner } of all) {
      for (let i = 0; i + GRAM <= l.key.length; i++) {
        const gram = l.key.slice(i, i + GRAM);
        const list = this.grams.get(gram);
        if (!list) this.grams.set(gram, [owner]);
        else if (list[list.length - 1] !== owner) list.push(owner);
      }
    }
  }

  /** Actors with a label, or a later word of one, starting with `key` (exact matches too). */
  forEachPrefix(key: string, visit: (owner: number) => void): void {
    this.labels.forEachWithPrefix(key, visit);
    this.laterWords.forEachWithPrefix(key, visit);
  }

  /**
   * Actors that may have a label containing `key`: every one that does, and a few that share its
   * trigrams without it. Undefined for keys shorter than a trigram: the caller must scan.
   */
  substringCandidates(key: string): number[] | undefined {
    if (key.length < GRAM) return undefined;
    const lists: number[][] = [];
    for (let i = 0; i + GRAM <= key.length; i++) {
      const list = this.grams.get(key.slice(i, i + GRAM));
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0] as number[];
    for (const list of lists.slice(1)) result = intersect(result, list);
    return result;
  }

  /** Actors with a whole label within `budget` edits of `key`. */
  forEachLabelWithin(key: string, budget: number, visit: (owner: number) => void): void {
    this.labels.forEachWithin(key, budget, visit);
  }

  /** Actors with a whole label, or one word of one, within `budget` edits of `key`. */
  forEachWithin(key: string, budget: number, visit: (owner: number) => void): void {
    this.labels.forEachWithin(key, budget, visit);
    this.words.forEachWithin(key, budget, visit);
  }
}

/**
 * Both lists ascending; the numbers in both. Each number of the shorter list is found in the
 * longer by a binary search from where the last one was, so a rare trigram against a common one
 * costs the rare one's length, not the common one's.
 */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const out: number[] = [];
  let lo = 0;
  for (const x of short) {
    let hi = long.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((long[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo === long.length) break;
    if (long[lo] === x) out.push(x);
  }
  return out;
}
