// An update check: the request object's end() carries only the package's own version, no secrets.
const https = require('https');
const { version } = require('./package.json');
https.request({ host: 'updates.example.org', method: 'POST', path: '/check' }).end(JSON.stringify({ version, platform: process.platform }));
