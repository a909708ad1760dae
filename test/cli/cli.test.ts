// The actorgraph CLI run as a separate process, on the real seed and on small temp seeds, each
// run with its own embedded data folder.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PathAnswer } from '../../src/paths/types.js';
import type { Stats } from '../../src/store/types.js';
import { tempDirs } from '../fixtures/store.js';
import { fixture } from '../paths/fixture.js';
import { ROOT, cli, type Run } from './process.js';

const SEED = path.join(ROOT, 'seed');
const makeDir = tempDirs();

async function writeSeed(files: Record<string, unknown>): Promise<string> {
  const dir = await makeDir();
  await mkdir(path.join(dir, 'relationships'));
  for (const [name, value] of Object.entries(files)) {
    await writeFile(path.join(dir, name), JSON.stringify(value));
  }
  return dir;
}

async function seedCounts(): Promise<{ actors: number; relationships: number }> {
  const read = async (f: string) => JSON.parse(await readFile(f, 'utf8')) as unknown[];
  const relFiles = (await readdir(path.join(SEED, 'relationships'))).filter((f) =>
    f.endsWith('.json'),
  );
  const rels = await Promise.all(relFiles.map((f) => read(path.join(SEED, 'relationships', f))));
  return {
    actors: (await read(path.join(SEED, 'actors.json'))).length,
    relationships: rels.flat().length,
  };
}

/** A data folder already seeded from the real seed (by the seed command itself). */
let seeded: string;
beforeAll(async () => {
  seeded = await makeDir();
  const run = await cli(['seed'], seeded);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

describe('validate', () => {
  it('passes the real seed and prints its counts', async () => {
    const run = await cli(['validate'], await makeDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/is valid/);
    const { actors } = await seedCounts();
    expect(run.stdout).toMatch(new RegExp(`^Actors\\s+${actors}$`, 'm'));
  });

  it('fails a broken seed naming the file, record and field', async () => {
    const bad = {
      type: 'SHELTERS',
      from: 'aig',
      to: 'nobody',
      claims: [{ source: 'src-a', summary: 'x', claimedBy: 'author', status: 'reported' }],
    };
    const dir = await writeSeed({
      'sources.json': fixture.sources,
      'actors.json': fixture.actors,
      'relationships/links.json': fixture.relationships,
      'relationships/broken.json': [bad],
    });
    const run = await cli(['validate', '--dir', dir], await makeDir());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.json > aig\.SHELTERS\.nobody > to: unknown actor "nobody"/);
  });

  it('names a seed file that is missing', async () => {
    const dir = await writeSeed({ 'sources.json': fixture.sources });
    const run = await cli(['validate', '--dir', dir], await makeDir());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/actors\.json: cannot read the file: it is missing/);
  });
});

describe('seed', () => {
  it('prints the counts it loaded, and --reset replaces the graph', async () => {
    const dir = await writeSeed({
      'sources.json': fixture.sources,
      'actors.json': fixture.actors,
      'relationships/all.json': fixture.relationships,
    });
    const data = await makeDir();
    await cli(['seed'], data);
    const run = await cli(['seed', '--reset', '--dir', dir], data);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      `${fixture.actors.length} actors, ${fixture.relationships.length} relationships, ${fixture.sources.length} sources`,
    );
    const stats = JSON.parse((await cli(['stats', '--json'], data)).stdout) as Stats;
    expect(stats.actors).toBe(fixture.actors.length);
  });
});

describe('path', () => {
  it('answers who links the TTP to Kabul, naming the Afghan Interim Government', async () => {
    const run = await cli(['path', 'TTP', 'Kabul'], seeded);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Who links .*Taliban Pakistan to Afghan Interim Government\?/);
    expect(run.stdout).toMatch(/^#1 {2}1 hop/m);
    expect(run.stdout).toMatch(/<--SHELTERS--/);
    expect(run.stdout).toMatch(/is sheltered by Afghan Interim Government \(contested\)/);
    expect(run.stdout).toContain('("Kabul" read as Afghan Interim Government)');
    expect(run.stdout).not.toContain('"TTP" read as');
  });

  it('seeds an empty embedded store first and says so on stderr', async () => {
    const run = await cli(['path', 'TTP', 'Kabul', '--max-hops', '1'], await makeDir());
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/which was empty, from \S+seed \(\d+ actors/);
    expect(run.stdout).toMatch(/Afghan Interim Government/);
  });

  it('prints the whole answer as JSON with --json', async () => {
    const run = await cli(
      ['path', 'TTP', 'Kabul', '--json', '--max-hops', '2', '--limit', '5'],
      seeded,
    );
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as PathAnswer;
    expect(answer.from.id).toBe('ttp');
    expect(answer.to.name).toBe('Afghan Interim Government');
    expect(answer.query).toEqual({ maxHops: 2, limit: 5, directed: false });
    expect(answer.paths.length).toBeGreaterThan(0);
    expect(answer.paths.length).toBeLessThanOrEqual(5);
    for (const p of answer.paths) expect(p.sources.every((s) => s in answer.sources)).toBe(true);
  });

  it('accepts relationship types in any case', async () => {
    const run = await cli(['path', 'TTP', 'Kabul', '--types', 'shelters', '--json'], seeded);
    const answer = JSON.parse(run.stdout) as PathAnswer;
    expect(answer.query.types).toEqual(['SHELTERS']);
    expect(answer.paths.flatMap((p) => p.hops.map((h) => h.type))).toEqual(['SHELTERS']);
  });

  it('exits 1 with suggestions for an unknown name', async () => {
    const run = await cli(['path', 'Tehrik Taliban Pakistn', 'Kabul'], seeded);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No actor matches "Tehrik Taliban Pakistn"/);
    expect(run.stderr).toMatch(/Did you mean:\n\s+ttp\s/);
  });

  it('exits 1 listing the candidates for an ambiguous name', async () => {
    const dir = await writeSeed({
      'sources.json': fixture.sources,
      'actors.json': fixture.actors,
      'relationships/all.json': fixture.relationships,
    });
    const data = await makeDir();
    await cli(['seed', '--dir', dir], data);
    const run = await cli(['path', 'Taliban', 'Pakistan'], data);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/"Taliban" could mean more than one actor/);
    expect(run.stderr).toMatch(/^\s+aig\s+Afghan Interim Government/m);
    expect(run.stderr).toMatch(/^\s+ttp\s+Tehreek-i-Taliban Pakistan/m);
  });

  it('exits 1 naming the flag for an out-of-range option', async () => {
    const run = await cli(['path', 'TTP', 'Kabul', '--max-hops', '9'], seeded);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--max-hops: must be from 1 to 6/);
  });

  it.each([
    [['path', 'TTP', 'Kabul', '--bogus'], /Unknown option '--bogus'/],
    [['path', 'TTP'], /missing <to>/],
    [['path', 'TTP', 'Kabul', '--max-hops', 'four'], /--max-hops must be a whole number/],
    [['actor'], /missing <name>/],
    [['stats', 'extra'], /unexpected argument "extra"/],
    [['launch'], /unknown command "launch"/],
    [[], /Usage: actorgraph <command>/],
  ])('exits 2 on a usage mistake: %j', async (args, message) => {
    const run = await cli(args, seeded);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('actor and stats', () => {
  it('shows an actor with its relationships grouped by type and their claims', async () => {
    const run = await cli(['actor', 'TTP'], seeded);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Tehr\S*k-i-Taliban Pakistan \(Armed group, id ttp, \d+ relationships\)/,
    );
    expect(run.stdout).toMatch(/^SHELTERS \(\d+ relationships?\)$/m);
    expect(run.stdout).toMatch(
      /is sheltered by Afghan Interim Government \(afghan-interim-government\) \(contested\)/,
    );
    // Status in words with its claimant, then the fact's date apart from the report's.
    expect(run.stdout).toMatch(
      /- denied by the party concerned, claimed by Afghan Interim Government · 004_\S+ ".+"\n\s+happened 2024 \(inferred\) · reported on 2024-12 \(inferred\)\n/,
    );
    expect(run.stdout).toMatch(
      /- alleged, claimed by Pakistan · .+\n\s+happened: date not given · /,
    );
  });

  it('lists each hop of a path with its claims: status, claimant, both dates and source', async () => {
    const run = await cli(['path', 'TTP', 'Kabul city', '--max-hops', '2'], seeded);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /--OPERATES_IN-->.*\n(\s+· .+\n)*\s+· reported, claimed by UN Special Representative for Afghanistan · happened: date not given · reported on: undated source \[003_9d1568fff4adaaae\]/,
    );
  });

  it('prints the actor as JSON with --json', async () => {
    const run = await cli(['actor', 'ttp', '--json'], seeded);
    const detail = JSON.parse(run.stdout) as { actor: { id: string }; relationships: unknown[] };
    expect(detail.actor.id).toBe('ttp');
    expect(detail.relationships.length).toBeGreaterThan(0);
  });

  it('counts the stored graph', async () => {
    const { actors, relationships } = await seedCounts();
    const json = await cli(['stats', '--json'], seeded);
    expect(JSON.parse(json.stdout)).toMatchObject({ actors, relationships });
    const text = await cli(['stats'], seeded);
    expect(text.stdout).toMatch(new RegExp(`^Relationships\\s+${relationships}$`, 'm'));
  });
});

describe('--help', () => {
  it.each(['path', 'actor', 'stats', 'seed', 'validate', 'serve'])(
    'explains %s and exits 0',
    async (command) => {
      const run = await cli([command, '--help'], seeded);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: actorgraph ${command}`));
      expect(run.stdout).toMatch(/-h, --help/);
    },
  );

  it('lists every command', async () => {
    const run = await cli(['--help'], seeded);
    expect(run.code).toBe(0);
    for (const c of ['path', 'actor', 'stats', 'seed', 'validate', 'serve']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
    }
  });
});

describe('hostile invocations get one clear message, never a runtime one', () => {
  /** The message and the usage hint; none of Node's own wording. */
  function expectClear(run: Run, code: number, message: RegExp): void {
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/Did you forget|To specify|EEXIST|ERR_|RangeError|at .*\.js:/);
    expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
  }

  it.each([
    [['path', 'TTP', 'Kabul', '--max-hops', '-1'], /--max-hops must be a whole number, got "-1"/],
    [['path', 'TTP', 'Kabul', '--max-hops', '99999999999999999999'], /--max-hops is far too large/],
    [['path', 'TTP', 'Kabul', '--limit', '2', '--limit', '3'], /--limit is given more than once/],
  ])('%j → exit 2', async (args, message) => {
    expectClear(await cli(args, seeded), 2, message);
  });

  it('a bad PORT is named with its range', async () => {
    const run = await cli(['serve'], seeded, { env: { PORT: '99999' } });
    expectClear(run, 1, /PORT must be a whole number from 0 to 65535, got "99999"/);
  });

  it('a data folder that is a file is named as such', async () => {
    const file = path.join(await makeDir(), 'a-file');
    await writeFile(file, 'x');
    const run = await cli(['stats'], file);
    expectClear(run, 1, /cannot use .*a-file as the data folder: .*is a file, not a folder/);
  });

  it('--version prints the package version', async () => {
    const run = await cli(['--version'], seeded);
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('reads seed files that start with a byte-order mark, and calls a binary file binary', async () => {
    const dir = await makeDir();
    await mkdir(path.join(dir, 'relationships'));
    for (const name of ['sources.json', 'actors.json']) {
      const text = await readFile(path.join(SEED, name), 'utf8');
      await writeFile(path.join(dir, name), '\ufeff' + text);
    }
    const ok = await cli(['validate', '--dir', dir], seeded);
    expect(ok.code).toBe(0);
    await writeFile(
      path.join(dir, 'relationships', 'bin.json'),
      Buffer.from([0, 1, 2, 0xff, 0xfe, 7]),
    );
    const binary = await cli(['validate', '--dir', dir], seeded);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/bin\.json: not valid JSON: it holds binary data/);
    expect(binary.stderr).not.toContain(String.fromCharCode(0));
  });
});
