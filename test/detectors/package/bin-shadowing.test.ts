import { describe, expect, it } from 'vitest';
import { binShadowing } from '../../../src/detectors/package/bin-shadowing.js';
import { modelOf } from '../../support/engine.js';

async function run(pkg: Record<string, unknown>) {
  return binShadowing.run(await modelOf({ 'package.json': JSON.stringify(pkg, null, 2) }));
}
const where = (fs: Awaited<ReturnType<typeof run>>): string[] => fs.map((f) => `${f.location.file}:${f.location.line} ${f.severity}`);

describe('pkg/bin-shadowing', () => {
  it('flags system commands in a bin object, at their lines', async () => {
    const found = await run({ name: 'helpers', bin: { helpers: 'a.js', git: 'g.js', curl: 'c.js' } });
    expect(where(found)).toEqual(['package.json:5 medium', 'package.json:6 medium']);
    expect(found[0]?.message).toContain('"git"');
    expect(found[0]?.evidence).toBe('git → g.js');
  });

  it('flags a string bin named after the (unscoped) package name', async () => {
    expect(where(await run({ name: '@evil/sudo', bin: 'cli.js' }))).toEqual(['package.json:3 medium']);
  });

  it('sees through Windows suffixes, case and path-like keys', async () => {
    const found = await run({ name: 'x', bin: { 'NODE.cmd': 'a.js', 'sub/npm': 'b.js' } });
    expect(found).toHaveLength(2);
  });

  it('lets a command ship from its own package', async () => {
    expect(await run({ name: 'npm', bin: { npm: 'a.js', npx: 'b.js' } })).toEqual([]);
    expect(await run({ name: 'typescript', bin: { tsc: 'bin/tsc', tsserver: 'bin/tsserver' } })).toEqual([]);
    expect(await run({ name: 'yarn', bin: { yarn: 'a.js', yarnpkg: 'a.js' } })).toEqual([]);
  });

  it('but not from a lookalike of it', async () => {
    expect(await run({ name: 'npm-helper', bin: { npm: 'a.js' } })).toHaveLength(1);
    expect(await run({ name: 'git', bin: 'git.js' })).toHaveLength(1); // no npm package owns git
  });

  it('stays quiet on ordinary bins and packages without bin', async () => {
    expect(await run({ name: 'eslint', bin: { eslint: 'bin/eslint.js' } })).toEqual([]);
    expect(await run({ name: 'lib' })).toEqual([]);
    expect(await run({ name: 'odd', bin: ['git'] })).toEqual([]);
    expect(binShadowing.run(await modelOf({ 'PKG-INFO': 'Name: git\n' }, 'pypi'))).toEqual([]);
  });
});
