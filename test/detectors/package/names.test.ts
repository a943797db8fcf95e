import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, popularFile, popularIndex } from '../../../src/detectors/package/popular.js';
import {
  bitCount,
  editDistance,
  fnv1a32,
  hasNonAscii,
  letterMask,
  pep503,
  registryName,
  separatorKey,
  skeleton,
  splitScope,
} from '../../../src/detectors/shared/names.js';

describe('editDistance (restricted Damerau-Levenshtein)', () => {
  it.each([
    ['requests', 'requests', 0],
    ['requests', 'reqeusts', 1], // swap
    ['requests', 'requets', 1], // drop
    ['requests', 'requestss', 1], // double
    ['requests', 'rexuests', 1], // replace
    ['lodash', 'ldoahs', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early past the bound and reports max + 1', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the unbounded distance whenever that is within the bound (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = editDistance(a, b);
        const bounded = editDistance(a, b, max);
        expect(bounded).toBe(full <= max ? full : max + 1);
        expect(full).toBe(editDistance(b, a));
        expect(full).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('normalisation and skeleton', () => {
  it('normalises names as PEP 503 and npm do', () => {
    expect(pep503('Foo__Bar.baz-Qux')).toBe('foo-bar-baz-qux');
    expect(registryName('pypi', 'Python_DateUtil')).toBe('python-dateutil');
    expect(registryName('npm', 'Express')).toBe('express');
    expect(separatorKey('cross-env')).toBe(separatorKey('cross_env'));
    expect(separatorKey('cross.env')).toBe('crossenv');
  });

  it('maps Cyrillic and Greek lookalikes and ASCII confusables onto one skeleton', () => {
    expect(skeleton('expreѕs')).toBe('express'); // Cyrillic dze
    expect(skeleton('rеquеsts')).toBe('requests'); // Cyrillic ie
    expect(skeleton('νue')).toBe('vue'); // Greek nu
    expect(skeleton('ｅｘｐｒｅｓｓ')).toBe('express'); // full-width
    expect(skeleton('expréss')).toBe('express'); // accent
    expect(skeleton('rnocha')).toBe(skeleton('mocha'));
    expect(skeleton('c0l0rama')).toBe(skeleton('colorama'));
    expect(skeleton('1odash')).toBe(skeleton('lodash'));
    expect(skeleton('express')).not.toBe(skeleton('expresso'));
  });

  it('spots non-ASCII letters', () => {
    expect(hasNonAscii('expreѕs')).toBe(true);
    expect(hasNonAscii('express')).toBe(false);
  });

  it('splits npm scopes', () => {
    expect(splitScope('@types/node')).toEqual({ scope: 'types', bare: 'node' });
    expect(splitScope('node')).toEqual({ bare: 'node' });
  });

  it('hashes with FNV-1a 32 (reference vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('bundled popularity lists', () => {
  it.each(['npm', 'pypi'] as const)('%s: 5,000 targets, a capture date, a source and under 200 KB', (eco) => {
    const f = popularFile(eco);
    expect(f.top).toHaveLength(5000);
    expect(f.captured).toMatch(/^\d{4}-\d{2}$/);
    expect(f.source.length).toBeGreaterThan(10);
    expect(f.total).toBeGreaterThan(14000);
    expect(JSON.stringify(f).length).toBeLessThan(200_000);
    expect(new Set(f.top).size).toBe(f.top.length);
  });

  it('knows names beyond the top 5,000 through the hashes written by scripts/popular.mjs', () => {
    const npm = popularIndex('npm');
    const pypi = popularIndex('pypi');
    // Ranks 6,000, 9,000 and 14,000 of the 2026-11 capture.
    for (const n of ['first-chunk-stream', 'ag-charts-locale', 'quicktype-core']) expect(npm.isKnown(n)).toBe(true);
    for (const n of ['flask-threads', 'trycourier', 'python-csv', 'Flask_Threads']) expect(pypi.isKnown(n)).toBe(true);
    expect(npm.rank.has('first-chunk-stream')).toBe(false);
    expect(npm.isKnown('surely-not-a-popular-package-zz')).toBe(false);
    expect(pypi.isKnown('reqeusts')).toBe(false);
  });

  it('ranks the top names in download order', () => {
    const pypi = popularIndex('pypi');
    expect(pypi.rank.get('boto3')).toBe(1);
    expect(popularIndex('npm').rank.get('semver')).toBe(1);
    const small = buildIndex({ ...popularFile('npm'), top: ['a-b', 'c'], scopes: [], restHashes: '' }, 'npm');
    expect(small.bySeparatorKey.get('ab')).toEqual(['a-b']);
    expect(small.isKnown('express')).toBe(false);
  });
});

describe('letterMask prefilter', () => {
  it('never rejects a pair within the bound (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(bitCount(letterMask(a) ^ letterMask(b))).toBeLessThanOrEqual(2 * d);
      }),
    );
    expect(bitCount(0xffffffff)).toBe(32);
    expect(bitCount(0b1011)).toBe(3);
  });
});
