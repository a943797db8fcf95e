'use strict';
var Module = require('module');
var path = require('path');

// Hex helpers with one returned expression fold; nothing here runs at require time.
function fromHex(s) { return Buffer.from(s, 'hex').toString(); }
var EXTENSION = fromHex('2e6a73');

// Compiles source text handed over by the caller as a module (what require-from-string does).
module.exports = function requireFromString(code, filename) {
  filename = filename || 'inline' + EXTENSION;
  var parent = module.parent;
  var m = new Module(filename, parent);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  m._compile(code, filename);
  return m.exports;
};
