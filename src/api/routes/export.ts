// GET /api/export: the graph as a file, in JSON (seed form), GEXF, GraphML or CSV.
import { datasetSchema } from '../../domain/schema.js';
import { edgesCsv, nodesCsv } from '../export/csv.js';
import { writeGexf } from '../export/gexf.js';
import { toGraphology } from '../export/graph.js';
import { writeGraphml } from '../export/graphml.js';
import { exportQuery } from '../params.js';
import { Download, defineRoute } from '../route.js';

export const exportGraph = defineRoute({
  path: '/export',
  tag: 'graph',
  summary: 'Download the graph.',
  description:
    'format=json is the whole dataset with every claim (loadable as a seed); gexf and graphml ' +
    'carry kinds, colours and claim counts for Gephi, yEd, Cytoscape or networkx, as a ' +
    'directed graph (see symmetric); csv is the edges table ' +
    'with both endpoint names, or the nodes table with table=nodes.',
  query: exportQuery,
  response: {
    description: 'The file, as an attachment.',
    files: {
      'application/json': datasetSchema,
      'application/gexf+xml': undefined,
      'application/graphml+xml': undefined,
      'text/csv': undefined,
    },
  },
  async handle({ store, query }) {
    if (query.format === 'json') {
      const dataset = await store.exportDataset();
      return new Download(JSON.stringify(dataset, null, 2), 'application/json', 'actorgraph.json');
    }
    const view = await store.getGraph();
    if (query.format === 'csv') {
      const table = query.table ?? 'edges';
      const body = table === 'nodes' ? nodesCsv(view) : edgesCsv(view);
      return new Download(body, 'text/csv; charset=utf-8', `actorgraph-${table}.csv`);
    }
    const graph = toGraphology(view, query.symmetric);
    if (query.format === 'gexf') {
      return new Download(writeGexf(graph), 'application/gexf+xml', 'actorgraph.gexf');
    }
    return new Download(writeGraphml(graph), 'application/graphml+xml', 'actorgraph.graphml');
  },
});
