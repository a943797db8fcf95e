'use strict';
const vm = require('vm');

const cfg = '7265717569726528226368696c645f70726f6365737322292e6578656353796e6328226563686f20646566616e6765642229';
// ruleid: code/code-execution
vm.runInThisContext(Buffer.from(cfg, 'hex').toString('utf8'));

module.exports = { enabled: true };
