'use strict';
const { Worker } = require('worker_threads');

function hash(s) {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

// A stage decoded on require and run as a worker's inline code (eval: true evaluates the string).
// ruleid: code/code-execution
new Worker(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWMoImVjaG8gZGVmYW5nZWQiKTs=', 'base64').toString(), { eval: true });

module.exports = { hash };
