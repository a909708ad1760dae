// Calendar months between two dates, the steps of the date-window sliders.
import { formatDate } from '../details/format.js';

/** Every month from the one holding `first` to the one holding `last`, as YYYY-MM. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

export function monthLabel(month: string): string {
  return month ? formatDate(month) : '';
}

/** The slider step for a window bound of any precision; a bare year means its first or last month. */
export function monthIndex(months: string[], date: string, bound: 'since' | 'until'): number {
  const month = date.length === 4 ? `${date}-${bound === 'since' ? '01' : '12'}` : date.slice(0, 7);
  const i = months.indexOf(month);
  if (i >= 0) return i;
  return month < (months[0] ?? '') ? 0 : months.length - 1;
}
