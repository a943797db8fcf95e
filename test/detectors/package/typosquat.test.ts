import { describe, expect, it } from 'vitest';
import { describeEdit, findLookalike } from '../../../src/detectors/package/lookalike.js';
import { buildIndex, popularFile, popularIndex } from '../../../src/detectors/package/popular.js';
import { typosquat } from '../../../src/detectors/package/typosquat.js';
import type { Ecosystem } from '../../../src/model/index.js';
import { modelOf } from '../../support/engine.js';

function npmFiles(name: string): Record<string, string> {
  return { 'package.json': `{\n  "name": ${JSON.stringify(name)},\n  "version": "1.0.0"\n}\n` };
}
function pypiFiles(name: string): Record<string, string> {
  return { 'PKG-INFO': `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0.0\n` };
}
async function run(eco: Ecosystem, name: string) {
  return typosquat.run(await modelOf(eco === 'npm' ? npmFiles(name) : pypiFiles(name), eco));
}

describe('pkg/typosquat on single names', () => {
  it.each([
    ['pypi', 'reqeusts', 'requests', 'swapped letters'],
    ['pypi', 'requets', 'requests', 'one letter dropped'],
    ['pypi', 'python-requests', 'requests', 'prefix or suffix'],
    ['pypi', 'c0lorama', 'colorama', 'lookalike characters'],
    ['pypi', 'scikitlearn', 'scikit-learn', 'separators'],
    ['npm', 'lodahs', 'lodash', 'swapped letters'],
    ['npm', 'crossenv', 'cross-env', 'separators'],
    ['npm', 'cross-env.js', 'cross-env', 'prefix or suffix'],
    ['npm', 'types-node', '@types/node', 'unscoped copy'],
    ['npm', '@typess/node', '@types/node', 'scope @typess'],
    ['npm', '@types-node/index', '@types/node', 'folds in'],
    ['npm', '@babelcore/cli', '@babel/core', 'folds in'],
    ['npm', '@types/reactt', '@types/react', 'doubled letter'],
  ] as const)('%s %s imitates %s (%s) at medium', async (eco, name, target, detail) => {
    const [f, ...rest] = await run(eco, name);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('medium');
    expect(f?.vector).toBe('metadata');
    expect(f?.message).toContain(`"${target}"`);
    expect(f?.message).toContain(detail);
    expect(f?.location).toEqual(eco === 'npm' ? { file: 'package.json', line: 2 } : { file: 'PKG-INFO', line: 2 });
  });

  it('is high for a Cyrillic homoglyph and names the technique', async () => {
    const [f] = await run('npm', 'exprеss'); // Cyrillic ie
    expect(f?.severity).toBe('high');
    expect(f?.techniques).toEqual(['obfuscation']);
    expect(f?.message).toContain('"express"');
    expect(f?.evidence).toMatch(/^homoglyph: .* ~ express \(rank \d+ of npm registry download counts/);
  });

  it('points at the Name header of a wheel', async () => {
    const model = await modelOf({ 'reqeusts-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: reqeusts\nVersion: 1.0\n' }, 'pypi');
    expect(typosquat.run(model).map((f) => f.location)).toEqual([{ file: 'reqeusts-1.0.dist-info/METADATA', line: 2 }]);
  });

  it.each([
    ['pypi', 'requests'],
    ['pypi', 'Requests'],
    ['pypi', 'python-dateutil'],
    ['pypi', 'my-company-billing'],
    ['npm', 'express'],
    ['npm', 'cookies'], // one letter from `cookie`, and itself popular
    ['npm', 'ws'],
    ['npm', 'wz'], // too short to judge
    ['npm', '@acme/internal-thing'],
    ['npm', 'fixture-fast-hash'],
  ] as const)('stays quiet on %s %s', async (eco, name) => {
    expect(await run(eco, name)).toEqual([]);
  });

  it('stays quiet without a name', async () => {
    expect(typosquat.run(await modelOf({ 'setup.py': 'print(1)\n' }, 'pypi'))).toEqual([]);
  });

  it('describes single edits', () => {
    expect(describeEdit('reqeusts', 'requests')).toBe('swapped letters');
    expect(describeEdit('requestss', 'requests')).toBe('doubled letter');
    expect(describeEdit('requestx', 'requests')).toBe('one letter replaced');
    expect(describeEdit('requets', 'requests')).toBe('one letter dropped');
    expect(describeEdit('requesats', 'requests')).toBe('one letter added');
  });
});

describe('pkg/typosquat measured on popular names and synthetic typos', () => {
  it('gives no finding on the top 300 npm and top 1,000 PyPI names', async () => {
    const alarms: string[] = [];
    for (const [eco, n] of [['npm', 300], ['pypi', 1000]] as const) {
      for (const name of popularFile(eco).top.slice(0, n)) {
        for (const f of await run(eco, name)) alarms.push(`${eco} ${name}: ${f.message}`);
      }
    }
    console.log(`false alarms on 300 npm + 1,000 PyPI popular names: ${alarms.length}`);
    expect(alarms).toEqual([]);
  }, 60_000);

  it('rarely matches legitimate names when the popularity exemption is off', () => {
    // Ranks 2,501–5,000 checked against an index of the top 2,500 only: how a new, legitimate package with a
    // name like a popular one fares (the exemption cannot help it).
    for (const eco of ['npm', 'pypi'] as const) {
      const f = popularFile(eco);
      const index = buildIndex({ ...f, top: f.top.slice(0, 2500), scopes: [], restHashes: '' }, eco);
      const hits = f.top.slice(2500, 5000).filter((n) => findLookalike(index, n));
      console.log(`${eco}: ${hits.length}/2500 legitimate names resemble a more popular one (${((hits.length / 2500) * 100).toFixed(1)}%)`);
      expect(hits.length / 2500).toBeLessThan(0.03);
    }
  }, 60_000);

  it('catches synthetic typos of the top names', () => {
    const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };
    const byKind = new Map<string, { hit: number; total: number; wrongTarget: string[] }>();
    for (const eco of ['npm', 'pypi'] as const) {
      const index = popularIndex(eco);
      const sources = index.top.filter((n) => /^[a-z][a-z0-9-]{5,}$/.test(n)).slice(0, 200);
      for (const t of sources) {
        const mid = Math.floor(t.length / 2);
        const letter = [...t].findIndex((c) => c in CYRILLIC);
        const variants: Array<[string, string]> = [
          ['swap', t.slice(0, mid - 1) + t[mid] + t[mid - 1] + t.slice(mid + 1)],
          ['drop', t.slice(0, mid) + t.slice(mid + 1)],
          ['double', t.slice(0, mid) + t[mid] + t.slice(mid)],
          ['replace', t.slice(0, mid) + (t[mid] === 'z' ? 'a' : String.fromCharCode(t.charCodeAt(mid) + 1)) + t.slice(mid + 1)],
          ['affix', eco === 'pypi' ? `python-${t}` : `node-${t}`],
          ['separator', t.includes('-') ? t.replace(/-/g, '') : `${t.slice(0, mid)}-${t.slice(mid)}`],
        ];
        if (letter >= 0) variants.push(['homoglyph', t.slice(0, letter) + CYRILLIC[t[letter]!] + t.slice(letter + 1)]);
        for (const [kind, v] of variants) {
          if (v === t || index.isKnown(v)) continue; // the variant is itself a real popular package
          const s = byKind.get(kind) ?? { hit: 0, total: 0, wrongTarget: [] };
          s.total++;
          const m = findLookalike(index, v);
          if (m) s.hit++;
          if (m && m.target !== t) s.wrongTarget.push(`${v}→${m.target}`);
          byKind.set(kind, s);
        }
      }
    }
    let hit = 0;
    let total = 0;
    for (const [kind, s] of byKind) {
      console.log(`synthetic ${kind}: ${s.hit}/${s.total} caught (${((s.hit / s.total) * 100).toFixed(0)}%), ${s.wrongTarget.length} attributed elsewhere`);
      hit += s.hit;
      total += s.total;
    }
    console.log(`synthetic typos overall: ${hit}/${total} (${((hit / total) * 100).toFixed(1)}%)`);
    expect(byKind.get('homoglyph')!.hit).toBe(byKind.get('homoglyph')!.total);
    expect(hit / total).toBeGreaterThan(0.85);
  }, 60_000);
});

describe('pkg/typosquat with early behaviour', () => {
  const files = (extra: Record<string, string>): Record<string, string> => ({ ...pypiFiles('reqeusts'), ...extra });

  it('is high when the lookalike talks to the network as soon as it is imported', async () => {
    const model = await modelOf(files({ 'reqeusts/__init__.py': "import urllib.request\nurllib.request.urlopen('https://collector.example.invalid/b')\n" }), 'pypi');
    const [f] = typosquat.run(model);
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('urllib.request.urlopen at import time');
  });

  it('stays medium when only setup.py runs a build command (git describe)', async () => {
    const setup = "import subprocess\nfrom setuptools import setup\nv = subprocess.check_output(['git', 'describe']).decode()\nsetup(name='reqeusts', version=v)\n";
    const [f] = typosquat.run(await modelOf(files({ 'setup.py': setup }), 'pypi'));
    expect(f?.severity).toBe('medium');
  });

  it('stays medium when the network code only runs when called', async () => {
    const lib = "import urllib.request\n\ndef fetch(u):\n    return urllib.request.urlopen(u).read()\n";
    const [f] = typosquat.run(await modelOf(files({ 'reqeusts/__init__.py': lib }), 'pypi'));
    expect(f?.severity).toBe('medium');
  });
});
