// Neo4j stopped and restarted under a running API: read routes answer 503 within seconds and
// /api/health says the store is down, then everything answers again without restarting the app.
// Also wrong credentials at start. Uses a server of its own (port 7697, auth on), never the one
// at NEO4J_URI.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadConfig } from '../../src/config.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { describeNeo4j } from '../fixtures/neo4j.js';
import { launchNeo4j, type LaunchedServer } from '../fixtures/neo4j-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = 7697;
const PASSWORD = 'recovery-test-pw';
const DATA = path.join(ROOT, 'data/neo4j-recovery-test');

describeNeo4j('the API across a Neo4j restart', () => {
  let neo4j: LaunchedServer | undefined;
  let app: RunningServer | undefined;
  const cfg = { uri: `bolt://127.0.0.1:${PORT}`, user: 'neo4j', password: PASSWORD };
  const get = async (route: string) => {
    const started = Date.now();
    const res = await fetch(app!.url + route);
    const body = (await res.json()) as {
      status?: string;
      error?: { code: string; message: string };
    };
    return { status: res.status, body, ms: Date.now() - started };
  };

  /** Polls until the route answers 200; a cold Neo4j plans its first queries slowly. */
  const answered = async (route: string, seconds: number) => {
    let status = 0;
    for (let i = 0; i < seconds && status !== 200; i++) {
      status = (await get(route)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 1_000));
    }
    return status;
  };

  beforeAll(async () => {
    await rm(DATA, { recursive: true, force: true });
    neo4j = await launchNeo4j({ port: PORT, dataDir: DATA, password: PASSWORD });
    app = await startServer({
      ...loadConfig({}),
      neo4j: cfg,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      cacheBytes: 0,
    });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await neo4j?.stop();
    await rm(DATA, { recursive: true, force: true });
  }, 60_000);

  test('wrong credentials fail at start, naming the user and never the password', async () => {
    const error = await openNeo4jStore({ ...cfg, password: 'not-the-password' }).then(
      () => expect.fail('opened with a wrong password'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/refused the credentials of user "neo4j"/);
    expect(error.message).not.toContain('not-the-password');
  });

  test('503 while Neo4j is down, answers again once it is back', async () => {
    const paths = '/api/paths?from=TTP&to=Kabul';
    expect(await answered(paths, 60)).toBe(200);
    expect((await get('/api/health')).body).toMatchObject({ status: 'ok', store: 'neo4j' });

    await neo4j!.stop();
    for (const route of [paths, '/api/graph', '/api/actors/ttp', '/api/health']) {
      const reply = await get(route);
      expect(reply.status, route).toBe(503);
      expect(reply.body.error?.code, route).toBe('store_unavailable');
      expect(reply.body.error?.message, route).toMatch(/store is unavailable/);
      expect(reply.ms, route).toBeLessThan(15_000);
    }

    neo4j = await launchNeo4j({ port: PORT, dataDir: DATA, password: PASSWORD });
    expect(await answered(paths, 60)).toBe(200);
    expect((await get('/api/health')).body).toMatchObject({ status: 'ok', store: 'neo4j' });
    expect((await get('/api/actors/ttp')).status).toBe(200);
  }, 400_000);
});
