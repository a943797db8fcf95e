'use strict';

function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Decodes and runs a hidden stage as soon as the package is required.
// ruleid: code/code-execution
eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWMoImVjaG8gZGVmYW5nZWQiKTs=', 'base64').toString());

module.exports = { capitalize };
