import { describe, expect, it } from 'vitest';
import { diffDependencies } from '../../src/manifests/diff.js';
import type { DeclaredDependency, ManifestResult } from '../../src/model/index.js';

function dep(name: string, over: Partial<DeclaredDependency> & { file: string; line: number }): DeclaredDependency {
  const { file, line, ...rest } = over;
  return { ecosystem: 'npm', name, spec: '', direct: true, group: 'prod', source: { file, line }, origin: { kind: 'registry' }, integrity: [], via: [], ...rest };
}
function manifest(file: string, locked: boolean, dependencies: DeclaredDependency[], ecosystem: 'npm' | 'pypi' = 'npm'): ManifestResult {
  return { file, kind: locked ? 'package-lock' : 'package-json', ecosystem, locked, dependencies, registries: [], includes: [], notes: [] };
}

describe('diffDependencies', () => {
  const basePkg = manifest('package.json', false, [dep('left-pad', { file: 'package.json', line: 5, spec: '^1.0.0' })]);
  const baseLock = manifest('package-lock.json', true, [dep('left-pad', { file: 'package-lock.json', line: 9, version: '1.3.0' })]);

  it('reports a new direct dependency on the manifest line and its new transitive dependency on the lockfile line', () => {
    const headPkg = manifest('package.json', false, [
      dep('left-pad', { file: 'package.json', line: 5, spec: '^1.0.0' }),
      dep('evil-helper', { file: 'package.json', line: 6, spec: '^2.0.0' }),
    ]);
    const headLock = manifest('package-lock.json', true, [
      dep('left-pad', { file: 'package-lock.json', line: 9, version: '1.3.0' }),
      dep('evil-helper', { file: 'package-lock.json', line: 14, version: '2.1.0' }),
      dep('payload', { file: 'package-lock.json', line: 20, version: '0.0.1', direct: false, via: ['evil-helper'] }),
    ]);
    const changes = diffDependencies([basePkg, baseLock], [headPkg, headLock]);
    expect(changes.map((c) => [c.change, c.ref.name, c.ref.version, c.direct, `${c.source.file}:${c.source.line}`])).toEqual([
      ['added', 'evil-helper', '2.1.0', true, 'package.json:6'],
      ['added', 'payload', '0.0.1', false, 'package-lock.json:20'],
    ]);
    const payload = changes.find((c) => c.ref.name === 'payload')!;
    expect(payload.path.map((r) => `${r.name}@${r.version}`)).toEqual(['evil-helper@2.1.0', 'payload@0.0.1']);
    expect(payload.locked).toBe(true);
  });

  it('reports an update with the previous version and a removal', () => {
    const headLock = manifest('package-lock.json', true, [dep('left-pad', { file: 'package-lock.json', line: 9, version: '1.3.1' })]);
    const baseWithOld = manifest('package-lock.json', true, [...baseLock.dependencies, dep('gone', { file: 'package-lock.json', line: 30, version: '1.0.0' })]);
    const changes = diffDependencies([basePkg, baseWithOld], [basePkg, headLock]);
    expect(changes.map((c) => [c.change, c.ref.name, c.ref.version, c.previous])).toEqual([
      ['updated', 'left-pad', '1.3.1', '1.3.0'],
      ['removed', 'gone', '1.0.0', undefined],
    ]);
  });

  it('sees no change when nothing a lockfile pins changed, even if files are reordered or moved', () => {
    const moved = manifest('web/package-lock.json', true, [dep('left-pad', { file: 'web/package-lock.json', line: 3, version: '1.3.0' })]);
    expect(diffDependencies([basePkg, baseLock], [basePkg, baseLock])).toEqual([]);
    expect(diffDependencies([baseLock], [baseLock, moved])).toEqual([]);
  });

  it('uses a manifest range when no lockfile in its folder pins the name, and ignores unchanged ranges', () => {
    const base = manifest('requirements.txt', false, [dep('requests', { ecosystem: 'pypi', file: 'requirements.txt', line: 1, spec: '>=2' })], 'pypi');
    const head = manifest('requirements.txt', false, [
      dep('requests', { ecosystem: 'pypi', file: 'requirements.txt', line: 1, spec: '>=2' }),
      dep('flask', { ecosystem: 'pypi', file: 'requirements.txt', line: 2, spec: '<4' }),
    ], 'pypi');
    const changes = diffDependencies([base], [head]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'added', ref: { ecosystem: 'pypi', name: 'flask', version: '' }, spec: '<4', locked: false });
  });

  it('skips workspace and local-path entries, which are the repository itself', () => {
    const head = manifest('package-lock.json', true, [
      dep('my-lib', { file: 'package-lock.json', line: 4, version: '1.0.0', origin: { kind: 'workspace', path: 'packages/my-lib' } }),
      dep('local', { file: 'package-lock.json', line: 8, version: '1.0.0', origin: { kind: 'path', path: '../local' } }),
    ]);
    expect(diffDependencies([], [head])).toEqual([]);
  });

  it('treats a changed git or URL source as a change even without versions', () => {
    const at = (url: string): ManifestResult =>
      manifest('requirements.txt', false, [dep('tool', { ecosystem: 'pypi', file: 'requirements.txt', line: 2, origin: { kind: 'vcs', url } })], 'pypi');
    const changes = diffDependencies([at('git+https://example.test/a.git@v1')], [at('git+https://example.test/a.git@v2')]);
    expect(changes.map((c) => [c.change, c.ref.name, c.origin])).toEqual([['updated', 'tool', { kind: 'vcs', url: 'git+https://example.test/a.git@v2' }]]);
  });
});
