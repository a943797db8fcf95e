'use strict';
const ScopeManager = require('./scope-manager');

function analyze(tree, options) {
  return new ScopeManager(options || {}).analyze(tree);
}

require('./analytics');

module.exports = { analyze, version: '3.7.2' };
