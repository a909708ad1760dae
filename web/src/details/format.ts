// Plain-text formatting of dates, spans and figures for the details and path panels.
import type { DateSpec, Figure } from '../../../src/domain/schema.js';
import { count } from '../ui/numbers.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-12-24" → "24 Dec 2024", "2024-12" → "Dec 2024", "2024" → "2024". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function formatDateSpec(date: DateSpec): string {
  const text = date.end
    ? `${formatDate(date.start)} – ${formatDate(date.end)}`
    : formatDate(date.start);
  return date.inferred ? `${text} (inferred)` : text;
}

export function formatSpan(span: { first: string; last: string } | undefined): string | null {
  if (!span) return null;
  return span.first === span.last
    ? formatDate(span.first)
    : `${formatDate(span.first)} – ${formatDate(span.last)}`;
}

/** "killed: at least 12 people". */
export function formatFigure(figure: Figure): string {
  const amount = [figure.qualifier, count(figure.value), figure.unit].filter(Boolean).join(' ');
  return `${figure.measure}: ${amount}`;
}
