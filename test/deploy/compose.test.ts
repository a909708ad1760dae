// Checks the deployment files hang together: the compose services, their wiring and health
// checks, and the Dockerfile's stages, without a Docker engine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: string | { context: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] | string; interval?: string; retries?: number };
  depends_on?: Record<string, { condition: string }>;
  command?: string[] | string;
}

const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const neo4j = compose.services.neo4j as Service;
const app = compose.services.app as Service;
const env = (s: Service) => s.environment ?? {};
const commandText = (c: Service['command'] | Service['healthcheck']) =>
  Array.isArray(c) ? c.join(' ') : typeof c === 'string' ? c : JSON.stringify(c);

/** The password default in "${NEO4J_PASSWORD:-...}", or undefined when the value has none. */
const passwordDefault = (value: string | undefined) =>
  /\$\{NEO4J_PASSWORD:-([^}]+)\}/.exec(value ?? '')?.[1];

describe('docker-compose.yml', () => {
  it('has a neo4j and an app service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  it('runs the official Neo4j 5 image with its password from the environment', () => {
    expect(neo4j.image).toMatch(/^neo4j:5(\.\d+)*(-community)?$/);
    expect(env(neo4j).NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-.{8,}\}$/);
  });

  it('keeps Neo4j data in a declared named volume', () => {
    const data = (neo4j.volumes ?? []).find((v) => v.endsWith(':/data'));
    expect(data).toBeDefined();
    const name = (data as string).split(':')[0] as string;
    expect(name).not.toMatch(/^[./~]/);
    expect(compose.volumes ?? {}).toHaveProperty(name);
  });

  it('health-checks Neo4j by running a query', () => {
    const test = commandText(neo4j.healthcheck?.test);
    expect(test).toContain('cypher-shell');
    expect(test).toContain('RETURN 1');
    expect(neo4j.healthcheck?.retries).toBeGreaterThan(1);
  });

  it('starts the app only once Neo4j is healthy', () => {
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('points the app at the neo4j service with the same credentials', () => {
    const e = env(app);
    expect(e.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(e.NEO4J_USER).toBe(env(neo4j).NEO4J_AUTH?.split('/')[0]);
    expect(passwordDefault(e.NEO4J_PASSWORD)).toBeDefined();
    expect(passwordDefault(e.NEO4J_PASSWORD)).toBe(passwordDefault(env(neo4j).NEO4J_AUTH));
    expect(e.HOST).toBe('0.0.0.0');
  });

  it('builds the app from this folder and publishes the port it listens on', () => {
    const context = typeof app.build === 'string' ? app.build : app.build?.context;
    expect(context).toBe('.');
    const port = env(app).PORT ?? '3000';
    expect(app.ports?.map(withDefaults)).toContain(`127.0.0.1:${port}:${port}`);
  });

  it('publishes every port on 127.0.0.1 unless told otherwise', () => {
    const published = [...(app.ports ?? []), ...(neo4j.ports ?? [])].map(withDefaults);
    expect(published.length).toBeGreaterThan(0);
    for (const p of published) expect(p).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('seeds, then serves, with the CLI the package builds', () => {
    const bin = (JSON.parse(read('package.json')) as { bin: Record<string, string> }).bin
      .actorgraph as string;
    const command = commandText(app.command);
    const seed = command.indexOf(`node ${bin} seed`);
    const serve = command.indexOf(`node ${bin} serve`);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(serve).toBeGreaterThan(seed);
    // Serving only after a successful seed: a seed with validation errors stops the start.
    expect(command.slice(seed, serve)).toContain('&&');
  });
});

/** A compose value with each `${VAR:-default}` read as its default, as with VAR unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
}

/** The Dockerfile's stages: name, base image and instructions. */
function dockerStages(text: string) {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages: Array<{ base: string; name?: string; lines: string[] }> = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ base: from[1] as string, name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const build = stages.find((s) => s.name === 'build');
  const runtime = stages.at(-1);

  it('builds in one stage and runs from a second, slim Node 20 stage', () => {
    expect(stages.length).toBe(2);
    expect(build?.lines).toContain('RUN npm ci');
    expect(build?.lines).toContain('RUN npm run build');
    expect(runtime?.base).toBe('node:20-slim');
    expect(runtime).not.toBe(build);
  });

  it('installs production dependencies only and copies the built output', () => {
    expect(runtime?.lines.some((l) => /^RUN npm ci --omit=dev\b/.test(l))).toBe(true);
    expect(runtime?.lines).toContain('COPY --from=build /app/dist ./dist');
    // Read at run time: the Cypher files by the Neo4j store, the seed by `seed`.
    expect(runtime?.lines).toContain('COPY cypher ./cypher');
    expect(runtime?.lines).toContain('COPY seed ./seed');
  });

  it('runs as a non-root user', () => {
    const user = runtime?.lines.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user?.slice(5).trim()).not.toMatch(/^(root|0)(:|$)/);
  });

  it('keeps local installs and build output out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
  });
});
