// The served OpenAPI document tells the truth: real responses of every route, errors included,
// validate against the schemas it gives for that route and status.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/schema.js';
import { fixtureDataset } from '../fixtures/dataset.js';
import { openFixtureStore, tempDirs } from '../fixtures/store.js';
import { serveApp, startSeeded, type Api } from './harness.js';

const makeDir = tempDirs();
let api: Api;
/** The store fixture shares names on purpose, which the seed may not: for 409s. */
let fixture: Api;
let doc: { openapi: string; paths: Record<string, unknown> };
let ajv: Ajv2020;
let dataset: Dataset;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  doc = (await api.get('/api/openapi.json')).json;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(doc, 'openapi');
  dataset = (await api.get('/api/export?format=json')).json;
  fixture = await serveApp(await openFixtureStore(makeDir));
});
afterAll(async () => {
  await api.close();
  await fixture.close();
});

/** The documented schema of one response, or undefined when the document lacks it. */
function responseSchema(template: string, status: number) {
  const pointer = [
    'paths',
    template,
    'get',
    'responses',
    String(status),
    'content',
    'application/json',
    'schema',
  ]
    .map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1')))
    .join('/');
  return ajv.getSchema(`openapi#/${pointer}`);
}

async function check(template: string, url: string, status: number, on = api): Promise<void> {
  const r = await on.get(url);
  expect(r.status, url).toBe(status);
  const validate = responseSchema(template, status);
  expect(validate, `${template} documents ${status}`).toBeDefined();
  const valid = validate?.(r.json);
  expect(valid, `${url}: ${ajv.errorsText(validate?.errors)}`).toBe(true);
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/health',
        '/api/vocabulary',
        '/api/graph',
        '/api/graph/compact',
        '/api/actors',
        '/api/actors/{id}',
        '/api/actors/{id}/neighbourhood',
        '/api/paths',
        '/api/sources',
        '/api/sources/{id}',
        '/api/export',
        '/api/openapi.json',
        '/api/cypher',
      ].sort(),
    );
  });

  it('documents each route’s successful responses truly', async () => {
    const actor = dataset.actors[0]?.id as string;
    const source = dataset.sources[0]?.id as string;
    const cases: Array<[string, string]> = [
      ['/api/health', '/api/health'],
      ['/api/vocabulary', '/api/vocabulary'],
      ['/api/graph', '/api/graph'],
      ['/api/graph', '/api/graph?contested=true&minClaims=2'],
      ['/api/graph/compact', '/api/graph/compact'],
      ['/api/graph/compact', '/api/graph/compact?kinds=ArmedGroup&from=2024'],
      ['/api/actors', '/api/actors?q=Taliban'],
      ['/api/actors/{id}', `/api/actors/${actor}`],
      ['/api/actors/{id}', '/api/actors/TTP'],
      ['/api/actors/{id}/neighbourhood', '/api/actors/TTP/neighbourhood?depth=2'],
      ['/api/paths', '/api/paths?from=TTP&to=Kabul'],
      ['/api/paths', '/api/paths?from=TTP&to=Kabul&directed=true&maxHops=3'],
      ['/api/sources', '/api/sources'],
      ['/api/sources/{id}', `/api/sources/${encodeURIComponent(source)}`],
      ['/api/export', '/api/export?format=json'],
      ['/api/openapi.json', '/api/openapi.json'],
    ];
    for (const [template, url] of cases) await check(template, url, 200);
    const covered = new Set(cases.map(([template]) => template));
    // POST /api/cypher is checked against the document in cypher.test.ts.
    const gets = Object.keys(doc.paths).filter((p) => p !== '/api/cypher');
    expect([...covered].sort()).toEqual(gets.sort());
  });

  it('documents the error responses truly', async () => {
    const shared = fixtureDataset().actors.find((a) => a.ambiguousAliases?.length)
      ?.ambiguousAliases?.[0] as string;
    await check('/api/graph', '/api/graph?kinds=Wizard', 400);
    await check('/api/graph/compact', '/api/graph/compact?minClaims=0', 400);
    await check('/api/actors', '/api/actors?q=ttp&limit=0', 400);
    await check('/api/actors/{id}', '/api/actors/zzzz-nobody', 404);
    await check('/api/actors/{id}', `/api/actors/${encodeURIComponent(shared)}`, 409, fixture);
    await check('/api/actors/{id}/neighbourhood', '/api/actors/TTP/neighbourhood?depth=9', 400);
    await check('/api/paths', '/api/paths?from=TTP&to=zzzz-nobody', 404);
    await check('/api/sources/{id}', '/api/sources/zzzz-nothing', 404);
    await check('/api/export', '/api/export?format=pdf', 400);
  });
});
