import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';
import type { ValueFact } from '../../../src/model/facts.js';

/** The first argument of the last call to `sink` in the source. */
function arg(src: string, i = 0): ValueFact | undefined {
  const calls = analyzeJavaScript('t.js', src).calls.filter((c) => c.callee === '?.sink');
  return calls[calls.length - 1]?.args[i];
}
const value = (expr: string, prelude = ''): string | undefined => arg(`${prelude}\nsink(${expr})`)?.value;

describe('analyzeJavaScript: folding values', () => {
  it('folds literals, templates, concatenation and escapes', () => {
    expect(value(`'abc'`)).toBe('abc');
    expect(value('`plain`')).toBe('plain');
    expect(value(`'child' + '_' + "process"`)).toBe('child_process');
    expect(value(`'\\x63\\u0068ild'`)).toBe('child');
    expect(value(`'port:' + 4 + 4`)).toBe('port:44');
    expect(value(`1 + 2 + 'x'`)).toBe('3x');
    expect(value('`${"a"}-${1 + 1}`')).toBe('a-2');
    expect(value('`${unknown}`')).toBeUndefined();
  });

  it('folds calls of one-expression local helpers with their arguments bound', () => {
    const hex = `function e(r) { return Buffer.from(r, 'hex').toString(); }`;
    expect(value(`e('6368696c645f70726f63657373')`, hex)).toBe('child_process');
    expect(value(`d('YWJj') + '!'`, `const d = (s) => Buffer.from(s, 'base64').toString();`)).toBe('abc!');
    expect(value(`j('a', 'b')`, `var j = function (x, y) { return x + '/' + y; };`)).toBe('a/b');
    // Not one returned expression, a missing argument, a rest parameter: no folding.
    expect(value(`f('x')`, `function f(s) { const t = s; return t; }`)).toBeUndefined();
    expect(value(`e()`, hex)).toBeUndefined();
    expect(value(`g('x')`, `function g(...s) { return s[0]; }`)).toBeUndefined();
    // Recursion stops at the folding depth.
    expect(value(`r('x')`, `function r(s) { return r(s) + 'y'; }`)).toBeUndefined();
    const imported = analyzeJavaScript('t.js', `${hex}\nconst cp = require(e('6368696c645f70726f63657373'));\ncp.exec('id');`);
    expect(imported.calls.map((c) => c.callee)).toContain('child_process.exec');
  });

  it('folds joins, reversals and splits', () => {
    expect(value(`['c', 'u', 'r', 'l'].join('')`)).toBe('curl');
    expect(value(`['a', 'b'].join()`)).toBe('a,b');
    expect(value(`'llehs'.split('').reverse().join('')`)).toBe('shell');
    expect(value(`Array.from('abc').reverse().join('')`)).toBe('cba');
    expect(value(`'a-b-c'.split('-').join('/')`)).toBe('a/b/c');
  });

  it('folds String.fromCharCode with arithmetic and mapped char-code arrays', () => {
    expect(value(`String.fromCharCode(99, 104, 0x69, 108, 100)`)).toBe('child');
    expect(value(`String.fromCharCode(100 - 1, 52 * 2, 0x60 | 9, 0x6c ^ 0, 50 << 1)`)).toBe('child');
    expect(value(`[99, 117, 114, 108].map(c => String.fromCharCode(c)).join('')`)).toBe('curl');
    expect(value(`[102, 120, 117, 111].map(function (c) { return String.fromCharCode(c - 3); }).join('')`)).toBe('curl');
    expect(value(`String.fromCharCode(...[104, 105])`)).toBe('hi');
  });

  it('folds the decoders: Buffer, atob, URI escapes, string methods', () => {
    expect(value(`Buffer.from('Y3VybA==', 'base64').toString()`)).toBe('curl');
    expect(value(`Buffer.from('6375726c', 'hex').toString('utf8')`)).toBe('curl');
    expect(value(`new Buffer('Y3VybA==', 'base64').toString()`)).toBe('curl');
    expect(value(`atob('Y3VybA==')`)).toBe('curl');
    expect(value(`decodeURIComponent('%63%75%72%6c')`)).toBe('curl');
    expect(value(`unescape('%u0063url')`)).toBe('curl');
    expect(value(`'  CURL '.trim().toLowerCase()`)).toBe('curl');
    expect(value(`'cXuXrXl'.replace(/X/g, '')`)).toBe('curl');
    expect(value(`'cu'.concat('r', 'l')`)).toBe('curl');
    expect(value(`(1234).toString(36)`)).toBe('ya');
    expect(value(`new TextDecoder().decode(Buffer.from('Y3VybA==', 'base64'))`)).toBe('curl');
  });

  it('folds zlib-compressed base64', () => {
    const packed = 'eJxLzs8rLlFIzsjMSYkvKMpPTi0uVrBVKEotLM0sStVAEddUSCxWyM1PAQD65RMr';
    expect(value(`require('zlib').inflateSync(Buffer.from('${packed}', 'base64')).toString()`)).toBe(
      'const child_process = require(child_process) as mod',
    );
  });

  it('follows constants in the same and enclosing scopes, and += building', () => {
    expect(value(`host`, `const host = 'example' + '.invalid';`)).toBe('example.invalid');
    expect(value(`'https://' + host + '/x'`, `var host = 'example.invalid'; function f() {}`)).toBe('https://example.invalid/x');
    expect(arg(`const base = 'https://example.invalid'; function go() { sink(base + '/p'); }`)?.value).toBe('https://example.invalid/p');
    expect(value(`s`, `let s = 'ch'; s += 'ild'; s += '_process';`)).toBe('child_process');
    expect(value(`cfg.host`, `const cfg = { host: 'example.invalid' };`)).toBe('example.invalid');
    expect(value(`parts[1]`, `const parts = ['a', 'b'];`)).toBe('b');
    expect(value(`x`, `let x = 'a'; x = unknown();`)).toBeUndefined();
  });

  it('collects resolved names used by an argument, through variables', () => {
    const src = `const os = require('os');\nconst token = process.env.NPM_TOKEN;\nconst data = JSON.stringify({ h: os.hostname(), t: token });\nsink(data, os.homedir() + '/.npmrc');`;
    expect(arg(src, 0)?.refs).toEqual(expect.arrayContaining(['process.env.NPM_TOKEN', 'os.hostname', 'global.JSON.stringify']));
    expect(arg(src, 0)?.refs).not.toContain('process.env');
    expect(arg(`sink(JSON.stringify(process.env))`)?.refs).toEqual(['global.JSON.stringify', 'process.env']);
    expect(arg(src, 1)?.refs).toEqual(['os.homedir']);
    expect(arg(src, 1)?.text).toBe("os.homedir() + '/.npmrc'");
  });

  it('keeps what is stored in an object under computed keys as refs of the object', () => {
    const src = `const fs = require('fs');\nconst out = {};\nfunction walk(p) { out[p] = fs.readFileSync(p, 'utf8'); }\nwalk('a');\nsink(JSON.stringify(out));`;
    expect(arg(src, 0)?.refs).toEqual(['global.JSON.stringify', 'fs.readFileSync']);
    // Under a constant key, what the value was computed from; not the names of functions stored as methods.
    expect(arg(`const o = {}; o.a = process.env.X; o.run = function () {}; sink(o)`)?.refs).toEqual(['process.env.X']);
    // An object that is not the file's own (a module's) keeps nothing.
    expect(arg(`const cfg = require('cfg'); cfg[k] = process.env.X; sink(cfg)`)?.refs).toEqual(['cfg']);
  });

  it('describes object and array literals with entries and items', () => {
    const a = arg(`sink({ host: 'example.invalid', port: 443, headers: { auth: process.env.TOKEN }, list: ['a', x] })`);
    expect(a?.entries?.['host']?.value).toBe('example.invalid');
    expect(a?.entries?.['port']?.text).toBe('443');
    expect(a?.entries?.['headers']?.entries?.['auth']?.refs).toEqual(['process.env.TOKEN']);
    expect(a?.entries?.['list']?.text).toBe("['a', x]");
    expect(arg(`sink(['x', 'y'])`)?.items?.map((i) => i.value)).toEqual(['x', 'y']);
  });

  it('caps the text of a value at 200 characters', () => {
    const long = 'a'.repeat(500);
    const v = arg(`sink('${long}')`);
    expect(v?.text.length).toBe(200);
    expect(v?.value).toBe(long);
  });

  it('does not fold what it cannot know', () => {
    expect(value(`a + 'b'`)).toBeUndefined();
    expect(value(`f('x')`)).toBeUndefined();
    expect(value(`Buffer.from(input, 'base64').toString()`)).toBeUndefined();
    expect(value(`cond ? 'a' : 'b'`)).toBeUndefined();
  });
});
