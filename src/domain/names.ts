// Name resolution and search: folds spelling variants of actor names to one key, resolves a name
// to one actor (or says why it cannot) and ranks actors for a free-text query.
import type { Candidate } from './errors.js';
import { ACTOR_KINDS, type ActorKind } from './kinds.js';
import type { Resolution, SearchHit } from '../store/types.js';
import { SearchIndex } from './search-index.js';

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The words of a name after folding, in order. What folds:
 * - case (lower-cased) and diacritics (NFD, combining marks dropped): "Ḥaqqānī" = "haqqani";
 * - every character that is not a letter or digit is a word break, so hyphens, underscores, dots,
 *   apostrophes and spaces all read alike: "Tehrik-i-Taliban" = "Tehrik_i.Taliban" = "Tehrik i Taliban";
 * - "ee" becomes "i" inside a word: "Tehreek" = "Tehrik", "Jaish" is unchanged;
 * - a standalone "e" word (the izafe, as in "Tehrik-e-Taliban") becomes "i" ("Tehrik-i-Taliban").
 */
export function nameWords(s: string): string[] {
  // Plain-ASCII names (nearly all of them) have no diacritics to strip: skip the costly NFD.
  const words = PLAIN_ASCII.test(s)
    ? s.toLowerCase().match(/[a-z0-9]+/g)
    : s
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).map((w) => (w === 'e' ? 'i' : w.replaceAll('ee', 'i')));
}

/**
 * The key two spellings of one name share: the folded words of `nameWords`, joined without
 * spaces. "Tehreek-i-Taliban", "Tehrik-i-Taliban", "Tehrik e Taliban" and "tehrik-e-taliban" all
 * give "tehrikitaliban".
 */
export function normaliseName(s: string): string {
  return nameWords(s).join('');
}

/** What a NameIndex needs of an actor. */
export interface NameEntry {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: readonly string[];
  ambiguousAliases?: readonly string[];
}

export interface SearchOptions {
  limit?: number;
  kinds?: readonly ActorKind[];
}

type MatchKind = SearchHit['match'];

/** One name or alias of an actor, folded once at build time. */
interface Label {
  text: string;
  key: string;
  /** Search's view of the label, made on first search: resolving and validation need only keys. */
  parts?: LabelParts;
}

interface LabelParts {
  words: string[];
  /** Where each word after the first starts in `key`, for prefix matches on later words. */
  wordStarts: number[];
}

interface IndexedActor {
  entry: NameEntry;
  /** The name first, then aliases, then ambiguous aliases not already listed. */
  labels: Label[];
  /** Keys of the ambiguous aliases. */
  ambiguousKeys: ReadonlySet<string>;
  kindRank: number;
}

/** A folded name that several actors answer to, with the text each has for it. */
export interface SharedName {
  key: string;
  holders: Array<{
    entry: NameEntry;
    text: string;
    /** Whether it is the actor's name rather than an alias. */
    isName: boolean;
    /** Whether the actor lists it in ambiguousAliases. */
    declared: boolean;
  }>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

const MATCH_SCORE: Record<MatchKind, number> = {
  id: 1,
  exact: 0.9,
  prefix: 0.7,
  substring: 0.5,
  fuzzy: 0.3,
};
/** A match on a later word ranks just under the same match on the whole name. */
const WORD_PENALTY = 0.05;
const FUZZY_PENALTY_PER_EDIT = 0.05;
const DEFAULT_LIMIT = 10;
const SUGGESTIONS = 5;

/**
 * Places and events rank after the other kinds when matches tie: a capital's name used alone
 * ("Kabul", "Islamabad") usually means its government, and the government lists it as an alias.
 */
const KIND_RANK: Record<ActorKind, number> = Object.fromEntries(
  ACTOR_KINDS.map((k) => [k, k === 'Place' || k === 'Event' ? 1 : 0]),
) as Record<ActorKind, number>;

/** Most edits a typo-tolerant match allows for a folded query of this length. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

export class NameIndex {
  private readonly byId = new Map<string, IndexedActor>();
  private readonly byKey = new Map<string, IndexedActor[]>();
  /** Built at the first search: resolving and validation need only the maps above. */
  private lookups?: { index: SearchIndex; actors: IndexedActor[] };

  constructor(entries: Iterable<NameEntry>) {
    for (const entry of entries) {
      const labels: Label[] = [];
      const add = (text: string) => {
        const key = normaliseName(text);
        if (key !== '' && !labels.some((l) => l.key === key)) labels.push({ text, key });
      };
      add(entry.name);
      entry.aliases.forEach(add);
      entry.ambiguousAliases?.forEach(add);
      const ambiguousKeys = entry.ambiguousAliases?.length
        ? new Set(entry.ambiguousAliases.map(normaliseName))
        : NO_KEYS;
      const actor: IndexedActor = { entry, labels, ambiguousKeys, kindRank: KIND_RANK[entry.kind] };
      this.byId.set(entry.id, actor);
      for (const label of labels) {
        const list = this.byKey.get(label.key);
        if (list) list.push(actor);
        else this.byKey.set(label.key, [actor]);
      }
    }
  }

  /** Every folded name more than one actor answers to. */
  sharedNames(): SharedName[] {
    const shared: SharedName[] = [];
    for (const [key, actors] of this.byKey) {
      if (actors.length < 2) continue;
      const holders = actors.map((a) => {
        const text = labelFor(a, key);
        return {
          entry: a.entry,
          text,
          isName: text === a.entry.name,
          declared: a.ambiguousKeys.has(key),
        };
      });
      shared.push({ key, holders });
    }
    return shared;
  }

  /**
   * The actor whose id is exactly `name` (ids are case-sensitive, so "Kabul" is a name, not the
   * id "kabul"), else the one actor a name or alias folds to; several give candidates, none give
   * suggestions. Never a guess.
   */
  resolve(name: string): Resolution {
    const trimmed = name.trim();
    const byId = this.byId.get(trimmed);
    if (byId) return { status: 'found', actor: summary(byId.entry), matched: byId.entry.id };
    const key = normaliseName(trimmed);
    const actors = this.byKey.get(key) ?? [];
    if (actors.length === 1) {
      const actor = actors[0] as IndexedActor;
      return { status: 'found', actor: summary(actor.entry), matched: labelFor(actor, key) };
    }
    if (actors.length > 1) {
      const candidates = [...actors]
        .sort(compareActors)
        .map((a) => candidate(a.entry, labelFor(a, key)));
      return { status: 'ambiguous', candidates };
    }
    const suggestions = this.search(trimmed, { limit: SUGGESTIONS }).map(
      ({ id, name: n, kind, matched }) => ({ id, name: n, kind, matched }),
    );
    return { status: 'unknown', suggestions };
  }

  /**
   * Ranked hits: id and exact > prefix > substring > typo-tolerant; one hit per actor. The search
   * index proposes the actors that can match; each is scored on all its labels, as a scan would.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const q = prepareQuery(query);
    if (q.key === '' && q.id === '') return [];
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
    const limit = options.limit ?? DEFAULT_LIMIT;
    const { index, actors } = (this.lookups ??= this.buildLookups());
    // Each actor's best match as a number (see `encode`): a prefix of thousands of labels must not
    // make thousands of hit objects when only `limit` of them are returned.
    const found = new Map<IndexedActor, number>();
    const consider = (actor: IndexedActor | undefined, match: LabelMatcher) => {
      if (!actor || found.has(actor) || (kinds && !kinds.has(actor.entry.kind))) return;
      const best = bestMatch(actor, q, match);
      if (best >= 0) found.set(actor, best);
    };
    const byNumber = (match: LabelMatcher) => (n: number) => consider(actors[n], match);
    consider(this.byId.get(q.id), plainMatch);
    if (q.key !== '') {
      index.forEachPrefix(q.key, byNumber(plainMatch));
      // Substrings rank below every prefix match, and typos below every plain match: each is
      // looked for only while the better matches leave room.
      if (found.size < limit) {
        const candidates = index.substringCandidates(q.key);
        if (candidates) candidates.forEach(byNumber(plainMatch));
        else actors.forEach((actor) => consider(actor, plainMatch));
      }
      if (found.size < limit && q.budget > 0) {
        // A whole label one edit off outranks every other typo: look wider only if room is left.
        index.forEachLabelWithin(q.key, 1, byNumber(fuzzyMatch));
        if (found.size < limit) index.forEachWithin(q.key, q.budget, byNumber(fuzzyMatch));
      }
    }
    return topHits(found, limit);
  }

  /** Builds the search index now rather than on the first search (about 1 s at 100k actors). */
  prepareSearch(): void {
    this.lookups ??= this.buildLookups();
  }

  private buildLookups(): { index: SearchIndex; actors: IndexedActor[] } {
    const actors = [...this.byId.values()];
    const labels = actors.map((a) => a.labels.map((l) => ({ key: l.key, ...partsOf(l) })));
    return { index: new SearchIndex(labels), actors };
  }
}

function partsOf(label: Label): LabelParts {
  if (label.parts) return label.parts;
  const words = nameWords(label.text);
  const wordStarts: number[] = [];
  let offset = words[0]?.length ?? 0;
  for (const word of words.slice(1)) {
    wordStarts.push(offset);
    offset += word.length;
  }
  return (label.parts = { words, wordStarts });
}

interface PreparedQuery {
  id: string;
  key: string;
  budget: number;
}

function prepareQuery(query: string): PreparedQuery {
  const key = normaliseName(query);
  return { id: query.trim(), key, budget: typoBudget(key.length) };
}

/**
 * A match as one number: its score in hundredths (rounded, as SearchHit.score is), times SLOTS,
 * plus which of the actor's labels matched (0 for the id, 1 + the label's position otherwise).
 * A higher number is a better score; -1 is no match.
 */
type LabelMatcher = (label: Label, slot: number, q: PreparedQuery) => number;

const SLOTS = 0x10000;

function encode(score: number, slot: number): number {
  return Math.round(score * 100) * SLOTS + slot;
}

function centsOf(code: number): number {
  return Math.floor(code / SLOTS);
}

/** The best match among an actor's id and labels; the name wins ties over aliases. */
function bestMatch(actor: IndexedActor, q: PreparedQuery, match: LabelMatcher): number {
  if (actor.entry.id === q.id) return encode(MATCH_SCORE.id, 0);
  if (q.key === '') return -1;
  let best = -1;
  actor.labels.forEach((label, i) => {
    const code = match(label, i + 1, q);
    if (code >= 0 && (best < 0 || centsOf(code) > centsOf(best))) best = code;
  });
  return best;
}

/** Exact, prefix (of the label or of a later word in it) or substring match. */
function plainMatch(label: Label, slot: number, q: PreparedQuery): number {
  if (label.key === q.key) return encode(MATCH_SCORE.exact, slot);
  if (label.key.startsWith(q.key)) return encode(MATCH_SCORE.prefix, slot);
  if (partsOf(label).wordStarts.some((start) => label.key.startsWith(q.key, start))) {
    return encode(MATCH_SCORE.prefix - WORD_PENALTY, slot);
  }
  if (label.key.includes(q.key)) return encode(MATCH_SCORE.substring, slot);
  return -1;
}

/** Within the typo budget of the whole label, else of one of its words. */
function fuzzyMatch(label: Label, slot: number, q: PreparedQuery): number {
  const whole = withinDistance(q.key, label.key, q.budget);
  if (whole <= q.budget) return fuzzyCode(whole, 0, slot);
  let edits = q.budget + 1;
  for (const word of partsOf(label).words)
    edits = Math.min(edits, withinDistance(q.key, word, q.budget));
  return edits <= q.budget ? fuzzyCode(edits, WORD_PENALTY, slot) : -1;
}

function fuzzyCode(edits: number, penalty: number, slot: number): number {
  return encode(MATCH_SCORE.fuzzy - FUZZY_PENALTY_PER_EDIT * edits - penalty, slot);
}

/** Scores in hundredths that name a kind of match: every lower one is a typo-tolerant match. */
const MATCH_OF_CENTS = new Map<number, MatchKind>([
  [100, 'id'],
  [90, 'exact'],
  [70, 'prefix'],
  [65, 'prefix'],
  [50, 'substring'],
]);

/**
 * The `limit` best matches as hits, best first, ties in compareActors order: a sorted list of at
 * most `limit` entries, which most candidates leave after one comparison with its last entry.
 */
function topHits(found: ReadonlyMap<IndexedActor, number>, limit: number): SearchHit[] {
  const top: Array<[IndexedActor, number]> = [];
  if (limit <= 0) return [];
  const before = (a: IndexedActor, x: number, b: IndexedActor, y: number) =>
    centsOf(x) - centsOf(y) || -compareActors(a, b);
  for (const [actor, code] of found) {
    if (top.length === limit) {
      const [lastActor, lastCode] = top[limit - 1] as [IndexedActor, number];
      if (before(actor, code, lastActor, lastCode) <= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0) {
      const [a, c] = top[at - 1] as [IndexedActor, number];
      if (before(actor, code, a, c) <= 0) break;
      at--;
    }
    top.splice(at, 0, [actor, code]);
  }
  return top.map(([actor, code]) => {
    const cents = centsOf(code);
    const slot = code % SLOTS;
    const matched = slot === 0 ? actor.entry.id : (actor.labels[slot - 1] as Label).text;
    const match = MATCH_OF_CENTS.get(cents) ?? 'fuzzy';
    return { ...candidate(actor.entry, matched), match, score: cents / 100 };
  });
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and adjacent transpositions), or `budget + 1` as soon as it must exceed `budget`.
 */
export function withinDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  // Three rolling rows of the distance table, reused across calls: search runs this per label.
  if (rows[0].length <= b.length)
    rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 2)) as Rows;
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > budget) return budget + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] as number, budget + 1);
}

type Rows = [Int32Array, Int32Array, Int32Array];
let rows: Rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function labelFor(actor: IndexedActor, key: string): string {
  return actor.labels.find((l) => l.key === key)?.text ?? actor.entry.name;
}

/** Collator.compare orders as localeCompare does, without setting up the locale on every call. */
const COLLATOR = new Intl.Collator();

function compareActors(a: IndexedActor, b: IndexedActor): number {
  return a.kindRank - b.kindRank || COLLATOR.compare(a.entry.name, b.entry.name);
}

function summary(e: NameEntry): { id: string; kind: ActorKind; name: string } {
  return { id: e.id, kind: e.kind, name: e.name };
}

function candidate(e: NameEntry, matched: string): Candidate {
  return { id: e.id, name: e.name, kind: e.kind, matched };
}
