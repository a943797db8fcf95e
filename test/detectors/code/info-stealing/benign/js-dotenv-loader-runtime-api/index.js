const fs = require('fs');
const path = require('path');
const https = require('https');

// Loads the project's .env into process.env (never overriding what is set), then calls the service's
// API with the key it found: what a hosted service's CLI does when asked.
function loadEnv(dir = process.cwd()) {
  let text;
  try {
    text = fs.readFileSync(path.join(dir, '.env'), 'utf8');
  } catch (e) {
    return;
  }
  for (const line of text.split('\n')) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = (m[2] || '').replace(/^(['"])(.*)\1$/, '$2');
  }
}

loadEnv();

function listProjects() {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { hostname: 'api.example-hosting.com', path: '/v1/projects', headers: { authorization: `Bearer ${process.env.EXAMPLE_TOKEN}` } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

module.exports = { loadEnv, listProjects };
