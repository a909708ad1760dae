// The queries run in this browser, newest first, kept in localStorage.
const KEY = 'actorgraph.cypher.history';
const MAX = 30;

export function readHistory(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

export function remember(query: string): string[] {
  const list = [query, ...readHistory().filter((q) => q !== query)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // A full or disabled storage only loses the history.
  }
  return list;
}
