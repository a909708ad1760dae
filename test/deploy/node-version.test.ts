// One supported Node version, said alike by package.json's engines, the README and CI, and met by
// the Node running the tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('supported Node version', () => {
  const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
  const [, major, minor] = /^>=(\d+)\.(\d+)$/.exec(engines) ?? [];

  it('engines names a minimum, which the README states and CI checks', () => {
    expect(major).toBeDefined();
    expect(read('README.md')).toContain(`It needs Node ${major}.${minor} or later`);
    expect(read('.ci/run')).toContain('require("./package.json").engines.node');
  });

  it('is met by the Node running the tests', () => {
    const [haveMajor = 0, haveMinor = 0] = process.versions.node.split('.').map(Number);
    const ok =
      haveMajor > Number(major) || (haveMajor === Number(major) && haveMinor >= Number(minor));
    expect(ok, `${process.versions.node} vs ${engines}`).toBe(true);
  });
});
