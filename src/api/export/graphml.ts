// A GraphML writer for graphology graphs (graphology-graphml only parses): one <key> per
// attribute name, typed from its values; the export graph is wholly directed.
import type { ExportGraph, ExportValue } from './graph.js';

type KeyType = 'boolean' | 'double' | 'string';

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);
}

function typeOf(v: ExportValue): KeyType {
  if (typeof v === 'boolean') return 'boolean';
  return typeof v === 'number' ? 'double' : 'string';
}

/** One key per attribute name; a name whose values disagree in type is written as a string. */
function collectKeys(
  prefix: string,
  each: (visit: (attributes: Record<string, ExportValue>) => void) => void,
): Map<string, Key> {
  const keys = new Map<string, Key>();
  each((attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeOf(value);
      const key = keys.get(name);
      if (!key) keys.set(name, { id: `${prefix}_${name}`, name, type });
      else if (key.type !== type) key.type = 'string';
    }
  });
  return keys;
}

function dataLines(keys: Map<string, Key>, attributes: Record<string, ExportValue>): string[] {
  return Object.entries(attributes).map(([name, value]) => {
    const key = keys.get(name) as Key;
    return `      <data key="${key.id}">${escapeXml(String(value))}</data>`;
  });
}

export function writeGraphml(graph: ExportGraph): string {
  const nodeKeys = collectKeys('n', (visit) => graph.forEachNode((_, a) => visit(a)));
  const edgeKeys = collectKeys('e', (visit) => graph.forEachEdge((_, a) => visit(a)));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [scope, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of keys.values()) {
      lines.push(
        `  <key id="${k.id}" for="${scope}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
      );
    }
  }
  lines.push('  <graph id="actorgraph" edgedefault="directed">');
  graph.forEachNode((node, attributes) => {
    lines.push(
      `    <node id="${escapeXml(node)}">`,
      ...dataLines(nodeKeys, attributes),
      '    </node>',
    );
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(edgeKeys, attributes),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
