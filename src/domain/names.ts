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
    const found = new Map<IndexedActor, SearchHit>();
    const consider = (actor: IndexedActor | undefined, match: LabelMatcher) => {
      if (!actor || found.has(actor) || (kinds && !kinds.has(actor.entry.kind))) return;
      const best = bestHit(actor, q, match);
      if (best) found.set(actor, best);
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
    return [...found]
      .sort(([a, x], [b, y]) => y.score - x.score || compareActors(a, b))
      .slice(0, limit)
      .map(([, h]) => h);
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

type LabelMatcher = (actor: IndexedActor, label: Label, q: PreparedQuery) => SearchHit | undefined;

/** The best match among an actor's id and labels; the name wins ties over aliases. */
function bestHit(
  actor: IndexedActor,
  q: PreparedQuery,
  match: LabelMatcher,
): SearchHit | undefined {
  if (actor.entry.id === q.id) return hit(actor, actor.entry.id, 'id', MATCH_SCORE.id);
  if (q.key === '') return undefined;
  let best: SearchHit | undefined;
  for (const label of actor.labels) {
    const h = match(actor, label, q);
    if (h && (!best || h.score > best.score)) best = h;
  }
  return best;
}

/** Exact, prefix (of the label or of a later word in it) or substring match. */
function plainMatch(actor: IndexedActor, label: Label, q: PreparedQuery): SearchHit | undefined {
  if (label.key === q.key) return hit(actor, label.text, 'exact', MATCH_SCORE.exact);
  if (label.key.startsWith(q.key)) return hit(actor, label.text, 'prefix', MATCH_SCORE.prefix);
  if (partsOf(label).wordStarts.some((start) => label.key.startsWith(q.key, start))) {
    return hit(actor, label.text, 'prefix', MATCH_SCORE.prefix - WORD_PENALTY);
  }
  if (label.key.includes(q.key)) return hit(actor, label.text, 'substring', MATCH_SCORE.substring);
  return undefined;
}

/** Within the typo budget of the whole label, else of one of its words. */
function fuzzyMatch(actor: IndexedActor, label: Label, q: PreparedQuery): SearchHit | undefined {
  const whole = withinDistance(q.key, label.key, q.budget);
  if (whole <= q.budget) return fuzzyHit(actor, label, whole, 0);
  let edits = q.budget + 1;
  for (const word of partsOf(label).words)
    edits = Math.min(edits, withinDistance(q.key, word, q.budget));
  return edits <= q.budget ? fuzzyHit(actor, label, edits, WORD_PENALTY) : undefined;
}

function fuzzyHit(actor: IndexedActor, label: Label, edits: number, penalty: number): SearchHit {
  const score = MATCH_SCORE.fuzzy - FUZZY_PENALTY_PER_EDIT * edits - penalty;
  return hit(actor, label.text, 'fuzzy', score);
}

function hit(actor: IndexedActor, matched: string, match: MatchKind, score: number): SearchHit {
  return { ...candidate(actor.entry, matched), match, score: Math.round(score * 100) / 100 };
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

function compareActors(a: IndexedActor, b: IndexedActor): number {
  return a.kindRank - b.kindRank || a.entry.name.localeCompare(b.entry.name);
}

function summary(e: NameEntry): { id: string; kind: ActorKind; name: string } {
  return { id: e.id, kind: e.kind, name: e.name };
}

function candidate(e: NameEntry, matched: string): Candidate {
  return { id: e.id, name: e.name, kind: e.kind, matched };
}
