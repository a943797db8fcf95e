import { describe, expect, it } from 'vitest';
import { distIntegrity, isRegistrySpec, parsePackument, pickVersion, splitAlias, versionMetadata } from '../../../src/registries/npm/packument.js';
import { CustomsError } from '../../../src/runtime/errors.js';

const where = 'https://registry.example/pkg';
const doc = (extra: Record<string, unknown> = {}) =>
  parsePackument(
    JSON.parse(
      JSON.stringify({
        name: 'pkg',
        'dist-tags': { latest: '1.1.0' },
        versions: {
          '1.0.0': { dist: { tarball: 'https://r/pkg-1.0.0.tgz' } },
          '1.1.0': { dist: { tarball: 'https://r/pkg-1.1.0.tgz' } },
          '1.2.0': { deprecated: 'do not use', dist: { tarball: 'https://r/pkg-1.2.0.tgz' } },
          '1.3.0': { deprecated: 'do not use either', dist: { tarball: 'https://r/pkg-1.3.0.tgz' } },
        },
        ...extra,
      }),
    ),
    where,
    'pkg',
  );
const pick = (spec: string, prereleases = false) => pickVersion(doc(), spec, { name: 'pkg', registry: where, prereleases });

describe('npm version picking (npm-pick-manifest rules)', () => {
  it('prefers latest when it satisfies, then the highest non-deprecated version', () => {
    expect(pick('^1.0.0')).toBe('1.1.0');
    expect(pick('>1.1.0')).toBe('1.3.0'); // all candidates deprecated: highest
    expect(pickVersion(doc({ 'dist-tags': { latest: '1.0.0' } }), '>=1.0.0 <1.3.0', { name: 'pkg', registry: where })).toBe('1.0.0');
    expect(pickVersion(doc({ 'dist-tags': {} }), '^1', { name: 'pkg', registry: where })).toBe('1.1.0');
  });

  it('does not let hostile tag or version names reach Object.prototype', () => {
    expect(() => pick('constructor')).toThrow(/neither a semver range nor a dist-tag/);
    expect(() => pick('__proto__')).toThrow(/neither a semver range nor a dist-tag/);
    const hostile = parsePackument(JSON.parse('{"versions": {"__proto__": {"polluted": true}}, "dist-tags": {"toString": "1"}}'), where, 'pkg');
    expect(Object.keys(hostile.versions)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unpublished and malformed packuments with the right error kind', () => {
    const kind = (data: unknown): string => {
      try {
        parsePackument(data, where, 'pkg');
        return 'none';
      } catch (err) {
        return (err as CustomsError).kind;
      }
    };
    expect(kind({ name: 'pkg', time: { unpublished: { time: '2024-01-01' } } })).toBe('user');
    expect(kind({ name: 'pkg' })).toBe('external');
    expect(kind([1, 2])).toBe('external');
  });

  it('splits aliases and recognises non-registry specs', () => {
    expect(splitAlias('x', 'npm:@scope/real@^2')).toEqual({ name: '@scope/real', spec: '^2' });
    expect(splitAlias('x', 'npm:real')).toEqual({ name: 'real', spec: '' });
    for (const spec of ['github:a/b', 'git+https://x/y.git', 'file:../x', 'a/b', 'https://x/y.tgz', 'workspace:*']) expect(isRegistrySpec(spec)).toBe(false);
    for (const spec of ['^1', 'latest', '1.x || >=3', '']) expect(isRegistrySpec(spec)).toBe(true);
  });

  it('converts SRI integrity to hex and adds shasum only when no sha1 is given', () => {
    const sha512 = Buffer.alloc(64, 7).toString('base64');
    expect(distIntegrity({ integrity: `sha512-${sha512} md5-zzz`, shasum: 'A'.repeat(40) })).toEqual([
      { algorithm: 'sha512', hex: '07'.repeat(64) },
      { algorithm: 'sha1', hex: 'a'.repeat(40) },
    ]);
    expect(distIntegrity({ shasum: 'not-hex' })).toEqual([]);
  });

  it('marks missing publish times unavailable', () => {
    const meta = versionMetadata(doc(), '1.0.0');
    expect(meta.unavailable).toEqual(['published', 'created']);
    expect(meta.versionCount).toBe(4);
  });
});
