// A bundle (vite/rollup output) that inlines a memoizer under a minified name: what it wraps runs
// when the wrapper's result is called, not where the wrapper is defined.
var w = (fn, mod) => () => (mod || fn((mod = { exports: {} }).exports, mod), mod.exports);
var interop = (m) => (m && m.__esModule ? m : { default: m });
var require_memo = w((exports, module) => {
  function memoize(fn, options) {
    const cache = new Map();
    return function (arg) {
      const key = JSON.stringify(arg);
      if (!cache.has(key)) cache.set(key, fn.call(this, arg));
      return cache.get(key);
    };
  }
  module.exports = memoize;
});
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const child = require('node:child_process');
var Kc = interop(require_memo());
// The static registry file the user named, fetched when a check asks for it.
var fh = (0, Kc.default)(async (e) => {
  let r;
  if (e.registry.startsWith('https://')) r = await (await fetch(e.registry)).text();
  else r = await fs.promises.readFile(e.registry, 'utf8');
  return JSON.parse(r);
});
// The user's npm configuration, read (never written) when a check asks for it.
var cf = (0, Kc.default)(async (e) => {
  const file = path.join(os.homedir(), '.npmrc');
  return fs.promises.readFile(file, 'utf-8').catch(() => '');
});
function run(command, args) {
  return child.spawn(command, args, { stdio: 'inherit' });
}
async function check(options) {
  const registry = await fh(options || {});
  const config = await cf(options || {});
  if (options.upgrade) run('npm', ['install']);
  return { registry, config };
}
module.exports = { check };
