import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string): FileFacts => analyzer.analyze('pkg/__init__.py', source);
const readsAt = (f: FileFacts, line: number): string[] => f.reads.filter((r) => r.line === line).map((r) => r.name);

describe('python analyser: reads, strings, imports and metrics', () => {
  it('reports attribute reads rooted at imports, and the special names, once per line', () => {
    const f = analyze(
      [
        'import os, sys, platform, getpass',
        'from os import environ',
        'from os import path as p',
        'env = os.environ.copy()',
        "if sys.platform == 'win32' or os.name == 'nt' or platform.system() == 'Linux':",
        "    home = os.path.expanduser('~') + sys.argv[0]",
        "token = environ['TOKEN']",
        'here = __file__',
        "imp = __import__",
        '__builtins__.exec',
        'def f():',
        '    return os.environ, os.environ',
        "text = 'os.environ in a string'  # os.environ in a comment",
        "cfg = p.join('a', 'b')",
      ].join('\n'),
    );
    expect(readsAt(f, 4)).toEqual(['os.environ', 'os.environ.copy']);
    expect(readsAt(f, 5)).toEqual(['sys.platform', 'os.name', 'platform.system']);
    expect(readsAt(f, 6)).toEqual(['os.path', 'os.path.expanduser', 'sys.argv']);
    // One variable by name is not the environment (see ONE_VARIABLE in refs.ts).
    expect(readsAt(f, 7)).toEqual([]);
    expect(readsAt(f, 8)).toEqual(['__file__']);
    expect(readsAt(f, 9)).toEqual(['builtins.__import__']);
    expect(readsAt(f, 10)).toEqual(['__builtins__', 'builtins.exec']);
    expect(f.reads.filter((r) => r.line === 12)).toEqual([{ name: 'os.environ', line: 12, scope: 'f' }]);
    expect(readsAt(f, 13)).toEqual([]);
    expect(readsAt(f, 14)).toEqual(['os.path', 'os.path.join']);
  });

  it('tells one environment variable from the whole environment', () => {
    const f = analyze(
      [
        'import os',
        "cc = os.environ.get('CC', 'cc')",
        "os.environ['MACOSX_DEPLOYMENT_TARGET'] = '10.9'",
        "os.environ.setdefault('CFLAGS', '-O2'); os.environ.pop('X', None); os.environ.update(A='1')",
        "home = __import__('os').environ.get('HOME')",
        'everything = dict(os.environ)',
        'pairs = os.environ.items()',
        'for name in os.environ: pass',
        'for k, v in config.items(): os.environ[k] = v',
        'secrets = [os.environ[k] for k in names]',
        'value = os.environ.get(name)',
      ].join('\n'),
    );
    // Literal names and writes: one variable. Computed names read: any variable, as good as the whole.
    for (const line of [2, 3, 4, 5, 9]) expect(readsAt(f, line), `line ${line}`).not.toContain('os.environ');
    for (const line of [6, 7, 8, 10, 11]) expect(readsAt(f, line), `line ${line}`).toContain('os.environ');
  });

  it('reports string literals of four characters or more, folded values, and flags docstrings', () => {
    const f = analyze(
      [
        '"""Package docstring, see https://example.invalid/docs."""',
        'import base64',
        "URL = 'https://' 'example.invalid' '/hook'",
        "KEY = 'abc'",
        "PATH = '~/.ssh/' + 'id_rsa'",
        "TOKEN = base64.b64decode('ZXhhbXBsZS1zZWNyZXQ=').decode()",
        'def f():',
        "    '''Function docstring.'''",
        "    return b'\\x68\\x74\\x74\\x70://10.0.0.1'",
        'class C:',
        '    # a comment first',
        '    """Class docstring."""',
        "    x = f'{URL}/path'",
      ].join('\n'),
    );
    const strings = f.strings.map((s) => [s.line, s.value, s.docstring ?? false, s.scope]);
    expect(strings).toEqual(
      expect.arrayContaining([
        [1, 'Package docstring, see https://example.invalid/docs.', true, '<module>'],
        [3, 'https://example.invalid/hook', false, '<module>'],
        [5, '~/.ssh/id_rsa', false, '<module>'],
        [6, 'example-secret', false, '<module>'],
        [8, 'Function docstring.', true, 'f'],
        [9, 'http://10.0.0.1', false, 'f'],
        [12, 'Class docstring.', true, '<module>'],
        [13, 'https://example.invalid/hook/path', false, '<module>'],
      ]),
    );
    expect(f.strings.some((s) => s.value === 'abc')).toBe(false);
    expect(f.strings.filter((s) => s.value === 'https://example.invalid/hook')).toHaveLength(1);
  });

  it('caps each string at 4,000 characters', () => {
    const f = analyze(`BLOB = '${'x'.repeat(10_000)}'`);
    expect(f.strings[0]?.value.length).toBe(4000);
  });

  it('reports imports as written, with their scope, including inside functions and Python 2 forms', () => {
    const f = analyze(
      [
        'from __future__ import print_function',
        'import os.path, json as j',
        'from . import sibling',
        'from ..pkg.mod import (a as b,',
        '    c)',
        'def f():',
        '    import subprocess',
        '    subprocess.call(["ls"])',
        "    b.run()",
      ].join('\n'),
    );
    expect(f.imports.map((i) => [i.line, i.module, i.scope])).toEqual([
      [1, '__future__', '<module>'],
      [2, 'os.path', '<module>'],
      [2, 'json', '<module>'],
      [3, '.', '<module>'],
      [4, '..pkg.mod', '<module>'],
      [7, 'subprocess', 'f'],
    ]);
    expect(f.calls.map((c) => c.callee)).toEqual(['subprocess.call', '..pkg.mod.a.run']);
  });

  it('measures lines, bytes, line length, obfuscated identifiers and string tables', () => {
    const f = analyze(
      [
        '_0x3f2a = ["a", "b", "c", "d", "e"]',
        'lIIlIlIl = _0x3f2a[0]',
        'OO0O0O0O = lIIlIlIl',
        'ζζζζζζζζ = 1',
        'llllllll = 2',
        'normal_name = ("x", "y")',
        'print("é")',
      ].join('\n'),
    );
    expect(f.metrics).toEqual({
      lines: 7,
      bytes: Buffer.byteLength(
        '_0x3f2a = ["a", "b", "c", "d", "e"]\nlIIlIlIl = _0x3f2a[0]\nOO0O0O0O = lIIlIlIl\nζζζζζζζζ = 1\nllllllll = 2\nnormal_name = ("x", "y")\nprint("é")',
      ),
      maxLineLength: 35,
      obfuscatedIdentifiers: 4,
      largestStringArray: 5,
    });
  });
});
