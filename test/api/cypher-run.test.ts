// POST /api/cypher on the running server, on the embedded store and (with NEO4J_URI) on Neo4j:
// answers in the documented shape, errors with their status and place, truncation, exact
// integers and dates, parameters; and hostile queries are stopped while the server keeps
// answering other requests promptly.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { CYPHER_EXAMPLES } from '../../src/cypher/examples.js';
import { defaultSeedDir, seedStore } from '../../src/seed/index.js';
import { openStore } from '../../src/store/open.js';
import { BACKEND_NAMES } from '../cypher/support/backends.js';
import { seedActorsOfKind } from '../fixtures/seed-counts.js';
import { tempDirs } from '../fixtures/store.js';

const makeDir = tempDirs();
const TIMEOUT_MS = 1_500;

interface Served {
  url: string;
  close(): Promise<void>;
}

async function post(base: string, body: unknown) {
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any field
  const json: any = await res.json();
  return { status: res.status, json };
}

describe.each(BACKEND_NAMES)('POST /api/cypher on the %s store', (backend) => {
  let server: Served;
  let ajv: Ajv2020;
  beforeAll(async () => {
    const base =
      backend === 'neo4j' ? loadConfig() : loadConfig({ ACTORGRAPH_DATA: await makeDir() });
    const config = {
      ...base,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      cypherLimits: { ...base.cypherLimits, timeoutMs: TIMEOUT_MS },
    };
    const store = await openStore(config);
    await seedStore(store, defaultSeedDir(), { reset: true });
    await store.close();
    server = await startServer(config);
    ajv = new Ajv2020({ strict: false, allErrors: true });
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as object;
    ajv.addSchema(doc, 'openapi');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const documented = (status: number, body: unknown) => {
    const pointer = `openapi#/paths/~1api~1cypher/post/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(pointer);
    expect(validate, `documents ${status}`).toBeDefined();
    expect(validate?.(body), ajv.errorsText(validate?.errors)).toBe(true);
  };

  it('answers an example with columns, rows, the drawn graph and a summary, as documented', async () => {
    const example = CYPHER_EXAMPLES.find((e) => e.id === 'all-ttp-to-kabul')!;
    const r = await post(server.url, { query: example.query });
    expect(r.status).toBe(200);
    documented(200, r.json);
    expect(r.json.columns).toEqual(['actors', 'hops', 'p']);
    expect(r.json.summary).toMatchObject({ backend, truncated: false, rows: r.json.rows.length });
    const names = r.json.graph.nodes.map(
      (n: { properties: { name: string } }) => n.properties.name,
    );
    expect(names).toEqual(expect.arrayContaining(['Tehrik-i-Taliban Pakistan', 'Kabul (city)']));
    const ids = new Set(r.json.graph.nodes.map((n: { elementId: string }) => n.elementId));
    for (const edge of r.json.graph.edges) {
      expect(ids.has(edge.startElementId) && ids.has(edge.endElementId)).toBe(true);
    }
  });

  it('a syntax error is 400 with the message, line, column and offending text', async () => {
    const r = await post(server.url, { query: 'MATCH (a:Actor)\nRETRUN a' });
    expect(r.status).toBe(400);
    documented(400, r.json);
    expect(r.json.error).toMatchObject({
      code: 'syntax_error',
      position: { line: 2, column: 1, offset: 16 },
      text: 'RETRUN',
    });
  });

  it.each([
    ['an unknown function', 'RETURN nosuch(1) AS x'],
    ['a type error', 'WITH true AS b RETURN 1 + b AS x'],
    ['an unknown parameter', 'RETURN $missing AS x'],
    ['division by zero', 'RETURN 1 / 0 AS x'],
  ])('%s is a 400, never a 500', async (_what, query) => {
    const r = await post(server.url, { query });
    expect(r.status, JSON.stringify(r.json)).toBe(400);
    documented(400, r.json);
  });

  it('drops rows past the row limit and says truncated', async () => {
    const r = await post(server.url, { query: 'UNWIND range(1, 5000) AS i RETURN i' });
    expect(r.status).toBe(200);
    expect(r.json.rows).toHaveLength(1000);
    expect(r.json.summary).toMatchObject({ rows: 1000, truncated: true });
  });

  it('keeps integers exact past 2^53 (as strings), dates as ISO text, and reads parameters', async () => {
    const r = await post(server.url, {
      query:
        'RETURN 9007199254740993 AS big, $n + 1 AS next, date($day) AS day, $names[1] AS second',
      params: { n: 41, day: '2024-12-24', names: ['TTP', 'Kabul'] },
    });
    expect(r.status).toBe(200);
    expect(r.json.rows).toEqual([['9007199254740993', 42, '2024-12-24', 'Kabul']]);
  });

  it('stops hostile queries while other requests keep being answered quickly', async () => {
    const deep = `RETURN ${'['.repeat(200)}1${']'.repeat(200)} AS deep`;
    const hostile = [
      'MATCH (a), (b), (c), (d) RETURN count(a.id + b.id + c.id + d.id) AS n',
      'MATCH p = ()-[*]-() RETURN p',
      'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n',
      deep,
    ];
    const started = Date.now();
    let polling = true;
    const latencies: number[] = [];
    const poll = (async () => {
      while (polling) {
        const t = Date.now();
        // The embedded store answers in this process; Neo4j's own CPU is busy with the
        // hostile queries, so there a route that needs no store shows the server is free.
        const res = await fetch(
          `${server.url}/api/${backend === 'embedded' ? 'health' : 'vocabulary'}`,
        );
        expect(res.status).toBe(200);
        latencies.push(Date.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const results = await Promise.all(hostile.map((query) => post(server.url, { query })));
    polling = false;
    await poll;
    for (const [i, r] of results.entries()) {
      documented(r.status, r.json);
      // Stopped by a bound: refused past a limit or the time, or cut at the row limit (every path
      // is streamed, so the rows can run out before the time does).
      if (r.status === 200) {
        expect(r.json.summary.truncated, hostile[i]).toBe(true);
        continue;
      }
      expect([422, 503], `${hostile[i]?.slice(0, 40)}: ${r.status}`).toContain(r.status);
      expect(['limit_exceeded', 'timeout']).toContain(r.json.error.code);
    }
    expect(results[3]?.json.error.code).toBe('limit_exceeded');
    // Stopped near the time limit (the Neo4j client gives the server 2 s of grace).
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 6_000);
    if (backend === 'embedded') {
      // The queries run in worker threads: the server's own thread stays free. Were one run on
      // it, requests would wait for it to be stopped at TIMEOUT_MS; on two cores shared with four
      // hostile workers a single request may still wait about a second for its time slice (1.04 s
      // in one CI run), so the typical answer is what is held to being quick.
      expect(latencies.length).toBeGreaterThan(3);
      const sorted = [...latencies].sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(200);
      expect(sorted.at(-1)).toBeLessThan(TIMEOUT_MS);
    } else {
      // Neo4j's hostile work takes the machine's cores, which slows every process on it; the
      // server still answers while the queries run rather than after them.
      expect(latencies.length).toBeGreaterThanOrEqual(2);
    }
    // And the next query is answered as usual.
    const after = await post(server.url, { query: 'MATCH (a:ArmedGroup) RETURN count(a) AS n' });
    expect(after.status).toBe(200);
    expect(after.json.rows).toEqual([[seedActorsOfKind('ArmedGroup')]]);
  }, 30_000);
});
