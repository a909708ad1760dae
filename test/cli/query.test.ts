// `actorgraph query` run as a process: usage mistakes exit 2, refused queries exit 1 with the
// place marked, and the shell reads piped statements and commands.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES } from '../../src/cypher/examples.js';
import { tempDirs } from '../fixtures/store.js';
import { cli } from './process.js';

const makeDir = tempDirs();
let data: string;
let home: string;
beforeAll(async () => {
  data = await makeDir();
  home = await makeDir();
  expect((await cli(['seed'], data)).code).toBe(0);
});
const env = () => ({ ACTORGRAPH_HISTORY: path.join(home, 'history') });

describe('actorgraph query: refused before it runs', () => {
  it('a write query exits 1 with the clause named and a caret under it', async () => {
    const run = await cli(['query', "MATCH (a:Actor {id: 'ttp'})\n  DELETE a"], data);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('read-only error: DELETE writes to the graph');
    expect(run.stderr).toContain('\n    DELETE a\n    ^');
  });

  it.each([
    [['query', 'RETURN 1', '--json', '--csv'], /--json and --csv cannot be used together/],
    [['query', 'RETURN 1', '--param', 'novalue'], /--param takes name=value/],
    [['query', 'RETURN 1', '--param', '1x=2'], /--param takes name=value/],
    [['query', ' '], /the query is empty/],
    [['query', 'RETURN 1', 'extra'], /unexpected argument "extra"/],
  ])('%j is a usage mistake (exit 2)', async (args, message) => {
    const run = await cli(args, data);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--help lists the options and an example query', async () => {
    const run = await cli(['query', '--help'], data);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--param n=v/);
    expect(run.stdout).toMatch(/:example <id>/);
  });
});

describe('actorgraph query: the shell', () => {
  it('answers :help and :examples, reports unknown commands and stops at :exit', async () => {
    const input = [':help', ':examples', ':nope', ':exit', ':help'].join('\n');
    const run = await cli(['query'], data, { input, env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout.match(/:example <id>/g)).toHaveLength(1); // nothing read after :exit
    for (const example of CYPHER_EXAMPLES) expect(run.stdout).toContain(example.id);
    expect(run.stderr).toMatch(/Unknown command :nope/);
  });

  it('reads a statement over several lines until ";", and goes on after a refused one', async () => {
    const input = ['MATCH (n)', 'SET n.x = 1;', 'MATCH (a)', 'REMOVE a.x', ';', 'MATCH (b)'].join(
      '\n',
    );
    const run = await cli(['query'], data, { input, env: env() });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/SET writes to the graph[^]*\n {2}SET n.x = 1\n {2}\^/);
    expect(run.stderr).toMatch(/REMOVE writes to the graph/);
    expect(run.stderr).toMatch(/had no closing ";" and was not run/);
  });
});
