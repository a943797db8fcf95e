import { describe, expect, it } from 'vitest';
import { parsePnpmLock } from '../../../src/manifests/npm/pnpm-lock.js';
import { dep, lineOf, userErrorOf } from './helpers.js';

const SHA512 = 'sha512-' + Buffer.alloc(64, 0x11).toString('base64');

const V6 = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      react-dom:
        specifier: ^18.2.0
        version: 18.2.0(react@18.2.0)
      cjs-width:
        specifier: npm:string-width@^4.2.0
        version: /string-width@4.2.3
    devDependencies:
      vitest:
        specifier: ~1.0.0
        version: 1.0.4

  packages/ui:
    dependencies:
      '@acme/core':
        specifier: workspace:*
        version: link:../core
      react:
        specifier: 18.2.0
        version: 18.2.0

packages:

  /react-dom@18.2.0(react@18.2.0):
    resolution: {integrity: ${SHA512}}
    peerDependencies:
      react: ^18.2.0
    dependencies:
      loose-envify: 1.4.0
      react: 18.2.0
      scheduler: 0.23.0
    dev: false

  /react@18.2.0:
    resolution: {integrity: ${SHA512}}
    dependencies:
      loose-envify: 1.4.0
    dev: false

  /loose-envify@1.4.0:
    resolution: {integrity: ${SHA512}}
    dev: false

  /scheduler@0.23.0:
    resolution: {integrity: ${SHA512}}
    dependencies:
      loose-envify: 1.4.0
    dev: false

  /string-width@4.2.3:
    resolution: {integrity: ${SHA512}}
    dev: false

  /vitest@1.0.4:
    resolution: {integrity: ${SHA512}}
    dependencies:
      '@vitest/runner': 1.0.4
    dev: true

  /@vitest/runner@1.0.4:
    resolution: {integrity: ${SHA512}}
    dev: true

  github.com/acme/forked/0123456789abcdef0123456789abcdef01234567:
    resolution: {tarball: https://codeload.github.com/acme/forked/tar.gz/0123456789abcdef0123456789abcdef01234567}
    name: forked
    version: 2.0.0
    dev: false
`;

describe('pnpm-lock.yaml v6', () => {
  const r = parsePnpmLock('pnpm-lock.yaml', V6);

  it('lists one entry per package version at its packages: key line', () => {
    expect(r).toMatchObject({ kind: 'pnpm-lock', locked: true });
    expect(r.dependencies).toHaveLength(8);
    expect(dep(r, 'react-dom').source).toEqual({ file: 'pnpm-lock.yaml', line: 33 });
    expect(dep(r, 'scheduler').source.line).toBe(lineOf(V6, '/scheduler@0.23.0:'));
    expect(dep(r, '@vitest/runner').source.line).toBe(lineOf(V6, '/@vitest/runner@1.0.4:'));
  });

  it('reads importers (root and workspace) as direct with specifiers', () => {
    expect(dep(r, 'react-dom')).toMatchObject({ direct: true, spec: '^18.2.0', version: '18.2.0', group: 'prod', via: [] });
    expect(dep(r, 'react')).toMatchObject({ direct: true, spec: '18.2.0' });
    expect(dep(r, 'vitest')).toMatchObject({ direct: true, spec: '~1.0.0', group: 'dev' });
  });

  it('resolves aliases, peer suffixes and chains', () => {
    expect(dep(r, 'string-width')).toMatchObject({ version: '4.2.3', direct: true, spec: 'npm:string-width@^4.2.0' });
    expect(dep(r, 'scheduler')).toMatchObject({ direct: false, via: ['react-dom'], group: 'prod' });
    expect(dep(r, 'loose-envify').via).toHaveLength(1);
    expect(dep(r, '@vitest/runner')).toMatchObject({ via: ['vitest'], group: 'dev' });
  });

  it('converts integrity and reads tarball resolutions', () => {
    expect(dep(r, 'react').integrity).toEqual([{ algorithm: 'sha512', hex: '11'.repeat(64) }]);
    expect(dep(r, 'forked')).toMatchObject({
      version: '2.0.0',
      origin: { kind: 'url', url: 'https://codeload.github.com/acme/forked/tar.gz/0123456789abcdef0123456789abcdef01234567' },
    });
  });
});

const V9 = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true

importers:

  .:
    dependencies:
      '@babel/core':
        specifier: ^7.23.0
        version: 7.23.0
      wrap:
        specifier: npm:wrap-ansi@^7.0.0
        version: wrap-ansi@7.0.0
      forked:
        specifier: github:acme/forked#main
        version: https://codeload.github.com/acme/forked/tar.gz/abc
    devDependencies:
      eslint-plugin-react:
        specifier: ^7.33.0
        version: 7.33.2(eslint@8.50.0)

packages:

  '@babel/core@7.23.0':
    resolution: {integrity: ${SHA512}}
    engines: {node: '>=6.9.0'}

  semver@6.3.1:
    resolution: {integrity: ${SHA512}}
    hasBin: true

  wrap-ansi@7.0.0:
    resolution: {integrity: ${SHA512}}

  eslint-plugin-react@7.33.2:
    resolution: {integrity: ${SHA512}}
    peerDependencies:
      eslint: ^8

  eslint@8.50.0:
    resolution: {integrity: ${SHA512}}

  forked@https://codeload.github.com/acme/forked/tar.gz/abc:
    resolution: {tarball: https://codeload.github.com/acme/forked/tar.gz/abc}
    version: 1.0.0

  ci-info@git+https://github.com/watson/ci-info.git#f43f6a1cefff47fb361c88cf4b943fdbcaafe540:
    resolution: {commit: f43f6a1cefff47fb361c88cf4b943fdbcaafe540, repo: https://github.com/watson/ci-info.git, type: git}
    version: 3.9.0

snapshots:

  '@babel/core@7.23.0':
    dependencies:
      semver: 6.3.1

  semver@6.3.1: {}

  wrap-ansi@7.0.0: {}

  eslint-plugin-react@7.33.2(eslint@8.50.0):
    dependencies:
      eslint: 8.50.0

  eslint@8.50.0:
    dependencies:
      ci-info: git+https://github.com/watson/ci-info.git#f43f6a1cefff47fb361c88cf4b943fdbcaafe540

  forked@https://codeload.github.com/acme/forked/tar.gz/abc: {}

  ci-info@git+https://github.com/watson/ci-info.git#f43f6a1cefff47fb361c88cf4b943fdbcaafe540: {}
`;

describe('pnpm-lock.yaml v9', () => {
  const r = parsePnpmLock('pnpm-lock.yaml', V9);

  it('reads packages at their key lines, scoped keys included', () => {
    expect(r.dependencies).toHaveLength(7);
    expect(dep(r, '@babel/core').source.line).toBe(26);
    expect(dep(r, 'semver').source.line).toBe(lineOf(V9, '  semver@6.3.1:'));
  });

  it('takes the graph from snapshots and groups from the importer that reaches it', () => {
    expect(dep(r, 'semver')).toMatchObject({ version: '6.3.1', via: ['@babel/core'], group: 'prod', direct: false });
    expect(dep(r, 'eslint-plugin-react')).toMatchObject({ direct: true, group: 'dev', version: '7.33.2' });
    expect(dep(r, 'eslint')).toMatchObject({ via: ['eslint-plugin-react'], group: 'dev' });
    expect(dep(r, 'ci-info')).toMatchObject({ via: ['eslint-plugin-react', 'eslint'], version: '3.9.0' });
  });

  it('resolves v9 aliases and non-registry sources', () => {
    expect(dep(r, 'wrap-ansi')).toMatchObject({ direct: true, spec: 'npm:wrap-ansi@^7.0.0', version: '7.0.0' });
    expect(dep(r, 'forked')).toMatchObject({ direct: true, version: '1.0.0', origin: { kind: 'url' } });
    expect(dep(r, 'ci-info').origin).toEqual({
      kind: 'vcs',
      url: 'https://github.com/watson/ci-info.git#f43f6a1cefff47fb361c88cf4b943fdbcaafe540',
    });
  });

  it('rejects malformed YAML and duplicate keys with file:line', () => {
    const bad = "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: x\n  b@1.0.0: {}\n";
    expect(userErrorOf(() => parsePnpmLock('apps/pnpm-lock.yaml', bad)).message).toMatch(/^apps\/pnpm-lock\.yaml:[45]: invalid YAML/);
    const dup = "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  a@1.0.0: {}\n";
    expect(userErrorOf(() => parsePnpmLock('pnpm-lock.yaml', dup)).message).toMatch(/^pnpm-lock\.yaml:4: duplicate key "a@1\.0\.0" in packages$/);
    expect(userErrorOf(() => parsePnpmLock('pnpm-lock.yaml', '- a\n- b\n')).message).toMatch(/^pnpm-lock\.yaml:1: .*(mapping|array)/);
  });
});

describe('pnpm-lock.yaml v5', () => {
  const V5 = `lockfileVersion: 5.4

specifiers:
  ms: ^2.1.0
  '@types/node': ^20.0.0

dependencies:
  ms: 2.1.3

devDependencies:
  '@types/node': 20.8.0

packages:

  /ms/2.1.3:
    resolution: {integrity: ${SHA512}}
    dev: false

  /@types/node/20.8.0:
    resolution: {integrity: ${SHA512}}
    dev: true
`;
  it('reads /name/version keys and separate specifiers', () => {
    const r = parsePnpmLock('pnpm-lock.yaml', V5);
    expect(dep(r, 'ms')).toMatchObject({ version: '2.1.3', direct: true, spec: '^2.1.0', group: 'prod', source: { line: 15 } });
    expect(dep(r, '@types/node')).toMatchObject({ version: '20.8.0', direct: true, spec: '^20.0.0', group: 'dev', source: { line: 19 } });
  });
});

describe('pnpm-lock.yaml hostile YAML', () => {
  it('refuses unresolved aliases, and reads alias bombs without expanding them', () => {
    expect(userErrorOf(() => parsePnpmLock('pnpm-lock.yaml', 'a: *nowhere\n')).message).toMatch(/^pnpm-lock\.yaml:\d+: invalid YAML/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    bomb.push('packages: *i');
    const t0 = performance.now();
    expect(parsePnpmLock('pnpm-lock.yaml', bomb.join('\n')).dependencies).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('pnpm-lock.yaml with a package-manager document (pnpm >= 9.7)', () => {
  const TWO_DOCS = `---
lockfileVersion: '9.0'

importers:
  .:
    packageManagerDependencies:
      pnpm:
        specifier: 9.12.0
        version: 9.12.0

packages:
  pnpm@9.12.0:
    resolution: {integrity: ${SHA512}}

---
lockfileVersion: '9.0'

importers:
  .:
    dependencies:
      ms:
        specifier: ^2.1.3
        version: 2.1.3

packages:

  ms@2.1.3:
    resolution: {integrity: ${SHA512}}

snapshots:

  ms@2.1.3: {}
`;
  it('reads the project document with its real line numbers', () => {
    const r = parsePnpmLock('pnpm-lock.yaml', TWO_DOCS);
    expect(r.dependencies.map((d) => d.name)).toEqual(['ms']);
    expect(dep(r, 'ms')).toMatchObject({ version: '2.1.3', direct: true, source: { line: lineOf(TWO_DOCS, '  ms@2.1.3:') } });
    expect(dep(r, 'ms').source.line).toBe(27);
  });

  it('falls back to the syntax tree for unusual layouts, keeping exact lines', () => {
    const odd = "lockfileVersion: '9.0'\npackages: {\n  'a@1.0.0': {resolution: {integrity: x}},\n  b@2.0.0: {}}\n";
    const r = parsePnpmLock('pnpm-lock.yaml', odd);
    expect(dep(r, 'a').source.line).toBe(3);
    expect(dep(r, 'b').source.line).toBe(4);
  });
});
