// Table sorting and row filtering: numeric and text order, blanks last both ways, stable ties,
// and a word filter over every column.
import { describe, expect, it } from 'vitest';
import { filterRows, sortRows, type Column } from '../../web/src/table/rows.js';

interface Row {
  name: string;
  degree: number | null;
}

const rows: Row[] = [
  { name: 'pakistan', degree: 50 },
  { name: 'Afghanistan', degree: 12 },
  { name: 'ttp', degree: null },
  { name: 'Kabul (city)', degree: 12 },
  { name: 'Balochistan', degree: 3 },
];
const name: Column<Row> = { id: 'name', label: 'Name', value: (r) => r.name };
const degree: Column<Row> = {
  id: 'degree',
  label: 'Degree',
  value: (r) => r.degree,
  numeric: true,
};

describe('sortRows', () => {
  it('orders numbers by value, ties in their original order, blanks last', () => {
    expect(sortRows(rows, degree, 'descending').map((r) => r.name)).toEqual([
      'pakistan',
      'Afghanistan',
      'Kabul (city)',
      'Balochistan',
      'ttp',
    ]);
    expect(sortRows(rows, degree, 'ascending').map((r) => r.name)).toEqual([
      'Balochistan',
      'Afghanistan',
      'Kabul (city)',
      'pakistan',
      'ttp',
    ]);
  });

  it('orders text alphabetically regardless of case', () => {
    expect(sortRows(rows, name, 'ascending').map((r) => r.name)).toEqual([
      'Afghanistan',
      'Balochistan',
      'Kabul (city)',
      'pakistan',
      'ttp',
    ]);
  });

  it('leaves the input untouched', () => {
    const before = [...rows];
    sortRows(rows, name, 'descending');
    expect(rows).toEqual(before);
  });
});

describe('filterRows', () => {
  it('keeps rows whose columns contain every word, case-insensitively', () => {
    expect(filterRows(rows, [name, degree], 'KABUL city').map((r) => r.name)).toEqual([
      'Kabul (city)',
    ]);
    expect(filterRows(rows, [name, degree], '12').map((r) => r.name)).toEqual([
      'Afghanistan',
      'Kabul (city)',
    ]);
    expect(filterRows(rows, [name, degree], 'istan 3').map((r) => r.name)).toEqual(['Balochistan']);
  });

  it('keeps everything for a blank query and nothing for a query that matches nothing', () => {
    expect(filterRows(rows, [name], '   ')).toHaveLength(rows.length);
    expect(filterRows(rows, [name], 'zzz')).toHaveLength(0);
  });
});
