// GET /api/export: every format downloads as an attachment and parses back to the same graph.
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/domain/schema.js';
import type { GraphView } from '../../src/store/types.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let view: GraphView;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  view = (await api.get('/api/graph')).json;
});
afterAll(() => api.close());

/** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      // \r\n ends the row.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

describe('GET /api/export', () => {
  it('json: the whole dataset in seed form, as actorgraph.json', async () => {
    const r = await api.get('/api/export?format=json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toMatch(
      /attachment; filename="?actorgraph\.json"?/,
    );
    const dataset = datasetSchema.parse(r.json);
    expect(dataset.actors).toHaveLength(view.nodes.length);
    expect(dataset.relationships).toHaveLength(view.edges.length);
    expect((await api.get('/api/export')).text).toBe(r.text);
  });

  const symmetricCount = () => view.edges.filter((e) => e.symmetric).length;

  it('gexf: GEXF 1.3 with the namespaces Gephi reads, parsing to the same nodes and edges', async () => {
    const r = await api.get('/api/export?format=gexf');
    expect(r.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(r.headers.get('content-disposition')).toMatch(/filename="?actorgraph\.gexf"?/);
    expect(r.text).toContain('xmlns="http://gexf.net/1.3"');
    expect(r.text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(r.text).toContain('defaultedgetype="directed"');
    const graph = parseGexf(MultiGraph, r.text);
    expect(graph.order).toBe(view.nodes.length);
    // Symmetric relationships are written both ways by default.
    expect(graph.size).toBe(view.edges.length + symmetricCount());
    expect(graph.undirectedSize).toBe(0);
    const node = view.nodes[0];
    expect(graph.getNodeAttribute(node?.id, 'kind')).toBe(node?.kind);
    expect(graph.getNodeAttribute(node?.id, 'label')).toBe(node?.name);
    expect(graph.getNodeAttribute(node?.id, 'color')).toMatch(/^rgb|^#/);
  });

  it('graphml: a directed graph; symmetric=once writes each relationship once', async () => {
    const r = await api.get('/api/export?format=graphml');
    expect(r.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(r.headers.get('content-disposition')).toMatch(/filename="?actorgraph\.graphml"?/);
    const graph = parseGraphml(MultiGraph, r.text);
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length + symmetricCount());
    expect(graph.undirectedSize).toBe(0);
    const edge = view.edges[0];
    expect(graph.getEdgeAttribute(edge?.id, 'claims')).toBe(edge?.claimCount);
    const once = parseGraphml(
      MultiGraph,
      (await api.get('/api/export?format=graphml&symmetric=once')).text,
    );
    expect(once.size).toBe(view.edges.length);
    const meets = view.edges.find((e) => e.symmetric)!;
    expect(once.getEdgeAttribute(meets.id, 'symmetric')).toBe(true);
  });

  it('csv: a header and one row per edge with both endpoint names', async () => {
    const r = await api.get('/api/export?format=csv');
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/filename="?actorgraph-edges\.csv"?/);
    const [header, ...rows] = parseCsv(r.text);
    expect(header).toEqual(
      expect.arrayContaining(['id', 'type', 'from_name', 'to_name', 'claims']),
    );
    expect(rows).toHaveLength(view.edges.length);
    const names = new Map(view.nodes.map((n) => [n.id, n.name]));
    const col = (name: string) => (header as string[]).indexOf(name);
    for (const row of rows) {
      const edge = view.edges.find((e) => e.id === row[col('id')]);
      expect(edge).toBeDefined();
      expect(row[col('from_name')]).toBe(names.get(edge?.from as string));
      expect(row[col('to_name')]).toBe(names.get(edge?.to as string));
      expect(Number(row[col('claims')])).toBe(edge?.claimCount);
    }
  });

  it('csv with table=nodes: one row per node', async () => {
    const r = await api.get('/api/export?format=csv&table=nodes');
    expect(r.headers.get('content-disposition')).toMatch(/filename="?actorgraph-nodes\.csv"?/);
    const [header, ...rows] = parseCsv(r.text);
    expect(rows).toHaveLength(view.nodes.length);
    const descriptions = new Map(view.nodes.map((n) => [n.id, n.description]));
    const id = (header as string[]).indexOf('id');
    const description = (header as string[]).indexOf('description');
    for (const row of rows) expect(row[description]).toBe(descriptions.get(row[id] as string));
  });
});
