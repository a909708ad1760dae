// CSV tables of a graph view (RFC 4180): one row per edge with both endpoints' names, or one
// row per node.
import type { GraphView } from '../../store/types.js';

type Cell = string | number | boolean | undefined;

/** One RFC 4180 field, quoted when it holds a quote, comma or line break. */
export function csvCell(value: Cell): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function table(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function edgesCsv(view: GraphView): string {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  return table(
    [
      'id',
      'type',
      'from',
      'from_name',
      'to',
      'to_name',
      'symmetric',
      'contested',
      'claims',
      'sources',
      'first',
      'last',
    ],
    view.edges.map((e) => [
      e.id,
      e.type,
      e.from,
      names.get(e.from),
      e.to,
      names.get(e.to),
      e.symmetric,
      e.contested,
      e.claimCount,
      e.sources.join(';'),
      e.span?.first,
      e.span?.last,
    ]),
  );
}

export function nodesCsv(view: GraphView): string {
  return table(
    ['id', 'kind', 'name', 'degree', 'aliases', 'description'],
    view.nodes.map((n) => [n.id, n.kind, n.name, n.degree, n.aliases.join(';'), n.description]),
  );
}
