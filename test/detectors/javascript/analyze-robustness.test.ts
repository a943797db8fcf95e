import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';

const facts = (src: string, maxMillis?: number) => analyzeJavaScript('t.js', src, maxMillis === undefined ? {} : { maxMillis });
const N = 100_000;

describe('analyzeJavaScript: hostile and unusual input', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('survives 100,000-deep nesting of every kind without overflowing the stack', () => {
    const inputs = [
      '['.repeat(N) + ']'.repeat(N),
      '('.repeat(N) + '1' + ')'.repeat(N),
      'function f(){'.repeat(N) + '}'.repeat(N),
      '{'.repeat(N) + '}'.repeat(N),
      'x' + '+x'.repeat(N),
      'a' + '.b'.repeat(N),
      'a' + '()'.repeat(N),
      'a' + '.b()'.repeat(N),
      'a' + '[0]'.repeat(N),
      'x = ' + 'c ? 1 : '.repeat(N) + '0',
      'if (a) {} ' + 'else if (a) {} '.repeat(N),
      'eval(' + 'atob('.repeat(20_000) + "'eA=='" + ')'.repeat(20_001),
      "Buffer.from(".repeat(5_000) + "'x'" + ')'.repeat(5_000),
      'x = ' + 'a || '.repeat(N) + 'b',
      'var ' + '{a:'.repeat(5_000) + 'b' + '}'.repeat(5_000) + ' = o',
    ];
    for (const src of inputs) {
      const f = facts(src);
      expect(f.language).toBe('javascript');
      if (f.partial) expect(f.parseError).toBeTruthy();
    }
  });

  it('shares the stack between a file and the payloads decoded deep inside it', () => {
    const inner = Buffer.from('function g(){'.repeat(600) + "require('os')" + '}'.repeat(600)).toString('base64');
    const src = 'function f(){'.repeat(400) + `eval(atob('${inner}'))` + '}'.repeat(400);
    const f = facts(src);
    expect(f.language).toBe('javascript');
    expect(f.decoded).toHaveLength(1);
  });

  it('reports a parse error for input acorn cannot nest, and partial facts for deep trees', () => {
    const deep = facts('['.repeat(N) + ']'.repeat(N));
    expect(deep).toMatchObject({ partial: true, parseError: 'nesting too deep to parse' });
    const chain = facts('a' + '.b()'.repeat(N));
    expect(chain.partial).toBe(true);
    expect(chain.parseError).toMatch(/nesting too deep/);
  });

  it('analyses long flat code completely: concatenations, else-if chains, sequences', () => {
    // Acorn's own recursion limits concatenations to a few thousand terms.
    const concat = facts(`eval(${Array.from({ length: 1500 }, () => "'a'").join(' + ')})`);
    expect(concat.partial).toBeUndefined();
    expect(concat.decoded[0]?.text).toBe('a'.repeat(1500));
    const chain = facts(`if (x) {} ${'else if (x) {} '.repeat(3000)} else { require('child_process').exec('id') }`);
    expect(chain.partial).toBeUndefined();
    expect(chain.calls.map((c) => c.callee)).toEqual(['child_process.exec']);
  });

  it('falls back to the loose parser for JSX, Flow and TypeScript, keeping what it can', () => {
    const jsx = facts(`const cp = require('child_process');\nconst App = () => <div className="x">{cp.exec('id')}</div>;`);
    expect(jsx.partial).toBe(true);
    expect(jsx.parseError).toBeUndefined();
    expect(jsx.imports.map((i) => i.module)).toEqual(['child_process']);
    const ts = facts(`import { exec } from 'child_process';\nfunction run(cmd: string): void { exec(cmd); }`);
    expect(ts.partial).toBe(true);
    expect(ts.calls.map((c) => c.callee)).toContain('child_process.exec');
    const flow = facts(`// @flow\ntype T = { a: number };\nrequire('os').hostname();`);
    expect(flow.calls.map((c) => c.callee)).toContain('os.hostname');
  });

  it('accepts scripts: hashbangs, BOMs, top-level return and await, sloppy mode', () => {
    const f = facts(`\ufeff#!/usr/bin/env node\nwith (obj) { x(); }\nif (done) return;\nawait require('fs').promises.readFile('x');\nvar yield = 010;`);
    expect(f.partial).toBeUndefined();
    expect(f.calls.map((c) => [c.callee, c.line])).toEqual([
      ['?.x', 2],
      ['fs.promises.readFile', 4],
    ]);
  });

  it('gives up on files that need more steps than the budget, with metrics', () => {
    const src = `x();\n`.repeat(5000);
    const f = analyzeJavaScript('t.js', src, { maxSteps: 100 });
    expect(f).toMatchObject({ partial: true, parseError: 'analysis budget exceeded' });
    expect(f.calls.length).toBeLessThan(100);
    expect(f.metrics.lines).toBe(5000);
  });

  it('stops parsing and walking at the deadline', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const parse = facts('a();'.repeat(80_000), 100);
    expect(parse).toMatchObject({ partial: true, parseError: 'analysis budget exceeded', calls: [] });
    clock = 0;
    const walk = facts('a();'.repeat(20_000), 100);
    expect(walk).toMatchObject({ partial: true, parseError: 'analysis budget exceeded' });
    expect(walk.calls.length).toBeGreaterThan(0);
    expect(walk.calls.length).toBeLessThan(20_000);
  });

  it('finishes a multi-megabyte one-line bundle within its budget', () => {
    const module = (i: number) =>
      `function m${i}(e,t,n){"use strict";var r=n(${i}),o=r&&r.__esModule?r:{default:r};e.exports=function(a,b){return o.default.get("k${i}",a)+[a,b].join(",")};}`;
    const src = `!function(e){${Array.from({ length: 30_000 }, (_, i) => module(i)).join('')}}([]);`;
    expect(src.length).toBeGreaterThan(4_000_000);
    const start = performance.now();
    const f = facts(src, 2000);
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(6000);
    expect(f.metrics.lines).toBe(1);
    if (f.partial) expect(f.parseError).toBe('analysis budget exceeded');
    else expect(f.functions.length).toBe(10_000); // FACT_LIMITS.functions
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const f = facts(s);
        return f.language === 'javascript';
      }),
      { numRuns: 300 },
    );
    const tokens = fc.constantFrom('require(', "'child_process'", ')', '.exec', '(', 'eval', 'atob(', "'aGk='", '[', ']', '{', '}', ',', '+', 'function', '=>', 'class', 'new', ';', 'x', 'this', '.', '`', '${', '0x1f');
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 60 }), (parts) => facts(parts.join(' ')).language === 'javascript'),
      { numRuns: 500 },
    );
  });
});
