import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';

const facts = (src: string) => analyzeJavaScript('t.js', src);
/** callee → scope, for every call. */
const scopes = (src: string): [string, string][] => facts(src).calls.map((c) => [c.callee, c.scope]);

describe('analyzeJavaScript: scopes', () => {
  it('puts top-level code, IIFEs and callbacks in <module>', () => {
    const src = `
      const https = require('https');
      (function () { eval('a'); })();
      (() => { eval('b'); })();
      !function () { eval('c'); }();
      https.get('https://example.invalid', (res) => { res.on('data', () => eval('d')); });
      setTimeout(() => eval('e'), 10);
      try { eval('f'); } catch (e) {}
      if (true) { for (;;) { eval('g'); } }
    `;
    const evals = facts(src).calls.filter((c) => c.callee === 'global.eval');
    expect(evals.map((c) => [c.args[0]?.value, c.scope])).toEqual([
      ['a', '<module>'], ['b', '<module>'], ['c', '<module>'], ['d', '<module>'], ['e', '<module>'], ['f', '<module>'], ['g', '<module>'],
    ]);
    expect(facts(src).functions).toEqual([]);
  });

  it('gives named functions, assigned functions and methods their own qualified scopes', () => {
    const src = `
      function outer() { function inner() { eval('1'); } inner(); }
      const arrow = () => eval('2');
      var expr = function () { eval('3'); };
      class Installer { run() { eval('4'); } static go() { eval('5'); } }
      const obj = { start() { eval('6'); }, stop: function () { eval('7'); } };
      module.exports = function () { eval('8'); };
      exports.hook = () => eval('9');
      Foo.prototype.bar = function () { eval('10'); };
    `;
    expect(scopes(src).filter(([c]) => c === 'global.eval').map(([, s]) => s)).toEqual([
      'outer.inner', 'arrow', 'expr', 'Installer.run', 'Installer.go', 'obj.start', 'obj.stop', 'module.exports', 'exports.hook', 'Foo.bar',
    ]);
    expect(facts(src).functions.map((f) => f.name)).toEqual([
      'outer', 'outer.inner', 'arrow', 'expr', 'Installer.run', 'Installer.go', 'obj.start', 'obj.stop', 'module.exports', 'exports.hook', 'Foo.bar',
    ]);
  });

  it('keeps callbacks and IIFEs inside a function in that function', () => {
    const src = `function setup() { [1].forEach(function () { eval('x'); }); (() => eval('y'))(); }`;
    expect(scopes(src).filter(([c]) => c === 'global.eval')).toEqual([
      ['global.eval', 'setup'],
      ['global.eval', 'setup'],
    ]);
  });

  it('records function lines and direct calls between local functions', () => {
    const src = `function a() {\n  b();\n  c.d();\n  setTimeout(later, 5);\n}\nfunction b() {}\nfunction later() {}\nconst c = { d() {} };`;
    expect(facts(src).functions).toEqual([
      { name: 'a', line: 1, endLine: 5, calls: ['b', 'c.d', 'later'] },
      { name: 'b', line: 6, endLine: 6, calls: [] },
      { name: 'later', line: 7, endLine: 7, calls: [] },
      { name: 'c.d', line: 8, endLine: 8, calls: [] },
    ]);
  });

  it('resolves this.method() and object methods to local names', () => {
    const src = `class Svc { start() { this.connect(); } connect() {} }\nconst api = { run() { this.send(); }, send() {} };\napi.run();`;
    const f = facts(src);
    expect(f.calls.map((c) => [c.callee, c.scope])).toEqual([
      ['local.Svc.connect', 'Svc.start'],
      ['local.api.send', 'api.run'],
      ['local.api.run', '<module>'],
    ]);
    expect(f.functions.find((x) => x.name === 'Svc.start')?.calls).toEqual(['Svc.connect']);
  });

  it('records classes with resolved bases and methods', () => {
    const src = `const { install } = require('setuptools-like');\nclass Base {}\nclass Custom extends install { run() {} get x() { return 1; } }\nclass Child extends Base { constructor() { super(); } }`;
    expect(facts(src).classes).toEqual([
      { name: 'Base', line: 2, bases: [], methods: [] },
      { name: 'Custom', line: 3, bases: ['setuptools-like.install'], methods: ['run', 'x'] },
      { name: 'Child', line: 4, bases: ['local.Base'], methods: ['constructor'] },
    ]);
  });

  it('maps new LocalClass() to its constructor in call edges', () => {
    const src = `class Worker { constructor() { eval('x'); } }\nfunction boot() { new Worker(); }`;
    expect(facts(src).functions.find((f) => f.name === 'boot')?.calls).toEqual(['Worker.constructor']);
  });

  it('names default exports and class field initialisers', () => {
    const src = `export default function () { eval('1'); }\nclass K { field = eval('2'); handler = () => eval('3'); }`;
    expect(scopes(src)).toEqual([
      ['global.eval', 'default'],
      ['global.eval', 'K.constructor'],
      ['global.eval', 'K.handler'],
    ]);
  });

  it('scopes imports and reads too', () => {
    const src = `function f() { require('os'); return process.env.HOME; }`;
    const f = facts(src);
    expect(f.imports[0]?.scope).toBe('f');
    expect(f.reads.map((r) => [r.name, r.scope])).toEqual([
      ['process.env.HOME', 'f'],
      ['process.env', 'f'],
    ]);
  });
});
