// How core-js and regenerator-runtime find the global object in every environment.
var check = function (it) {
  return it && it.Math === Math && it;
};
var root =
  check(typeof globalThis == 'object' && globalThis) ||
  check(typeof window == 'object' && window) ||
  check(typeof self == 'object' && self) ||
  (function () { return this; })() || Function('return this')();
if (!root.Promise) root.Promise = require('./promise.js');
module.exports = root;
