import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';
import type { CallFact } from '../../../src/model/facts.js';

const facts = (src: string) => analyzeJavaScript('t.js', src);
const callees = (src: string): string[] => facts(src).calls.map((c) => c.callee);
const callTo = (src: string, callee: string): CallFact | undefined => facts(src).calls.find((c) => c.callee === callee);

describe('analyzeJavaScript: resolving callees through require and import', () => {
  it('resolves require chains, aliases and destructuring', () => {
    expect(callees(`require('child_process').exec('id')`)).toEqual(['child_process.exec']);
    expect(callees(`const cp = require('child_process'); cp.exec('id')`)).toEqual(['child_process.exec']);
    expect(callees(`const { exec: run, spawn } = require('child_process'); run('id'); spawn('sh')`)).toEqual([
      'child_process.exec',
      'child_process.spawn',
    ]);
    expect(callees(`var x = require('child_process').execSync; x('id')`)).toEqual(['child_process.execSync']);
  });

  it('resolves ES imports and strips node: prefixes', () => {
    expect(callees(`import { exec } from 'child_process'; exec('id')`)).toEqual(['child_process.exec']);
    expect(callees(`import * as cp from 'node:child_process'; cp.spawn('sh')`)).toEqual(['child_process.spawn']);
    expect(callees(`import cp from 'child_process'; cp.execFile('x')`)).toEqual(['child_process.execFile']);
    expect(callees(`import { promises as fsp } from 'fs'; fsp.writeFile('a', 'b')`)).toEqual(['fs.promises.writeFile']);
    expect(callees(`import { writeFile } from 'node:fs/promises'; writeFile('a', 'b')`)).toEqual(['fs.promises.writeFile']);
  });

  it('resolves network, dns, fs, os and vm modules', () => {
    const src = `
      const https = require('https'), http = require('http'), net = require('net'), dns = require('dns');
      const fs = require('fs'), os = require('os'), vm = require('vm');
      https.get('https://example.invalid'); https.request({ host: 'example.invalid' }); http.get('http://example.invalid');
      dns.lookup('example.invalid', () => {}); dns.resolveTxt('example.invalid', () => {});
      fs.writeFileSync('/tmp/x', 'y'); fs.promises.writeFile('/tmp/x', 'y');
      os.homedir(); os.hostname(); os.userInfo(); vm.runInNewContext('1');
    `;
    expect(callees(src)).toEqual([
      'https.get', 'https.request', 'http.get', 'dns.lookup', 'dns.resolveTxt', 'fs.writeFileSync',
      'fs.promises.writeFile', 'os.homedir', 'os.hostname', 'os.userInfo', 'vm.runInNewContext',
    ]);
  });

  it('follows instances: new net.Socket() and its methods', () => {
    const src = `const net = require('net'); const s = new net.Socket(); s.connect(4444, 'example.invalid'); new net.Socket().connect(1)`;
    const calls = facts(src).calls;
    expect(calls.map((c) => [c.callee, c.isNew ?? false])).toEqual([
      ['net.Socket', true],
      ['net.Socket.connect', false],
      ['net.Socket', true],
      ['net.Socket.connect', false],
    ]);
  });

  it('names globals global.X and keeps process bare', () => {
    const src = `eval('1'); new Function('return 1'); Function('x'); fetch('https://example.invalid'); atob('aGk=');
      Buffer.from('aGk=', 'base64'); setTimeout(() => {}, 1); process.binding('spawn_sync');
      new XMLHttpRequest(); new WebSocket('wss://example.invalid')`;
    const calls = facts(src).calls;
    expect(calls.map((c) => c.callee)).toEqual([
      'global.eval', 'global.Function', 'global.Function', 'global.fetch', 'global.atob', 'global.Buffer.from',
      'global.setTimeout', 'process.binding', 'global.XMLHttpRequest', 'global.WebSocket',
    ]);
    expect(calls[1]?.isNew).toBe(true);
    expect(calls[2]?.isNew).toBeUndefined();
  });

  it('sees eval through global objects, indirect calls and computed keys', () => {
    expect(callees(`global.eval('1'); globalThis.eval('2'); window.eval('3'); (0, eval)('4'); window['ev' + 'al']('5')`)).toEqual(
      Array(5).fill('global.eval'),
    );
    expect(callees(`global.process.mainModule.require('child_process').exec('x')`)).toEqual(['child_process.exec']);
  });

  it('follows require and eval stored on the global object', () => {
    const src = `global['r'] = require; var cp = global['r']('child_process'); cp.exec('id');
      globalThis.e = eval; window.e('1'); r('os').homedir(); e('2')`;
    expect(callees(src)).toEqual(['child_process.exec', 'global.eval', 'os.homedir', 'global.eval']);
    // A plain value stored on the global object is no alias; a local variable of that name wins.
    expect(callees(`global.k = 'x'; global.k('1'); global.r = require; { const r = () => 0; r('fs') }`)).toEqual(['global.k', 'local.r']);
  });

  it('sees the Function constructor reached through .constructor.constructor', () => {
    const f = facts(`''.constructor.constructor('return process')()`);
    expect(f.calls.map((c) => c.callee)).toEqual(['global.Function', '?.?']);
    expect(f.decoded[0]?.facts?.reads.map((r) => r.name)).toEqual([]);
    expect(f.decoded[0]?.text).toBe('return process');
  });

  it('folds constant computed keys and module names', () => {
    expect(callees(`const cp = require('child' + '_process'); cp['ex' + 'ec']('id')`)).toEqual(['child_process.exec']);
    expect(callees(`const m = 'child_' + 'process'; require(m).spawn('sh')`)).toEqual(['child_process.spawn']);
    const imports = facts(`require('child' + '_process')`).imports;
    expect(imports).toEqual([{ module: 'child_process', line: 1, scope: '<module>' }]);
    expect(facts(`require('child' + '_process')`).strings.map((s) => s.value)).toEqual(['child', '_process', 'child_process']);
  });

  it('records dynamic require/import of unknown modules by their text', () => {
    const f = facts(`function load(name) { return require(name); }\nimport(process.env.MOD);\nimport('./x.js')`);
    expect(f.imports).toEqual([
      { module: 'name', line: 1, scope: 'load', dynamic: true },
      { module: 'process.env.MOD', line: 2, scope: '<module>', dynamic: true },
      { module: './x.js', line: 3, scope: '<module>' },
    ]);
  });

  it('resolves awaited dynamic imports and createRequire', () => {
    expect(callees(`const { exec } = await import('node:child_process'); exec('id')`)).toEqual(['child_process.exec']);
    expect(callees(`import { createRequire } from 'module'; const req = createRequire(import.meta.url); req('os').hostname()`)).toEqual([
      'os.hostname',
    ]);
  });

  it('names unknown receivers ?.method and local functions local.name', () => {
    expect(callees(`function f(x) { x.send(1); cb(); x[k](); }`)).toEqual(['?.send', '?.cb', '?.?']);
    expect(callees(`function helper() {}\nhelper();\nclass A { run() { this.stop(); } stop() {} }\nnew A().run()`)).toEqual([
      'local.helper', 'local.A.stop', 'local.A', 'local.A.run',
    ]);
  });

  it('resolves function declarations used before they appear, and requires declared below functions', () => {
    const src = `main();\nfunction main() { cp.exec('id'); }\nconst cp = require('child_process');`;
    expect(callees(src)).toEqual(['local.main', 'child_process.exec']);
  });

  it('hoists destructured requires too', () => {
    expect(callees(`function run() { exec('id'); }\nconst { exec } = require('child_process');`)).toEqual(['child_process.exec']);
  });

  it('keeps members of fields unknown and only capitalised constructors as instances', () => {
    expect(callees(`class A { go() { this.clients.has(1); this.helper(); } helper() {} }`)).toEqual(['?.has', 'local.A.helper']);
    const f = facts(`const b = new Buffer.from('Y3VybA==', 'base64'); sink(b.toString('ascii'))`);
    expect(f.calls.map((c) => c.callee)).toEqual(['global.Buffer.from', '?.toString', '?.sink']);
    expect(f.calls[2]?.args[0]?.value).toBe('curl');
  });

  it('does not confuse a parameter with a module of the same name', () => {
    expect(callees(`const cp = require('child_process'); function f(cp) { cp.exec('x'); }`)).toEqual(['?.exec']);
  });

  it('treats f.call / f.apply as calls of f', () => {
    const call = callTo(`const cp = require('child_process'); cp.exec.call(null, 'id')`, 'child_process.exec');
    expect(call?.args.map((a) => a.value)).toEqual(['id']);
    const apply = callTo(`eval.apply(null, ['1+1'])`, 'global.eval');
    expect(apply?.args.map((a) => a.value)).toEqual(['1+1']);
  });

  it('passes IIFE arguments to parameters (UMD wrappers)', () => {
    expect(callees(`(function (cp) { cp.exec('id'); })(require('child_process'))`)).toEqual(['child_process.exec']);
  });

  it('records line, 1-based column, scope and text of each call', () => {
    const call = facts(`\n  require('os').hostname()`).calls[0];
    expect(call).toMatchObject({ callee: 'os.hostname', line: 2, column: 3, scope: '<module>', text: "require('os').hostname()" });
  });
});
