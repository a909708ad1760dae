// POST /api/cypher on the real server over the embedded store: what is refused before any
// backend runs (bad bodies, write clauses, over-long queries, other methods), and that the
// OpenAPI document describes the route and its errors truly.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CYPHER_LIMITS } from '../../src/cypher/limits.js';
import { tempDirs } from '../fixtures/store.js';
import { startSeeded, type Api, type Reply } from './harness.js';

const makeDir = tempDirs();
let api: Api;
let ajv: Ajv2020;

beforeAll(async () => {
  api = await startSeeded(await makeDir());
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema((await api.get('/api/openapi.json')).json, 'openapi');
});
afterAll(() => api.close());

function documented(r: Reply): void {
  const pointer = `openapi#/paths/~1api~1cypher/post/responses/${r.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  expect(validate, `POST /api/cypher documents ${r.status}`).toBeDefined();
  expect(validate?.(r.json), ajv.errorsText(validate?.errors)).toBe(true);
}

describe('POST /api/cypher: refused before it runs', () => {
  it.each([
    [{}, 'query', /is required/],
    [{ query: '   ' }, 'query', /must not be empty/],
    [{ query: 42 }, 'query', /must be a string/],
    [{ query: 'RETURN 1', params: [1, 2] }, 'params', /must be an object/],
    [{ query: 'RETURN 1', limit: 3 }, 'limit', /not a known parameter/],
  ])('body %j -> 400 naming %s', async (body, field, message) => {
    const r = await api.post('/api/cypher', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'bad_request', field });
    expect(r.json.error.message).toMatch(message);
    documented(r);
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const r = await api.get('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "RETURN 1"',
    });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('bad_request');
  });

  it('a write clause is 400 read_only naming the clause, its position and text', async () => {
    const r = await api.post('/api/cypher', {
      query: "MATCH (a:Actor {id: 'ttp'})\nDETACH DELETE a",
    });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({
      code: 'read_only',
      position: { line: 2, column: 1, offset: 28 },
      text: 'DETACH',
    });
    expect(r.json.error.message).toMatch(/^DETACH DELETE writes to the graph/);
    documented(r);
  });

  it.each([
    'CREATE (:Actor {id: "x"})',
    'MERGE (a:Actor {id: "ttp"}) RETURN a',
    'MATCH (a) SET a.name = "x"',
  ])('%s is refused as read_only', async (query) => {
    const r = await api.post('/api/cypher', { query });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('read_only');
  });

  it('a query over the length limit is 422 limit_exceeded', async () => {
    const query = `RETURN '${'x'.repeat(DEFAULT_CYPHER_LIMITS.maxQueryBytes)}'`;
    const r = await api.post('/api/cypher', { query });
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('limit_exceeded');
    expect(r.json.error.message).toMatch(/bytes long; at most 10240/);
    documented(r);
  });

  it('other methods get 405 with Allow: POST', async () => {
    const r = await api.get('/api/cypher');
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
    expect((await api.get('/api/cypher', { method: 'OPTIONS' })).status).toBe(204);
  });
});

describe('GET /api/openapi.json describes POST /api/cypher', () => {
  it('with its body and every error status', async () => {
    const doc = (await api.get('/api/openapi.json')).json;
    const post = doc.paths['/api/cypher'].post;
    expect(post.requestBody.content['application/json'].schema.required).toEqual(['query']);
    expect(Object.keys(post.responses).sort()).toEqual(['200', '400', '413', '422', '500', '503']);
  });
});
