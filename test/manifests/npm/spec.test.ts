import { describe, expect, it } from 'vitest';
import { reachable, shortestChains } from '../../../src/manifests/npm/graph.js';
import { scanKeyLines } from '../../../src/manifests/npm/json-fast.js';
import { exactVersion, originFromResolved, parseSpec, sha1FromFragment, splitNameAt, sriToIntegrity } from '../../../src/manifests/npm/spec.js';
import { LineIndex } from '../../../src/manifests/npm/text.js';

describe('npm specifiers', () => {
  it('unwraps aliases, scoped and unscoped, with and without a range', () => {
    expect(parseSpec('x', 'npm:@scope/real@^2.0.0')).toMatchObject({ name: '@scope/real', spec: '^2.0.0', alias: 'x' });
    expect(parseSpec('x', 'npm:real')).toMatchObject({ name: 'real', spec: '', alias: 'x' });
    expect(parseSpec('x', 'npm:real@1.0.0').version).toBe('1.0.0');
  });

  it('pins only exact versions', () => {
    expect(exactVersion('1.2.3')).toBe('1.2.3');
    expect(exactVersion('=1.2.3')).toBe('1.2.3');
    expect(exactVersion('v1.2.3-beta.1')).toBe('1.2.3-beta.1');
    for (const r of ['^1.2.3', '~1.2.3', '1.x', '*', 'latest', '>=1 <2', '1.2.3 || 2.0.0', '']) expect(exactVersion(r), r).toBeUndefined();
  });

  it('tells git, URL, path and registry apart', () => {
    expect(parseSpec('a', 'git://github.com/a/b.git').origin.kind).toBe('vcs');
    expect(parseSpec('a', 'git@github.com:a/b.git').origin.kind).toBe('vcs');
    expect(parseSpec('a', 'gitlab:a/b').origin.kind).toBe('vcs');
    expect(parseSpec('a', 'http://example.com/a.tgz').origin.kind).toBe('url');
    expect(parseSpec('a', './vendor/a').origin).toEqual({ kind: 'path', path: './vendor/a' });
    expect(parseSpec('a', '>=1.0.0 <2').origin).toEqual({ kind: 'registry' });
    expect(originFromResolved('https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc').kind).toBe('registry');
    expect(originFromResolved('https://example.com/a.tgz').kind).toBe('url');
    expect(originFromResolved('git+ssh://git@github.com/a/b.git#c').kind).toBe('vcs');
    expect(originFromResolved(undefined)).toEqual({ kind: 'registry' });
  });

  it('converts SRI to hex, dropping what cannot be checked', () => {
    expect(sriToIntegrity('sha1-qUqP5cyxm6YcTAhz05Hph5gvu9M=')).toEqual([{ algorithm: 'sha1', hex: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3' }]);
    expect(sriToIntegrity('sha256-AAAA sha999-AAAA sha512-!!! nodash')).toEqual([{ algorithm: 'sha256', hex: '000000' }]);
    expect(sriToIntegrity('')).toEqual([]);
    expect(sha1FromFragment('https://x/a.tgz#A94A8FE5CCB19BA61C4C0873D391E987982FBBD3')).toEqual([
      { algorithm: 'sha1', hex: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3' },
    ]);
    expect(sha1FromFragment('https://x/a.tgz#short')).toEqual([]);
  });

  it('masks credentials in URLs but keeps the ssh git user', () => {
    expect(parseSpec('a', 'git+https://ghp_secret123@github.com/a/b.git').origin).toEqual({ kind: 'vcs', url: 'git+https://***@github.com/a/b.git' });
    expect(originFromResolved('https://bob:hunter2@npm.acme.dev/a/-/a-1.0.0.tgz')).toEqual({
      kind: 'registry',
      url: 'https://***@npm.acme.dev/a/-/a-1.0.0.tgz',
    });
    expect(parseSpec('a', 'git+ssh://git@github.com/a/b.git').origin).toEqual({ kind: 'vcs', url: 'git+ssh://git@github.com/a/b.git' });
  });

  it('splits scoped names at the right @', () => {
    expect(splitNameAt('@a/b@npm:1.0.0')).toEqual({ name: '@a/b', rest: 'npm:1.0.0' });
    expect(splitNameAt('plain')).toBeUndefined();
  });
});

describe('graph and line helpers', () => {
  it('finds one shortest chain from any root', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['d']],
      ['x', ['d']],
    ]);
    const chains = shortestChains(['a', 'x'], edges);
    expect(chains.via('d')).toEqual(['x']);
    expect(chains.via('c')).toEqual(['a', 'b']);
    expect(chains.via('a')).toEqual([]);
    expect(chains.has('zzz')).toBe(false);
    expect([...reachable(['b'], edges)].sort()).toEqual(['b', 'c', 'd']);
  });

  it('terminates on cycles', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['a', 'c']],
    ]);
    expect(shortestChains(['a'], edges).via('c')).toEqual(['a', 'b']);
  });

  it('numbers lines across \\n, \\r\\n and lone \\r', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => idx.lineOf(o))).toEqual([1, 2, 3, 4]);
  });

  it('scans key lines with escapes and nesting, ignoring strings that look like keys', () => {
    const text = '{\n "a\\"b": {"k": "x\\\\"},\n "arr": [{"in": 1}, "{\\"fake\\": 2}"],\n "z": 1\n}';
    const seen: string[] = [];
    scanKeyLines(text, (path, key, line) => seen.push(`${path.join('.')}|${key}|${line}`));
    expect(seen).toEqual(['|a"b|2', 'a"b|k|2', '|arr|3', 'arr.\u0000[]|in|3', '|z|4']);
  });
});
