// NameIndex.search answers from its index exactly what a scan of every label gives
// (search-oracle.ts), on random queries over the seed-like fixture and a synthetic graph.
import { describe, expect, test } from 'vitest';
import { NameIndex, type NameEntry } from '../../src/domain/names.js';
import { ACTOR_KINDS } from '../../src/domain/kinds.js';
import { seededRandom, syntheticDataset } from '../../src/bench/synthetic.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { scanSearch } from './search-oracle.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789 -';

/** Queries a user might type: whole names, prefixes, pieces, typos, short and random strings. */
function randomQueries(entries: readonly NameEntry[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const char = () => LETTERS[int(LETTERS.length)] as string;
  const queries: string[] = [];
  while (queries.length < count) {
    const e = entries[int(entries.length)] as NameEntry;
    const texts = [e.name, e.id, ...e.aliases];
    const text = texts[int(texts.length)] as string;
    const at = int(text.length);
    switch (int(6)) {
      case 0:
        queries.push(text);
        break;
      case 1:
        queries.push(text.slice(0, 1 + int(text.length)));
        break;
      case 2:
        queries.push(text.slice(at, at + 2 + int(8)));
        break;
      case 3: {
        // One or two edits: substitution, deletion, insertion or transposition.
        let t = text;
        for (let k = 0; k <= int(2); k++) {
          const i = int(t.length);
          const op = int(4);
          if (op === 0) t = t.slice(0, i) + char() + t.slice(i + 1);
          else if (op === 1) t = t.slice(0, i) + t.slice(i + 1);
          else if (op === 2) t = t.slice(0, i) + char() + t.slice(i);
          else t = t.slice(0, i) + (t[i + 1] ?? '') + (t[i] ?? '') + t.slice(i + 2);
        }
        queries.push(t);
        break;
      }
      case 4:
        queries.push(Array.from({ length: 1 + int(3) }, char).join(''));
        break;
      default:
        queries.push(Array.from({ length: 4 + int(8) }, char).join(''));
    }
  }
  return queries;
}

function compare(entries: readonly NameEntry[], count: number, seed: number): void {
  const index = new NameIndex(entries);
  const random = seededRandom(seed + 1);
  for (const query of randomQueries(entries, count, seed)) {
    const limit = [1, 5, 10, 50][Math.floor(random() * 4)] as number;
    const kinds = random() < 0.2 ? [ACTOR_KINDS[Math.floor(random() * ACTOR_KINDS.length)]!] : [];
    const options = { limit, kinds };
    expect({ query, options, hits: index.search(query, options) }).toEqual({
      query,
      options,
      hits: scanSearch(entries, query, options),
    });
  }
}

/** Queries that are prefixes of many labels ("Person 3", "org"), each with limits 1, 10 and 50. */
function comparePrefixes(entries: readonly NameEntry[], count: number, seed: number): void {
  const index = new NameIndex(entries);
  const random = seededRandom(seed);
  for (let n = 0; n < count; n++) {
    const e = entries[Math.floor(random() * entries.length)] as NameEntry;
    const words = e.name.split(' ');
    // The first word, plus a digit or two of the second: shared by tens to thousands of labels.
    const query = `${words[0]} ${(words[1] ?? '').slice(0, Math.floor(random() * 3))}`.trim();
    for (const limit of [1, 10, 50]) {
      const options = { limit };
      const hits = index.search(query, options);
      expect({ query, options, hits }).toEqual({
        query,
        options,
        hits: scanSearch(entries, query, options),
      });
    }
  }
}

describe('the search index', () => {
  test('gives the scan’s hits on 1,500 random queries over the fixture', () => {
    compare(fixtureDataset().actors, 1500, 5);
  });

  test('gives the scan’s hits on 250 random queries over 2,000 synthetic actors', () => {
    compare(syntheticDataset({ actors: 2000, relationships: 2000 }).actors, 250, 9);
  });

  test('gives the scan’s hits on prefixes of many of 5,000 synthetic labels', () => {
    comparePrefixes(syntheticDataset({ actors: 5000, relationships: 5000 }).actors, 25, 13);
  });
});
