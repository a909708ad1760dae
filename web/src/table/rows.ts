// Sorting and text-filtering table rows: pure, so the table view and its tests share them.

export interface Column<T> {
  id: string;
  label: string;
  value(row: T): string | number | null;
  numeric?: boolean;
}

export type Direction = 'ascending' | 'descending';

/** Sorts by one column; blanks go last either way, ties keep their order. */
export function sortRows<T>(rows: readonly T[], column: Column<T>, direction: Direction): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'en', { sensitivity: 'base' });
      return order !== 0 ? order * sign : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Rows where any column's text contains every word of the query, case-insensitively. */
export function filterRows<T>(
  rows: readonly T[],
  columns: readonly Column<T>[],
  query: string,
): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = columns
      .map((c) => c.value(row))
      .filter((v) => v !== null)
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
