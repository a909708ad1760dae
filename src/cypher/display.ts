// Cypher results as text, the same in the CLI's table, the CSV export and the explorer's table:
// nodes as (:Labels {id, name}), relationships as [:TYPE], paths as chains of both, strings bare
// at the top of a cell and quoted inside lists and maps.
import { csvCell } from '../api/export/csv.js';
import type { CypherAnswer, WireNode, WireRelationship, WireValue } from './wire.js';

type Tagged =
  | WireNode
  | WireRelationship
  | { $element: 'path'; nodes: WireNode[]; relationships: WireRelationship[] };

function isElement(value: object): value is Tagged {
  const tag = (value as { $element?: unknown }).$element;
  return tag === 'node' || tag === 'relationship' || tag === 'path';
}

/** A node's id and name when it has them (the actorgraph model always does), else all its properties. */
function nodeText(n: WireNode): string {
  const { id, name } = n.properties;
  const shown =
    id !== undefined || name !== undefined
      ? Object.entries({ id, name }).filter(([, v]) => v !== undefined)
      : Object.entries(n.properties);
  const props = shown.map(([k, v]) => `${k}: ${nested(v as WireValue)}`).join(', ');
  return `(${n.labels.map((l) => `:${l}`).join('')}${props ? ` {${props}}` : ''})`;
}

function pathText(nodes: WireNode[], rels: WireRelationship[]): string {
  let text = nodeText(nodes[0] as WireNode);
  rels.forEach((r, i) => {
    const from = nodes[i] as WireNode;
    const forward = r.startElementId === from.elementId;
    const hop = `-[:${r.type}]-`;
    text += `${forward ? hop + '>' : '<' + hop}${nodeText(nodes[i + 1] as WireNode)}`;
  });
  return text;
}

function nested(value: WireValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : valueText(value);
}

export function valueText(value: WireValue): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(nested).join(', ')}]`;
  if (isElement(value)) {
    if (value.$element === 'node') return nodeText(value);
    if (value.$element === 'relationship') return `[:${value.type}]`;
    return pathText(value.nodes, value.relationships);
  }
  const entries = Object.entries(value as Record<string, WireValue>);
  return `{${entries.map(([k, v]) => `${k}: ${nested(v)}`).join(', ')}}`;
}

/** The rows as RFC 4180 CSV, a header of the columns first. */
export function answerCsv(answer: Pick<CypherAnswer, 'columns' | 'rows'>): string {
  const lines = [answer.columns, ...answer.rows.map((row) => row.map(valueText))];
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
