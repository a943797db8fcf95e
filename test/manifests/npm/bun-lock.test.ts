import { describe, expect, it } from 'vitest';
import { parseBunLock } from '../../../src/manifests/npm/bun-lock.js';
import { dep, lineOf, userErrorOf } from './helpers.js';

const SHA512 = 'sha512-' + Buffer.alloc(64, 0x22).toString('base64');

const BUN = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "bun-app",
      "dependencies": {
        "@babel/core": "^7.23.0",
        "wrap": "npm:wrap-ansi@7.0.0",
        "forked": "github:acme/forked#main",
      },
      "devDependencies": {
        "typescript": "^5.3.0",
      },
    },
    "packages/lib": {
      "name": "lib",
      "dependencies": {
        "tiny": "https://example.com/tiny-1.0.0.tgz",
        "semver": "^7.5.0",
      },
    },
  },
  // Bun writes trailing commas; comments are allowed too.
  "packages": {
    "@babel/core": ["@babel/core@7.23.0", "", { "dependencies": { "semver": "^6.3.1" } }, "${SHA512}"],

    "@babel/core/semver": ["semver@6.3.1", "", { "bin": { "semver": "bin/semver.js" } }, "${SHA512}"],

    "semver": ["semver@7.5.4", "https://npm.acme.dev/", {}, "${SHA512}"],

    "wrap": ["wrap-ansi@7.0.0", "", {}, "${SHA512}"],

    "forked": ["forked@github:acme/forked#0123456", { "dependencies": { "tiny": "1.0.0" } }, "acme-forked-0123456"],

    "tiny": ["tiny@https://example.com/tiny-1.0.0.tgz", {}],

    "typescript": ["typescript@5.3.3", "", { "bin": { "tsc": "bin/tsc" } }, "${SHA512}"],

    "lib": ["lib@workspace:packages/lib"],
  }
}
`;

describe('bun.lock', () => {
  const r = parseBunLock('bun.lock', BUN);

  it('lists packages at their key lines, skipping workspaces', () => {
    expect(r).toMatchObject({ kind: 'bun-lock', locked: true, ecosystem: 'npm' });
    expect(r.dependencies).toHaveLength(7);
    expect(dep(r, '@babel/core').source).toEqual({ file: 'bun.lock', line: 25 });
    expect(dep(r, 'semver', '6.3.1').source.line).toBe(lineOf(BUN, '"@babel/core/semver"'));
    expect(dep(r, 'tiny').source.line).toBe(lineOf(BUN, '"tiny": ["tiny@'));
  });

  it('resolves nested keys before hoisted ones', () => {
    expect(dep(r, 'semver', '6.3.1')).toMatchObject({ direct: false, via: ['@babel/core'] });
    expect(dep(r, 'semver', '7.5.4')).toMatchObject({ direct: true, spec: '^7.5.0', via: [] });
    expect(dep(r, '@babel/core').dependencies).toEqual(['semver']);
  });

  it('reads registry, integrity, aliases and non-registry sources', () => {
    expect(dep(r, 'semver', '7.5.4').origin).toEqual({ kind: 'registry', url: 'https://npm.acme.dev/' });
    expect(dep(r, '@babel/core').origin).toEqual({ kind: 'registry' });
    expect(dep(r, '@babel/core').integrity).toEqual([{ algorithm: 'sha512', hex: '22'.repeat(64) }]);
    expect(dep(r, 'wrap-ansi')).toMatchObject({ version: '7.0.0', direct: true });
    expect(dep(r, 'forked')).toMatchObject({ origin: { kind: 'vcs', url: 'github:acme/forked#0123456' }, direct: true });
    expect(dep(r, 'forked').version).toBeUndefined();
    expect(dep(r, 'tiny').origin).toEqual({ kind: 'url', url: 'https://example.com/tiny-1.0.0.tgz' });
  });

  it('derives groups from the workspace declarations', () => {
    expect(dep(r, 'typescript')).toMatchObject({ group: 'dev', direct: true, spec: '^5.3.0' });
    expect(dep(r, '@babel/core').group).toBe('prod');
    expect(dep(r, 'semver', '6.3.1').group).toBe('prod');
  });

  it('rejects malformed input with file:line', () => {
    expect(userErrorOf(() => parseBunLock('bun.lock', '{\n  "packages": {\n    "a": ["a@1.0.0" "", {}],\n  }\n}')).message).toMatch(
      /^bun\.lock:3: invalid JSONC: CommaExpected/,
    );
    expect(userErrorOf(() => parseBunLock('bun.lock', '{\n  "packages": {\n    "a": {}\n  }\n}')).message).toBe(
      'bun.lock:3: packages["a"] must be an array starting with "name@version"',
    );
  });
});
