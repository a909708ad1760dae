// The test oracle for NameIndex.search: the ranking written as the plain scan of every actor's
// labels it was before the search index, from the documented rules (id and exact, prefix of the
// name or of a later word, substring, then typos within the budget), sharing no code with it.
import {
  type NameEntry,
  nameWords,
  normaliseName,
  typoBudget,
  withinDistance,
} from '../../src/domain/names.js';
import type { ActorKind } from '../../src/domain/kinds.js';
import type { SearchHit } from '../../src/store/types.js';

const SCORE = { id: 1, exact: 0.9, prefix: 0.7, substring: 0.5, fuzzy: 0.3 };
const WORD = 0.05;
const PER_EDIT = 0.05;

interface Scored {
  match: SearchHit['match'];
  score: number;
}

function labels(e: NameEntry): string[] {
  const out: string[] = [];
  for (const text of [e.name, ...e.aliases, ...(e.ambiguousAliases ?? [])]) {
    const key = normaliseName(text);
    if (key !== '' && !out.some((t) => normaliseName(t) === key)) out.push(text);
  }
  return out;
}

function plain(text: string, q: string): Scored | undefined {
  const key = normaliseName(text);
  if (key === q) return { match: 'exact', score: SCORE.exact };
  if (key.startsWith(q)) return { match: 'prefix', score: SCORE.prefix };
  const words = nameWords(text);
  let start = words[0]?.length ?? 0;
  for (const w of words.slice(1)) {
    if (key.startsWith(q, start)) return { match: 'prefix', score: SCORE.prefix - WORD };
    start += w.length;
  }
  if (key.includes(q)) return { match: 'substring', score: SCORE.substring };
  return undefined;
}

function fuzzy(text: string, q: string, budget: number): Scored | undefined {
  const whole = withinDistance(q, normaliseName(text), budget);
  if (whole <= budget) return { match: 'fuzzy', score: SCORE.fuzzy - PER_EDIT * whole };
  const edits = Math.min(...nameWords(text).map((w) => withinDistance(q, w, budget)));
  return edits <= budget
    ? { match: 'fuzzy', score: SCORE.fuzzy - PER_EDIT * edits - WORD }
    : undefined;
}

const kindRank = (k: ActorKind) => (k === 'Place' || k === 'Event' ? 1 : 0);

export function scanSearch(
  entries: readonly NameEntry[],
  query: string,
  { limit = 10, kinds }: { limit?: number; kinds?: readonly ActorKind[] } = {},
): SearchHit[] {
  const q = normaliseName(query);
  const id = query.trim();
  if (q === '' && id === '') return [];
  const budget = typoBudget(q.length);
  const found = new Map<NameEntry, SearchHit>();
  const pass = (score: (text: string) => Scored | undefined) => {
    for (const e of entries) {
      if (found.has(e) || (kinds?.length && !kinds.includes(e.kind))) continue;
      let best: (Scored & { text: string }) | undefined;
      if (e.id === id) best = { match: 'id', score: SCORE.id, text: e.id };
      else if (q !== '') {
        for (const text of labels(e)) {
          const s = score(text);
          if (s && (!best || s.score > best.score)) best = { ...s, text };
        }
      }
      if (best) {
        const { match, text } = best;
        const score = Math.round(best.score * 100) / 100;
        found.set(e, { id: e.id, name: e.name, kind: e.kind, matched: text, match, score });
      }
    }
  };
  pass((text) => plain(text, q));
  if (found.size < limit && budget > 0) pass((text) => fuzzy(text, q, budget));
  return [...found]
    .sort(
      ([a, x], [b, y]) =>
        y.score - x.score || kindRank(a.kind) - kindRank(b.kind) || a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map(([, h]) => h);
}
