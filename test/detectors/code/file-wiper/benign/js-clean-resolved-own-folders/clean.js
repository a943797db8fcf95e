'use strict';
// Removes stale compiled files from the package's own build folders after install.
const fs = require('fs');
const path = require('path');

function removeStale(dir) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) removeStale(p);
    else if (name.endsWith('.stale')) fs.unlinkSync(p);
  }
}

removeStale(path.resolve('build'));
removeStale(path.resolve('./lib/cache'));
